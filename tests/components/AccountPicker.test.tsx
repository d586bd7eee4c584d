import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ACCOUNT_PICKER_STATE_NAMES, AccountPicker, type AccountPickerState } from '../../src/components/AccountPicker';
import { linkableAccounts } from '../../src/domain';
import { maskRef } from '../../src/domain';
import {
  AUTHORIZED_PROFILE_IDS,
  DISCOVERED_ACCOUNTS,
  EXTERNAL_ACCOUNTS,
  FOREIGN_ACCOUNTS,
  FOREIGN_PROFILE,
  PROFILE_ESPAGNE,
  PROFILE_FRANCE,
  PROFILE_SUISSE,
} from '../../src/fixtures';
import { en } from '../../src/i18n';
import { fr } from '../../src/locales/fr';
import { expectConsole } from '../helpers';
import { renderUI } from '../render';
import { dataState } from '../../src/internal/dataState';

afterEach(cleanup);

const [SHOP_FR, SHOP_FR_OUTLET, GA4_FR, SHOP_CH, FOREIGN_SHOP] = DISCOVERED_ACCOUNTS as [
  (typeof DISCOVERED_ACCOUNTS)[number],
  (typeof DISCOVERED_ACCOUNTS)[number],
  (typeof DISCOVERED_ACCOUNTS)[number],
  (typeof DISCOVERED_ACCOUNTS)[number],
  (typeof DISCOVERED_ACCOUNTS)[number],
];

type Props = Parameters<typeof AccountPicker>[0];
const BASE: Props = { accounts: DISCOVERED_ACCOUNTS, authorizedProfileIds: AUTHORIZED_PROFILE_IDS, profileId: PROFILE_FRANCE.id, platformId: 'SHOPIFY' };

const root = (container: HTMLElement) => container.querySelector('[data-slot="account-picker"]')!;
const optionNames = (container: HTMLElement) =>
  [...container.querySelectorAll('[data-slot="account-picker-option"] [data-slot="account-picker-name"]')].map((n) => n.textContent);

/** Props that put the picker in each state of its table. */
const PROPS_OF_STATE: Record<AccountPickerState, Partial<Props>> = {
  noSelection: {},
  selected: { value: [SHOP_FR.id] },
  requiredError: { showRequiredError: true },
  noProfile: { profileId: null },
  empty: { profileId: PROFILE_ESPAGNE.id },
};

describe('AccountPicker', () => {
  it('shows the seed 000 step lines verbatim', () => {
    const { container } = renderUI(<AccountPicker {...BASE} />);
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent(/^Select accounts$/);
    expect(container.querySelector('[data-slot="account-picker-description"]')!.textContent).toBe(
      'Select external accounts; only accounts within the authorized Profile may be linked.',
    );
    expect(container.querySelector('[data-slot="account-picker-note"]')!.textContent).toBe(
      'Anti-leak: only external accounts within the authorized Profile may be discovered/linked.',
    );
  });

  it("lists only the chosen profile's accounts on the chosen platform, as checkboxes in a named group", () => {
    const { container } = renderUI(<AccountPicker {...BASE} />);
    const group = screen.getByRole('group', { name: 'Select accounts' });
    expect(within(group).getAllByRole('checkbox')).toHaveLength(2);
    expect(optionNames(container)).toEqual(['cyspera-fr.myshopify.com', 'cyspera-fr-outlet.myshopify.com']);
    expect(screen.getByRole('checkbox', { name: 'cyspera-fr.myshopify.com shop_fr_•••2' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'cyspera-fr-outlet.myshopify.com shop_fr_•••7' })).toBeInTheDocument();
    expect(group).toHaveAccessibleDescription(`${en.onboarding.steps.select_accounts.description} ${en.onboarding.steps.discover_accounts.notes[0]}`);
  });

  it('without a platform, lists every platform of the profile', () => {
    const { container } = renderUI(<AccountPicker {...BASE} platformId={null} />);
    expect(optionNames(container)).toEqual([SHOP_FR.name, SHOP_FR_OUTLET.name, GA4_FR.name]);
    expect(screen.getByRole('checkbox', { name: `${GA4_FR.name} ${maskRef(GA4_FR.externalRef)}` })).toBeInTheDocument();
  });

  it('with GA4, lists only the GA4 property', () => {
    const { container } = renderUI(<AccountPicker {...BASE} platformId="GA4" />);
    expect(optionNames(container)).toEqual([GA4_FR.name]);
  });

  it.each(ACCOUNT_PICKER_STATE_NAMES)('state %s is reflected on the root', (state) => {
    const { container } = renderUI(<AccountPicker {...BASE} {...PROPS_OF_STATE[state]} />);
    expect(root(container)).toHaveAttribute('data-state', dataState(state));
  });

  it('masked refs only: no raw reference anywhere in the DOM, attributes included', () => {
    const { container } = renderUI(<AccountPicker {...BASE} platformId={null} value={[SHOP_FR.id]} />);
    for (const account of [...DISCOVERED_ACCOUNTS, ...EXTERNAL_ACCOUNTS]) expect(container.innerHTML).not.toContain(account.externalRef);
    expect([...container.querySelectorAll('[data-slot="account-picker-masked-ref"]')].map((r) => r.textContent)).toEqual([
      'shop_fr_•••2',
      'shop_fr_•••7',
      '•••_fr_•••',
    ]);
  });

  it("anti-leak: another authorized profile's accounts are not linkable to this profile's source", () => {
    renderUI(<AccountPicker {...BASE} profileId={PROFILE_SUISSE.id} />);
    expect(screen.getAllByRole('checkbox')).toHaveLength(1);
    expect(screen.getByRole('checkbox', { name: `${SHOP_CH.name} shop_ch_•••1` })).toBeInTheDocument();
    expect(screen.queryByText(SHOP_FR.name)).toBeNull();
    expect(document.body.innerHTML).not.toContain(SHOP_FR.id);
  });

  it("anti-leak: a foreign profile's accounts never show, even when that profile is asked for", () => {
    const accounts = [...DISCOVERED_ACCOUNTS, ...FOREIGN_ACCOUNTS];
    const first = renderUI(<AccountPicker {...BASE} accounts={accounts} platformId={null} />);
    expect(screen.queryByText(FOREIGN_SHOP.name)).toBeNull();
    expect(first.container.innerHTML).not.toContain(FOREIGN_SHOP.id);
    cleanup();
    const { container } = renderUI(<AccountPicker {...BASE} accounts={accounts} profileId={FOREIGN_PROFILE.id} />);
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(root(container)).toHaveAttribute('data-state', 'empty');
    expect(container.innerHTML).not.toContain(FOREIGN_SHOP.name);
  });

  it('anti-leak: no authorized profile ids, nothing is listed (fail closed)', () => {
    const { container } = renderUI(<AccountPicker {...BASE} authorizedProfileIds={[]} />);
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(container.querySelector('[data-slot="empty-state"]')!.textContent).toBe(en.accounts.empty);
  });

  it('anti-leak: a value with another profile’s account selects nothing and is never reported', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    renderUI(<AccountPicker {...BASE} value={[SHOP_CH.id, FOREIGN_SHOP.id]} onValueChange={onValueChange} />);
    expect(screen.getAllByRole('checkbox').every((c) => !(c as HTMLInputElement).checked)).toBe(true);
    await user.click(screen.getByRole('checkbox', { name: /cyspera-fr\.myshopify/ }));
    expect(onValueChange).toHaveBeenCalledExactlyOnceWith([SHOP_FR.id]);
  });

  it('linkableAccounts fails closed', () => {
    expect(linkableAccounts(DISCOVERED_ACCOUNTS, AUTHORIZED_PROFILE_IDS, PROFILE_FRANCE.id, 'SHOPIFY')).toEqual([SHOP_FR, SHOP_FR_OUTLET]);
    expect(linkableAccounts(DISCOVERED_ACCOUNTS, AUTHORIZED_PROFILE_IDS, null)).toEqual([]);
    expect(linkableAccounts(DISCOVERED_ACCOUNTS, [], PROFILE_FRANCE.id)).toEqual([]);
    expect(linkableAccounts(DISCOVERED_ACCOUNTS, AUTHORIZED_PROFILE_IDS, FOREIGN_PROFILE.id)).toEqual([]);
    // Accounts without a platform are dropped once a platform is asked for.
    expect(linkableAccounts(EXTERNAL_ACCOUNTS, AUTHORIZED_PROFILE_IDS, PROFILE_FRANCE.id, 'SHOPIFY')).toEqual([]);
    expectConsole(/accounts: expected an array/);
    expect(linkableAccounts(null as never, AUTHORIZED_PROFILE_IDS, PROFILE_FRANCE.id)).toEqual([]);
  });

  it('asks for a profile first when none is chosen', () => {
    const { container } = renderUI(<AccountPicker {...BASE} profileId={null} showRequiredError />);
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(container.querySelector('[data-slot="account-picker-no-profile"]')!.textContent).toBe(en.accounts.selectProfileFirst);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText(en.onboarding.steps.discover_accounts.notes[0]!)).toBeInTheDocument();
  });

  it('shows the empty state when the profile has no account on the platform', () => {
    const { container } = renderUI(<AccountPicker {...BASE} profileId={PROFILE_ESPAGNE.id} showRequiredError />);
    expect(container.querySelector('[data-slot="empty-state"]')!.textContent).toBe('No external account within the authorized Profile.');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('uncontrolled: ticking and unticking reports the ids in list order', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    renderUI(<AccountPicker {...BASE} defaultValue={[SHOP_FR_OUTLET.id]} onValueChange={onValueChange} />);
    expect(screen.getByRole('checkbox', { name: /outlet/ })).toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: /cyspera-fr\.myshopify/ }));
    expect(onValueChange).toHaveBeenLastCalledWith([SHOP_FR.id, SHOP_FR_OUTLET.id]);
    expect(screen.getByRole('checkbox', { name: /cyspera-fr\.myshopify/ })).toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: /outlet/ }));
    expect(onValueChange).toHaveBeenLastCalledWith([SHOP_FR.id]);
    expect(screen.getByRole('checkbox', { name: /outlet/ })).not.toBeChecked();
  });

  it('controlled: shows the value and only reports changes', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    renderUI(<AccountPicker {...BASE} value={[SHOP_FR.id]} onValueChange={onValueChange} />);
    await user.click(screen.getByRole('checkbox', { name: /outlet/ }));
    expect(onValueChange).toHaveBeenCalledExactlyOnceWith([SHOP_FR.id, SHOP_FR_OUTLET.id]);
    expect(screen.getByRole('checkbox', { name: /outlet/ })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: /cyspera-fr\.myshopify/ })).toBeChecked();
  });

  it('required error: message, aria-invalid and description while nothing is selected', () => {
    const { container } = renderUI(<AccountPicker {...BASE} showRequiredError />);
    const group = screen.getByRole('group');
    expect(group).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('Select at least one account to link.');
    expect(group).toHaveAccessibleDescription(
      `${en.onboarding.steps.select_accounts.description} ${en.accounts.selectRequiredError} ${en.onboarding.steps.discover_accounts.notes[0]}`,
    );
    expect(container.querySelector('[data-slot="account-picker-required"]')).toHaveTextContent(en.common.required);
  });

  it('no required error once an account is selected', () => {
    renderUI(<AccountPicker {...BASE} showRequiredError value={[SHOP_FR.id]} />);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('group')).not.toHaveAttribute('aria-invalid');
  });

  it('not required: no "Required" marker, never an error', () => {
    const { container } = renderUI(<AccountPicker {...BASE} required={false} showRequiredError />);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(container.querySelector('[data-slot="account-picker-required"]')).toBeNull();
  });

  it('bad input: skips non-object entries and accounts without an id, shows Unknown for a missing name', () => {
    expectConsole(
      /accounts: skipped an entry that is not an account \(string\)/,
      /accounts: skipped an entry that is not an account \(null\)/,
      /AccountPicker id: skipped an account without a string id/,
      /AccountPicker name: expected a non-empty string/,
    );
    const accounts = ['shop_fr_55812', null, { ...SHOP_FR, id: 42 }, { ...SHOP_FR_OUTLET, name: undefined }] as never;
    const { container } = renderUI(<AccountPicker {...BASE} accounts={accounts} />);
    expect(optionNames(container)).toEqual([en.common.unknown]);
    expect(container.innerHTML).not.toContain('shop_fr_55812');
  });

  it('bad input: a value that is not an array selects nothing', () => {
    expectConsole(/AccountPicker value: expected an array of account ids/);
    renderUI(<AccountPicker {...BASE} value={SHOP_FR.id as never} />);
    expect(screen.getAllByRole('checkbox').every((c) => !(c as HTMLInputElement).checked)).toBe(true);
  });

  it('bad input: accounts that is not an array shows the empty state', () => {
    expectConsole(/accounts: expected an array/);
    const { container } = renderUI(<AccountPicker {...BASE} accounts={{} as never} />);
    expect(root(container)).toHaveAttribute('data-state', 'empty');
  });

  it('uses the heading level it is given', () => {
    renderUI(<AccountPicker {...BASE} headingLevel={2} />);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(en.onboarding.steps.select_accounts.title);
  });

  it('renders in French from the fr catalog', () => {
    renderUI(<AccountPicker {...BASE} showRequiredError />, { locale: 'fr' });
    expect(screen.getByRole('heading')).toHaveTextContent(fr.onboarding.steps.select_accounts.title);
    expect(screen.getByText(fr.onboarding.steps.select_accounts.description)).toBeInTheDocument();
    expect(screen.getByText(fr.onboarding.steps.discover_accounts.notes[0]!)).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(fr.accounts.selectRequiredError);
  });

  it('renders the French empty and no-profile messages', () => {
    renderUI(<AccountPicker {...BASE} profileId={null} />, { locale: 'fr' });
    expect(screen.getByText(fr.accounts.selectProfileFirst)).toBeInTheDocument();
    cleanup();
    renderUI(<AccountPicker {...BASE} profileId={PROFILE_ESPAGNE.id} />, { locale: 'fr' });
    expect(screen.getByText(fr.accounts.empty)).toBeInTheDocument();
  });

  it('merges className onto the root', () => {
    const { container } = renderUI(<AccountPicker {...BASE} className="mt-4" />);
    expect(root(container)).toHaveClass('mt-4', 'iu:grid');
  });
});
