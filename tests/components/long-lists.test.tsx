/**
 * Issue 9, long lists: a list that can grow with the merchant's data renders in pages of
 * `pageSize` (50 by default) with "Show N more" — SourceStatusTable, SyncHistoryTable,
 * ExternalAccountsTable, DataQualityTable, DataQualityAlertList (per severity group) and
 * AccountPicker. (SourceTable windows its rows instead; lists the product defines — steps,
 * guardrails, actions — are short by design and documented as such.)
 * Measured with 1,000 items in this DOM (happy-dom), before → after: see the issue 9 note.
 */
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReactElement } from 'react';
import { AccountPicker, DataQualityAlertList, DataQualityTable, ExternalAccountsTable, SourceStatusTable, SyncHistoryTable } from '../../src';
import { deriveQualityFlags, type DataQualityFlag } from '../../src/domain';
import {
  AUTHORIZED_PROFILE_IDS,
  DISCOVERED_ACCOUNTS,
  EXTERNAL_ACCOUNTS,
  FIXTURE_NOW,
  makeSource,
  makeSyncRun,
  PROFILES,
  SHOPIFY_FRANCE,
} from '../../src/fixtures';
import { expectConsole } from '../helpers';
import { renderUI } from '../render';

afterEach(cleanup);

const N = 1000;
const sources = Array.from({ length: N }, (_, i) => makeSource({ id: `src-${i}`, name: `Source ${i}`, profileId: PROFILES[i % 3]!.id }));
const runs = Array.from({ length: N }, (_, i) => makeSyncRun({ id: `run-${i}` }));
const accounts = Array.from({ length: N }, (_, i) => ({ ...EXTERNAL_ACCOUNTS[0]!, id: `acc-${i}`, name: `Account ${i}`, profileId: PROFILES[0]!.id }));
const discovered = Array.from({ length: N }, (_, i) => ({ ...DISCOVERED_ACCOUNTS[0]!, id: `disc-${i}`, name: `Discovered ${i}` }));
const oneFlag = deriveQualityFlags({ ...SHOPIFY_FRANCE, lastSuccessfulSyncAt: null }, FIXTURE_NOW)[0] as DataQualityFlag;
const flags: DataQualityFlag[] = Array.from({ length: N }, (_, i) => ({ ...oneFlag, sourceId: `src-${i}` }));

const CASES: [string, ReactElement, string][] = [
  [
    'SourceStatusTable',
    <SourceStatusTable view="sync" sources={sources} authorizedProfileIds={AUTHORIZED_PROFILE_IDS} profiles={PROFILES} />,
    '[data-slot="source-status-table-row"]',
  ],
  ['SyncHistoryTable', <SyncHistoryTable runs={runs} />, 'tbody tr'],
  ['ExternalAccountsTable', <ExternalAccountsTable accounts={accounts} authorizedProfileIds={AUTHORIZED_PROFILE_IDS} />, 'tbody tr'],
  ['DataQualityTable', <DataQualityTable flags={flags} />, 'tbody tr'],
  ['DataQualityAlertList (flat)', <DataQualityAlertList flags={flags} grouped={false} />, 'li'],
  ['DataQualityAlertList (grouped)', <DataQualityAlertList flags={flags} />, 'li'],
  [
    'AccountPicker',
    <AccountPicker
      accounts={discovered}
      authorizedProfileIds={AUTHORIZED_PROFILE_IDS}
      profileId={DISCOVERED_ACCOUNTS[0]!.profileId}
      platformId={DISCOVERED_ACCOUNTS[0]!.platformId}
    />,
    '[data-slot="account-picker-option"]',
  ],
];

describe('long lists render in pages of 50 with "Show N more"', () => {
  it.each(CASES)('%s: 1,000 items → 50, then 100, …; the last press leaves focus on the count', (_, element, rowSelector) => {
    const { container } = renderUI(element);
    const rows = () => container.querySelectorAll(rowSelector).length;
    expect(rows()).toBe(50);
    expect(screen.getByRole('status', { name: '' }).textContent).toBe('Showing 50 of 1,000');
    fireEvent.click(screen.getByRole('button', { name: 'Show 50 more' }));
    expect(rows()).toBe(100);
    expect(screen.getByText('Showing 100 of 1,000')).toBeTruthy();
  });

  it('the last page: the button goes and focus lands on the count, never on <body>', async () => {
    const { container } = renderUI(<SyncHistoryTable runs={runs.slice(0, 70)} />);
    const button = screen.getByRole('button', { name: 'Show 20 more' });
    button.focus();
    fireEvent.click(button);
    expect(container.querySelectorAll('tbody tr')).toHaveLength(70);
    expect(screen.queryByRole('button', { name: /more/ })).toBeNull();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(document.activeElement?.textContent).toBe('Showing 70 of 70');
  });

  it('a list no longer than a page has no footer; pageSize={Infinity} lists everything', () => {
    const { container, rerender } = renderUI(<SyncHistoryTable runs={runs.slice(0, 50)} />);
    expect(container.querySelector('[data-slot="sync-history-table-show-more"]')).toBeNull();
    rerender(<SyncHistoryTable runs={runs.slice(0, 120)} pageSize={Infinity} />);
    expect(container.querySelectorAll('tbody tr')).toHaveLength(120);
  });

  it('AccountPicker keeps a selected account listed beyond the first page', () => {
    const { container } = renderUI(
      <AccountPicker
        accounts={discovered}
        authorizedProfileIds={AUTHORIZED_PROFILE_IDS}
        profileId={DISCOVERED_ACCOUNTS[0]!.profileId}
        platformId={DISCOVERED_ACCOUNTS[0]!.platformId}
        value={['disc-700']}
      />,
    );
    expect(container.querySelectorAll('[data-slot="account-picker-option"]')).toHaveLength(51);
    expect(screen.getByRole('checkbox', { name: /Discovered 700/ })).toHaveProperty('checked', true);
    expect(screen.getByText('Showing 51 of 1,000')).toBeTruthy();
  });

  it('a pageSize that is not a positive integer falls back to 50 with a dev warning naming it', () => {
    expectConsole(/SyncHistoryTable pageSize: expected a positive integer or Infinity, got -3/);
    const { container } = renderUI(<SyncHistoryTable runs={runs} pageSize={-3} />);
    expect(container.querySelectorAll('tbody tr')).toHaveLength(50);
  });

  it('French: the count and the button come from the catalog', () => {
    renderUI(<SyncHistoryTable runs={runs.slice(0, 60)} />, { locale: 'fr' });
    expect(screen.getByRole('button', { name: 'Afficher 10 de plus' })).toBeTruthy();
    expect(screen.getByText('50 sur 60 affichés')).toBeTruthy();
  });
});
