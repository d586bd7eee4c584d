import { DATA_QUALITY_CODES, isOneOf, SEVERITIES, type DataQualityCode, type Severity } from '../../domain';
import type { MessageKey } from '../../i18n';
import type { Tone } from '../../internal/tone';
import type { IconName } from '../../internal/Icon';

/**
 * Every state a DataQualityAlert can show, defined once: one per severity (most severe first,
 * the order of `SEVERITIES`) plus `unknown` for a flag whose code or severity the library does
 * not know. This table feeds the component (tone, icon, label, announcement), the
 * `DataQualityAlertState` union, the stories and the `it.each` tests.
 *
 * `announce`: critical and blocking alerts are live (`role="alert"`); warnings and info are read
 * in document order only, never interrupting a screen-reader user.
 */
export const DATA_QUALITY_ALERT_STATES = {
  critical: { tone: 'critical', icon: 'octagon', label: 'severity.critical', announce: true, story: 'Critical' },
  blocking: { tone: 'critical', icon: 'ban', label: 'severity.blocking', announce: true, story: 'Blocking' },
  warning: { tone: 'warning', icon: 'alert', label: 'severity.warning', announce: false, story: 'Warning' },
  info: { tone: 'info', icon: 'info', label: 'severity.info', announce: false, story: 'Info' },
  unknown: { tone: 'neutral', icon: 'help', label: 'common.unknown', announce: false, story: 'Unknown' },
} as const satisfies Record<Severity | 'unknown', { tone: Tone; icon: IconName; label: MessageKey; announce: boolean; story: string }>;

export type DataQualityAlertState = keyof typeof DATA_QUALITY_ALERT_STATES;
export const DATA_QUALITY_ALERT_STATE_NAMES = Object.keys(DATA_QUALITY_ALERT_STATES) as DataQualityAlertState[];

/** The preview-only actions an alert can recommend (catalog `dataQuality.recommended.*`). */
export const RECOMMENDED_ACTION_IDS = ['field_mapping_check', 'reconnect', 'grant_permission', 'enter_credentials', 'manual_sync'] as const;
export type RecommendedActionId = (typeof RECOMMENDED_ACTION_IDS)[number];

/**
 * The action each code suggests when `recommendedAction` is `true` (seed 000: schema_changed →
 * "Run field mapping check (preview)"). Recommendations are labels only: nothing executes.
 */
export const RECOMMENDED_ACTION_BY_CODE = {
  schema_changed: 'field_mapping_check',
  mapping_unconfirmed: 'field_mapping_check',
  source_stale: 'manual_sync',
  permission_missing: 'grant_permission',
  source_disconnected: 'reconnect',
  source_expired: 'reconnect',
  credential_missing: 'enter_credentials',
} as const satisfies Record<DataQualityCode, RecommendedActionId>;

export function isDataQualityAlertState(value: unknown): value is DataQualityAlertState {
  return typeof value === 'string' && Object.hasOwn(DATA_QUALITY_ALERT_STATES, value);
}

export function isDataQualityCode(value: unknown): value is DataQualityCode {
  return isOneOf(DATA_QUALITY_CODES, value);
}

export function isSeverity(value: unknown): value is Severity {
  return isOneOf(SEVERITIES, value);
}

/** The state of a flag: its severity when both its code and severity are known, else `unknown`. */
export function stateOfFlag(flag: { code?: unknown; severity?: unknown } | null | undefined): DataQualityAlertState {
  if (flag == null || typeof flag !== 'object') return 'unknown';
  return isDataQualityCode(flag.code) && isSeverity(flag.severity) ? flag.severity : 'unknown';
}
