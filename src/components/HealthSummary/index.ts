export { HealthSummary, type HealthSummaryProps } from './HealthSummary';
export {
  HEALTH_SUMMARY_METRICS,
  HEALTH_SUMMARY_METRIC_NAMES,
  HEALTH_SUMMARY_STATES,
  HEALTH_SUMMARY_STATE_NAMES,
  type HealthSummaryMetric,
  type HealthSummaryState,
} from './HealthSummary.props';
