/**
 * integrations-ui: components and screen patterns for the data-sources settings area.
 * Import the styles once in your app: `import 'integrations-ui/styles.css'`.
 */
export * from './domain';
export * from './i18n';
export { cn } from './internal/cn';
export { TONES, type Tone } from './internal/tone';
export * from './internal/Icon';
export * from './components/HealthBadge';
export * from './components/DataQualityAlert';
export * from './components/OnboardingStepper';
export * from './components/FreshnessCell';
export * from './components/SourceTable';
export * from './components/WriteOnlyCredentialField';
export * from './components/AccessTokenStatus';
export * from './components/ActionPreviewList';
export * from './components/SourceHeader';
export * from './components/SourceHealthPanel';
export * from './components/TechnicalStatusList';
export * from './components/SyncHistoryTable';
export * from './components/ExternalAccountsTable';
export * from './components/DataOutdatedBadge';
export * from './components/SourceStatusTable';
export * from './components/HealthSummary';
export * from './components/DataQualityTable';
export * from './components/ProfilePicker';
export * from './components/PlatformPicker';
export * from './components/PrerequisitesTable';
export * from './components/Notice';
export * from './components/GuardrailList';
export * from './components/CredentialsPanel';
export * from './components/CredentialReadiness';
export * from './components/PageSection';
export * from './components/StepPanel';
export * from './internal/Button';
export * from './internal/VisuallyHidden';
export * from './patterns';
export * from './internal/TableFrame';
export * from './components/PageTitle';
export * from './components/AccountPicker';
export * from './components/SourceSettingsForm';
