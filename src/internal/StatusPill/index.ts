export { StatusPill, statusPill, STATUS_PILL_SIZES, STATUS_PILL_LEADINGS, STATUS_PILL_WEIGHTS, type StatusPillProps, type StatusPillSize } from './StatusPill';
