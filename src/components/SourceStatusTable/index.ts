export { SourceStatusTable, type SourceStatusTableProps } from './SourceStatusTable';
export {
  SOURCE_STATUS_VIEWS,
  SOURCE_STATUS_VIEW_NAMES,
  SOURCE_STATUS_COLUMNS,
  SOURCE_STATUS_TIME_DISPLAYS,
  SOURCE_STATUS_TABLE_STATES,
  isSourceStatusView,
  type SourceStatusView,
  type SourceStatusColumnId,
  type SourceStatusTimeDisplay,
  type SourceStatusTableState,
} from './SourceStatusTable.props';
