'use client';

import { forwardRef, useId, type HTMLAttributes } from 'react';
import type { PlatformId, Prerequisite } from '../../domain';
import { describe, devWarn, toText } from '../../domain/dev';
import { useIntegrationsUI } from '../../i18n';
import { cn, IU_ROOT } from '../../internal/cn';
import { SectionHeading } from '../../internal/SectionHeading';
import { headingLevelOr } from '../../internal/heading';
import { StatusPill } from '../../internal/StatusPill';
import { platformText } from '../PlatformPicker/PlatformPicker.props';
import { TableFrame } from '../../internal/TableFrame';
import { PREREQUISITE_STATUS_STATES, PREREQUISITES_COLUMN_IDS, prerequisiteStatusStateOf, tableStateOf } from './PrerequisitesTable.props';
import * as english from '../../i18n/messages/en';
import { dataState } from '../../internal/dataState';

/** A row as a card (TableFrame `cards`, below 28rem): the prerequisite on top, then one line per other column. */
const CARD_ROW = 'iu:@max-md:block iu:@max-md:space-y-1 iu:@max-md:px-3 iu:@max-md:py-2 iu:@max-md:first:border-t-0 iu:@max-md:*:block iu:@max-md:*:p-0';
/**
 * A card's cell: its column's name, then the value. The name is generated content with empty
 * alternative text: the column header (kept for assistive technology) already names the cell.
 */
const CARD_CELL = 'iu:@max-md:before:me-2 iu:@max-md:before:text-xs iu:@max-md:before:text-muted-foreground iu:@max-md:before:content-[attr(data-label)_/_""]';

/** The English namespaces this module's strings come from (the provider's catalog comes first). */
const ENGLISH = { common: english.common, platforms: english.platforms, prerequisites: english.prerequisites };

export interface PrerequisitesTableProps extends Omit<HTMLAttributes<HTMLElement>, 'children'> {
  /** The platform's prerequisites in display order (fixture `SHOPIFY_PREREQUISITES`); titles and descriptions come from `prerequisites.items.<id>`. */
  prerequisites: readonly Prerequisite[];
  /** The platform they belong to, named in the title ("Prerequisites — Shopify"); rows of another platform are not shown. */
  platformId: PlatformId;
  /** Level of the table's title heading. @default 3 */
  headingLevel?: 2 | 3 | 4;
}

/**
 * Step 3 of Add Source: what the chosen platform needs before connecting, with whether each
 * item is required and its check status (icon, tone and the status code, "(mock)" while the
 * check is simulated). Read-only; an unknown status shows neutral with its raw code.
 */
export const PrerequisitesTable = forwardRef<HTMLElement, PrerequisitesTableProps>(function PrerequisitesTable(
  { prerequisites, platformId, headingLevel = 3, className, ...rest },
  ref,
) {
  const { t, tList, has } = useIntegrationsUI(ENGLISH);
  const id = useId();
  const titleId = `${id}-title`;

  const platform = platformText({ id: platformId }, t, tList);
  if (!platform.known) devWarn(`PrerequisitesTable platformId: unknown platform ${describe(platformId)}; showing its raw id.`);

  let rows: readonly Prerequisite[] = [];
  if (Array.isArray(prerequisites)) {
    rows = prerequisites.filter((p) => {
      if (p == null) return false;
      if (p.platformId === platformId) return true;
      devWarn(`PrerequisitesTable prerequisite.platformId: ${describe(p.id)} belongs to ${describe(p.platformId)}, not ${describe(platformId)}; not shown.`);
      return false;
    });
  } else devWarn('PrerequisitesTable: `prerequisites` must be an array; showing none.');

  const level = headingLevelOr(headingLevel, 3);

  return (
    <section
      ref={ref}
      data-slot="prerequisites-table"
      data-state={dataState(tableStateOf(rows))}
      data-platform={toText(platformId)}
      className={cn(IU_ROOT, 'iu:grid iu:min-w-0 iu:gap-2 iu:text-sm iu:text-foreground', className)}
      {...rest}
    >
      <SectionHeading level={level} id={titleId}>
        {t('prerequisites.title', { platform: platform.label })}
      </SectionHeading>
      <TableFrame
        titleId={titleId}
        slot="prerequisites-table-scroll"
        variant="muted"
        columns={PREREQUISITES_COLUMN_IDS.map((column) => ({ id: column, label: t(`prerequisites.columns.${column}`) }))}
        empty={rows.length === 0 ? t('prerequisites.empty') : null}
        // A narrow column (a phone, large text) reads one card per prerequisite instead of a table that scrolls sideways.
        cards
      >
        {rows.map((prerequisite, index) => {
          const rawId = toText(prerequisite.id);
          const titleKey = `prerequisites.items.${rawId}.title`;
          const descriptionKey = `prerequisites.items.${rawId}.description`;
          const known = has(titleKey);
          if (!known) devWarn(`PrerequisitesTable prerequisite.id: unknown prerequisite ${describe(prerequisite.id)}; showing its raw id.`);
          const description = known && has(descriptionKey) ? t(descriptionKey) : null;
          const status = prerequisiteStatusStateOf(prerequisite.status);
          if (status === 'unknown') devWarn(`PrerequisitesTable prerequisite.status: unknown status ${describe(prerequisite.status)}; rendering Unknown.`);
          const spec = PREREQUISITE_STATUS_STATES[status];
          const statusText = status === 'unknown' ? t('common.unknownWithCode', { code: toText(prerequisite.status) }) : t(spec.label);
          let required: string;
          if (prerequisite.required === true) required = t('common.yes');
          else if (prerequisite.required === false) required = t('common.no');
          else {
            devWarn(`PrerequisitesTable prerequisite.required: expected a boolean for ${describe(rawId)}; rendering Unknown.`);
            required = t('common.unknown');
          }
          return (
            <tr
              key={`${index}-${rawId}`}
              data-slot="prerequisites-table-prerequisite"
              data-prerequisite={rawId}
              data-state={dataState(status)}
              className={cn('iu:border-t iu:border-border iu:align-top', CARD_ROW)}
            >
              <th scope="row" className="iu:px-3 iu:py-2 iu:font-normal">
                <span data-slot="prerequisites-table-title" className="iu:block iu:break-words iu:font-medium">
                  {known ? t(titleKey) : rawId}
                </span>
                {description ? (
                  <span data-slot="prerequisites-table-description" className="iu:block iu:break-words iu:text-muted-foreground">
                    {description}
                  </span>
                ) : null}
              </th>
              <td
                data-slot="prerequisites-table-required"
                data-label={t('prerequisites.columns.required')}
                className={cn('iu:whitespace-nowrap iu:px-3 iu:py-2', CARD_CELL)}
              >
                {required}
              </td>
              <td data-label={t('prerequisites.columns.status')} className={cn('iu:px-3 iu:py-2', CARD_CELL)}>
                <StatusPill
                  data-slot="prerequisites-table-status"
                  tone={spec.tone}
                  icon={spec.icon}
                  shape="box"
                  leading="tight"
                  {...(status === 'unknown' ? { 'data-raw-code': toText(prerequisite.status) } : {})}
                >
                  {prerequisite.mock === true ? t('prerequisites.withMock', { status: statusText, mock: t('prerequisites.mock') }) : statusText}
                </StatusPill>
              </td>
            </tr>
          );
        })}
      </TableFrame>
    </section>
  );
});

PrerequisitesTable.displayName = 'PrerequisitesTable';
