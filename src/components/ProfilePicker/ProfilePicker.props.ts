import { isOneOf, PROFILE_AVAILABILITIES, type ProfileAvailability } from '../../domain';
import type { MessageKey } from '../../i18n';
import type { Tone } from '../../internal/tone';
import type { IconName } from '../../internal/Icon';

/**
 * The picker as a whole (root `data-state`), defined once: feeds the stories and the `it.each`
 * tests. `requiredError` is "no profile while the user tried to go on"; `empty` is "no authorized
 * profile at all".
 */
export const PROFILE_PICKER_STATES = {
  noSelection: { story: 'No selection' },
  selected: { story: 'Selected (Profile France)' },
  requiredError: { story: 'Required error' },
  empty: { story: 'Empty' },
} as const satisfies Record<string, { story: string }>;

export type ProfilePickerState = keyof typeof PROFILE_PICKER_STATES;
export const PROFILE_PICKER_STATE_NAMES = Object.keys(PROFILE_PICKER_STATES) as ProfilePickerState[];

/**
 * A profile's availability. `unknown` is bad input (an availability the library does not know):
 * shown neutral with the raw code and, failing closed, never selectable.
 */
export const PROFILE_AVAILABILITY_STATES = {
  available: { tone: 'success', icon: 'check', label: 'profiles.availability.available', selectable: true },
  unavailable: { tone: 'neutral', icon: 'ban', label: 'profiles.availability.unavailable', selectable: false },
  unknown: { tone: 'neutral', icon: 'help', label: 'common.unknown', selectable: false },
} as const satisfies Record<ProfileAvailability | 'unknown', { tone: Tone; icon: IconName; label: MessageKey; selectable: boolean }>;

export type ProfileAvailabilityState = keyof typeof PROFILE_AVAILABILITY_STATES;
export const PROFILE_AVAILABILITY_STATE_NAMES = Object.keys(PROFILE_AVAILABILITY_STATES) as ProfileAvailabilityState[];

export function availabilityStateOf(availability: unknown): ProfileAvailabilityState {
  return isOneOf(PROFILE_AVAILABILITIES, availability) ? availability : 'unknown';
}

export function pickerStateOf(opts: { count: number; selected: boolean; showError: boolean }): ProfilePickerState {
  if (opts.count === 0) return 'empty';
  if (opts.selected) return 'selected';
  return opts.showError ? 'requiredError' : 'noSelection';
}
