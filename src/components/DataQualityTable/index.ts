export { DataQualityTable, type DataQualityTableProps } from './DataQualityTable';
export {
  DATA_QUALITY_TABLE_COLUMNS,
  DATA_QUALITY_TABLE_COLUMN_IDS,
  DATA_QUALITY_TABLE_ROW_STATES,
  DATA_QUALITY_TABLE_STATES,
  type DataQualityTableColumnId,
  type DataQualityTableRowState,
  type DataQualityTableState,
} from './DataQualityTable.props';
