'use client';

import { forwardRef, useEffect, useId, useMemo, useRef, useState, type CSSProperties, type HTMLAttributes, type ReactElement, type ReactNode } from 'react';
import { isOneOf, visibleProfiles, visibleSources, type Profile, type SourceConnection } from '../../domain';
import { describe, devWarn } from '../../domain/dev';
import { headingLevelOr } from '../../internal/heading';
import { textOf } from '../../internal/text';
import type { Instant } from '../../domain/time';
import { useIntegrationsUI } from '../../i18n';
import { cn, IU_ROOT } from '../../internal/cn';
import { revealFocused } from '../../internal/reveal';
import { Icon } from '../../internal/Icon';
import { COLUMNS, columnOf, SOURCE_TABLE_COLUMN_IDS, SOURCE_TABLE_SORTABLE_COLUMNS, type SourceTableCellContext, type SourceTableColumnId } from './columns';
import type { SourceTableFilters, SourceTableSort } from './SourceTable.props';
import { nextSort, sourceTableRows, type SourceTableView } from './rows';
import * as english from '../../i18n/messages/en';
import { dataState } from '../../internal/dataState';

/** The English namespaces this module's strings come from (the provider's catalog comes first). */
const ENGLISH = {
  common: english.common,
  connection: english.connection,
  freshness: english.freshness,
  platforms: english.platforms,
  sourceTable: english.sourceTable,
};

/** Height of every body row, in px: fixed, so that virtualized rows never jump. */
export const SOURCE_TABLE_ROW_HEIGHT = 56;
/** Above this many sources the body is virtualized (only the rows in view are in the DOM). */
export const SOURCE_TABLE_VIRTUALIZE_AFTER = 500;

const EMPTY_FILTERS: SourceTableFilters = {};

/**
 * The table's minimum width, in rem (the `iu:min-w-[64rem]` of the table): below it the table
 * scrolls sideways (or, below 48rem of the component's own width, its rows become cards).
 */
const TABLE_MIN_WIDTH_REM = 64;

/** The share of the table's width the sticky row-header column takes, with the columns shown (their widths are relative). */
function rowHeaderShare(shown: readonly SourceTableColumnId[]): number {
  const width = (columnId: SourceTableColumnId) => Number.parseFloat(columnOf(columnId).width) || 0;
  const total = shown.reduce((sum, columnId) => sum + width(columnId), 0);
  const sticky = shown.filter((columnId) => columnOf(columnId).rowHeader);
  return total > 0 ? sticky.reduce((sum, columnId) => sum + width(columnId), 0) / total : 0;
}

/** Rows rendered above and below those in view, so that a fast scroll never shows a gap. */
const OVERSCAN = 8;
const DEFAULT_VIRTUAL_HEIGHT = 560;

/** The slice of rows a virtualized body renders: those in view, plus the overscan on each side. */
export function rowWindow(count: number, firstInView: number, viewportHeight: unknown): { start: number; end: number; height: number } {
  const height = typeof viewportHeight === 'number' && Number.isFinite(viewportHeight) && viewportHeight > 0 ? viewportHeight : DEFAULT_VIRTUAL_HEIGHT;
  const inView = Math.ceil(height / SOURCE_TABLE_ROW_HEIGHT);
  const first = Math.min(Math.max(0, firstInView), Math.max(0, count - inView));
  return { start: Math.max(0, first - OVERSCAN), end: Math.min(count, first + inView + OVERSCAN), height };
}

export interface SourceTableProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** Every source the app knows; only those of `authorizedProfileIds` are ever rendered. */
  sources: readonly SourceConnection[];
  /** Profiles the viewer may see (anti-leak, required). Empty or missing shows nothing: the table fails closed. */
  authorizedProfileIds: readonly string[];
  /** Profiles, for their names and time zones (absolute times are in each source's profile time zone). */
  profiles?: readonly Profile[];
  /** Shows the loading state instead of rows. @default false */
  loading?: boolean;
  /** Called with the source when its "View details" button is activated (not used with `renderDetailsLink`). */
  onOpenSource?: (source: SourceConnection) => void;
  /** Renders "View details" as the app's link, e.g. `(s) => <Link to={'/sources/' + s.id} />`: it receives the label, classes and accessible name. @default a button that calls `onOpenSource` */
  renderDetailsLink?: (source: SourceConnection) => ReactElement;
  /** Sort applied on mount. @default none (the given order) */
  defaultSort?: SourceTableSort;
  /** Filters and search applied on mount. @default none */
  defaultFilters?: SourceTableFilters;
  /** Clock for freshness and relative ages. @default the provider's `now` */
  now?: Instant;
  /** Columns to show, in the table's order; the source column is always shown. A page with its own freshness section can leave out `lastSync`. @default every column */
  columns?: readonly SourceTableColumnId[];
  /** What the Status column reads: the status label ("Connected (disabled)") or the stored code ("CONNECTED"); the label stays the accessible name. @default 'label' */
  statusDisplay?: 'label' | 'code';
  /** Level of the table's title heading. @default 2 */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Height in px of the scrolling body once virtualized (more than 500 sources). @default 560 */
  virtualHeight?: number;
  /** Id(s) of an element naming this table, read before its title (to tell several tables apart). @default the title only */
  'aria-labelledby'?: string;
}

const CONTROL =
  'iu:h-9 iu:w-full iu:rounded-md iu:border iu:border-border iu:bg-surface iu:px-2 iu:text-sm iu:text-foreground iu:focus-visible:outline-2 iu:focus-visible:outline-offset-1 iu:focus-visible:outline-ring iu:disabled:opacity-60';

/**
 * The connected-sources table: source, profile, platform, status (HealthBadge),
 * last sync / freshness (FreshnessCell) and a "View details" button per row. Sortable columns
 * (aria-sort), filters by profile, platform, status and freshness, a text search, and a
 * virtualized body past 500 sources. Only the sources of `authorizedProfileIds` ever reach the
 * table (anti-leak, through `visibleSources`); without authorized profiles it shows nothing.
 */
export const SourceTable = forwardRef<HTMLDivElement, SourceTableProps>(function SourceTable(
  {
    sources,
    authorizedProfileIds,
    profiles,
    loading = false,
    onOpenSource,
    renderDetailsLink,
    defaultSort,
    defaultFilters = EMPTY_FILTERS,
    now: nowProp,
    headingLevel = 2,
    columns: columnsProp,
    statusDisplay = 'label',
    virtualHeight = 560,
    'aria-labelledby': labelledBy,
    className,
    ...rest
  },
  ref,
) {
  const { t, formatNumber, now: providerNow } = useIntegrationsUI(ENGLISH);
  const now = nowProp ?? providerNow;
  // A primitive clock, so that an app passing a new Date of the same instant does not rebuild the columns.
  const nowKey = now instanceof Date ? now.getTime() : now;
  const id = useId();
  const titleId = `${id}-title`;
  const introId = `${id}-intro`;
  const nameIds = labelledBy ? `${labelledBy} ${titleId}` : titleId;

  if (!Array.isArray(authorizedProfileIds)) {
    devWarn('SourceTable: `authorizedProfileIds` is required; no source is shown (fail closed).');
  }
  // Anti-leak: nothing outside the authorized profiles goes further than this line.
  const data = useMemo(() => {
    // One row per id: a duplicate (or a source without an id) would repeat a row and its React key.
    const seen = new Set<unknown>();
    return visibleSources(sources, authorizedProfileIds).filter((source) => {
      if (typeof source.id !== 'string' || seen.has(source.id)) {
        devWarn(`SourceTable sources: skipped a source with a ${typeof source.id === 'string' ? 'duplicate' : 'missing'} id ${describe(source.id)}.`);
        return false;
      }
      seen.add(source.id);
      return true;
    });
  }, [sources, authorizedProfileIds]);
  const authorizedProfiles = useMemo(() => {
    // Only string ids can authorize (as in `isAuthorizedProfile`): anything else is never listed.
    const allowed = new Set(
      (Array.isArray(authorizedProfileIds) ? authorizedProfileIds : []).filter((id): id is string => typeof id === 'string' && id !== ''),
    );
    // `profiles` is optional: an omitted list is no error, so it never reaches the filter's warning.
    const known = new Map(visibleProfiles(Array.isArray(profiles) ? profiles : [], authorizedProfileIds).map((p) => [p.id, p]));
    // An authorized profile the caller gave no details for is still listed, by its id.
    return [...allowed].map((profileId) => {
      const profile = known.get(profileId);
      // A name that is not text falls back to the id (it is shown in cells and the filter).
      return profile
        ? { ...profile, name: textOf(profile.name, 'SourceTable profile.name', profileId) || profileId }
        : { id: profileId, name: profileId, timeZone: undefined };
    });
  }, [profiles, authorizedProfileIds]);
  const profileById = useMemo(() => new Map(authorizedProfiles.map((p) => [p.id, p])), [authorizedProfiles]);

  // The view is uncontrolled: read once from `defaultSort` and `defaultFilters` (like an input's defaultValue).
  const [view, setView] = useState<SourceTableView>(() => {
    let filters: SourceTableFilters = defaultFilters;
    if (filters === null || typeof filters !== 'object') {
      devWarn(`SourceTable defaultFilters: expected an object, got ${typeof filters}; ignored.`);
      filters = EMPTY_FILTERS;
    }
    if (filters.profileId && !profileById.has(filters.profileId)) {
      devWarn(`SourceTable defaultFilters: profile ${describe(filters.profileId)} is not an authorized profile; ignored.`);
      filters = { ...filters, profileId: undefined };
    }
    let sort: SourceTableSort | null = null;
    if (defaultSort != null) {
      const column: unknown = typeof defaultSort === 'object' ? defaultSort.column : undefined;
      if (isOneOf(SOURCE_TABLE_SORTABLE_COLUMNS, column))
        sort = { column, desc: typeof defaultSort.desc === 'boolean' ? defaultSort.desc : COLUMNS[column].sort.descFirst };
      else devWarn(`SourceTable defaultSort: ${column === undefined ? typeof defaultSort : describe(column)} is not a sortable column; ignored.`);
    }
    return { sort, filters };
  });

  const rows = useMemo(
    () => sourceTableRows(data, view, { profileName: (profileId) => profileById.get(profileId)?.name ?? profileId, now: nowKey }),
    [data, view, profileById, nowKey],
  );
  const { sort, filters: activeFilters } = view;
  const globalFilter = activeFilters.search ?? '';
  const filtered = Object.values(activeFilters).some(Boolean);
  const virtual = !loading && data.length > SOURCE_TABLE_VIRTUALIZE_AFTER;

  const scrollRef = useRef<HTMLDivElement>(null);
  // Rows have one fixed height and the scroller a fixed height: the rows in view follow from
  // the scroll position alone, with no measuring.
  const [firstInView, setFirstInView] = useState(0);
  const windowed = virtual ? rowWindow(rows.length, firstInView, virtualHeight) : null;

  // A new sort, filter or search starts from the top of the list.
  // (The view object changes only through setView, so its identity is the key.)
  useEffect(() => {
    if (scrollRef.current) scrollRef.current.scrollTop = 0;
  }, [view]);

  const setFilters = (change: SourceTableFilters) => setView((current) => ({ ...current, filters: { ...current.filters, ...change } }));
  const searchRef = useRef<HTMLInputElement>(null);
  // The "Clear filters" button disappears with the filters: focus goes on to the search box.
  const clearFilters = () => {
    setView((current) => ({ ...current, filters: EMPTY_FILTERS }));
    searchRef.current?.focus();
  };

  const wanted = new Set<string>(Array.isArray(columnsProp) ? columnsProp : SOURCE_TABLE_COLUMN_IDS);
  for (const column of wanted) if (!isOneOf(SOURCE_TABLE_COLUMN_IDS, column)) devWarn(`SourceTable columns: unknown column ${describe(column)}; ignored.`);
  // The column that names each row (the row header) is never hidden.
  const shown = SOURCE_TABLE_COLUMN_IDS.filter((columnId) => columnOf(columnId).rowHeader || wanted.has(columnId));
  const level = headingLevelOr<2 | 3 | 4 | 5 | 6>(headingLevel, 2, [2, 3, 4, 5, 6]);
  if (level !== headingLevel) devWarn(`SourceTable headingLevel: expected 2 to 6, got ${describe(headingLevel)}; using 2.`);
  const Heading = `h${level}` as 'h2';
  const state = loading ? 'loading' : data.length === 0 ? 'empty' : rows.length === 0 ? 'no-match' : 'ready';

  // Below 48rem of the component's width (a phone, or a narrow column of a wide page) the rows of
  // the plain (not virtualized) table read as cards: still the same table for assistive
  // technology (rows, row headers, cells named by their column headers), each cell showing its
  // column's name, the header row a bar of sort buttons. A virtualized body keeps its fixed row
  // height: it stays a table that scrolls sideways, without the sticky column.
  const cards = !virtual;
  const renderRow = (source: SourceConnection, style?: CSSProperties, rowIndex?: number) => {
    const context: SourceTableCellContext = {
      t,
      now,
      profile: profileById.get(source.profileId),
      statusDisplay,
      cards,
      onOpenSource,
      renderDetailsLink,
    };
    return (
      <tr
        key={source.id}
        data-slot="source-table-row"
        data-source-id={source.id}
        aria-rowindex={rowIndex}
        style={style}
        className={cn(
          'iu:group iu:h-14 iu:border-b iu:border-border iu:last:border-b-0 iu:hover:bg-surface-raised',
          cards &&
            'iu:@max-3xl:grid iu:@max-3xl:h-auto iu:@max-3xl:grid-cols-[auto_minmax(0,1fr)] iu:@max-3xl:items-baseline iu:@max-3xl:gap-x-3 iu:@max-3xl:gap-y-2 iu:@max-3xl:rounded-md iu:@max-3xl:border iu:@max-3xl:border-border iu:@max-3xl:bg-surface iu:@max-3xl:p-3 iu:@max-3xl:last:border-b',
        )}
      >
        {shown.map((columnId) => {
          const column = columnOf(columnId);
          // The row header stays in view while the row scrolls sideways (a wide enough table only: on a narrow one it would cover the row).
          return column.rowHeader ? (
            <th
              key={columnId}
              scope="row"
              className={cn(
                'iu:z-[1] iu:bg-surface iu:px-3 iu:text-left iu:font-medium iu:group-hover:bg-surface-raised iu:@3xl:sticky iu:@3xl:left-0',
                cards && 'iu:@max-3xl:col-span-2 iu:@max-3xl:bg-transparent iu:@max-3xl:p-0 iu:@max-3xl:text-base iu:@max-3xl:font-semibold',
              )}
            >
              {column.cell(source, context)}
            </th>
          ) : (
            <td
              key={columnId}
              // A card shows the column's name before the value (generated content with empty alternative
              // text: the table's column header already names the cell for assistive technology).
              data-label={cards && column.cardLabel ? t(column.header) : undefined}
              className={cn(
                'iu:px-3',
                cards &&
                  (column.cardLabel
                    ? 'iu:@max-3xl:col-span-2 iu:@max-3xl:grid iu:@max-3xl:grid-cols-subgrid iu:@max-3xl:items-baseline iu:@max-3xl:p-0 iu:@max-3xl:before:text-xs iu:@max-3xl:before:font-medium iu:@max-3xl:before:text-muted-foreground iu:@max-3xl:before:content-[attr(data-label)_/_""]'
                    : 'iu:@max-3xl:col-span-2 iu:@max-3xl:block iu:@max-3xl:p-0'),
              )}
            >
              <div className="iu:min-w-0">{column.cell(source, context)}</div>
            </td>
          );
        })}
      </tr>
    );
  };

  const message = (content: ReactNode) => (
    <tr>
      <td colSpan={shown.length} className="iu:px-3 iu:py-8 iu:text-center iu:text-muted-foreground">
        {content}
      </td>
    </tr>
  );

  // Offered where filters hide rows: under the count, and in place of the rows when none match.
  const clearFiltersButton = (
    <button
      type="button"
      onClick={clearFilters}
      className="iu:rounded-md iu:px-1 iu:font-medium iu:text-accent iu:underline iu:underline-offset-2 iu:focus-visible:outline-2 iu:focus-visible:outline-ring"
    >
      {t('sourceTable.clearFilters')}
    </button>
  );

  let body: ReactNode;
  if (loading) {
    body = (
      <>
        {[0, 1, 2, 3].map((i) => (
          <tr key={i} aria-hidden="true" data-slot="source-table-skeleton" style={{ height: SOURCE_TABLE_ROW_HEIGHT }}>
            {shown.map((columnId) => (
              <td key={columnId} className="iu:px-3">
                <span className="iu:block iu:h-3 iu:w-3/4 iu:rounded iu:bg-muted" />
              </td>
            ))}
          </tr>
        ))}
      </>
    );
  } else if (state === 'empty') {
    body = message(t('sourceTable.noSources'));
  } else if (state === 'no-match') {
    body = message(
      <span className="iu:inline-flex iu:flex-wrap iu:items-center iu:justify-center iu:gap-2">
        {t('sourceTable.empty')}
        {clearFiltersButton}
      </span>,
    );
  } else if (windowed) {
    const { start, end } = windowed;
    const top = start * SOURCE_TABLE_ROW_HEIGHT;
    const bottom = (rows.length - end) * SOURCE_TABLE_ROW_HEIGHT;
    body = (
      <>
        {top > 0 ? (
          <tr aria-hidden="true" style={{ height: top }}>
            <td colSpan={shown.length} />
          </tr>
        ) : null}
        {rows.slice(start, end).map((source, i) => renderRow(source, { height: SOURCE_TABLE_ROW_HEIGHT }, start + i + 2))}
        {bottom > 0 ? (
          <tr aria-hidden="true" style={{ height: bottom }}>
            <td colSpan={shown.length} />
          </tr>
        ) : null}
      </>
    );
  } else {
    body = rows.map((row) => renderRow(row));
  }

  const optionContext = { t, profiles: authorizedProfiles };
  return (
    <div
      ref={ref}
      data-slot="source-table"
      data-state={dataState(state)}
      data-virtualized={virtual ? 'true' : 'false'}
      className={cn(IU_ROOT, 'iu:@container iu:flex iu:w-full iu:min-w-0 iu:flex-col iu:gap-3 iu:text-foreground', className)}
      {...rest}
    >
      <div className="iu:flex iu:flex-col iu:gap-1">
        <Heading id={titleId} className="iu:text-lg iu:font-semibold">
          {t('sourceTable.caption')}
        </Heading>
        <p id={introId} className="iu:text-sm iu:text-muted-foreground">
          {t('sourceTable.intro')}
        </p>
      </div>

      <div
        data-slot="source-table-toolbar"
        className="iu:grid iu:grid-cols-2 iu:items-end iu:gap-3 iu:@4xl:grid-cols-[minmax(12rem,2fr)_repeat(4,minmax(8rem,1fr))]"
      >
        <label className="iu:col-span-2 iu:flex iu:min-w-0 iu:flex-col iu:gap-1 iu:text-xs iu:font-medium iu:text-muted-foreground iu:@4xl:col-span-1">
          {t('sourceTable.search')}
          <span className="iu:relative">
            <Icon name="search" size={14} className="iu:pointer-events-none iu:absolute iu:top-1/2 iu:left-2.5 iu:-translate-y-1/2" />
            <input
              ref={searchRef}
              type="search"
              data-slot="source-table-search"
              value={globalFilter}
              onChange={(event) => setFilters({ search: event.target.value || undefined })}
              disabled={loading}
              className={cn(CONTROL, 'iu:pl-8')}
            />
          </span>
        </label>
        {/* One select per filterable column: the same control, only the options differ. */}
        {shown.map((columnId) => {
          const { filter } = columnOf(columnId);
          return filter ? (
            <FilterSelect
              key={columnId}
              label={t(filter.label)}
              value={activeFilters[filter.key] ?? ''}
              disabled={loading}
              onChange={(v) => setFilters({ [filter.key]: v || undefined })}
            >
              <option value="">{t(filter.all)}</option>
              {filter.options(optionContext).map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </FilterSelect>
          ) : null;
        })}
      </div>

      <p role="status" data-slot="source-table-count" className="iu:text-sm iu:text-muted-foreground">
        {loading ? t('sourceTable.loading') : t('sourceTable.count', { shown: formatNumber(rows.length), total: formatNumber(data.length) })}
        {!loading && filtered && rows.length > 0 ? (
          <>
            {' · '}
            {clearFiltersButton}
          </>
        ) : null}
      </p>

      <div
        ref={scrollRef}
        data-slot="source-table-scroll"
        role="region"
        aria-labelledby={nameIds}
        tabIndex={0}
        className={cn(
          'iu:relative iu:max-w-full iu:scroll-pt-10 iu:overflow-auto iu:rounded-md iu:border iu:border-border iu:bg-surface iu:focus-visible:outline-2 iu:focus-visible:outline-offset-2 iu:focus-visible:outline-ring iu:@3xl:scroll-ps-(--iu-source-table-sticky)',
          cards && 'iu:@max-3xl:overflow-visible iu:@max-3xl:border-0 iu:@max-3xl:bg-transparent',
        )}
        // Tab never stops on a control under the sticky column or header: they are the box's scroll padding.
        style={
          {
            '--iu-source-table-sticky': `${rowHeaderShare(shown) * TABLE_MIN_WIDTH_REM}rem`,
            ...(windowed ? { height: windowed.height } : {}),
          } as CSSProperties
        }
        onFocus={revealFocused}
        onScroll={windowed ? (event) => setFirstInView(Math.floor(event.currentTarget.scrollTop / SOURCE_TABLE_ROW_HEIGHT)) : undefined}
      >
        <table
          aria-labelledby={nameIds}
          aria-describedby={introId}
          aria-busy={loading || undefined}
          aria-rowcount={virtual ? rows.length + 1 : undefined}
          className={cn('iu:w-full iu:min-w-[64rem] iu:table-fixed iu:border-collapse iu:text-sm', cards && 'iu:@max-3xl:block iu:@max-3xl:min-w-0')}
        >
          <colgroup className={cards ? 'iu:@max-3xl:hidden' : undefined}>
            {shown.map((columnId) => (
              <col key={columnId} style={{ width: columnOf(columnId).width }} />
            ))}
          </colgroup>
          <thead className={cards ? 'iu:@max-3xl:block' : undefined}>
            <tr
              aria-rowindex={virtual ? 1 : undefined}
              className={cards ? 'iu:@max-3xl:mb-3 iu:@max-3xl:flex iu:@max-3xl:flex-wrap iu:@max-3xl:gap-2' : undefined}
            >
              {shown.map((columnId) => {
                const label = t(columnOf(columnId).header);
                const sortable = isOneOf(SOURCE_TABLE_SORTABLE_COLUMNS, columnId);
                const th = cn(
                  'iu:sticky iu:top-0 iu:h-10 iu:bg-surface-raised iu:px-3 iu:text-left iu:text-xs iu:font-semibold iu:text-muted-foreground iu:shadow-[inset_0_-1px_0_var(--ui-border)]',
                  columnOf(columnId).rowHeader ? 'iu:z-20 iu:@3xl:left-0' : 'iu:z-10',
                  // Cards: the header row is a bar of sort buttons; a column that does not sort stays for assistive technology only.
                  cards &&
                    (sortable
                      ? 'iu:@max-3xl:static iu:@max-3xl:flex iu:@max-3xl:h-auto iu:@max-3xl:items-center iu:@max-3xl:rounded-md iu:@max-3xl:border iu:@max-3xl:border-border iu:@max-3xl:px-2 iu:@max-3xl:py-1 iu:@max-3xl:shadow-none'
                      : 'iu:@max-3xl:sr-only'),
                );
                if (!sortable) {
                  return (
                    <th key={columnId} scope="col" className={th}>
                      {label}
                    </th>
                  );
                }
                const sorted = sort?.column === columnId ? (sort.desc ? 'desc' : 'asc') : false;
                return (
                  <th key={columnId} scope="col" className={th} aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}>
                    <button
                      type="button"
                      data-slot="source-table-sort"
                      disabled={loading}
                      onClick={() => setView((current) => ({ ...current, sort: nextSort(current.sort, columnId) }))}
                      className={cn(
                        'iu:-mx-1 iu:inline-flex iu:max-w-full iu:items-center iu:gap-1 iu:rounded iu:px-1 iu:py-0.5 iu:text-left iu:hover:text-foreground iu:focus-visible:outline-2 iu:focus-visible:outline-ring',
                        cards && 'iu:@max-3xl:mx-0',
                      )}
                    >
                      <span className="iu:truncate">{label}</span>
                      <Icon name={sorted === 'asc' ? 'chevronUp' : sorted === 'desc' ? 'chevronDown' : 'chevronsUpDown'} size={14} />
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody className={cards ? 'iu:@max-3xl:grid iu:@max-3xl:gap-3' : undefined}>{body}</tbody>
        </table>
      </div>
    </div>
  );
});

interface FilterSelectProps {
  label: string;
  value: string;
  disabled: boolean;
  onChange: (value: string) => void;
  children: ReactNode;
}

function FilterSelect({ label, value, disabled, onChange, children }: FilterSelectProps) {
  return (
    <label className="iu:flex iu:min-w-0 iu:flex-col iu:gap-1 iu:text-xs iu:font-medium iu:text-muted-foreground">
      {label}
      <select value={value} disabled={disabled} onChange={(event) => onChange(event.target.value)} className={CONTROL}>
        {children}
      </select>
    </label>
  );
}

SourceTable.displayName = 'SourceTable';
