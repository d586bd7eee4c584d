import { connectionLabel, deriveHealth, type ConnectionLabel, type SourceConnection } from '../../domain';
import { devWarn } from '../../domain/dev';
import type { Instant } from '../../domain/time';
import type { MessageKey } from '../../i18n';
import type { IconName } from '../../internal/Icon';
import type { Tone } from '../../internal/tone';

/**
 * Every state a HealthBadge can show, defined once: this table feeds the component, the
 * `HealthBadgeState` union, the stories and the `it.each` tests.
 */
export const HEALTH_BADGE_STATES = {
  connected: { tone: 'success', icon: 'check', label: 'connection.connected', story: 'Connected' },
  connectedDisabled: { tone: 'neutral', icon: 'pause', label: 'connection.connectedDisabled', story: 'Connected (disabled)' },
  expired: { tone: 'critical', icon: 'clock', label: 'connection.expired', story: 'Expired' },
  permissionMissing: { tone: 'critical', icon: 'lock', label: 'connection.permissionMissing', story: 'Permission missing' },
  disconnected: { tone: 'critical', icon: 'unplug', label: 'connection.disconnected', story: 'Disconnected' },
  healthy: { tone: 'success', icon: 'check', label: 'health.healthy', story: 'Healthy' },
  warning: { tone: 'warning', icon: 'alert', label: 'health.warning', story: 'Warning' },
  critical: { tone: 'critical', icon: 'octagon', label: 'health.critical', story: 'Critical' },
  healthyWithInfo: { tone: 'info', icon: 'info', label: 'health.healthyWithInfo', story: 'Healthy with info' },
  unknown: { tone: 'neutral', icon: 'help', label: 'health.unknown', story: 'Unknown' },
} as const satisfies Record<string, { tone: Tone; icon: IconName; label: MessageKey; story: string }>;

export type HealthBadgeState = keyof typeof HEALTH_BADGE_STATES;
export const HEALTH_BADGE_STATE_NAMES = Object.keys(HEALTH_BADGE_STATES) as HealthBadgeState[];

/** The badge's densities. */
export const HEALTH_BADGE_SIZES = ['sm', 'md'] as const;
export type HealthBadgeSize = (typeof HEALTH_BADGE_SIZES)[number];

export const HEALTH_BADGE_VIEWS = ['connection', 'health'] as const;
export type HealthBadgeView = (typeof HEALTH_BADGE_VIEWS)[number];

export function isHealthBadgeState(value: unknown): value is HealthBadgeState {
  return typeof value === 'string' && Object.hasOwn(HEALTH_BADGE_STATES, value);
}

const CONNECTION_TO_STATE = {
  connected: 'connected',
  connectedDisabled: 'connectedDisabled',
  expired: 'expired',
  permissionMissing: 'permissionMissing',
  disconnected: 'disconnected',
  unknown: 'unknown',
} as const satisfies Record<ConnectionLabel, HealthBadgeState>;

/**
 * The badge state of a source. `health` needs a clock (freshness); without one the state is
 * unknown rather than guessed.
 */
export function stateOfSource(source: SourceConnection, view: HealthBadgeView, now: Instant | undefined): HealthBadgeState {
  if (view === 'connection') return CONNECTION_TO_STATE[connectionLabel(source)];
  if (now === undefined) {
    devWarn('HealthBadge: the health view needs `now` (prop or IntegrationsUIProvider).');
    return 'unknown';
  }
  const health = deriveHealth(source, now);
  if (health.status === 'healthy') return health.codes.length > 0 ? 'healthyWithInfo' : 'healthy';
  return health.status;
}
