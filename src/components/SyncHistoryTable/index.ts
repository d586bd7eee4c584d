export { SyncHistoryTable, type SyncHistoryTableProps } from './SyncHistoryTable';
export {
  SYNC_RUN_STATES,
  SYNC_RUN_STATE_NAMES,
  SYNC_HISTORY_COLUMNS,
  SYNC_HISTORY_COLUMN_IDS,
  syncRunStateOf,
  type SyncRunState,
  type SyncHistoryColumnId,
} from './SyncHistoryTable.props';
