import { connectionLabel, deriveFreshness, type SourceConnection } from '../../domain';
import { SOURCE_TABLE_COLUMNS, STATUS_SORT_ORDER, type SourceTableFilters, type SourceTableSort, type SourceTableSortableColumn } from './SourceTable.props';

/**
 * What a SourceTable shows of its sources: one sort, the column filters and the text search.
 * The rows are derived from it by `sourceTableRows`, a pure function (filter, then a stable
 * sort), so the same view of the same data always gives the same rows.
 */
export interface SourceTableView {
  /** The sorted column and its direction; null keeps the given order. */
  sort: SourceTableSort | null;
  /** Column filters; an empty or missing value filters nothing. */
  filters: SourceTableFilters;
}

/** What the row model needs to know besides the sources. */
export interface SourceTableRowContext {
  /** The name shown for a profile id (searched and sorted as shown). */
  profileName: (profileId: string) => string;
  /** Clock for the freshness filter; without one, a freshness filter matches nothing. */
  now: string | number | undefined;
}

/** Milliseconds of a last-sync timestamp, or undefined when absent or unreadable (sorted last). */
function syncMs(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

const compare = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);

/** The value a column sorts by; undefined sorts last in either direction. */
function sortValue(column: SourceTableSortableColumn, source: SourceConnection, context: SourceTableRowContext): string | number | undefined {
  switch (column) {
    case 'source':
      return String(source.name).toLowerCase();
    case 'profile':
      return context.profileName(source.profileId).toLowerCase();
    case 'platform':
      return String(source.platformId).toLowerCase();
    case 'status':
      return STATUS_SORT_ORDER[connectionLabel(source)];
    case 'lastSync':
      return syncMs(source.lastSuccessfulSyncAt);
  }
}

/** True when the source passes every filter and the search (case-insensitive, in source, profile and platform names). */
function matches(source: SourceConnection, filters: SourceTableFilters, context: SourceTableRowContext): boolean {
  if (filters.profileId && source.profileId !== filters.profileId) return false;
  if (filters.platformId && source.platformId !== filters.platformId) return false;
  if (filters.status && connectionLabel(source) !== filters.status) return false;
  // Derived on demand, only for the rows the other filters kept.
  if (filters.freshness && (context.now === undefined || deriveFreshness(source, context.now) !== filters.freshness)) return false;
  const search = filters.search?.toLowerCase();
  if (!search) return true;
  return [source.name, context.profileName(source.profileId), source.platformId].some((text) => String(text).toLowerCase().includes(search));
}

/** The rows of a view: the sources that pass its filters, in its sort order (ties keep the given order). */
export function sourceTableRows(sources: readonly SourceConnection[], view: SourceTableView, context: SourceTableRowContext): readonly SourceConnection[] {
  const kept = sources.filter((source) => matches(source, view.filters, context));
  const sort = view.sort;
  if (!sort) return kept;
  const direction = sort.desc ? -1 : 1;
  return kept
    .map((source, index) => ({ source, index, value: sortValue(sort.column, source, context) }))
    .sort((a, b) => {
      if (a.value === undefined || b.value === undefined) return a.value === b.value ? a.index - b.index : a.value === undefined ? 1 : -1;
      return direction * compare(a.value, b.value) || a.index - b.index;
    })
    .map((entry) => entry.source);
}

/** The sort after a press on a column's header: its first direction, then the other, then none. */
export function nextSort(current: SourceTableSort | null, column: SourceTableSortableColumn): SourceTableSort | null {
  const first = SOURCE_TABLE_COLUMNS[column].descFirst;
  if (!current || current.column !== column) return { column, desc: first };
  return current.desc === first ? { column, desc: !first } : null;
}
