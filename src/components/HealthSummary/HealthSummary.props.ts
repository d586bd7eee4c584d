import type { HealthCounts } from '../../domain';
import type { MessageKey } from '../../i18n';
import type { Tone } from '../../internal/tone';
import type { IconName } from '../../internal/Icon';

/**
 * The rows of seed 002's health summary, in the seed's order, defined once: catalog label and,
 * for a row that signals trouble, the tone and icon its count takes when above zero (colour is
 * never alone: the icon and the row's label say it too). Keys are `summarizeHealth`'s fields.
 */
export const HEALTH_SUMMARY_METRICS = {
  total: { label: 'summary.total', alert: null },
  connected: { label: 'summary.connected', alert: null },
  expired: { label: 'summary.expired', alert: null },
  permissionMissing: { label: 'summary.permissionMissing', alert: null },
  stale: { label: 'summary.stale', alert: null },
  schemaChanged: { label: 'summary.schemaChanged', alert: null },
  mappingUnconfirmed: { label: 'summary.mappingUnconfirmed', alert: null },
  critical: { label: 'summary.critical', alert: { tone: 'critical', icon: 'octagon' } },
} as const satisfies Record<keyof HealthCounts, { label: MessageKey; alert: { tone: Tone; icon: IconName } | null }>;

export type HealthSummaryMetric = keyof typeof HEALTH_SUMMARY_METRICS;
export const HEALTH_SUMMARY_METRIC_NAMES = Object.keys(HEALTH_SUMMARY_METRICS) as HealthSummaryMetric[];

/**
 * The summary's states (root `data-state`): `critical` when any source has a critical issue,
 * `ok` otherwise, `empty` when no (visible) source is left to summarize.
 */
export const HEALTH_SUMMARY_STATES = {
  critical: { story: 'Critical issues' },
  ok: { story: 'No critical issue' },
  empty: { story: 'Empty' },
} as const satisfies Record<string, { story: string }>;
export type HealthSummaryState = keyof typeof HEALTH_SUMMARY_STATES;
export const HEALTH_SUMMARY_STATE_NAMES = Object.keys(HEALTH_SUMMARY_STATES) as HealthSummaryState[];
