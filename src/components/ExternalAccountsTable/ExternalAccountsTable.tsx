'use client';

import { forwardRef, useId, type HTMLAttributes } from 'react';
import { maskRef, visibleAccounts, type ExternalAccount } from '../../domain';
import { describe, devWarn, toText } from '../../domain/dev';
import { useIntegrationsUI } from '../../i18n';
import { cn, IU_ROOT } from '../../internal/cn';
import { SectionHeading } from '../../internal/SectionHeading';
import { headingLevelOr } from '../../internal/heading';
import { pageSizeOr, useShowMore } from '../../internal/useShowMore';
import { Icon } from '../../internal/Icon';
import { InlineMessage } from '../../internal/InlineMessage';
import { TableFrame } from '../../internal/TableFrame';
import { EXTERNAL_ACCOUNTS_COLUMN_IDS, EXTERNAL_ACCOUNTS_COLUMNS } from './ExternalAccountsTable.props';
import * as english from '../../i18n/messages/en';
import { dataState } from '../../internal/dataState';

/** The English namespaces this module's strings come from (the provider's catalog comes first). */
const ENGLISH = { accounts: english.accounts, common: english.common };

export interface ExternalAccountsTableProps extends Omit<HTMLAttributes<HTMLElement>, 'children' | 'title'> {
  /** The source's external accounts (fixtures `accountsOf(sourceId)`); only those of an authorized profile are shown. */
  accounts: readonly ExternalAccount[];
  /** Profiles the viewer may see. Fail closed: an account of any other profile (or with none given) is never shown. */
  authorizedProfileIds: readonly string[];
  /** Level of the section's title heading, to fit the page outline. @default 2 */
  headingLevel?: 2 | 3 | 4;
  /** Rows shown at first and added by each "Show more" press (a long list renders in pages); `Infinity` shows every row. @default 50 */
  pageSize?: number;
}

const cell = 'iu:px-3 iu:py-2 iu:align-top';

/**
 * The external accounts linked to a source: name, masked reference
 * and whether it is selected. Anti-leak: the list goes through `visibleAccounts` (authorized
 * profiles only) and a reference is only ever rendered through `maskRef` — the raw value never
 * reaches the DOM, not even in an attribute.
 */
export const ExternalAccountsTable = forwardRef<HTMLElement, ExternalAccountsTableProps>(function ExternalAccountsTable(
  { accounts, authorizedProfileIds, headingLevel = 2, pageSize, className, ...rest },
  ref,
) {
  const { t } = useIntegrationsUI(ENGLISH);
  const titleId = `${useId()}-title`;
  const noteId = `${titleId}-note`;
  const list = visibleAccounts(accounts, authorizedProfileIds);

  const selectedText = (account: ExternalAccount) => {
    const value: unknown = account.selected;
    if (typeof value === 'boolean') return t(value ? 'common.yes' : 'common.no');
    devWarn(`ExternalAccountsTable selected: expected a boolean, got ${describe(value)}; rendering Unknown.`);
    return t('common.unknownWithCode', { code: toText(value) });
  };
  const nameText = (account: ExternalAccount) => {
    if (typeof account.name === 'string' && account.name.trim() !== '') return account.name;
    devWarn(`ExternalAccountsTable name: expected a non-empty string, got ${describe(account.name)}.`);
    return t('common.unknown');
  };

  const { visible: rows, footer } = useShowMore(list, pageSizeOr(pageSize, 'ExternalAccountsTable'), 'external-accounts-table');
  return (
    <section
      ref={ref}
      data-slot="external-accounts-table"
      data-state={dataState(list.length === 0 ? 'empty' : 'filled')}
      className={cn(IU_ROOT, 'iu:grid iu:content-start iu:gap-2 iu:text-sm iu:text-foreground', className)}
      {...rest}
    >
      <SectionHeading level={headingLevelOr(headingLevel, 2)} id={titleId}>
        {t('accounts.title')}
      </SectionHeading>
      <TableFrame
        titleId={titleId}
        slot="external-accounts-table-scroll"
        variant="detail"
        describedBy={noteId}
        columns={EXTERNAL_ACCOUNTS_COLUMN_IDS.map((columnId) => ({ id: columnId, label: t(EXTERNAL_ACCOUNTS_COLUMNS[columnId].header) }))}
        empty={list.length === 0 ? t('accounts.empty') : null}
      >
        {rows.map((account, index) => (
          // The key is the position, not an id: nothing that identifies the account externally.
          <tr
            key={index}
            data-slot="external-accounts-table-account"
            data-selected={account.selected === true}
            className="iu:border-b iu:border-border iu:last:border-b-0"
          >
            <th scope="row" className={cn(cell, 'iu:min-w-0 iu:text-left iu:font-medium iu:break-words iu:[overflow-wrap:anywhere]')}>
              {nameText(account)}
            </th>
            <td className={cell}>
              <code data-slot="external-accounts-table-masked-ref" className="iu:whitespace-nowrap iu:font-mono iu:text-xs">
                {maskRef(account.externalRef)}
              </code>
            </td>
            <td className={cell}>
              <span className="iu:inline-flex iu:items-center iu:gap-1">
                {account.selected === true ? <Icon name="check" size={14} /> : null}
                {selectedText(account)}
              </span>
            </td>
          </tr>
        ))}
      </TableFrame>
      {footer}
      <InlineMessage id={noteId} data-slot="external-accounts-table-anti-leak" icon="lock" iconSize={12} className="iu:text-xs iu:text-muted-foreground">
        <span>{t('accounts.antiLeak')}</span>
      </InlineMessage>
    </section>
  );
});

ExternalAccountsTable.displayName = 'ExternalAccountsTable';
