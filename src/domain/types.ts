import type {
  AccessTokenCacheState,
  ActionAvailability,
  ApiVersionReview,
  ChecklistStatus,
  ConnectionStatus,
  CredentialActionAvailability,
  CredentialActionId,
  CredentialChecklistItemId,
  CredentialFieldState,
  CredentialReadinessCode,
  DataQualityCode,
  GuardrailScope,
  MappingStatus,
  OnboardingStepId,
  OnboardingStepKind,
  PlatformId,
  PlatformLifecycle,
  PlatformPriority,
  PrerequisiteStatus,
  ProfileAvailability,
  ScopePolicy,
  Severity,
  SourceActionId,
  SyncRunStatus,
} from './enums';

/** ISO-8601 timestamp in UTC, as the API sends it (e.g. `2026-05-03T06:00:00Z`). */
export type IsoDateTime = string;

/** A business unit. Amounts stay in its currency: the library never converts (no FX). */
export interface Profile {
  id: string;
  name: string;
  /** ISO 4217 code. */
  currency: string;
  /** IANA time zone used for every absolute time shown for this profile's sources. */
  timeZone: string;
  availability: ProfileAvailability;
}

export interface Platform {
  id: PlatformId;
  priority: PlatformPriority;
  lifecycle: PlatformLifecycle;
  widgetEligible: boolean;
  capabilities: readonly string[];
  risks: readonly string[];
  /** Number of notes in the message catalog (`platform.<id>.notes.<n>`), shown as the platform's bullet notes. */
  noteCount: number;
  /** Decision that blocks the platform, shown as the reason (e.g. DEC-06). */
  blockedBy?: string;
  /** A successful sync older than this makes the source STALE. */
  freshnessWindowHours: number;
}

export interface TechnicalStatus {
  apiVersionTarget: string | null;
  /** Versions watched but not targeted (Shopify 2026-07). */
  apiVersionMonitored: readonly string[];
  apiVersionReview: ApiVersionReview;
  schemaChanged: boolean;
  changelogReviewRequired: boolean;
  fieldMappingCheckRequired: boolean;
  mappingStatus: MappingStatus;
}

export interface SourceConnection {
  id: string;
  name: string;
  profileId: string;
  platformId: PlatformId;
  connectionStatus: ConnectionStatus;
  enabled: boolean;
  lastSuccessfulSyncAt: IsoDateTime | null;
  technical: TechnicalStatus;
}

export interface SyncRun {
  id: string;
  sourceId: string;
  status: SyncRunStatus;
  fetched: number;
  processed: number;
  failed: number;
  apiVersion: string | null;
  /** Error code or message from the connector; null when the run had none. */
  error: string | null;
}

export interface ExternalAccount {
  id: string;
  sourceId: string;
  profileId: string;
  /** Display name (shop domain, ad account name). */
  name: string;
  /** External reference; only ever shown through `maskRef`. */
  externalRef: string;
  selected: boolean;
  /** Platform the account lives on; account discovery filters by it. */
  platformId?: PlatformId;
}

export interface CredentialChecklistItem {
  id: CredentialChecklistItemId;
  status: ChecklistStatus;
}

export interface CredentialScope {
  scope: string;
  policy: ScopePolicy;
}

/**
 * What the UI may know about a write-only credential set: whether each field is configured,
 * never its value. There is deliberately no field that could hold a secret.
 */
export interface CredentialState {
  sourceId: string;
  clientId: CredentialFieldState;
  clientSecret: CredentialFieldState;
  accessTokenCache: AccessTokenCacheState;
  readiness: CredentialReadinessCode;
  checklist: readonly CredentialChecklistItem[];
  scopes: readonly CredentialScope[];
  /** Always false: a stored value is never displayed. */
  valueDisplayed: false;
  /** Always false in V1: nothing is executed. */
  performsRealAction: false;
  /** Gated by backend feature flags; off by default. */
  persistenceEnabled: boolean;
}

export interface DataQualityFlag {
  code: DataQualityCode;
  severity: Severity;
  sourceId: string;
}

export interface SourceAction {
  id: SourceActionId;
  availability: ActionAvailability;
  /** Message key of the reason when unavailable. */
  reason?: string;
}

export interface CredentialAction {
  id: CredentialActionId;
  availability: CredentialActionAvailability;
  reason?: string;
  performsRealAction: false;
}

export interface OnboardingStep {
  id: OnboardingStepId;
  kind: OnboardingStepKind;
  /** A required step must be complete before any later step can be reached. */
  required: boolean;
  /** Number of notes in the catalog (`onboarding.<id>.notes.<n>`). */
  noteCount: number;
}

export interface Prerequisite {
  id: string;
  platformId: PlatformId;
  required: boolean;
  status: PrerequisiteStatus;
  /** True while the check is simulated (shown as "(mock)"). */
  mock: boolean;
}

export interface Guardrail {
  id: string;
  scope: GuardrailScope;
}
