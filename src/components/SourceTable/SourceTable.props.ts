import { CONNECTION_LABELS, FRESHNESS_STATES, type ConnectionLabel, type Freshness, type PlatformId } from '../../domain';
import type { SourceTableSortableColumn } from './columns';

/** The connection statuses a person can filter on, in the order of seed 002's "Source Sync Status". */
export const SOURCE_TABLE_STATUSES = CONNECTION_LABELS.filter((label) => label !== 'unknown') as Exclude<ConnectionLabel, 'unknown'>[];
export const SOURCE_TABLE_FRESHNESS = FRESHNESS_STATES;

/** The order a sorted Status column follows: the connection labels' order (unknown last). */
export const STATUS_SORT_ORDER: Record<ConnectionLabel, number> = Object.fromEntries(CONNECTION_LABELS.map((label, i) => [label, i])) as Record<
  ConnectionLabel,
  number
>;

/** A sort: a sortable column and its direction. */
export interface SourceTableSort {
  column: SourceTableSortableColumn;
  /** @default the column's first direction (newest first for Last sync, A→Z otherwise) */
  desc?: boolean;
}

/** Filters and search; every filter left out (or empty) shows everything. */
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
