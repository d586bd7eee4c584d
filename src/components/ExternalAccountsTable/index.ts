export { ExternalAccountsTable, type ExternalAccountsTableProps } from './ExternalAccountsTable';
export {
  EXTERNAL_ACCOUNTS_TABLE_STATES,
  EXTERNAL_ACCOUNTS_TABLE_STATE_NAMES,
  EXTERNAL_ACCOUNTS_COLUMNS,
  EXTERNAL_ACCOUNTS_COLUMN_IDS,
  type ExternalAccountsTableState,
  type ExternalAccountsColumnId,
} from './ExternalAccountsTable.props';
