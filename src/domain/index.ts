export * from './enums';
export type * from './types';
export { deriveFreshness, freshnessWindowHours } from './freshness';
export { connectionLabel } from './status';
export { deriveQualityFlags, deriveCredentialFlags, deriveAllQualityFlags, sortBySeverity, credentialActionsFor } from './flags';
export { deriveHealth, summarizeHealth, isDataOutdated, type SourceHealth, type HealthCounts } from './health';
export { visibleAccounts, visibleSources, visibleProfiles, linkableAccounts, isAuthorizedProfile } from './antileak';
export { maskRef, MASK } from './mask';
export { parseInstant, type Instant } from './time';
export { FRESHNESS_WINDOW_HOURS } from './platforms';
export {
  checkSource,
  checkSources,
  checkProfiles,
  checkSyncRuns,
  checkAccounts,
  checkCredentialState,
  checkArray,
  firstProblem,
  type ShapeProblem,
} from './validate';
