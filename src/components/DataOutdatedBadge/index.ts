export { DataOutdatedBadge, type DataOutdatedBadgeProps } from './DataOutdatedBadge';
export { DATA_OUTDATED_BADGE_STATES, DATA_OUTDATED_BADGE_STATE_NAMES, type DataOutdatedBadgeState } from './DataOutdatedBadge.props';
