export { HealthBadge, type HealthBadgeProps } from './HealthBadge';
export {
  HEALTH_BADGE_STATES,
  HEALTH_BADGE_STATE_NAMES,
  HEALTH_BADGE_SIZES,
  HEALTH_BADGE_VIEWS,
  isHealthBadgeState,
  stateOfSource,
  type HealthBadgeState,
  type HealthBadgeSize,
  type HealthBadgeView,
} from './HealthBadge.props';
