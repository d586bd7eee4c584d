import { CONNECTION_LABELS, FRESHNESS_STATES, type ConnectionLabel, type Freshness, type PlatformId } from '../../domain';
import type { MessageKey } from '../../i18n';

/**
 * The columns of seed 002's "Connected sources" table, defined once: header, width, whether it
 * sorts (and which way first), and whether the text search reads it. Feeds the column
 * definitions, the header row, the stories and the `it.each` tests.
 */
export const SOURCE_TABLE_COLUMNS = {
  source: { header: 'sourceTable.columns.source', width: '20%', sortable: true, descFirst: false, searchable: true },
  profile: { header: 'sourceTable.columns.profile', width: '14%', sortable: true, descFirst: false, searchable: true },
  platform: { header: 'sourceTable.columns.platform', width: '12%', sortable: true, descFirst: false, searchable: true },
  status: { header: 'sourceTable.columns.status', width: '22%', sortable: true, descFirst: false, searchable: false },
  lastSync: { header: 'sourceTable.columns.lastSyncFreshness', width: '20%', sortable: true, descFirst: true, searchable: false },
  detail: { header: 'sourceTable.columns.detail', width: '12%', sortable: false, descFirst: false, searchable: false },
} as const satisfies Record<string, { header: MessageKey; width: string; sortable: boolean; descFirst: boolean; searchable: boolean }>;

export type SourceTableColumnId = keyof typeof SOURCE_TABLE_COLUMNS;
export const SOURCE_TABLE_COLUMN_IDS = Object.keys(SOURCE_TABLE_COLUMNS) as SourceTableColumnId[];
export type SourceTableSortableColumn = {
  [K in SourceTableColumnId]: (typeof SOURCE_TABLE_COLUMNS)[K]['sortable'] extends true ? K : never;
}[SourceTableColumnId];
export const SOURCE_TABLE_SORTABLE_COLUMNS = SOURCE_TABLE_COLUMN_IDS.filter((id) => SOURCE_TABLE_COLUMNS[id].sortable) as SourceTableSortableColumn[];

/** The connection statuses a person can filter on, in the order of seed 002's "Source Sync Status". */
export const SOURCE_TABLE_STATUSES = CONNECTION_LABELS.filter((label) => label !== 'unknown') as Exclude<ConnectionLabel, 'unknown'>[];
export const SOURCE_TABLE_FRESHNESS = FRESHNESS_STATES;

/** The order a sorted Status column follows: the connection labels' order (unknown last). */
export const STATUS_SORT_ORDER: Record<ConnectionLabel, number> = Object.fromEntries(CONNECTION_LABELS.map((label, i) => [label, i])) as Record<
  ConnectionLabel,
  number
>;

/** An initial sort: a sortable column and its direction. */
export interface SourceTableSort {
  column: SourceTableSortableColumn;
  /** @default the column's first direction (newest first for Last sync, A→Z otherwise) */
  desc?: boolean;
}

/** Initial filters; every filter left out (or empty) shows everything. */
export interface SourceTableFilters {
  /** Only the sources of this profile (an id among `authorizedProfileIds`). */
  profileId?: string;
  /** Only the sources of this platform. */
  platformId?: PlatformId;
  /** Only the sources with this connection status (as HealthBadge reads it). */
  status?: Exclude<ConnectionLabel, 'unknown'>;
  /** Only the sources with this freshness. */
  freshness?: Freshness;
  /** Text searched in the source, profile and platform names (case-insensitive). */
  search?: string;
}

/**
 * The rows a SourceTable state shows, for stories and tests: which filters or sort put the
 * table in that state. Sources come from the fixtures; these only choose what to look at.
 */
export const SOURCE_TABLE_STATE_FILTERS = {
  connected: { story: 'Connected', filters: { status: 'connected' } },
  connectedDisabled: { story: 'Connected (disabled)', filters: { status: 'connectedDisabled' } },
  expired: { story: 'Expired', filters: { status: 'expired' } },
  permissionMissing: { story: 'Permission missing', filters: { status: 'permissionMissing' } },
  disconnected: { story: 'Disconnected', filters: { status: 'disconnected' } },
  fresh: { story: 'Fresh', filters: { freshness: 'FRESH' } },
  stale: { story: 'Stale', filters: { freshness: 'STALE' } },
  missing: { story: 'Missing', filters: { freshness: 'MISSING' } },
  unknown: { story: 'Unknown', filters: { freshness: 'UNKNOWN' } },
} as const satisfies Record<string, { story: string; filters: SourceTableFilters }>;
export type SourceTableFilterState = keyof typeof SOURCE_TABLE_STATE_FILTERS;
export const SOURCE_TABLE_FILTER_STATE_NAMES = Object.keys(SOURCE_TABLE_STATE_FILTERS) as SourceTableFilterState[];
