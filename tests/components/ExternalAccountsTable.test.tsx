import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ExternalAccountsTable } from '../../src/components/ExternalAccountsTable';
import { fr } from '../../src/locales/fr';
import { accountsOf, AUTHORIZED_PROFILE_IDS, EXTERNAL_ACCOUNTS, FOREIGN_ACCOUNTS, makeAccount } from '../../src/fixtures';
import { expectConsole } from '../helpers';
import { renderUI } from '../render';

afterEach(cleanup);

const rows = (container: HTMLElement) => [...container.querySelectorAll('tbody tr')].map((tr) => tr.textContent);
const ANTI_LEAK = 'Anti-leak: only external accounts within the authorized Profile are shown; secrets are never displayed.';

describe('ExternalAccountsTable', () => {
  it('reproduces seed 001 (Shopify Suisse)', () => {
    const { container } = renderUI(<ExternalAccountsTable accounts={accountsOf('shopify-ch')} authorizedProfileIds={AUTHORIZED_PROFILE_IDS} />);
    expect(screen.getByRole('heading', { level: 2, name: 'External accounts' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'External accounts' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Account', 'Masked ref', 'Selected']);
    expect(rows(container)).toEqual(['cyspera-ch.myshopify.comshop_ch_•••1Yes']);
    expect(screen.getByRole('rowheader', { name: 'cyspera-ch.myshopify.com' })).toBeInTheDocument();
    expect(screen.getByText(ANTI_LEAK)).toBeInTheDocument();
  });

  it('reproduces seeds 003/004 (TikTok Ads France)', () => {
    const { container } = renderUI(<ExternalAccountsTable accounts={accountsOf('tiktok-ads-fr')} authorizedProfileIds={AUTHORIZED_PROFILE_IDS} />);
    expect(rows(container)).toEqual(['TikTok Ads - Cyspera FR (mapping unconfirmed)tt_•••_frNo']);
  });

  it('never puts a raw reference in the DOM, attributes included', () => {
    const { container } = renderUI(
      <ExternalAccountsTable accounts={[...EXTERNAL_ACCOUNTS, ...FOREIGN_ACCOUNTS]} authorizedProfileIds={AUTHORIZED_PROFILE_IDS} />,
    );
    const html = container.innerHTML;
    for (const account of [...EXTERNAL_ACCOUNTS, ...FOREIGN_ACCOUNTS]) {
      expect(html).not.toContain(account.externalRef);
      expect(html).not.toContain(account.id);
    }
    expect(html).not.toMatch(/20931|7034418|55812/);
  });

  it('anti-leak: accounts of another profile never show', () => {
    const { container } = renderUI(
      <ExternalAccountsTable accounts={[...accountsOf('shopify-ch'), ...FOREIGN_ACCOUNTS]} authorizedProfileIds={AUTHORIZED_PROFILE_IDS} />,
    );
    expect(rows(container)).toEqual(['cyspera-ch.myshopify.comshop_ch_•••1Yes']);
    for (const foreign of FOREIGN_ACCOUNTS) expect(container.textContent).not.toContain(foreign.name);
  });

  it('fails closed: no authorized profile shows nothing but the empty state', () => {
    renderUI(<ExternalAccountsTable accounts={EXTERNAL_ACCOUNTS} authorizedProfileIds={[]} />);
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText('No external account within the authorized Profile.')).toBeInTheDocument();
    expect(screen.getByText(ANTI_LEAK)).toBeInTheDocument();
  });

  it('shows the empty state when only foreign accounts are given', () => {
    const { container } = renderUI(<ExternalAccountsTable accounts={FOREIGN_ACCOUNTS} authorizedProfileIds={AUTHORIZED_PROFILE_IDS} />);
    expect(container.querySelector('[data-slot="external-accounts-table"]')).toHaveAttribute('data-state', 'empty');
  });

  it('renders in French', () => {
    renderUI(<ExternalAccountsTable accounts={accountsOf('shopify-ch')} authorizedProfileIds={AUTHORIZED_PROFILE_IDS} headingLevel={3} />, { locale: 'fr' });
    expect(screen.getByRole('heading', { level: 3, name: fr.accounts.title })).toBeInTheDocument();
    expect(screen.getByText('Oui')).toBeInTheDocument();
    expect(screen.getByText(fr.accounts.antiLeak)).toBeInTheDocument();
  });

  it('renders bad data without crashing or leaking', () => {
    expectConsole(/ExternalAccountsTable selected: expected a boolean/, /externalRef: expected a non-empty string/);
    renderUI(<ExternalAccountsTable accounts={[makeAccount({ selected: 'maybe' as never, externalRef: '' })]} authorizedProfileIds={AUTHORIZED_PROFILE_IDS} />);
    expect(screen.getByText('Unknown (maybe)')).toBeInTheDocument();
    expect(screen.getByText('•••')).toBeInTheDocument();
  });

  it('survives a non-array list', () => {
    expectConsole(/accounts: expected an array/);
    renderUI(<ExternalAccountsTable accounts={null as never} authorizedProfileIds={AUTHORIZED_PROFILE_IDS} />);
    expect(screen.getByText('No external account within the authorized Profile.')).toBeInTheDocument();
  });
});
