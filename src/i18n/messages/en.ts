/**
 * English catalog, one export per namespace so that an app's bundler keeps only the namespaces
 * of the components it imports (each component names the ones it uses). `en` is the whole
 * catalog: the reference. Its shape defines `Messages`; the French catalog must match it
 * key for key (a missing key is a type error). Lines the seeds show in English are verbatim.
 */
export const common = {
  yes: 'Yes',
  no: 'No',
  none: '—',
  unknown: 'Unknown',
  unknownWithCode: 'Unknown ({code})',
  required: 'Required',
  optional: 'Optional',
  loading: 'Loading…',
  viewDetails: 'View details',
  dataMayBeOutdated: 'Data may be outdated',
  previewOnly: 'Preview only',
  mockData: 'Mock data',
  sectionError: 'This section could not be displayed: its data is malformed.',
} as const;

export const theme = { light: 'Light', dark: 'Dark' } as const;

/** Long lists render in pages (tables, alerts, accounts). */
export const showMore = { more: 'Show {count} more', shown: 'Showing {shown} of {total}' } as const;

export const time = {
  invalidDate: 'Invalid date',
  rawValue: 'Raw value: {value}',
  inTimeZone: '{time} ({timeZone})',
} as const;

export const connection = {
  connected: 'Connected',
  connectedDisabled: 'Connected (disabled)',
  expired: 'Disconnected — token expired',
  permissionMissing: 'Permission missing',
  disconnected: 'Disconnected',
  unknown: 'Unknown',
} as const;

export const freshness = {
  FRESH: 'Fresh',
  STALE: 'Stale',
  MISSING: 'Missing',
  UNKNOWN: 'Unknown',
  window: 'Freshness window: {hours} h',
  neverSynced: 'No successful sync yet',
  disabled: 'Source disabled',
  lastSync: 'Last sync',
} as const;

export const health = {
  healthy: 'Healthy',
  warning: 'Warning',
  critical: 'Critical',
  healthyWithInfo: 'Healthy with info',
  unknown: 'Unknown',
  statusLine: 'Status: {status}',
  noIssue: 'No issue',
  postConnectionReview: 'Post-connection review (preview).',
  title: 'Health',
  sourceHealth: 'Source Health',
  previewTitle: 'Source health (post-connection review preview)',
} as const;

export const severity = {
  critical: 'Critical',
  blocking: 'Blocking',
  warning: 'Warning',
  info: 'Info',
} as const;

export const flags = {
  schema_changed: 'Schema changed — review required.',
  mapping_unconfirmed: 'Field mapping unconfirmed — metrics hidden from widgets.',
  source_stale: 'Data may be outdated — last successful sync exceeds the freshness window',
  permission_missing: 'Missing permission/scope — cannot sync fully.',
  source_disconnected: 'Source disconnected.',
  source_expired: 'Source disconnected — token expired. Reconnect required.',
  credential_missing: 'Shopify credentials not configured.',
} as const;

/** Where the health section words a reason differently from the data-quality list (seeds 003/004). */
export const healthReasons = {
  mapping_unconfirmed: 'Mapping unconfirmed — metrics hidden from widgets.',
} as const;

export const dataQuality = {
  title: 'Data quality',
  previewTitle: 'Data quality (preview)',
  alertsTitle: 'Data Quality Alerts',
  openFlags: 'Data Quality — open flags',
  noAlerts: 'No data quality alert',
  recommendedActions: 'Recommended actions (preview):',
  code: 'Code',
  message: 'Message',
  severity: 'Severity',
  recommended: {
    field_mapping_check: 'Run field mapping check (preview)',
    reconnect: 'Reconnect the source (preview)',
    grant_permission: 'Grant the missing permission (preview)',
    enter_credentials: 'Enter Client ID / Client Secret (preview)',
    manual_sync: 'Run a manual sync (preview)',
  },
  source: 'Source: {source}',
  groupHeading: '{severity} ({count})',
  groupEmpty: 'None',
  unknownFlag: 'Unrecognised data quality flag — no description available.',
} as const;

export const platforms = {
  SHOPIFY: {
    label: 'Shopify',
    notes: [
      'Connection via client credentials grant — client_id + client_secret → temporary 24h access token (PATCH-011)',
      'Durable secret = Client ID + Client Secret; access token temporary (not a permanent token)',
      'No Shopify user OAuth / install flow V1',
      'api_version_target provisional 2026-04',
      '2026-07 monitored only — not a stable target',
      'REST legacy not recommended (GraphQL preferred)',
      'read_orders only; read_all_orders out of V1; read_customers forbidden; PII Level 2 forbidden',
      'Gift cards / inventory transfers out of V1',
    ],
  },
  GA4: {
    label: 'Google Analytics 4',
    notes: ['GA4 purchaseRevenue is indicative, never business revenue', 'Freshness 24-48h; possible sampling/thresholding'],
  },
  GOOGLE_ADS: {
    label: 'Google Ads',
    notes: ['Platform conversions never equal Shopify orders', 'Conversion value never revenue_business', 'cost in micros — convert carefully'],
  },
  META_ADS: {
    label: 'Meta Ads',
    notes: [
      'Platform attributed value never revenue_business',
      'Paid (ads) vs organic clearly distinguished',
      'action_type to fix before trusting conversions',
    ],
  },
  TIKTOK_ADS: {
    label: 'TikTok Ads',
    notes: ['Mapping unconfirmed — no widget-eligible metrics V1', 'Disabled until field_mapping_check validated (DEC-06)'],
  },
  TIKTOK_ORGANIC: {
    label: 'TikTok Organic',
    notes: ['No content posting V1', 'Limited analytics (confirmed counters only)'],
  },
} as const;

export const platformCard = {
  choosePlatform: 'Choose platform',
  capabilities: 'Capabilities:',
  risks: 'Risks:',
  notWidgetEligible: 'not widget eligible',
  lifecycle: { active: 'active', blocked: 'blocked', planned: 'planned' },
  blockedReason: 'Blocked ({decision}): cannot be chosen.',
  plannedReason: 'Planned: not available yet.',
  blockedReasonGeneric: 'Blocked: cannot be chosen.',
  unknownReason: 'Status unknown: cannot be chosen.',
  selected: 'selected',
  empty: 'No platform available.',
} as const;

export const profiles = {
  selectRequired: 'Select profile (required)',
  antiLeak: 'Anti-leak: only authorized Profiles are listed. Add Source requires a Profile.',
  availability: { available: 'available', unavailable: 'unavailable' },
  profileLine: 'Profile: {profile} · {platform}',
  select: 'Select profile',
  details: '{currency} · {timeZone}',
  requiredError: 'Select a Profile to continue: Add Source requires a Profile.',
  empty: 'No authorized Profile is available. Add Source requires a Profile.',
} as const;

export const sourceActions = {
  title: 'Actions (preview only)',
  preview: 'Preview: "{action}" on "{source}" — {description} (no execution).',
  availability: { allowed: 'allowed', unavailable: 'unavailable' },
  empty: 'No action available for this source.',
  reconnect: { label: 'Reconnect', description: 'Re-run authorization to restore the connection.' },
  disable_source: { label: 'Disable source', description: 'Disable the source (data frozen, no hard delete in V1).' },
  manual_sync: { label: 'Manual sync', description: 'Trigger a one-off sync (preview only — no real job).' },
  retry_failed_sync: { label: 'Retry failed sync', description: 'Retry the last failed/partial sync (preview only).' },
  refresh_metadata: { label: 'Refresh metadata', description: 'Refresh source metadata/structure (preview only).' },
  field_mapping_check: { label: 'Field mapping check', description: 'Review/validate field mapping (lifts unconfirmed).' },
  acknowledge_schema_change: { label: 'Acknowledge schema change', description: 'Acknowledge a schema_changed warning.' },
  open_sync_history: { label: 'Open sync history', description: 'View the sync history for this source.' },
  open_data_quality: { label: 'Open data quality', description: "Open the data quality view for this source's scope." },
} as const;

export const credentialActions = {
  title: 'Credential actions (preview only)',
  intro: 'Each action is a preview — no real action is executed here.',
  performsRealAction: 'performsRealAction: false',
  availability: { available: 'available', unavailable: 'unavailable' },
  reasons: { notConfigured: 'Unavailable until credentials are configured.' },
  enter: {
    label: 'Enter credentials',
    description: 'Enter Client ID + Client Secret (write-only) — creates references in the secret manager (real step comes later).',
  },
  replace: { label: 'Replace credentials', description: 'Replace the existing credentials (write-only) — the value is never read back.' },
  verify: {
    label: 'Verify configuration',
    description: 'Verify the configuration (refs present, Infisical, scopes) without triggering an exchange.',
  },
  enable_staging_exchange: {
    label: 'Enable exchange in staging',
    description: 'Enable the client-credentials exchange in staging (feature flags) after checklist and review.',
  },
  disable_source: { label: 'Disable source', description: 'Disable the source (logical revocation) without exposing any secret.' },
} as const;

export const credentials = {
  title: 'Shopify credentials — write-only',
  subtitle: 'Values are never displayed again. Persistence is gated by feature flags.',
  writeOnly: 'Credentials are write-only: they can be replaced but are never read back. No secret value is ever displayed.',
  neverDisplayedAgain: 'Credentials are write-only and will never be displayed again.',
  persistenceDisabled: 'Persistence is disabled until backend flags are enabled.',
  flagsLine: 'valueDisplayed: false · performsRealAction: false · persistenceEnabled: {persistenceEnabled}',
  fields: { clientId: 'Client ID', clientSecret: 'Client Secret', accessToken: 'Access token' },
  states: { not_configured: 'not configured', configured: 'configured', temporary: 'temporary (in-memory cache)' },
  valueNeverDisplayed: '(value never displayed)',
} as const;

/** WriteOnlyCredentialField: the controls and messages around one write-only secret. */
export const credentialField = {
  save: 'Save',
  saveField: 'Save {field}',
  replace: 'Replace',
  replaceField: 'Replace {field}',
  cancel: 'Cancel',
  cancelField: 'Cancel replacing {field}',
  submitted: 'Submitted: the value was handed over and cleared from this page.',
  errors: {
    empty: 'Enter a value: {field} cannot be empty or only spaces.',
    tooLong: '{field} is too long: at most {max} characters.',
  },
} as const;

/** ActionPreviewList: what the catalogs of sourceActions/credentialActions do not already say. */
export const actionPreview = {
  unknownAction: 'Unrecognised action — it cannot be previewed.',
  unknownAvailability: 'Availability unknown — this action cannot be previewed.',
  noReason: 'Unavailable (no reason given).',
  credentialEmpty: 'No credential action available for this source.',
  previewed: 'Previewed “{action}” on “{source}”: nothing was executed.',
  previewedAgain: 'Previewed “{action}” on “{source}” again ({count} times): nothing was executed.',
} as const;

export const readiness = {
  title: 'Shopify credentials — readiness',
  label: 'Readiness:',
  codes: {
    SECRET_REFS_MISSING: {
      label: 'Secret references missing',
      action: 'Enter Client ID / Client Secret (write-only) to create the references.',
    },
    SECRET_MANAGER_MISSING: {
      label: 'Secret manager not configured',
      action: 'Configure the secret manager (Infisical) before storing references.',
    },
    EXCHANGE_DISABLED: {
      label: 'Real exchange disabled',
      action: 'Enable the exchange flags in staging after the checklist and review.',
    },
    READY: { label: 'Ready', action: 'Nothing to do: references, secret manager and scopes are in place.' },
  },
  noSecretDisplayed: 'No secret value is displayed. Real Shopify calls are disabled by default. This view is a preview.',
  exchangeDisabled: 'Real Shopify exchange is disabled (feature flags OFF by default).',
  tokenCache: 'Access token cache (memory): {state} (token value never shown)',
  tokenCacheStates: { inactive: 'inactive', active: 'active' },
  scopes: 'Scopes:',
  scopePolicies: { v1_minimal: '(V1 minimal)', out_of_v1: 'out of V1', forbidden: 'forbidden' },
  checklist: 'Checklist',
  checklistStatus: { todo: 'To do', ok: 'OK' },
  checklistItems: {
    client_id_ref: 'Client ID reference present',
    client_secret_ref: 'Client Secret reference present',
    secret_manager: 'Secret manager (Infisical) configured',
    scopes_v1: 'V1 scopes (read_orders) covered, no forbidden scope',
    exchange_flags: 'Real exchange flags enabled (staging)',
    production_plan: 'Plan suited to multi-client production (Pro)',
  },
  checklistEmpty: 'No checklist item.',
  scopesEmpty: 'No scope listed.',
  /** Seed 001 writes this sub-section with a capital Q (unlike `dataQuality.previewTitle`). */
  dataQualityTitle: 'Data Quality (preview)',
} as const;

export const technical = {
  title: 'Technical status',
  enabled: 'Enabled',
  apiVersionTarget: 'API version target',
  apiVersionReview: 'API version review',
  schemaChanged: 'schema_changed',
  changelogReviewRequired: 'changelog_review_required',
  fieldMappingCheckRequired: 'field_mapping_check_required',
  mappingStatus: 'mapping status',
  lastSuccessfulSync: 'last successful sync',
  mapping: { confirmed: 'confirmed', unconfirmed: 'unconfirmed' },
  monitoredOnly: '{version} monitored only',
  needsAttention: 'Needs attention',
} as const;

export const syncHistory = {
  title: 'Sync history (preview)',
  columns: { status: 'Status', fetched: 'Fetched', processed: 'Processed', failed: 'Failed', apiVersion: 'API version', error: 'Error' },
  statuses: { completed: 'completed', partial: 'partial', failed: 'failed' },
  empty: 'No sync run yet.',
  previewOnly: 'Preview only — no real job runs in this shell.',
} as const;

export const accounts = {
  title: 'External accounts',
  columns: { account: 'Account', maskedRef: 'Masked ref', selected: 'Selected' },
  empty: 'No external account within the authorized Profile.',
  antiLeak: 'Anti-leak: only external accounts within the authorized Profile are shown; secrets are never displayed.',
  selectRequiredError: 'Select at least one account to link.',
  selectProfileFirst: 'Select a Profile first: only its external accounts can be linked.',
} as const;

export const onboarding = {
  title: 'Add Source',
  stepsTitle: 'Onboarding steps',
  kinds: { todo: 'todo', placeholder: 'placeholder', info: 'info' },
  progress: { current: 'Current step', complete: 'Complete', blocked: 'Blocked', upcoming: 'Upcoming' },
  blockedBy: 'Blocked: {reason}',
  requiredFirst: 'Complete “{step}” first.',
  blockedPlatform: '{platform} chosen — {reason}',
  next: 'Next',
  back: 'Back',
  steps: {
    select_profile: { title: 'Select profile', description: 'Choose the Profile (BusinessUnit) this source belongs to. Required.', notes: [] },
    choose_platform: { title: 'Choose platform', description: 'Pick the source platform to connect.', notes: [] },
    read_prerequisites: { title: 'Read prerequisites', description: 'Review the platform prerequisites and risks.', notes: [] },
    client_credentials: {
      title: 'Client credentials (placeholder)',
      description:
        'Client ID + Client Secret placeholder — mock-only. A temporary access token is generated at runtime via the client credentials grant (PATCH-011). No credentials submitted, no token exchanged or stored in this mock.',
      notes: [
        'Client credentials placeholder — Client ID + Client Secret; a temporary access token is generated at runtime (PATCH-011). NO real Shopify API connection, no credentials submitted, no token exchanged or stored.',
      ],
    },
    discover_accounts: {
      title: 'Discover accounts',
      description: 'Discover external accounts (mock — no API).',
      notes: ['Anti-leak: only external accounts within the authorized Profile may be discovered/linked.'],
    },
    select_accounts: {
      title: 'Select accounts',
      description: 'Select external accounts; only accounts within the authorized Profile may be linked.',
      notes: [],
    },
    configure_source: { title: 'Configure source', description: 'Set source name and options.', notes: [] },
    initial_sync: {
      title: 'Initial sync (placeholder)',
      description: 'Placeholder initial sync — no real job runs.',
      notes: ['Placeholder only — NO real job runs.'],
    },
    review_health: { title: 'Review source health', description: 'Review status, freshness, mapping and data quality.', notes: [] },
  },
} as const;

export const sourceSettings = {
  nameLabel: 'Source name',
  nameHint: 'Shown in every table and alert (Source label required).',
  useSuggestion: 'Use “{name}”',
  characterCount: '{count}/{max} characters',
  requiredError: 'Enter a source name: every source needs a label.',
  tooLongError: 'The source name is too long ({count}/{max} characters): shorten it, it is never cut.',
  previewOnly: 'Preview only — nothing is saved in this mock.',
} as const;

export const prerequisites = {
  title: 'Prerequisites — {platform}',
  columns: { prerequisite: 'Prerequisite', required: 'Required', status: 'Status' },
  statuses: { not_checked: 'not_checked', ok: 'ok', failed: 'failed' },
  mock: '(mock)',
  withMock: '{status} {mock}',
  empty: 'No prerequisite listed for this platform.',
  items: {
    shopify_store: { title: 'Shopify store', description: 'An accessible Shopify store (owned by your org for client credentials).' },
    read_orders_scope: { title: 'read_orders scope', description: 'Read orders only (read_all_orders is out of V1).' },
    client_credentials: {
      title: 'Client ID + Client Secret',
      description:
        'Dev Dashboard app credentials; exchanged for a temporary access token via the client credentials grant (PATCH-011). No permanent token, no user OAuth in V1.',
    },
  },
} as const;

export const guardrails = {
  title: 'Guardrails (V1)',
  /** Seed 000 writes the title with a colon. */
  titleOnboarding: 'Guardrails (V1):',
  empty: 'No guardrail listed.',
  onboarding: {
    client_credentials_grant:
      'Shopify Dev Dashboard V1 connects via client credentials grant (client_id+client_secret → temporary 24h token), not user OAuth (PATCH-011)',
    durable_secret: 'Durable secret = Client ID + Client Secret; temporary access token never durable',
    no_user_oauth: 'No Shopify user OAuth V1 / no OAuth install flow',
    no_real_oauth: 'No real OAuth',
    no_real_api: 'No real API',
    no_token_storage: 'No token storage',
    no_secret_exposure: 'No secret exposure',
    no_db_write: 'No DB write',
    no_real_job: 'No real job',
    no_hard_delete: 'No hard delete (disable only)',
    no_tiktok_activation: 'No TikTok Ads activation',
    no_campaign_mer: 'No Campaign MER',
    no_multi_touch: 'No multi-touch attribution',
    no_fx: 'No FX conversion',
    profile_required: 'Profile selection required',
    account_anti_leak: 'ExternalAccount anti-leak (authorized Profile only)',
    source_scoped: 'SourceConnection scoped to BusinessUnit/Profile',
    actions_preview_only: 'Actions are preview-only (no mutation)',
  },
  settings: {
    mock_only: 'Mock-only; no DB query / no API / no connector / no OAuth / no job',
    no_raw_no_secrets: 'No raw, no secrets',
    inactive_features: 'TikTok Ads inactive; Campaign MER absent; multi-touch absent; FX absent',
    saved_views: 'Saved Views P1; viewer no export',
    visibility: 'Source label required; Data Freshness visible; Data Quality warnings visible',
    actions_preview_no_delete: 'Source actions are preview-only (no real job); no hard delete',
  },
} as const;

/** Notice: the accessible name of each variant (given to its icon), beside the catalog text. */
export const notice = {
  variants: { mock: 'Mock data', legacy: 'Legacy route', info: 'Note', warning: 'Warning', critical: 'Important', unknown: 'Note' },
} as const;

export const notices = {
  mock_data: 'Mock data.',
  mock_shell:
    'Mock-only: UX shell. Shopify Dev Dashboard V1 connects via the client credentials grant (Client ID + Client Secret → temporary 24h access token, PATCH-011), not user OAuth. No real Shopify API connection, no credentials submitted, no token exchanged or stored, no DB write, no job.',
  mock_settings: 'Mock data. Mock-only (IMPL-007): all values come from local fixtures. No real data, no API, no connector, no DB query.',
  legacy_route:
    'Legacy route. This page becomes /settings/integrations (sources are configuration, not a main business tab). It remains accessible during the transition (UI-002 / SETTINGS_SOURCES_001).',
  shopify_credentials_settings:
    'Shopify credentials are write-only. Client ID / Client Secret are never displayed again. Real Shopify calls are disabled by default; Infisical Free is for the controlled pilot only (not multi-client production). Scope: read_orders. read_all_orders / read_customers are out of V1.',
  onboarding_scenario: 'Mock onboarding — scenario: Shopify → Profile France',
  shopify_onboarding:
    'Shopify (Dev Dashboard): write-only credentials (Client ID + Client Secret → temporary 24h access token, never read back). V1 scope: read_orders. read_all_orders / read_customers out of V1. Real calls disabled by default. Details and preview actions on the page of a connected Shopify source.',
} as const;

export const sourceTable = {
  caption: 'Connected sources',
  intro: 'Open a source for detail and preview actions (mock).',
  columns: {
    source: 'Source',
    profile: 'Profile',
    platform: 'Platform',
    status: 'Status',
    lastSync: 'Last sync',
    freshness: 'Freshness',
    lastSyncFreshness: 'Last sync / Freshness',
    detail: 'Detail',
  },
  viewDetailsOf: 'View details of {source}',
  search: 'Search sources',
  allProfiles: 'All profiles',
  allPlatforms: 'All platforms',
  allStatuses: 'All statuses',
  allFreshness: 'All freshness states',
  clearFilters: 'Clear filters',
  empty: 'No source matches.',
  noSources: 'No source connected yet.',
  loading: 'Loading sources…',
  count: '{shown} of {total} sources',
} as const;

export const sourceStatus = {
  syncTitle: 'Sources — sync status',
  freshnessTitle: 'Sources — data freshness',
  empty: 'No source to show.',
} as const;

export const summary = {
  title: 'Sources — health summary',
  metric: 'Metric',
  count: 'Count',
  total: 'Total sources',
  connected: 'Connected',
  expired: 'Expired',
  permissionMissing: 'Permission missing',
  stale: 'Stale',
  schemaChanged: 'Schema changed',
  mappingUnconfirmed: 'Mapping unconfirmed',
  critical: 'Critical issues',
  unknownStatus: 'Unknown status ({codes})',
  empty: 'No source to summarize.',
} as const;

export const patterns = {
  sectionErrorNamed: '{section}: this section could not be displayed — its data is malformed.',
  settings: {
    title: 'Integrations settings',
    openIssues: 'Open data quality issues',
    syncStatus: 'Source Sync Status',
    dataFreshness: 'Data Freshness',
  },
  detail: {
    notAuthorized: 'This source is not available: it does not belong to an authorized Profile.',
    source: 'Source',
  },
  wizard: {
    stepLabel: 'Step {number}: {title}',
    stepStatus: 'Step {number} of {total} — {status}',
    finish: 'Finish (preview)',
    finished: 'Preview complete — no source was created and nothing was executed.',
    noPrerequisites: 'No prerequisite is listed for {platform}.',
    navigation: 'Wizard navigation',
    edit: 'Edit',
    editStep: 'Edit “{step}”',
  },
} as const;

export const tokens = {
  title: 'Design tokens',
  semantic: 'Semantic status colours',
} as const;

/** The whole English catalog (the reference a translation follows; `Messages` is its shape). */
export const en = {
  common,
  theme,
  showMore,
  time,
  connection,
  freshness,
  health,
  severity,
  flags,
  healthReasons,
  dataQuality,
  platforms,
  platformCard,
  profiles,
  sourceActions,
  credentialActions,
  credentials,
  credentialField,
  actionPreview,
  readiness,
  technical,
  syncHistory,
  accounts,
  onboarding,
  sourceSettings,
  prerequisites,
  guardrails,
  notice,
  notices,
  sourceTable,
  sourceStatus,
  summary,
  patterns,
  tokens,
} as const;
