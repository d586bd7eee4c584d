import type { SourceConnection } from '../../domain';
import { COLUMNS, columnOf, SOURCE_TABLE_COLUMN_IDS, type SourceTableRowContext, type SourceTableSortableColumn } from './columns';
import type { SourceTableFilters, SourceTableSort } from './SourceTable.props';

export type { SourceTableRowContext } from './columns';

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

const compare = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);
const DEFS = SOURCE_TABLE_COLUMN_IDS.map(columnOf);

/** True when the source passes every column's filter (in column order) and the search (case-insensitive, in the searchable columns). */
function matches(source: SourceConnection, filters: SourceTableFilters, context: SourceTableRowContext): boolean {
  for (const { filter } of DEFS) {
    const value = filter && filters[filter.key];
    if (filter && value && !filter.keeps(source, value, context)) return false;
  }
  const search = filters.search?.toLowerCase();
  if (!search) return true;
  return DEFS.some(({ search: text }) => text !== undefined && String(text(source, context)).toLowerCase().includes(search));
}

/** The rows of a view: the sources that pass its filters, in its sort order (ties keep the given order). */
export function sourceTableRows(sources: readonly SourceConnection[], view: SourceTableView, context: SourceTableRowContext): readonly SourceConnection[] {
  const kept = sources.filter((source) => matches(source, view.filters, context));
  const sort = view.sort;
  if (!sort) return kept;
  const direction = sort.desc ? -1 : 1;
  const sortValue = COLUMNS[sort.column].sort.value;
  return kept
    .map((source, index) => ({ source, index, value: sortValue(source, context) }))
    .sort((a, b) => {
      if (a.value === undefined || b.value === undefined) return a.value === b.value ? a.index - b.index : a.value === undefined ? 1 : -1;
      return direction * compare(a.value, b.value) || a.index - b.index;
    })
    .map((entry) => entry.source);
}

/** The sort after a press on a column's header: its first direction, then the other, then none. */
export function nextSort(current: SourceTableSort | null, column: SourceTableSortableColumn): SourceTableSort | null {
  const first = COLUMNS[column].sort.descFirst;
  if (!current || current.column !== column) return { column, desc: first };
  return current.desc === first ? { column, desc: !first } : null;
}
