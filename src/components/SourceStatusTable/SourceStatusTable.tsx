'use client';

import { forwardRef, useId, useMemo, type HTMLAttributes } from 'react';
import { isDataOutdated, isOneOf, visibleSources, type Profile, type SourceConnection } from '../../domain';
import { describe, devWarn, toText } from '../../domain/dev';
import type { Instant } from '../../domain/time';
import { safeTimeZone, useIntegrationsUI } from '../../i18n';
import { cn, IU_ROOT } from '../../internal/cn';
import { StatusPill } from '../../internal/StatusPill';
import { headingLevelOr } from '../../internal/heading';
import { pageSizeOr, useShowMore } from '../../internal/useShowMore';
import { SectionTitle } from '../../internal/TableFrame/SectionTitle';
import { FRESHNESS_CELL_STATES, freshnessOfSource } from '../FreshnessCell';
import { HealthBadge } from '../HealthBadge';
import { TableFrame } from '../../internal/TableFrame';
import { LastSyncTime } from '../../internal/LastSyncTime';
import {
  isSourceStatusView,
  SOURCE_STATUS_COLUMNS,
  SOURCE_STATUS_TIME_DISPLAYS,
  SOURCE_STATUS_VIEWS,
  type SourceStatusTableState,
  type SourceStatusTimeDisplay,
  type SourceStatusView,
} from './SourceStatusTable.props';
import * as english from '../../i18n/messages/en';
import { dataState } from '../../internal/dataState';

/** The English namespaces this module's strings come from (the provider's catalog comes first). */
const ENGLISH = {
  common: english.common,
  connection: english.connection,
  freshness: english.freshness,
  sourceStatus: english.sourceStatus,
  sourceTable: english.sourceTable,
};

export interface SourceStatusTableProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** The sources, in display order; only those of `authorizedProfileIds` are ever rendered. */
  sources: readonly SourceConnection[];
  /** Profiles the viewer may see (anti-leak, required). Empty or missing shows nothing: the table fails closed. */
  authorizedProfileIds: readonly string[];
  /** Profiles, for their time zones: each absolute time is in its source's profile zone. @default the provider's time zone */
  profiles?: readonly Profile[];
  /** Which overview: connection status per source ("Source Sync Status") or data freshness ("Data Freshness"). */
  view: SourceStatusView;
  /** Clock for freshness, the "Data may be outdated" marker and relative ages. @default the provider's `now` */
  now?: Instant;
  /** Level of the table's title heading. @default 3 */
  headingLevel?: 2 | 3 | 4;
  /** How "Last sync" reads: the age for the eye, or the ISO instant. The `<time dateTime>` and the absolute time on hover are there either way. @default 'relative' */
  timeDisplay?: SourceStatusTimeDisplay;
  /** Rows shown at first and added by each "Show more" press (a long list renders in pages); `Infinity` shows every row. @default 50 */
  pageSize?: number;
}

const TD = 'iu:px-3 iu:py-2 iu:align-middle';

/**
 * The per-source overview tables of the integrations settings: `sync` gives Source,
 * Platform (code), Status (HealthBadge: Connected, Connected (disabled), Permission missing,
 * Disconnected, Disconnected — token expired) and Last sync; `freshness` gives Source, Freshness
 * (FRESH, STALE, MISSING, UNKNOWN with icon and tone, the localized label as description) and
 * Last sync. The title carries "Data may be outdated" when any shown source is not FRESH. Rows
 * keep the given order. Anti-leak: only the sources of `authorizedProfileIds` reach the table.
 */
export const SourceStatusTable = forwardRef<HTMLDivElement, SourceStatusTableProps>(function SourceStatusTable(
  {
    sources,
    authorizedProfileIds,
    profiles,
    view: viewProp,
    now: nowProp,
    headingLevel = 3,
    timeDisplay: timeDisplayProp = 'relative',
    pageSize,
    className,
    ...rest
  },
  ref,
) {
  const { t, now: providerNow, timeZone: providerTimeZone } = useIntegrationsUI(ENGLISH);
  const now = nowProp ?? providerNow;
  const id = useId();
  const titleId = `${id}-title`;

  let view: SourceStatusView = viewProp;
  if (!isSourceStatusView(viewProp)) {
    devWarn(`SourceStatusTable view: unknown view ${describe(viewProp)}; showing "sync".`);
    view = 'sync';
  }
  let timeDisplay: SourceStatusTimeDisplay = timeDisplayProp;
  if (!isOneOf(SOURCE_STATUS_TIME_DISPLAYS, timeDisplayProp)) {
    devWarn(`SourceStatusTable timeDisplay: unknown value ${describe(timeDisplayProp)}; using "relative".`);
    timeDisplay = 'relative';
  }
  if (!Array.isArray(authorizedProfileIds)) {
    devWarn('SourceStatusTable: `authorizedProfileIds` is required; no source is shown (fail closed).');
  }
  // Anti-leak: nothing outside the authorized profiles goes further than this line.
  const visible = useMemo(() => visibleSources(sources, authorizedProfileIds), [sources, authorizedProfileIds]);
  const { visible: rows, footer } = useShowMore(visible, pageSizeOr(pageSize, 'SourceStatusTable'), 'source-status-table');
  const zoneOf = useMemo(() => {
    const zones = new Map((Array.isArray(profiles) ? profiles : []).filter((p) => p != null).map((p) => [p.id, p.timeZone]));
    return (profileId: string) => safeTimeZone(zones.get(profileId) ?? providerTimeZone);
  }, [profiles, providerTimeZone]);

  const spec = SOURCE_STATUS_VIEWS[view];
  const state: SourceStatusTableState = visible.length === 0 ? 'empty' : 'ready';
  // Without a clock freshness cannot be known: the marker stays up rather than claiming fresh data.
  const outdated = visible.length > 0 && (now === undefined || isDataOutdated(visible, now));

  return (
    <div
      ref={ref}
      data-slot="source-status-table"
      data-view={view}
      data-state={dataState(state)}
      data-outdated={outdated ? 'true' : 'false'}
      className={cn(IU_ROOT, 'iu:flex iu:w-full iu:min-w-0 iu:flex-col iu:gap-2 iu:text-sm iu:text-foreground', className)}
      {...rest}
    >
      <SectionTitle level={headingLevelOr(headingLevel, 3)} titleId={titleId} title={t(spec.title)} outdated={outdated} />
      {/* A narrow screen scrolls the table inside its box, never the page; the sync view's four columns keep a readable width. */}
      <TableFrame
        titleId={titleId}
        slot="source-status-table-scroll"
        columns={spec.columns.map((column) => ({ id: column, label: t(SOURCE_STATUS_COLUMNS[column]), className: 'iu:align-bottom' }))}
        tableClassName={view === 'sync' ? 'iu:min-w-[36rem]' : undefined}
        empty={state === 'empty' ? t('sourceStatus.empty') : null}
      >
        {rows.map((source, index) => {
          const zone = zoneOf(source.profileId);
          const freshness = view === 'freshness' ? freshnessOfSource(source, now) : null;
          const descId = `${id}-row-${index}-freshness`;
          return (
            <tr
              key={`${toText(source.id)}:${index}`}
              data-slot="source-status-table-row"
              data-source-id={toText(source.id)}
              {...(freshness ? { 'data-freshness': freshness } : {})}
              className="iu:border-b iu:border-border iu:last:border-b-0"
            >
              <th scope="row" className={cn(TD, 'iu:text-left iu:font-medium iu:break-words')}>
                {source.name}
              </th>
              {view === 'sync' ? (
                <>
                  <td className={TD}>
                    <code data-slot="source-status-table-platform" className="iu:font-mono iu:text-xs iu:whitespace-nowrap">
                      {toText(source.platformId)}
                    </code>
                  </td>
                  <td className={TD}>
                    <HealthBadge source={source} view="connection" timeZone={zone} now={now} size="sm" />
                  </td>
                </>
              ) : freshness ? (
                <td className={TD} aria-describedby={descId}>
                  <StatusPill
                    data-slot="source-status-table-freshness-code"
                    data-state={dataState(freshness)}
                    tone={FRESHNESS_CELL_STATES[freshness].tone}
                    icon={FRESHNESS_CELL_STATES[freshness].icon}
                    leading="fixed"
                    title={t(FRESHNESS_CELL_STATES[freshness].label)}
                    className="iu:whitespace-nowrap iu:font-mono"
                  >
                    {freshness}
                  </StatusPill>
                  {/* The localized label, read as the cell's description (the code is shown verbatim in every language). */}
                  <span id={descId} hidden>
                    {t(FRESHNESS_CELL_STATES[freshness].label)}
                  </span>
                </td>
              ) : null}
              <td className={cn(TD, 'iu:text-muted-foreground')}>
                <LastSyncTime value={source.lastSuccessfulSyncAt} timeZone={zone} now={now} display={timeDisplay} />
              </td>
            </tr>
          );
        })}
      </TableFrame>
      {footer}
    </div>
  );
});

SourceStatusTable.displayName = 'SourceStatusTable';
