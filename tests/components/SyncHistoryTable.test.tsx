import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SYNC_RUN_STATES, SyncHistoryTable } from '../../src/components/SyncHistoryTable';
import { SYNC_RUN_STATUSES } from '../../src/domain';
import { fr } from '../../src/locales/fr';
import { makeSyncRun, syncRunsOf } from '../../src/fixtures';
import { expectConsole } from '../helpers';
import { renderUI } from '../render';

afterEach(cleanup);

const rows = (container: HTMLElement) =>
  [...container.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent).join(' '));

describe('SyncHistoryTable', () => {
  it('reproduces seed 001 (Shopify Suisse)', () => {
    const { container } = renderUI(<SyncHistoryTable runs={syncRunsOf('shopify-ch')} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Sync history (preview)' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Sync history (preview)' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Status', 'Fetched', 'Processed', 'Failed', 'API version', 'Error']);
    expect(rows(container)).toEqual(['completed 1000 1000 0 2026-04 —', 'completed 1000 1000 0 2026-04 —']);
    expect(screen.getByText('Preview only — no real job runs in this shell.')).toBeInTheDocument();
  });

  it('reproduces seeds 003/004 (TikTok Ads France): no API version, no error', () => {
    const { container } = renderUI(<SyncHistoryTable runs={syncRunsOf('tiktok-ads-fr')} />);
    expect(rows(container)).toEqual(['completed 1000 1000 0 — —', 'completed 1000 1000 0 — —']);
  });

  it.each(SYNC_RUN_STATUSES)('status %s shows the code verbatim with its icon and tone', (status) => {
    const { container } = renderUI(<SyncHistoryTable runs={[makeSyncRun({ status })]} />);
    const badge = container.querySelector('[data-slot="sync-history-table-status"]')!;
    expect(badge).toHaveTextContent(new RegExp(`^${status}$`));
    expect(badge).toHaveAttribute('data-tone', SYNC_RUN_STATES[status].tone);
    expect(badge.querySelector('svg')).toHaveAttribute('data-icon', SYNC_RUN_STATES[status].icon);
  });

  it('shows counts without grouping and the error code in mono (partial run)', () => {
    const { container } = renderUI(<SyncHistoryTable runs={syncRunsOf('ga4-ch')} />);
    expect(rows(container)).toEqual(['partial 820 640 180 — QUOTA_EXCEEDED']);
    expect(screen.getByText('QUOTA_EXCEEDED').tagName).toBe('CODE');
    cleanup();
    const big = renderUI(<SyncHistoryTable runs={[makeSyncRun({ fetched: 1234567 })]} />);
    expect(rows(big.container)[0]).toContain('1234567');
  });

  it('keeps status codes verbatim in French', () => {
    const { container } = renderUI(<SyncHistoryTable runs={syncRunsOf('shopify-es')} />, { locale: 'fr' });
    expect(screen.getByRole('heading', { name: fr.syncHistory.title })).toBeInTheDocument();
    expect(rows(container)).toEqual(['failed 0 0 0 2026-04 TOKEN_EXPIRED']);
    expect(screen.getByText(fr.syncHistory.previewOnly)).toBeInTheDocument();
  });

  it('shows the empty state and still the preview footnote', () => {
    renderUI(<SyncHistoryTable runs={[]} />);
    expect(screen.getByText('No sync run yet.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText('Preview only — no real job runs in this shell.')).toBeInTheDocument();
  });

  it('renders an unknown status as Unknown with the raw code', () => {
    expectConsole(/SyncHistoryTable status: unknown status "queued"/);
    const { container } = renderUI(<SyncHistoryTable runs={[makeSyncRun({ status: 'queued' as never })]} />);
    const row = container.querySelector('[data-slot="sync-history-table-run"]')!;
    expect(row).toHaveAttribute('data-state', 'unknown');
    expect(row).toHaveAttribute('data-raw-code', 'queued');
    expect(row.querySelector('[data-slot="sync-history-table-status"]')).toHaveTextContent('Unknown (queued)');
    expect(row.querySelector('[data-slot="sync-history-table-status"]')).toHaveAttribute('data-tone', 'neutral');
  });

  it('survives non-array runs and bad counts', () => {
    expectConsole(/`runs` must be an array/, /SyncHistoryTable fetched: expected a number, got null/);
    renderUI(<SyncHistoryTable runs={null as never} />);
    expect(screen.getByText('No sync run yet.')).toBeInTheDocument();
    cleanup();
    renderUI(<SyncHistoryTable runs={[makeSyncRun({ fetched: null as never })]} headingLevel={3} />);
    expect(screen.getByText('Unknown (null)')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3 })).toBeInTheDocument();
  });
});
