import type { MessageKey } from '../../i18n';
import type { Tone } from '../../internal/tone';
import type { IconName } from '../../internal/Icon';

/**
 * Every state of the "Data may be outdated" marker, defined once: this table feeds the
 * component, the `DataOutdatedBadgeState` union, the stories and the `it.each` tests.
 * `upToDate` renders nothing on purpose: a section whose data is current needs no marker, and a
 * quiet "up to date" chip next to every title would only add noise the eye learns to skip.
 */
export const DATA_OUTDATED_BADGE_STATES = {
  outdated: { renders: true, tone: 'stale', icon: 'hourglass', label: 'common.dataMayBeOutdated', story: 'Outdated' },
  upToDate: { renders: false, tone: null, icon: null, label: null, story: 'Up to date' },
} as const satisfies Record<string, { renders: boolean; tone: Tone | null; icon: IconName | null; label: MessageKey | null; story: string }>;

export type DataOutdatedBadgeState = keyof typeof DATA_OUTDATED_BADGE_STATES;
export const DATA_OUTDATED_BADGE_STATE_NAMES = Object.keys(DATA_OUTDATED_BADGE_STATES) as DataOutdatedBadgeState[];
