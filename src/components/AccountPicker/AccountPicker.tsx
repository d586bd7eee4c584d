'use client';

import { forwardRef, useId, type HTMLAttributes } from 'react';
import type { ExternalAccount, PlatformId } from '../../domain';
import { linkableAccounts } from '../../domain/antileak';
import { describe, devWarn } from '../../domain/dev';
import { maskRef } from '../../domain/mask';
import { useIntegrationsUI } from '../../i18n';
import { cn, IU_ROOT } from '../../internal/cn';
import { SectionHeading } from '../../internal/SectionHeading';
import { headingLevelOr } from '../../internal/heading';
import { pageSizeOr, useShowMore } from '../../internal/useShowMore';
import { FieldError } from '../../internal/FieldError';
import { EmptyState } from '../../internal/TableFrame/EmptyState';
import { useControllableState } from '../../internal/useControllableState';
import { accountPickerStateOf } from './AccountPicker.props';
import * as english from '../../i18n/messages/en';
import { dataState } from '../../internal/dataState';

/** The English namespaces this module's strings come from (the provider's catalog comes first). */
const ENGLISH = { accounts: english.accounts, common: english.common, onboarding: english.onboarding };

const NO_IDS: readonly string[] = [];

export interface AccountPickerProps extends Omit<HTMLAttributes<HTMLElement>, 'children' | 'defaultValue' | 'onChange'> {
  /** The discovered accounts; only those of `profileId` (within `authorizedProfileIds`) and `platformId` are ever listed (anti-leak). */
  accounts: readonly ExternalAccount[];
  /** Ids of the profiles the user may see. Fail closed: an empty list shows no account at all. */
  authorizedProfileIds: readonly string[];
  /** The profile of the source being added; `null` before one is chosen (nothing is listed then). */
  profileId: string | null;
  /** The platform of the source being added: only accounts on it are listed. `null`/omitted: every platform. */
  platformId?: PlatformId | null;
  /** The selected account ids (controlled). Ids that are not listed are ignored. Omit it to let the picker keep its own selection. */
  value?: readonly string[];
  /** The selected account ids when uncontrolled. @default [] */
  defaultValue?: readonly string[];
  /** Called with every selected account id (in list order, listed accounts only) when the user ticks or unticks one. */
  onValueChange?: (accountIds: string[]) => void;
  /** A source needs at least one account: shows "Required" and allows the required error. @default true */
  required?: boolean;
  /** The user tried to go on without an account: shows the error message and marks the group `aria-invalid`. @default false */
  showRequiredError?: boolean;
  /** Level of the picker's title heading. @default 3 */
  headingLevel?: 2 | 3 | 4;
  /** Accounts listed at first and added by each "Show more" press (selected ones are always listed); `Infinity` lists every account. @default 50 */
  pageSize?: number;
}

/**
 * Step 6 of Add Source: a multiple-choice list of the accounts the mock discovery found, as native
 * checkboxes (name + masked reference). Only the accounts of the chosen profile are listed: an
 * account of another profile, authorized or not, is never rendered, so it can never be linked to
 * this profile's source. The raw reference never reaches the DOM, only `maskRef`'s output.
 */
export const AccountPicker = forwardRef<HTMLElement, AccountPickerProps>(function AccountPicker(
  {
    accounts,
    authorizedProfileIds,
    profileId,
    platformId = null,
    value,
    defaultValue = NO_IDS,
    onValueChange,
    required = true,
    showRequiredError = false,
    headingLevel = 3,
    pageSize,
    className,
    ...rest
  },
  ref,
) {
  const { t, tList } = useIntegrationsUI(ENGLISH);
  const id = useId();
  const ids = { title: `${id}-title`, description: `${id}-description`, error: `${id}-error`, note: `${id}-note` };
  const [selected, setSelected] = useControllableState<readonly string[]>({
    value: value === undefined ? undefined : idsOf(value, 'value'),
    defaultValue: () => idsOf(defaultValue, 'defaultValue'),
    name: 'AccountPicker value',
  });

  const hasProfile = typeof profileId === 'string' && profileId !== '';
  const list = withUsableIds(linkableAccounts(accounts, authorizedProfileIds, profileId, platformId));
  const requested = new Set(selected);
  // A selected id that is not listed (another profile's account after a profile change, a stale id) is ignored.
  const current = new Set(list.filter((account) => requested.has(account.id)).map((account) => account.id));

  const { visible: rows, footer } = useShowMore(list, pageSizeOr(pageSize, 'AccountPicker'), 'account-picker', (account) => current.has(account.id));
  const showError = required && showRequiredError && hasProfile && current.size === 0 && list.length > 0;
  const state = accountPickerStateOf({ hasProfile, count: list.length, selectedCount: current.size, showError });
  const level = headingLevelOr(headingLevel, 3);
  const note = tList('onboarding.steps.discover_accounts.notes')[0] ?? t('accounts.antiLeak');

  function toggle(accountId: string, checked: boolean) {
    const next = list.filter((account) => (account.id === accountId ? checked : current.has(account.id))).map((account) => account.id);
    setSelected(next);
    onValueChange?.(next);
  }

  return (
    <section
      ref={ref}
      data-slot="account-picker"
      data-state={dataState(state)}
      className={cn(IU_ROOT, 'iu:grid iu:gap-2 iu:text-sm iu:text-foreground', className)}
      {...rest}
    >
      <div className="iu:flex iu:flex-wrap iu:items-baseline iu:gap-x-2 iu:gap-y-1">
        <SectionHeading level={level} id={ids.title}>
          {t('onboarding.steps.select_accounts.title')}
        </SectionHeading>
        {required ? (
          <span data-slot="account-picker-required" className="iu:text-xs iu:font-medium iu:text-muted-foreground">
            {t('common.required')}
          </span>
        ) : null}
      </div>
      <p id={ids.description} data-slot="account-picker-description" className="iu:break-words iu:text-muted-foreground">
        {t('onboarding.steps.select_accounts.description')}
      </p>
      {!hasProfile ? (
        <EmptyState data-slot="account-picker-no-profile" icon="info" gap="tight">
          {t('accounts.selectProfileFirst')}
        </EmptyState>
      ) : list.length === 0 ? (
        <EmptyState>{t('accounts.empty')}</EmptyState>
      ) : (
        <div
          role="group"
          aria-labelledby={ids.title}
          aria-invalid={showError || undefined}
          aria-describedby={[ids.description, showError ? ids.error : null, ids.note].filter(Boolean).join(' ')}
          className="iu:grid iu:gap-2"
        >
          {rows.map((account) => {
            const checked = current.has(account.id);
            const name = typeof account.name === 'string' && account.name.trim() !== '' ? account.name : null;
            if (name === null) devWarn('AccountPicker name: expected a non-empty string; showing Unknown.');
            return (
              <label
                key={account.id}
                data-slot="account-picker-option"
                data-checked={checked || undefined}
                className={cn(
                  'iu:flex iu:items-start iu:gap-3 iu:rounded-ui iu:border iu:px-3 iu:py-2 iu:cursor-pointer iu:hover:border-border-strong iu:hover:bg-muted',
                  'iu:has-[:focus-visible]:outline-2 iu:has-[:focus-visible]:outline-offset-2 iu:has-[:focus-visible]:outline-ring',
                  checked ? 'iu:bg-muted' : 'iu:bg-surface',
                  showError ? 'iu:border-critical-border' : checked ? 'iu:border-ring' : 'iu:border-border',
                )}
              >
                <input
                  type="checkbox"
                  value={account.id}
                  checked={checked}
                  onChange={(event) => toggle(account.id, event.currentTarget.checked)}
                  className="iu:mt-0.5 iu:size-4 iu:shrink-0 iu:accent-accent"
                />
                <span className="iu:flex iu:min-w-0 iu:flex-1 iu:flex-wrap iu:items-baseline iu:gap-x-2 iu:gap-y-1">
                  <span
                    data-slot="account-picker-name"
                    className={cn('iu:min-w-0 iu:break-words iu:font-medium iu:[overflow-wrap:anywhere]', name === null && 'iu:text-muted-foreground')}
                  >
                    {name ?? t('common.unknown')}
                  </span>{' '}
                  <span data-slot="account-picker-masked-ref" className="iu:min-w-0 iu:break-words iu:font-mono iu:text-xs iu:text-muted-foreground">
                    {maskRef(account.externalRef)}
                  </span>
                </span>
              </label>
            );
          })}
          {footer}
        </div>
      )}
      {showError ? <FieldError id={ids.error}>{t('accounts.selectRequiredError')}</FieldError> : null}
      <p id={ids.note} data-slot="account-picker-note" className="iu:break-words iu:text-muted-foreground">
        {note}
      </p>
    </section>
  );
});

/** The ids in a `value`/`defaultValue`; anything that is not an array of strings counts as none. */
function idsOf(input: unknown, field: string): readonly string[] {
  if (!Array.isArray(input)) {
    devWarn(`AccountPicker ${field}: expected an array of account ids; selecting none.`);
    return NO_IDS;
  }
  return input.filter((item): item is string => typeof item === 'string');
}

/** Accounts without a usable id cannot be selected or keyed: skipped (once per id for duplicates). */
function withUsableIds<T extends { id: unknown }>(accounts: T[]): (T & { id: string })[] {
  const seen = new Set<string>();
  return accounts.filter((account): account is T & { id: string } => {
    if (typeof account.id !== 'string' || account.id === '') {
      devWarn('AccountPicker id: skipped an account without a string id.');
      return false;
    }
    if (seen.has(account.id)) {
      devWarn(`AccountPicker id: skipped a duplicate account id ${describe(account.id)}.`);
      return false;
    }
    seen.add(account.id);
    return true;
  });
}

AccountPicker.displayName = 'AccountPicker';
