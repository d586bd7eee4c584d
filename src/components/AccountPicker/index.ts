export { AccountPicker, type AccountPickerProps } from './AccountPicker';
export { ACCOUNT_PICKER_STATES, ACCOUNT_PICKER_STATE_NAMES, accountPickerStateOf, type AccountPickerState } from './states';
/** The filter the picker applies (authorized profiles → this profile → this platform), for callers that check a selection. */
