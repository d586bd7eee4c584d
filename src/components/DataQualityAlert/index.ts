export {
  DataQualityAlert,
  DataQualityAlertList,
  type DataQualityAlertProps,
  type DataQualityAlertListProps,
  type DataQualityFlagInput,
} from './DataQualityAlert';
export {
  DATA_QUALITY_ALERT_STATES,
  DATA_QUALITY_ALERT_STATE_NAMES,
  RECOMMENDED_ACTION_IDS,
  RECOMMENDED_ACTION_BY_CODE,
  isDataQualityAlertState,
  isDataQualityCode,
  isSeverity,
  stateOfFlag,
  type DataQualityAlertState,
  type RecommendedActionId,
} from './DataQualityAlert.props';
