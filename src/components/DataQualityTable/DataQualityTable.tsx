'use client';

import { forwardRef, useId, type HTMLAttributes, type ReactNode } from 'react';
import { describe, devWarn, toText } from '../../domain/dev';
import { useIntegrationsUI } from '../../i18n';
import { cn, IU_ROOT } from '../../internal/cn';
import { StatusPill } from '../../internal/StatusPill';
import { headingLevelOr } from '../../internal/heading';
import { pageSizeOr, useShowMore } from '../../internal/useShowMore';
import { SectionTitle } from '../../internal/TableFrame/SectionTitle';
import { isDataQualityCode, isSeverity, stateOfFlag, type DataQualityFlagInput } from '../DataQualityAlert';
import { TableFrame } from '../../internal/TableFrame';
import { DATA_QUALITY_TABLE_COLUMN_IDS, DATA_QUALITY_TABLE_COLUMNS, DATA_QUALITY_TABLE_ROW_STATES, type DataQualityTableState } from './DataQualityTable.props';
import * as english from '../../i18n/messages/en';
import { dataState } from '../../internal/dataState';

/** The English namespaces this module's strings come from (the provider's catalog comes first). */
const ENGLISH = { common: english.common, dataQuality: english.dataQuality, flags: english.flags, severity: english.severity };

export interface DataQualityTableProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** The open flags in display order, e.g. `deriveAllQualityFlags(visibleSources(…), now)`. An unknown code or severity renders an Unknown row with the raw code. */
  flags: readonly DataQualityFlagInput[];
  /** Show "Data may be outdated" next to the title, e.g. `isDataOutdated(visibleSources(…), now)`. @default false */
  outdated?: boolean;
  /** Level of the table's title heading. @default 3 */
  headingLevel?: 2 | 3 | 4;
  /** Rows shown at first and added by each "Show more" press (a long list renders in pages); `Infinity` shows every row. @default 50 */
  pageSize?: number;
}

const TD = 'iu:px-3 iu:py-2 iu:align-top';

/** A snake_case code that may wrap after its underscores only (never mid-word), text unchanged. */
function breakableCode(code: string): ReactNode {
  const parts = code.split('_');
  return parts.flatMap((part, i) => (i < parts.length - 1 ? [`${part}_`, <wbr key={i} />] : [part]));
}

/** Warns (in development) about a flag the table renders as Unknown. */
function warnBadFlag(flag: unknown, index: number): void {
  if (flag == null || typeof flag !== 'object') {
    devWarn(`DataQualityTable flags[${index}]: expected a flag { code, severity }, got ${describe(flag)}; rendering Unknown.`);
    return;
  }
  const { code, severity } = flag as { code?: unknown; severity?: unknown };
  if (!isDataQualityCode(code)) devWarn(`DataQualityTable flags[${index}].code: unknown code ${describe(code)}; rendering Unknown.`);
  else if (!isSeverity(severity)) devWarn(`DataQualityTable flags[${index}].severity: unknown severity ${describe(severity)}; rendering Unknown.`);
}

/**
 * The open data-quality flags: one row per flag with its severity (the lowercase code,
 * verbatim in every language, with icon and tone; the localized severity is its description),
 * its code and its catalog message, in the given order. "No data quality alert" when there is
 * none. A flag with an unknown code or severity is a neutral Unknown row showing the raw value.
 */
export const DataQualityTable = forwardRef<HTMLDivElement, DataQualityTableProps>(function DataQualityTable(
  { flags, outdated = false, headingLevel = 3, pageSize, className, ...rest },
  ref,
) {
  const { t } = useIntegrationsUI(ENGLISH);
  const id = useId();
  const titleId = `${id}-title`;

  let list: readonly DataQualityFlagInput[] = flags;
  if (!Array.isArray(flags)) {
    devWarn(`DataQualityTable flags: expected an array, got ${describe(flags)}; showing none.`);
    list = [];
  }
  if (typeof outdated !== 'boolean') devWarn(`DataQualityTable outdated: expected a boolean, got ${describe(outdated)}; showing the marker.`);
  const showOutdated = outdated !== false;
  const state: DataQualityTableState = list.length === 0 ? 'empty' : 'ready';

  const { visible: rows, footer } = useShowMore(list, pageSizeOr(pageSize, 'DataQualityTable'), 'data-quality-table');
  return (
    <div
      ref={ref}
      data-slot="data-quality-table"
      data-state={dataState(state)}
      data-outdated={showOutdated ? 'true' : 'false'}
      className={cn(IU_ROOT, 'iu:flex iu:w-full iu:min-w-0 iu:flex-col iu:gap-2 iu:text-sm iu:text-foreground', className)}
      {...rest}
    >
      <SectionTitle level={headingLevelOr(headingLevel, 3)} titleId={titleId} title={t('dataQuality.openFlags')} outdated={showOutdated} />
      <TableFrame
        titleId={titleId}
        slot="data-quality-table-scroll"
        columns={DATA_QUALITY_TABLE_COLUMN_IDS.map((column) => ({ id: column, label: t(DATA_QUALITY_TABLE_COLUMNS[column]) }))}
        empty={state === 'empty' ? t('dataQuality.noAlerts') : null}
      >
        {rows.map((flag, index) => {
          warnBadFlag(flag, index);
          const rowState = stateOfFlag(flag);
          const spec = DATA_QUALITY_TABLE_ROW_STATES[rowState];
          const rawCode: unknown = flag != null && typeof flag === 'object' ? flag.code : undefined;
          const rawSeverity: unknown = flag != null && typeof flag === 'object' ? flag.severity : undefined;
          const code = isDataQualityCode(rawCode) ? rawCode : null;
          const severity = isSeverity(rawSeverity) ? rawSeverity : null;
          const unknownOf = (raw: unknown) => (raw == null || raw === '' ? t('common.unknown') : t('common.unknownWithCode', { code: toText(raw) }));
          const descId = `${id}-row-${index}-severity`;
          return (
            <tr
              key={`${toText(rawCode)}:${toText(flag?.sourceId)}:${index}`}
              data-slot="data-quality-table-row"
              data-state={dataState(rowState)}
              {...(code ? { 'data-code': code } : { 'data-raw-code': rawCode == null ? '' : toText(rawCode) })}
              className="iu:border-b iu:border-border iu:last:border-b-0"
            >
              <td className={TD} aria-describedby={severity ? descId : undefined}>
                <StatusPill
                  data-slot="data-quality-table-severity"
                  tone={(severity ? DATA_QUALITY_TABLE_ROW_STATES[severity] : spec).tone}
                  icon={severity ? DATA_QUALITY_TABLE_ROW_STATES[severity].icon : 'help'}
                  leading="fixed"
                  title={severity ? t(`severity.${severity}`) : undefined}
                  dashed={!severity}
                  className={cn('iu:whitespace-nowrap', severity && 'iu:font-mono')}
                >
                  {severity ?? unknownOf(rawSeverity)}
                </StatusPill>
                {severity ? (
                  // The localized severity, read as the cell's description (the code is shown verbatim in every language).
                  <span id={descId} hidden>
                    {t(`severity.${severity}`)}
                  </span>
                ) : null}
              </td>
              <td className={TD}>
                {code ? (
                  <code data-slot="data-quality-table-code" className="iu:font-mono iu:text-xs iu:break-words">
                    {breakableCode(code)}
                  </code>
                ) : (
                  <span data-slot="data-quality-table-code" data-tone="neutral" className="iu:font-mono iu:text-xs iu:break-words iu:text-(--iu-tone-fg)">
                    {unknownOf(rawCode)}
                  </span>
                )}
              </td>
              <td data-slot="data-quality-table-message" className={cn(TD, 'iu:break-words')}>
                {code ? t(`flags.${code}`) : t('dataQuality.unknownFlag')}
              </td>
            </tr>
          );
        })}
      </TableFrame>
      {footer}
    </div>
  );
});

DataQualityTable.displayName = 'DataQualityTable';
