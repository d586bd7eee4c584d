export { ProfilePicker, type ProfilePickerProps } from './ProfilePicker';
export {
  PROFILE_PICKER_STATES,
  PROFILE_PICKER_STATE_NAMES,
  PROFILE_AVAILABILITY_STATES,
  PROFILE_AVAILABILITY_STATE_NAMES,
  availabilityStateOf,
  pickerStateOf,
  type ProfilePickerState,
  type ProfileAvailabilityState,
} from './ProfilePicker.props';
