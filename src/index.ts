/**
 * integrations-ui: components and screen patterns for the data-sources settings area.
 * Import the styles once in your app: `import 'integrations-ui/styles.css'`.
 *
 * This file is the public surface, listed name by name (`api-report.md` records it). Each
 * component exports itself, its props and the value types its props take; its tables, class
 * strings and helpers stay private (`src/internal/` and the components' own modules).
 */
export * from './domain';

// Localisation: the provider, its hook and the catalog types an app needs to add a locale.
export { IntegrationsUIProvider, useIntegrationsUI, type IntegrationsUIProviderProps, type IntegrationsUIContextValue } from './i18n/IntegrationsUIProvider';
export type { Locale, Catalogs, Messages, MessageKey, MessageListKey } from './i18n/messages/types';
export type { CatalogSource } from './i18n/translate';
export { en } from './i18n/messages/en';

// Components.
export { AccessTokenStatus, type AccessTokenStatusProps } from './components/AccessTokenStatus';
export { AccountPicker, type AccountPickerProps } from './components/AccountPicker';
export { ActionPreviewList, type ActionPreviewListProps, type ActionPreviewKind, type PreviewableAction } from './components/ActionPreviewList';
export { CredentialReadiness, type CredentialReadinessProps } from './components/CredentialReadiness';
export { CredentialsPanel, type CredentialsPanelProps } from './components/CredentialsPanel';
export { DataOutdatedBadge, type DataOutdatedBadgeProps } from './components/DataOutdatedBadge';
export {
  DataQualityAlert,
  DataQualityAlertList,
  type DataQualityAlertProps,
  type DataQualityAlertListProps,
  type DataQualityFlagInput,
  type RecommendedActionId,
} from './components/DataQualityAlert';
export { DataQualityTable, type DataQualityTableProps } from './components/DataQualityTable';
export { ExternalAccountsTable, type ExternalAccountsTableProps } from './components/ExternalAccountsTable';
export { FreshnessCell, type FreshnessCellProps, type FreshnessCellLayout } from './components/FreshnessCell';
export { GuardrailList, type GuardrailListProps } from './components/GuardrailList';
export { HealthBadge, type HealthBadgeProps, type HealthBadgeState, type HealthBadgeSize, type HealthBadgeView } from './components/HealthBadge';
export { HealthSummary, type HealthSummaryProps } from './components/HealthSummary';
export { Notice, NoticeStack, type NoticeProps, type NoticeStackProps, type NoticeState, type NoticeVariant } from './components/Notice';
export {
  OnboardingStepper,
  type OnboardingStepperProps,
  type OnboardingStepInput,
  type OnboardingStepperBlock,
  type OnboardingStepperState,
} from './components/OnboardingStepper';
export { PageSection, type PageSectionProps, type PageSectionHeadingLevel } from './components/PageSection';
export { PageTitle, type PageTitleProps, type PageTitleVariant } from './components/PageTitle';
export { PlatformPicker, type PlatformPickerProps } from './components/PlatformPicker';
export { PrerequisitesTable, type PrerequisitesTableProps } from './components/PrerequisitesTable';
export { ProfilePicker, type ProfilePickerProps } from './components/ProfilePicker';
export { SourceHeader, type SourceHeaderProps } from './components/SourceHeader';
export { SourceHealthPanel, type SourceHealthPanelProps, type SourceHealthPanelVariant } from './components/SourceHealthPanel';
export { SourceSettingsForm, type SourceSettingsFormProps } from './components/SourceSettingsForm';
export {
  SourceStatusTable,
  type SourceStatusTableProps,
  type SourceStatusColumnId,
  type SourceStatusTimeDisplay,
  type SourceStatusView,
} from './components/SourceStatusTable';
export {
  SourceTable,
  type SourceTableProps,
  type SourceTableColumnId,
  type SourceTableFilters,
  type SourceTableSort,
  type SourceTableSortableColumn,
} from './components/SourceTable';
export { StepPanel, type StepPanelProps, type StepPanelState } from './components/StepPanel';
export { SyncHistoryTable, type SyncHistoryTableProps } from './components/SyncHistoryTable';
export { TechnicalStatusList, type TechnicalStatusListProps } from './components/TechnicalStatusList';
export { WriteOnlyCredentialField, type WriteOnlyCredentialFieldProps, type CredentialFieldName } from './components/WriteOnlyCredentialField';

// Screens.
export * from './patterns';
