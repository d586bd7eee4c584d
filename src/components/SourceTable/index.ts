export { SourceTable, SOURCE_TABLE_ROW_HEIGHT, SOURCE_TABLE_VIRTUALIZE_AFTER, type SourceTableProps } from './SourceTable';
export {
  SOURCE_TABLE_COLUMNS,
  SOURCE_TABLE_COLUMN_IDS,
  SOURCE_TABLE_SORTABLE_COLUMNS,
  type SourceTableColumnId,
  type SourceTableSortableColumn,
} from './columns';
export {
  SOURCE_TABLE_STATUSES,
  SOURCE_TABLE_FRESHNESS,
  SOURCE_TABLE_STATE_FILTERS,
  SOURCE_TABLE_FILTER_STATE_NAMES,
  type SourceTableSort,
  type SourceTableFilters,
  type SourceTableFilterState,
} from './SourceTable.props';
