'use client';

import { forwardRef, useId, type HTMLAttributes } from 'react';
import type { SyncRun } from '../../domain';
import { describe, devWarn, toText } from '../../domain/dev';
import { useIntegrationsUI } from '../../i18n';
import { cn, IU_ROOT } from '../../internal/cn';
import { SectionHeading } from '../../internal/SectionHeading';
import { StatusPill } from '../../internal/StatusPill';
import { headingLevelOr } from '../../internal/heading';
import { pageSizeOr, useShowMore } from '../../internal/useShowMore';
import { TableFrame } from '../../internal/TableFrame';
import { SYNC_HISTORY_COLUMN_IDS, SYNC_HISTORY_COLUMNS, SYNC_RUN_STATES, syncRunStateOf } from './SyncHistoryTable.props';
import * as english from '../../i18n/messages/en';
import { dataState } from '../../internal/dataState';

/** The English namespaces this module's strings come from (the provider's catalog comes first). */
const ENGLISH = { common: english.common, syncHistory: english.syncHistory };

export interface SyncHistoryTableProps extends Omit<HTMLAttributes<HTMLElement>, 'children' | 'title'> {
  /** The source's sync runs, newest first (fixtures `syncRunsOf(sourceId)`). None → "No sync run yet.". */
  runs: readonly SyncRun[];
  /** Level of the section's title heading, to fit the page outline. @default 2 */
  headingLevel?: 2 | 3 | 4;
  /** Rows shown at first and added by each "Show more" press (a long list renders in pages); `Infinity` shows every row. @default 50 */
  pageSize?: number;
}

// Short values stay on one line (the table scrolls on a phone); a long error message wraps.
const cell = 'iu:px-3 iu:py-2 iu:align-top iu:whitespace-nowrap';

/**
 * The sync history of a source: status code with icon and
 * tone, row counts exactly as the connector reports them (no grouping, "1000"), API version and
 * error code. The preview footnote is always shown: no real job runs in this shell.
 */
export const SyncHistoryTable = forwardRef<HTMLElement, SyncHistoryTableProps>(function SyncHistoryTable(
  { runs, headingLevel = 2, pageSize, className, ...rest },
  ref,
) {
  const { t } = useIntegrationsUI(ENGLISH);
  const titleId = `${useId()}-title`;
  let list: readonly SyncRun[] = runs;
  if (!Array.isArray(runs)) {
    devWarn('SyncHistoryTable: `runs` must be an array; showing none.');
    list = [];
  }
  list = list.filter((run) => run != null && typeof run === 'object');

  // Counts are shown as the connector reports them: grouping would change the seed's "1000".
  const count = (run: SyncRun, field: 'fetched' | 'processed' | 'failed') => {
    const value: unknown = run[field];
    if (typeof value === 'number' && Number.isFinite(value)) return toText(value);
    devWarn(`SyncHistoryTable ${field}: expected a number, got ${describe(value)}; rendering Unknown.`);
    return t('common.unknownWithCode', { code: toText(value) });
  };
  const text = (value: unknown, field: string) => {
    if (value == null || value === '') return null;
    if (typeof value === 'string') return value;
    devWarn(`SyncHistoryTable ${field}: expected a string, got ${describe(value)}.`);
    return toText(value);
  };

  const { visible: rows, footer } = useShowMore(list, pageSizeOr(pageSize, 'SyncHistoryTable'), 'sync-history-table');
  return (
    <section
      ref={ref}
      data-slot="sync-history-table"
      data-state={dataState(list.length === 0 ? 'empty' : 'filled')}
      className={cn(IU_ROOT, 'iu:grid iu:content-start iu:gap-2 iu:text-sm iu:text-foreground', className)}
      {...rest}
    >
      <SectionHeading level={headingLevelOr(headingLevel, 2)} id={titleId}>
        {t('syncHistory.title')}
      </SectionHeading>
      <TableFrame
        titleId={titleId}
        slot="sync-history-table-scroll"
        variant="detail"
        columns={SYNC_HISTORY_COLUMN_IDS.map((columnId) => ({
          id: columnId,
          label: t(SYNC_HISTORY_COLUMNS[columnId].header),
          align: SYNC_HISTORY_COLUMNS[columnId].numeric ? 'right' : 'left',
          className: 'iu:whitespace-nowrap',
        }))}
        empty={list.length === 0 ? t('syncHistory.empty') : null}
      >
        {rows.map((run, index) => {
          const state = syncRunStateOf(run.status);
          if (state === 'unknown') devWarn(`SyncHistoryTable status: unknown status ${describe(run.status)}; rendering Unknown.`);
          const spec = SYNC_RUN_STATES[state];
          const apiVersion = text(run.apiVersion, 'apiVersion');
          const error = text(run.error, 'error');
          return (
            <tr
              key={`${index}-${toText(run.id)}`}
              data-slot="sync-history-table-run"
              data-state={dataState(state)}
              {...(state === 'unknown' ? { 'data-raw-code': toText(run.status) } : {})}
              className="iu:border-b iu:border-border iu:last:border-b-0"
            >
              <td className={cell}>
                <StatusPill data-slot="sync-history-table-status" tone={spec.tone} icon={spec.icon} className="iu:whitespace-nowrap">
                  {state === 'unknown' ? t('common.unknownWithCode', { code: toText(run.status) }) : state}
                </StatusPill>
              </td>
              <td className={cn(cell, 'iu:text-right iu:tabular-nums')}>{count(run, 'fetched')}</td>
              <td className={cn(cell, 'iu:text-right iu:tabular-nums')}>{count(run, 'processed')}</td>
              <td className={cn(cell, 'iu:text-right iu:tabular-nums')}>{count(run, 'failed')}</td>
              <td className={cell}>{apiVersion ?? <span className="iu:text-muted-foreground">{t('common.none')}</span>}</td>
              <td className="iu:px-3 iu:py-2 iu:align-top iu:whitespace-normal iu:break-words">
                {error ? <code className="iu:font-mono iu:text-xs">{error}</code> : <span className="iu:text-muted-foreground">{t('common.none')}</span>}
              </td>
            </tr>
          );
        })}
      </TableFrame>
      {footer}
      <p data-slot="sync-history-table-footnote" className="iu:text-xs iu:text-muted-foreground">
        {t('syncHistory.previewOnly')}
      </p>
    </section>
  );
});

SyncHistoryTable.displayName = 'SyncHistoryTable';
