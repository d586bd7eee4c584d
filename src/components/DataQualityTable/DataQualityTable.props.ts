import type { MessageKey } from '../../i18n';
import { DATA_QUALITY_ALERT_STATES, type DataQualityAlertState } from '../DataQualityAlert';

/**
 * The columns of seed 002's "Data Quality — open flags" table, in order, with their catalog
 * headers. Feeds the header row, the stories and the tests.
 */
export const DATA_QUALITY_TABLE_COLUMNS = {
  severity: 'dataQuality.severity',
  code: 'dataQuality.code',
  message: 'dataQuality.message',
} as const satisfies Record<string, MessageKey>;
export type DataQualityTableColumnId = keyof typeof DATA_QUALITY_TABLE_COLUMNS;
export const DATA_QUALITY_TABLE_COLUMN_IDS = Object.keys(DATA_QUALITY_TABLE_COLUMNS) as DataQualityTableColumnId[];

/**
 * The state of each row: its severity, or `unknown` for a flag whose code or severity the library
 * does not know. Tone, icon and localized label are DataQualityAlert's (one source of truth for
 * what a severity looks like); the severity is shown as its lowercase code, verbatim.
 */
export const DATA_QUALITY_TABLE_ROW_STATES = DATA_QUALITY_ALERT_STATES;
export type DataQualityTableRowState = DataQualityAlertState;

/** The table's states (root `data-state`). */
export const DATA_QUALITY_TABLE_STATES = ['ready', 'empty'] as const;
export type DataQualityTableState = (typeof DATA_QUALITY_TABLE_STATES)[number];
