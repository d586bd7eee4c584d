/**
 * The form as a whole (root `data-state`), defined once: feeds the stories and the `it.each`
 * tests. `requiredError` is "no name (or only spaces) while the user tried to go on"; `tooLong`
 * is shown as soon as the name exceeds `maxLength` (it is refused, never cut).
 */
export const SOURCE_SETTINGS_FORM_STATES = {
  empty: { story: 'Empty' },
  filled: { story: 'Filled' },
  requiredError: { story: 'Required error' },
  tooLong: { story: 'Too long' },
} as const satisfies Record<string, { story: string }>;

export type SourceSettingsFormState = keyof typeof SOURCE_SETTINGS_FORM_STATES;
export const SOURCE_SETTINGS_FORM_STATE_NAMES = Object.keys(SOURCE_SETTINGS_FORM_STATES) as SourceSettingsFormState[];

/** Default longest source name, in characters (code points). */
export const SOURCE_NAME_MAX_LENGTH = 80;

/** What is wrong with a source name, if anything. Length counts characters (code points), not UTF-16 units. */
export type SourceNameProblem = 'required' | 'tooLong' | null;

/** Checks a source name as the form does: empty or only spaces is `required` (when required), longer than `maxLength` is `tooLong`. */
export function validateSourceName(name: string, opts: { required?: boolean; maxLength?: number } = {}): SourceNameProblem {
  const { required = true, maxLength = SOURCE_NAME_MAX_LENGTH } = opts;
  if (Array.from(name).length > maxLength) return 'tooLong';
  if (required && name.trim() === '') return 'required';
  return null;
}

export function sourceSettingsStateOf(opts: { name: string; problem: SourceNameProblem; showRequiredError: boolean }): SourceSettingsFormState {
  if (opts.problem === 'tooLong') return 'tooLong';
  if (opts.problem === 'required' && opts.showRequiredError) return 'requiredError';
  return opts.name.trim() === '' ? 'empty' : 'filled';
}
