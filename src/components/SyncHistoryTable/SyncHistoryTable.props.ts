import { isOneOf, SYNC_RUN_STATUSES, type SyncRunStatus } from '../../domain';
import type { MessageKey } from '../../i18n';
import type { Tone } from '../../internal/tone';
import type { IconName } from '../../internal/Icon';

/**
 * Every status a sync run row can show, defined once: the status code is shown verbatim (in every
 * language) with this icon and tone. A status outside the table renders the neutral `unknown`
 * state with the raw code.
 */
export const SYNC_RUN_STATES = {
  completed: { tone: 'success', icon: 'check', story: 'completed' },
  partial: { tone: 'warning', icon: 'alert', story: 'partial' },
  failed: { tone: 'critical', icon: 'octagon', story: 'failed' },
  unknown: { tone: 'neutral', icon: 'help', story: 'Unknown status' },
} as const satisfies Record<SyncRunStatus | 'unknown', { tone: Tone; icon: IconName; story: string }>;

export type SyncRunState = keyof typeof SYNC_RUN_STATES;
export const SYNC_RUN_STATE_NAMES = Object.keys(SYNC_RUN_STATES) as SyncRunState[];

/** The table's columns, in the seed's order. */
export const SYNC_HISTORY_COLUMNS = {
  status: { header: 'syncHistory.columns.status', numeric: false },
  fetched: { header: 'syncHistory.columns.fetched', numeric: true },
  processed: { header: 'syncHistory.columns.processed', numeric: true },
  failed: { header: 'syncHistory.columns.failed', numeric: true },
  apiVersion: { header: 'syncHistory.columns.apiVersion', numeric: false },
  error: { header: 'syncHistory.columns.error', numeric: false },
} as const satisfies Record<string, { header: MessageKey; numeric: boolean }>;

export type SyncHistoryColumnId = keyof typeof SYNC_HISTORY_COLUMNS;
export const SYNC_HISTORY_COLUMN_IDS = Object.keys(SYNC_HISTORY_COLUMNS) as SyncHistoryColumnId[];

export function syncRunStateOf(status: unknown): SyncRunState {
  return isOneOf(SYNC_RUN_STATUSES, status) ? status : 'unknown';
}
