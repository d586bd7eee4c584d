export { TechnicalStatusList, type TechnicalStatusListProps } from './TechnicalStatusList';
export {
  TECHNICAL_STATUS_ROWS,
  TECHNICAL_STATUS_ROW_IDS,
  TECHNICAL_VALUE_STATES,
  TECHNICAL_VALUE_STATE_NAMES,
  type TechnicalStatusRowId,
  type TechnicalValueState,
} from './TechnicalStatusList.props';
