/**
 * Every enumerated vocabulary of the domain catalogue (../shared/DOMAIN.md), each defined once
 * as an `as const` table: the TS unions, the fixtures, the stories and the `it.each` tests all
 * derive from these tables, so a new state is added in one place.
 */

export const PLATFORM_IDS = ['SHOPIFY', 'GA4', 'GOOGLE_ADS', 'META_ADS', 'TIKTOK_ADS', 'TIKTOK_ORGANIC'] as const;
export type PlatformId = (typeof PLATFORM_IDS)[number];

export const PLATFORM_PRIORITIES = ['P0', 'P1', 'P2'] as const;
export type PlatformPriority = (typeof PLATFORM_PRIORITIES)[number];

export const PLATFORM_LIFECYCLES = ['active', 'blocked', 'planned'] as const;
export type PlatformLifecycle = (typeof PLATFORM_LIFECYCLES)[number];

export const PROFILE_AVAILABILITIES = ['available', 'unavailable'] as const;
export type ProfileAvailability = (typeof PROFILE_AVAILABILITIES)[number];

/** Connection status as stored on a SourceConnection (the sources table's "Status" column). */
export const CONNECTION_STATUSES = ['CONNECTED', 'PERMISSION_MISSING', 'DISCONNECTED', 'EXPIRED'] as const;
export type ConnectionStatus = (typeof CONNECTION_STATUSES)[number];

/** The label a person reads for a connection (the "Source Sync Status" table). */
export const CONNECTION_LABELS = ['connected', 'connectedDisabled', 'expired', 'permissionMissing', 'disconnected', 'unknown'] as const;
export type ConnectionLabel = (typeof CONNECTION_LABELS)[number];

export const FRESHNESS_STATES = ['FRESH', 'STALE', 'MISSING', 'UNKNOWN'] as const;
export type Freshness = (typeof FRESHNESS_STATES)[number];

export const HEALTH_STATUSES = ['healthy', 'warning', 'critical'] as const;
export type HealthStatus = (typeof HEALTH_STATUSES)[number];

/** Ordered from most to least severe: lists sort by this order and never drop the tail. */
export const SEVERITIES = ['critical', 'blocking', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const DATA_QUALITY_CODES = [
  'schema_changed',
  'mapping_unconfirmed',
  'source_stale',
  'permission_missing',
  'source_disconnected',
  'source_expired',
  'credential_missing',
] as const;
export type DataQualityCode = (typeof DATA_QUALITY_CODES)[number];

/** Severity of each data-quality code (DOMAIN.md, "Data quality flags"). */
export const DATA_QUALITY_SEVERITY = {
  schema_changed: 'warning',
  mapping_unconfirmed: 'info',
  source_stale: 'warning',
  permission_missing: 'critical',
  source_disconnected: 'critical',
  source_expired: 'critical',
  credential_missing: 'blocking',
} as const satisfies Record<DataQualityCode, Severity>;

export const SYNC_RUN_STATUSES = ['completed', 'partial', 'failed'] as const;
export type SyncRunStatus = (typeof SYNC_RUN_STATUSES)[number];

export const MAPPING_STATUSES = ['confirmed', 'unconfirmed'] as const;
export type MappingStatus = (typeof MAPPING_STATUSES)[number];

export const API_VERSION_REVIEWS = ['NOT_REQUIRED', 'REQUIRED'] as const;
export type ApiVersionReview = (typeof API_VERSION_REVIEWS)[number];

export const CREDENTIAL_FIELD_STATES = ['not_configured', 'configured'] as const;
export type CredentialFieldState = (typeof CREDENTIAL_FIELD_STATES)[number];

export const ACCESS_TOKEN_CACHE_STATES = ['inactive', 'active'] as const;
export type AccessTokenCacheState = (typeof ACCESS_TOKEN_CACHE_STATES)[number];

/** Credential readiness codes; from SECRET_REFS_MISSING to READY. */
export const CREDENTIAL_READINESS_CODES = ['SECRET_REFS_MISSING', 'SECRET_MANAGER_MISSING', 'EXCHANGE_DISABLED', 'READY'] as const;
export type CredentialReadinessCode = (typeof CREDENTIAL_READINESS_CODES)[number];

export const CHECKLIST_STATUSES = ['todo', 'ok'] as const;
export type ChecklistStatus = (typeof CHECKLIST_STATUSES)[number];

export const CREDENTIAL_CHECKLIST_ITEMS = ['client_id_ref', 'client_secret_ref', 'secret_manager', 'scopes_v1', 'exchange_flags', 'production_plan'] as const;
export type CredentialChecklistItemId = (typeof CREDENTIAL_CHECKLIST_ITEMS)[number];

export const SCOPE_POLICIES = ['v1_minimal', 'out_of_v1', 'forbidden'] as const;
export type ScopePolicy = (typeof SCOPE_POLICIES)[number];

export const SOURCE_ACTION_IDS = [
  'reconnect',
  'disable_source',
  'manual_sync',
  'retry_failed_sync',
  'refresh_metadata',
  'field_mapping_check',
  'acknowledge_schema_change',
  'open_sync_history',
  'open_data_quality',
] as const;
export type SourceActionId = (typeof SOURCE_ACTION_IDS)[number];

export const CREDENTIAL_ACTION_IDS = ['enter', 'replace', 'verify', 'enable_staging_exchange', 'disable_source'] as const;
export type CredentialActionId = (typeof CREDENTIAL_ACTION_IDS)[number];

/** Source actions read "allowed" (Add Source); credential actions read "available" (credentials). */
export const ACTION_AVAILABILITIES = ['allowed', 'unavailable'] as const;
export type ActionAvailability = (typeof ACTION_AVAILABILITIES)[number];

export const CREDENTIAL_ACTION_AVAILABILITIES = ['available', 'unavailable'] as const;
export type CredentialActionAvailability = (typeof CREDENTIAL_ACTION_AVAILABILITIES)[number];

export const NOTICE_IDS = [
  'mock_data',
  'mock_shell',
  'mock_settings',
  'legacy_route',
  'shopify_credentials_settings',
  'onboarding_scenario',
  'shopify_onboarding',
] as const;
export type NoticeId = (typeof NOTICE_IDS)[number];

export const ONBOARDING_STEP_IDS = [
  'select_profile',
  'choose_platform',
  'read_prerequisites',
  'client_credentials',
  'discover_accounts',
  'select_accounts',
  'configure_source',
  'initial_sync',
  'review_health',
] as const;
export type OnboardingStepId = (typeof ONBOARDING_STEP_IDS)[number];

export const ONBOARDING_STEP_KINDS = ['todo', 'placeholder', 'info'] as const;
export type OnboardingStepKind = (typeof ONBOARDING_STEP_KINDS)[number];

export const ONBOARDING_STEP_PROGRESS = ['current', 'complete', 'blocked', 'upcoming'] as const;
export type OnboardingStepProgress = (typeof ONBOARDING_STEP_PROGRESS)[number];

export const PREREQUISITE_STATUSES = ['not_checked', 'ok', 'failed'] as const;
export type PrerequisiteStatus = (typeof PREREQUISITE_STATUSES)[number];

/** Where a guardrail list is shown: the Add Source wizard or the integrations settings page. */
export const GUARDRAIL_SCOPES = ['onboarding', 'settings'] as const;
export type GuardrailScope = (typeof GUARDRAIL_SCOPES)[number];

/** Membership test that narrows `unknown` data (fixtures, API payloads) to a table's union. */
export function isOneOf<T extends string>(table: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (table as readonly string[]).includes(value);
}
