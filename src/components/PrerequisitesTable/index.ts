export { PrerequisitesTable, type PrerequisitesTableProps } from './PrerequisitesTable';
export {
  PREREQUISITE_STATUS_STATES,
  PREREQUISITE_STATUS_STATE_NAMES,
  PREREQUISITES_TABLE_STATES,
  PREREQUISITES_TABLE_STATE_NAMES,
  prerequisiteStatusStateOf,
  tableStateOf,
  type PrerequisiteStatusState,
  type PrerequisitesTableState,
} from './PrerequisitesTable.props';
