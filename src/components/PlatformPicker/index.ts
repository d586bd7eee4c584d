export { PlatformCard, platformCardIds, type PlatformCardProps } from './PlatformCard';
export { PlatformPicker, type PlatformPickerProps } from './PlatformPicker';
export {
  PLATFORM_LIFECYCLE_STATES,
  PLATFORM_LIFECYCLE_STATE_NAMES,
  PLATFORM_PRIORITY_STATES,
  PLATFORM_PRIORITY_STATE_NAMES,
  PLATFORM_PICKER_STATES,
  PLATFORM_PICKER_STATE_NAMES,
  lifecycleStateOf,
  platformReason,
  platformText,
  priorityStateOf,
  isSelectablePlatform,
  type PlatformLifecycleState,
  type PlatformPriorityState,
  type PlatformPickerState,
} from './PlatformPicker.props';
