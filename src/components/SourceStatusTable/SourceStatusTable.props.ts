import type { MessageKey } from '../../i18n';
import type { LastSyncTimeDisplay } from '../../internal/LastSyncTime';

/**
 * The two views of the overview table, defined once (seed 002 "Source Sync Status" and "Data
 * Freshness"): title and columns in order. Feeds the component, the `SourceStatusView` union,
 * the stories and the `it.each` tests.
 */
export const SOURCE_STATUS_VIEWS = {
  sync: {
    title: 'sourceStatus.syncTitle',
    columns: ['source', 'platform', 'status', 'lastSync'],
    story: 'Sync status',
  },
  freshness: {
    title: 'sourceStatus.freshnessTitle',
    columns: ['source', 'freshness', 'lastSync'],
    story: 'Data freshness',
  },
} as const satisfies Record<string, { title: MessageKey; columns: readonly SourceStatusColumnId[]; story: string }>;

export type SourceStatusView = keyof typeof SOURCE_STATUS_VIEWS;
export const SOURCE_STATUS_VIEW_NAMES = Object.keys(SOURCE_STATUS_VIEWS) as SourceStatusView[];

/** Every column either view can show, with its catalog header (shared with the sources table). */
export const SOURCE_STATUS_COLUMNS = {
  source: 'sourceTable.columns.source',
  platform: 'sourceTable.columns.platform',
  status: 'sourceTable.columns.status',
  freshness: 'sourceTable.columns.freshness',
  lastSync: 'sourceTable.columns.lastSync',
} as const satisfies Record<string, MessageKey>;
export type SourceStatusColumnId = 'source' | 'platform' | 'status' | 'freshness' | 'lastSync';

/** How "Last sync" reads: the age for the eye (default), or the seed's text render (the ISO instant). LastSyncTime's displays. */
export type SourceStatusTimeDisplay = LastSyncTimeDisplay;
export const SOURCE_STATUS_TIME_DISPLAYS = ['relative', 'iso'] as const satisfies readonly SourceStatusTimeDisplay[];

/** The table's states (root `data-state`). */
export const SOURCE_STATUS_TABLE_STATES = ['ready', 'empty'] as const;
export type SourceStatusTableState = (typeof SOURCE_STATUS_TABLE_STATES)[number];

export function isSourceStatusView(value: unknown): value is SourceStatusView {
  return typeof value === 'string' && Object.hasOwn(SOURCE_STATUS_VIEWS, value);
}
