import { CONNECTION_STATUSES, deriveHealth, isOneOf, type DataQualityCode, type HealthStatus, type SourceConnection } from '../../domain';
import { describe, devWarn } from '../../domain/dev';
import type { Instant } from '../../domain/time';
import type { MessageKey } from '../../i18n';
import type { Tone } from '../../internal/tone';
import type { IconName } from '../../internal/Icon';

/**
 * Every state the panel can show, defined once: it feeds the root `data-state`, the status
 * line's tone and icon, the stories and the `it.each` tests. `status` is the health code shown
 * verbatim ("Status: healthy"); a healthy source with info flags stays "healthy" but is toned info.
 */
export const SOURCE_HEALTH_PANEL_STATES = {
  healthy: { status: 'healthy', tone: 'success', icon: 'check', story: 'Healthy no issue' },
  healthyWithInfo: { status: 'healthy', tone: 'info', icon: 'info', story: 'Healthy with info' },
  warning: { status: 'warning', tone: 'warning', icon: 'alert', story: 'Warning' },
  critical: { status: 'critical', tone: 'critical', icon: 'octagon', story: 'Critical' },
  unknown: { status: null, tone: 'neutral', icon: 'help', story: 'Unknown' },
} as const satisfies Record<string, { status: HealthStatus | null; tone: Tone; icon: IconName; story: string }>;

export type SourceHealthPanelState = keyof typeof SOURCE_HEALTH_PANEL_STATES;
export const SOURCE_HEALTH_PANEL_STATE_NAMES = Object.keys(SOURCE_HEALTH_PANEL_STATES) as SourceHealthPanelState[];

/** The two places the panel appears: the source detail page (seeds 001/003/004) and the onboarding review (seed 000). */
export const SOURCE_HEALTH_PANEL_VARIANTS = {
  detail: { title: 'health.title', intro: 'health.postConnectionReview' },
  preview: { title: 'health.previewTitle', intro: null },
} as const satisfies Record<string, { title: MessageKey; intro: MessageKey | null }>;

export type SourceHealthPanelVariant = keyof typeof SOURCE_HEALTH_PANEL_VARIANTS;
export const SOURCE_HEALTH_PANEL_VARIANT_NAMES = Object.keys(SOURCE_HEALTH_PANEL_VARIANTS) as SourceHealthPanelVariant[];

/**
 * The health section wording of a reason: mapping_unconfirmed reads differently here than in the
 * data-quality list (seeds 003/004); every other code uses its flag message.
 */
export function reasonKey(code: DataQualityCode): MessageKey {
  return code === 'mapping_unconfirmed' ? 'healthReasons.mapping_unconfirmed' : `flags.${code}`;
}

export interface PanelHealth {
  state: SourceHealthPanelState;
  /** The raw value behind an unknown state (e.g. an unrecognised connection status), else null. */
  rawCode: string | null;
  codes: DataQualityCode[];
}

/**
 * The panel's state for a source. Never guesses: without a clock, without a source object or with
 * a connection status the library does not know, the state is unknown (one development warning).
 */
export function panelHealthOf(source: SourceConnection | null | undefined, now: Instant | undefined): PanelHealth {
  if (source == null || typeof source !== 'object') {
    devWarn(`SourceHealthPanel: expected a SourceConnection, got ${describe(source)}; rendering Unknown.`);
    return { state: 'unknown', rawCode: null, codes: [] };
  }
  if (now === undefined) {
    devWarn('SourceHealthPanel: health needs `now` (prop or IntegrationsUIProvider); rendering Unknown.');
    return { state: 'unknown', rawCode: null, codes: [] };
  }
  const health = deriveHealth(source, now);
  if (!isOneOf(CONNECTION_STATUSES, source.connectionStatus)) {
    devWarn(`SourceHealthPanel connectionStatus: unknown status ${describe(source.connectionStatus)}; rendering Unknown.`);
    return { state: 'unknown', rawCode: String(source.connectionStatus), codes: health.codes };
  }
  const state: SourceHealthPanelState = health.status === 'healthy' ? (health.codes.length > 0 ? 'healthyWithInfo' : 'healthy') : health.status;
  return { state, rawCode: null, codes: health.codes };
}
