export { AccountPicker, type AccountPickerProps } from './AccountPicker';
export { ACCOUNT_PICKER_STATES, ACCOUNT_PICKER_STATE_NAMES, accountPickerStateOf, type AccountPickerState } from './AccountPicker.props';
