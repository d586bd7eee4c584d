export { Slot, mergeSlotProps, composeRefs, type SlotProps } from './Slot';
