import type { MessageKey } from '../../i18n';

/**
 * The table's states, defined once (root `data-state`, stories, tests): accounts shown, or empty
 * (none given, or none left once the anti-leak filter removed other profiles' accounts).
 */
export const EXTERNAL_ACCOUNTS_TABLE_STATES = {
  filled: { story: 'Selected' },
  empty: { story: 'Empty' },
} as const satisfies Record<string, { story: string }>;

export type ExternalAccountsTableState = keyof typeof EXTERNAL_ACCOUNTS_TABLE_STATES;
export const EXTERNAL_ACCOUNTS_TABLE_STATE_NAMES = Object.keys(EXTERNAL_ACCOUNTS_TABLE_STATES) as ExternalAccountsTableState[];

/** The table's columns, in the seed's order. */
export const EXTERNAL_ACCOUNTS_COLUMNS = {
  account: { header: 'accounts.columns.account' },
  maskedRef: { header: 'accounts.columns.maskedRef' },
  selected: { header: 'accounts.columns.selected' },
} as const satisfies Record<string, { header: MessageKey }>;

export type ExternalAccountsColumnId = keyof typeof EXTERNAL_ACCOUNTS_COLUMNS;
export const EXTERNAL_ACCOUNTS_COLUMN_IDS = Object.keys(EXTERNAL_ACCOUNTS_COLUMNS) as ExternalAccountsColumnId[];
