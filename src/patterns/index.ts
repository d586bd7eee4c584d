export { IntegrationsSettingsPage, type IntegrationsSettingsPageProps } from './IntegrationsSettingsPage';
export { SourceDetailPage, type SourceDetailPageProps, type SourceDetailActionKind } from './SourceDetailPage';
export { AddSourceWizard, type AddSourceWizardProps, type AddSourceDraft } from './AddSourceWizard';
export { INTEGRATIONS_SETTINGS_NOTICES, SOURCE_DETAIL_NOTICES, ADD_SOURCE_NOTICES } from './defaults';
