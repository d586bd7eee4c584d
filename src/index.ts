/**
 * integrations-ui: components and screen patterns for the data-sources settings area.
 * Import the styles once in your app: `import 'integrations-ui/styles.css'`.
 */
export * from './domain';
export * from './i18n';
export { cn } from './lib/cn';
export { TONES, type Tone } from './lib/tone';
export * from './components/Icon';
export * from './components/HealthBadge';
export * from './components/DataQualityAlert';
export * from './components/OnboardingStepper';
export * from './components/FreshnessCell';
export * from './components/SourceTable';
export * from './components/WriteOnlyCredentialField';
export * from './components/ActionPreviewList';
