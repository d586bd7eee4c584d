'use client';

import { cloneElement, isValidElement, type ReactElement, type ReactNode } from 'react';
import { connectionLabel, deriveFreshness, PLATFORM_IDS, type SourceConnection } from '../../domain';
import { describe, devWarn, toText } from '../../domain/dev';
import type { Instant } from '../../domain/time';
import type { IntegrationsUIContextValue, MessageKey } from '../../i18n';
import { cn } from '../../internal/cn';
import { Icon } from '../../internal/Icon';
import { Slot } from '../../internal/Slot';
import { FreshnessCell } from '../FreshnessCell';
import { HealthBadge } from '../HealthBadge';
import { SOURCE_TABLE_FRESHNESS, SOURCE_TABLE_STATUSES, STATUS_SORT_ORDER, type SourceTableFilters } from './SourceTable.props';

/** What sorting, filtering and searching need to know besides the sources. */
export interface SourceTableRowContext {
  /** The name shown for a profile id (searched and sorted as shown). */
  profileName: (profileId: string) => string;
  /** Clock for the freshness filter; without one, a freshness filter matches nothing. */
  now: string | number | undefined;
}

/** What a filter's options are made from. */
interface OptionContext {
  t: IntegrationsUIContextValue['t'];
  /** The authorized profiles, by name. */
  profiles: readonly { id: string; name: string }[];
}

/** What a cell renders from besides its source. */
export interface SourceTableCellContext {
  t: IntegrationsUIContextValue['t'];
  now: Instant | undefined;
  /** The source's profile (name and time zone), when authorized. */
  profile: { name: string; timeZone?: string } | undefined;
  statusDisplay: 'label' | 'code';
  /** True when rows may read as cards (a table that is not virtualized). */
  cards: boolean;
  onOpenSource: ((source: SourceConnection) => void) | undefined;
  renderDetailsLink: ((source: SourceConnection) => ReactElement) | undefined;
}

/** One column of the table: everything the header, the cells, the cards, the toolbar and the row model know of it. */
interface ColumnDef {
  /** Header text; also the card's label of the value and the column's accessible name. */
  header: MessageKey;
  /** Relative width on a wide table. */
  width: string;
  /** The column names each row: a row header, always shown, sticky while the table scrolls sideways. */
  rowHeader?: true;
  /** A card shows the column's name before the value. */
  cardLabel: boolean;
  /** Sorting from the header: the first direction and the value compared (undefined sorts last). */
  sort?: { descFirst: boolean; value: (source: SourceConnection, context: SourceTableRowContext) => string | number | undefined };
  /** The text the search box reads (case-insensitive). */
  search?: (source: SourceConnection, context: SourceTableRowContext) => unknown;
  /** The toolbar's select: its filter, label, "all" option, options, and the rows it keeps. */
  filter?: {
    key: Exclude<keyof SourceTableFilters, 'search'>;
    label: MessageKey;
    all: MessageKey;
    options: (context: OptionContext) => readonly { value: string; label: string }[];
    keeps: (source: SourceConnection, value: string, context: SourceTableRowContext) => boolean;
  };
  /** The cell's content. */
  cell: (source: SourceConnection, context: SourceTableCellContext) => ReactNode;
}

/** Milliseconds of a last-sync timestamp, or undefined when absent or unreadable (sorted last). */
function syncMs(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

const WRAP_ON_CARDS = 'iu:@max-3xl:whitespace-normal iu:@max-3xl:[overflow-wrap:anywhere]';

const OPEN_CLASSES =
  'iu:inline-flex iu:items-center iu:gap-1 iu:whitespace-nowrap iu:rounded-md iu:px-1 iu:py-0.5 iu:text-sm iu:font-medium iu:text-accent iu:underline-offset-2 iu:hover:underline iu:focus-visible:outline-2 iu:focus-visible:outline-offset-2 iu:focus-visible:outline-ring';

/** "View details": the app's link when it gives one (label, classes and name merged in), else a button that calls `onOpenSource`. */
function detailsAction(source: SourceConnection, { t, onOpenSource, renderDetailsLink }: SourceTableCellContext): ReactNode {
  const props = { 'data-slot': 'source-table-open', 'aria-label': t('sourceTable.viewDetailsOf', { source: source.name }), className: OPEN_CLASSES };
  const label = (
    <>
      {t('common.viewDetails')}
      <Icon name="arrowRight" size={14} />
    </>
  );
  const link: unknown = renderDetailsLink?.(source);
  if (isValidElement(link)) return <Slot {...props}>{cloneElement(link, undefined, label)}</Slot>;
  if (renderDetailsLink) devWarn(`SourceTable renderDetailsLink: expected a React element, got ${describe(link)}; a button is shown.`);
  return (
    <button type="button" {...props} onClick={() => onOpenSource?.(source)}>
      {label}
    </button>
  );
}

/**
 * The columns of seed 002's "Connected sources" table, in order, defined once: the header row,
 * the cells, the cards, the toolbar's filters, the search and the sort all derive from it.
 */
export const COLUMNS = {
  source: {
    header: 'sourceTable.columns.source',
    width: '20%',
    rowHeader: true,
    cardLabel: false,
    sort: { descFirst: false, value: (source) => String(source.name).toLowerCase() },
    search: (source) => source.name,
    cell: (source, { cards }) => (
      <span className={cn('iu:block iu:truncate', cards && WRAP_ON_CARDS)} title={source.name}>
        {source.name}
      </span>
    ),
  },
  profile: {
    header: 'sourceTable.columns.profile',
    width: '14%',
    cardLabel: true,
    sort: { descFirst: false, value: (source, context) => context.profileName(source.profileId).toLowerCase() },
    search: (source, context) => context.profileName(source.profileId),
    filter: {
      key: 'profileId',
      label: 'sourceTable.columns.profile',
      all: 'sourceTable.allProfiles',
      options: ({ profiles }) => profiles.map((p) => ({ value: p.id, label: p.name })),
      keeps: (source, value) => source.profileId === value,
    },
    cell: (source, { profile }) => <span className={cn('iu:block iu:truncate', WRAP_ON_CARDS)}>{profile?.name ?? source.profileId}</span>,
  },
  platform: {
    header: 'sourceTable.columns.platform',
    width: '12%',
    cardLabel: true,
    sort: { descFirst: false, value: (source) => String(source.platformId).toLowerCase() },
    search: (source) => source.platformId,
    filter: {
      key: 'platformId',
      label: 'sourceTable.columns.platform',
      all: 'sourceTable.allPlatforms',
      options: ({ t }) => PLATFORM_IDS.map((id) => ({ value: id, label: t(`platforms.${id}.label`) })),
      keeps: (source, value) => source.platformId === value,
    },
    cell: (source) => <span className={cn('iu:block iu:truncate iu:font-mono iu:text-xs', WRAP_ON_CARDS)}>{source.platformId}</span>,
  },
  status: {
    header: 'sourceTable.columns.status',
    width: '22%',
    cardLabel: true,
    sort: { descFirst: false, value: (source) => STATUS_SORT_ORDER[connectionLabel(source)] },
    filter: {
      key: 'status',
      label: 'sourceTable.columns.status',
      all: 'sourceTable.allStatuses',
      options: ({ t }) => SOURCE_TABLE_STATUSES.map((status) => ({ value: status, label: t(`connection.${status}`) })),
      keeps: (source, value) => connectionLabel(source) === value,
    },
    cell: (source, { profile, now, statusDisplay }) => (
      <HealthBadge
        source={source}
        timeZone={profile?.timeZone}
        now={now}
        size="sm"
        text={statusDisplay === 'code' ? toText(source.connectionStatus) : undefined}
      />
    ),
  },
  lastSync: {
    header: 'sourceTable.columns.lastSyncFreshness',
    width: '20%',
    cardLabel: true,
    sort: { descFirst: true, value: (source) => syncMs(source.lastSuccessfulSyncAt) },
    filter: {
      key: 'freshness',
      label: 'sourceTable.columns.freshness',
      all: 'sourceTable.allFreshness',
      options: ({ t }) => SOURCE_TABLE_FRESHNESS.map((f) => ({ value: f, label: t(`freshness.${f}`) })),
      // Derived on demand, only for the rows the other filters kept.
      keeps: (source, value, context) => context.now !== undefined && deriveFreshness(source, context.now) === value,
    },
    cell: (source, { profile, now }) => <FreshnessCell source={source} timeZone={profile?.timeZone} now={now} layout="inline" />,
  },
  detail: { header: 'sourceTable.columns.detail', width: '12%', cardLabel: false, cell: detailsAction },
} as const satisfies Record<string, ColumnDef>;

type Columns = typeof COLUMNS;
export type SourceTableColumnId = keyof Columns;
export type SourceTableSortableColumn = { [K in SourceTableColumnId]: Columns[K] extends { sort: object } ? K : never }[SourceTableColumnId];

/** A column's definition, its optional parts (sort, search, filter) readable on any column. */
export const columnOf = (columnId: SourceTableColumnId): ColumnDef => COLUMNS[columnId];

export const SOURCE_TABLE_COLUMN_IDS = Object.keys(COLUMNS) as SourceTableColumnId[];
export const SOURCE_TABLE_SORTABLE_COLUMNS = SOURCE_TABLE_COLUMN_IDS.filter((id) => columnOf(id).sort) as SourceTableSortableColumn[];

/**
 * The columns of seed 002's "Connected sources" table: header, width, whether it sorts (and which
 * way first), and whether the text search reads it.
 */
export const SOURCE_TABLE_COLUMNS = Object.fromEntries(
  SOURCE_TABLE_COLUMN_IDS.map((id) => {
    const { header, width, sort, search } = columnOf(id);
    return [id, { header, width, sortable: sort !== undefined, descFirst: sort?.descFirst ?? false, searchable: search !== undefined }];
  }),
) as {
  readonly [K in SourceTableColumnId]: {
    readonly header: Columns[K]['header'];
    readonly width: string;
    readonly sortable: K extends SourceTableSortableColumn ? true : false;
    readonly descFirst: boolean;
    readonly searchable: boolean;
  };
};
