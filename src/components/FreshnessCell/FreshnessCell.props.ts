import { deriveFreshness, FRESHNESS_STATES, isOneOf, type Freshness, type SourceConnection } from '../../domain';
import { devWarn } from '../../domain/dev';
import type { Instant } from '../../domain/time';
import type { MessageKey } from '../../i18n';
import type { Tone } from '../../internal/tone';
import type { IconName } from '../../internal/Icon';

/**
 * Every freshness a FreshnessCell can show, defined once: this table feeds the component, the
 * `FreshnessCellState` union, the stories and the `it.each` tests. Keys are the domain's
 * `Freshness` values (DOMAIN.md, "Sources"): text and icon always accompany the tone.
 */
export const FRESHNESS_CELL_STATES = {
  FRESH: { tone: 'success', icon: 'check', label: 'freshness.FRESH', story: 'Fresh' },
  STALE: { tone: 'stale', icon: 'hourglass', label: 'freshness.STALE', story: 'Stale' },
  MISSING: { tone: 'critical', icon: 'ban', label: 'freshness.MISSING', story: 'Missing' },
  UNKNOWN: { tone: 'neutral', icon: 'help', label: 'freshness.UNKNOWN', story: 'Unknown' },
} as const satisfies Record<Freshness, { tone: Tone; icon: IconName; label: MessageKey; story: string }>;

export type FreshnessCellState = keyof typeof FRESHNESS_CELL_STATES;
export const FRESHNESS_CELL_STATE_NAMES = [...FRESHNESS_STATES] as FreshnessCellState[];

export function isFreshnessCellState(value: unknown): value is FreshnessCellState {
  return isOneOf(FRESHNESS_STATES, value);
}

/** Layouts: label above the time (narrow cells) or beside it (rows, headers). */
export const FRESHNESS_CELL_LAYOUTS = ['stacked', 'inline'] as const;
export type FreshnessCellLayout = (typeof FRESHNESS_CELL_LAYOUTS)[number];
export const FRESHNESS_CELL_LAYOUT_NAMES: FreshnessCellLayout[] = [...FRESHNESS_CELL_LAYOUTS];

/**
 * The freshness of a source against a clock. Without a clock the freshness is UNKNOWN rather
 * than guessed (and a development warning says why).
 */
export function freshnessOfSource(source: SourceConnection, now: Instant | undefined): FreshnessCellState {
  if (now === undefined) {
    devWarn('FreshnessCell: freshness needs `now` (prop or IntegrationsUIProvider).');
    return 'UNKNOWN';
  }
  return deriveFreshness(source, now);
}
