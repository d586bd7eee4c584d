/**
 * The account picker as a whole (root `data-state`), defined once: feeds the stories and the
 * `it.each` tests. `noProfile` is "no profile chosen yet, so no account can be listed"; `empty` is
 * "a profile is chosen but it has no account (on that platform) within the authorized profiles";
 * `requiredError` is "no account while the user tried to go on".
 */
export const ACCOUNT_PICKER_STATES = {
  noSelection: { story: 'No selection' },
  selected: { story: 'Selected' },
  requiredError: { story: 'Required error' },
  noProfile: { story: 'No profile chosen' },
  empty: { story: 'Empty' },
} as const satisfies Record<string, { story: string }>;

export type AccountPickerState = keyof typeof ACCOUNT_PICKER_STATES;
export const ACCOUNT_PICKER_STATE_NAMES = Object.keys(ACCOUNT_PICKER_STATES) as AccountPickerState[];

export function accountPickerStateOf(opts: { hasProfile: boolean; count: number; selectedCount: number; showError: boolean }): AccountPickerState {
  if (!opts.hasProfile) return 'noProfile';
  if (opts.count === 0) return 'empty';
  if (opts.selectedCount > 0) return 'selected';
  return opts.showError ? 'requiredError' : 'noSelection';
}
