import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SOURCE_STATUS_COLUMNS, SOURCE_STATUS_VIEW_NAMES, SOURCE_STATUS_VIEWS, SourceStatusTable } from '../../src/components/SourceStatusTable';
import { FRESHNESS_CELL_STATES } from '../../src/components/FreshnessCell';
import { FRESHNESS_STATES } from '../../src/domain';
import { en } from '../../src/i18n';
import { fr } from '../../src/locales/fr';
import {
  AUTHORIZED_PROFILE_IDS,
  FOREIGN_PROFILE,
  FOREIGN_SOURCE,
  GA4_FRANCE,
  GA4_SUISSE,
  makeSource,
  PROFILE_FRANCE,
  PROFILES,
  SHOPIFY_FRANCE,
  SHOPIFY_SUISSE,
  SOURCES,
} from '../../src/fixtures';
import { expectConsole } from '../helpers';
import { messageAt } from '../messages';
import { renderUI } from '../render';
import { printedText } from '../patterns/seed-view';

afterEach(cleanup);

/** Seed 002, "Source Sync Status" (the Last sync column is the rows' <time dateTime>). */
const SEED_SYNC = [
  ['Shopify France', 'SHOPIFY', 'Connected', '2026-05-03T06:00:00Z'],
  ['GA4 France', 'GA4', 'Connected', '2026-05-03T05:30:00Z'],
  ['Google Ads France', 'GOOGLE_ADS', 'Connected', '2026-05-03T05:45:00Z'],
  ['Meta Ads France', 'META_ADS', 'Connected', '2026-05-03T05:50:00Z'],
  ['TikTok Ads France', 'TIKTOK_ADS', 'Connected (disabled)', null],
  ['Shopify Suisse', 'SHOPIFY', 'Connected', '2026-05-03T06:05:00Z'],
  ['GA4 Suisse', 'GA4', 'Connected', '2026-04-30T05:30:00Z'],
  ['Google Ads Suisse', 'GOOGLE_ADS', 'Permission missing', null],
  ['Meta Ads Suisse', 'META_ADS', 'Disconnected', null],
  ['Shopify Espagne', 'SHOPIFY', 'Disconnected — token expired', null],
];

/** Seed 002, "Data Freshness". */
const SEED_FRESHNESS = [
  ['Shopify France', 'FRESH', '2026-05-03T06:00:00Z'],
  ['GA4 France', 'FRESH', '2026-05-03T05:30:00Z'],
  ['Google Ads France', 'FRESH', '2026-05-03T05:45:00Z'],
  ['Meta Ads France', 'FRESH', '2026-05-03T05:50:00Z'],
  ['TikTok Ads France', 'UNKNOWN', null],
  ['Shopify Suisse', 'FRESH', '2026-05-03T06:05:00Z'],
  ['GA4 Suisse', 'STALE', '2026-04-30T05:30:00Z'],
  ['Google Ads Suisse', 'MISSING', null],
  ['Meta Ads Suisse', 'MISSING', null],
  ['Shopify Espagne', 'MISSING', null],
];

const rowsOf = (container: HTMLElement) => [...container.querySelectorAll<HTMLElement>('[data-slot="source-status-table-row"]')];
const timeOf = (row: HTMLElement) => row.querySelector('time')?.getAttribute('dateTime') ?? null;

describe('SourceStatusTable', () => {
  it('reproduces seed 002 "Source Sync Status": title, marker, columns and rows verbatim', () => {
    const { container } = renderUI(<SourceStatusTable view="sync" sources={SOURCES} authorizedProfileIds={AUTHORIZED_PROFILE_IDS} profiles={PROFILES} />);
    const heading = screen.getByRole('heading', { level: 3 });
    expect(heading).toHaveTextContent(/^Sources — sync statusData may be outdated$/);
    const table = screen.getByRole('table', { name: 'Sources — sync status' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Source', 'Platform', 'Status', 'Last sync']);
    const rows = rowsOf(container).map((row) => [
      row.querySelector('th')!.textContent,
      row.querySelector('[data-slot="source-status-table-platform"]')!.textContent,
      row.querySelector('[data-slot="health-badge"] [data-slot="health-badge-label"]')!.textContent,
      timeOf(row),
    ]);
    expect(rows).toEqual(SEED_SYNC);
  });

  it('reproduces seed 002 "Data Freshness": title, marker, columns and codes verbatim', () => {
    const { container } = renderUI(<SourceStatusTable view="freshness" sources={SOURCES} authorizedProfileIds={AUTHORIZED_PROFILE_IDS} profiles={PROFILES} />);
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent(/^Sources — data freshnessData may be outdated$/);
    const table = screen.getByRole('table', { name: 'Sources — data freshness' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Source', 'Freshness', 'Last sync']);
    const rows = rowsOf(container).map((row) => [
      row.querySelector('th')!.textContent,
      row.querySelector('[data-slot="source-status-table-freshness-code"]')!.textContent,
      timeOf(row),
    ]);
    expect(rows).toEqual(SEED_FRESHNESS);
  });

  it.each(SOURCE_STATUS_VIEW_NAMES)('view %s has its title and columns from the state table', (view) => {
    renderUI(<SourceStatusTable view={view} sources={SOURCES} authorizedProfileIds={AUTHORIZED_PROFILE_IDS} />);
    const table = screen.getByRole('table', { name: messageAt(SOURCE_STATUS_VIEWS[view].title, en) as string });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(SOURCE_STATUS_VIEWS[view].columns.map((column) => messageAt(SOURCE_STATUS_COLUMNS[column], en)));
  });

  it.each(FRESHNESS_STATES)('freshness %s shows the code verbatim with its icon and tone, the label as description', (state) => {
    const { container } = renderUI(<SourceStatusTable view="freshness" sources={SOURCES} authorizedProfileIds={AUTHORIZED_PROFILE_IDS} />);
    const row = rowsOf(container).find((r) => r.dataset.freshness === state)!;
    const chip = row.querySelector('[data-slot="source-status-table-freshness-code"]')!;
    expect(chip.textContent).toBe(state);
    expect(chip).toHaveAttribute('data-tone', FRESHNESS_CELL_STATES[state].tone);
    expect(chip.querySelector(`svg[aria-hidden="true"][data-icon="${FRESHNESS_CELL_STATES[state].icon}"]`)).not.toBeNull();
    expect(chip.closest('td')).toHaveAccessibleDescription(en.freshness[state]);
  });

  it('shows the age for the eye, the absolute time in the profile time zone on hover and for screen readers', () => {
    renderUI(<SourceStatusTable view="sync" sources={[SHOPIFY_FRANCE, GA4_SUISSE]} authorizedProfileIds={AUTHORIZED_PROFILE_IDS} profiles={PROFILES} />);
    const france = screen.getByText('10 minutes ago');
    expect(france.tagName).toBe('TIME');
    expect(france).toHaveAttribute('dateTime', '2026-05-03T06:00:00Z');
    expect(france.title).toMatch(/^May 3, 2026, 08:00\sAM GMT\+2 \(Europe\/Paris\)$/);
    const suisse = screen.getByText('3 days ago');
    expect(suisse).toHaveAttribute('dateTime', '2026-04-30T05:30:00Z');
    expect(suisse.title).toMatch(/\(Europe\/Zurich\)$/);
    expect(suisse.parentElement!.querySelector('[data-slot="visually-hidden"]')!.textContent).toContain(suisse.title);
  });

  it('shows "—" (read as "No successful sync yet") for a source that never synced', () => {
    const { container } = renderUI(<SourceStatusTable view="sync" sources={SOURCES} authorizedProfileIds={AUTHORIZED_PROFILE_IDS} />);
    const tiktok = rowsOf(container)[4]!;
    const cell = tiktok.querySelector('[data-slot="last-sync-time"]')!;
    expect(cell).toHaveAttribute('data-time', 'none');
    expect(cell.querySelector('[aria-hidden="true"]')!.textContent).toBe('—');
    expect(cell).toHaveTextContent('No successful sync yet');
  });

  it('prints the seed text render with timeDisplay="iso"', () => {
    const { container } = renderUI(
      <SourceStatusTable view="sync" sources={SOURCES} authorizedProfileIds={AUTHORIZED_PROFILE_IDS} profiles={PROFILES} timeDisplay="iso" />,
    );
    const lines = rowsOf(container).map(printedText);
    expect(lines).toEqual(SEED_SYNC.map((cells) => cells.filter((c) => c !== null).join('')));
    expect(lines[0]).toBe('Shopify FranceSHOPIFYConnected2026-05-03T06:00:00Z');
    expect(lines[4]).toBe('TikTok Ads FranceTIKTOK_ADSConnected (disabled)');
    cleanup();
    const freshness = renderUI(
      <SourceStatusTable view="freshness" sources={SOURCES} authorizedProfileIds={AUTHORIZED_PROFILE_IDS} profiles={PROFILES} timeDisplay="iso" />,
    );
    expect(rowsOf(freshness.container).map(printedText)).toEqual(SEED_FRESHNESS.map((cells) => cells.filter((c) => c !== null).join('')));
  });

  it('keeps the given order', () => {
    const reversed = [...SOURCES].reverse();
    const { container } = renderUI(<SourceStatusTable view="freshness" sources={reversed} authorizedProfileIds={AUTHORIZED_PROFILE_IDS} />);
    expect(rowsOf(container).map((r) => r.querySelector('th')!.textContent)).toEqual(reversed.map((s) => s.name));
  });

  it('has no marker when every shown source is FRESH', () => {
    const fresh = [SHOPIFY_FRANCE, GA4_FRANCE, SHOPIFY_SUISSE];
    for (const view of SOURCE_STATUS_VIEW_NAMES) {
      cleanup();
      const { container } = renderUI(<SourceStatusTable view={view} sources={fresh} authorizedProfileIds={AUTHORIZED_PROFILE_IDS} />);
      expect(container.querySelector('[data-slot="data-outdated-badge"]')).toBeNull();
      expect(screen.queryByText('Data may be outdated')).toBeNull();
    }
  });

  it('never shows a source of a foreign profile (anti-leak), even with its profile given', () => {
    const { container } = renderUI(
      <SourceStatusTable
        view="sync"
        sources={[...SOURCES, FOREIGN_SOURCE]}
        authorizedProfileIds={AUTHORIZED_PROFILE_IDS}
        profiles={[...PROFILES, FOREIGN_PROFILE]}
      />,
    );
    expect(rowsOf(container)).toHaveLength(10);
    expect(container.textContent).not.toContain(FOREIGN_SOURCE.name);
  });

  it('fails closed: no authorized profile shows nothing', () => {
    expectConsole(/SourceStatusTable: `authorizedProfileIds` is required/);
    const { container } = renderUI(<SourceStatusTable view="sync" sources={SOURCES} authorizedProfileIds={undefined as never} />);
    expect(rowsOf(container)).toHaveLength(0);
    expect(screen.getByText('No source to show.')).toBeInTheDocument();
  });

  it('shows the empty state, without marker, when there is no source', () => {
    const { container } = renderUI(<SourceStatusTable view="freshness" sources={[]} authorizedProfileIds={AUTHORIZED_PROFILE_IDS} />);
    expect(container.querySelector('[data-slot="source-status-table"]')).toHaveAttribute('data-state', 'empty');
    expect(screen.getByText('No source to show.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByText('Data may be outdated')).toBeNull();
  });

  it('renders an unknown status as Unknown with the raw code, and warns', () => {
    expectConsole(/connectionStatus: unknown status "SUSPENDED"/);
    renderUI(<SourceStatusTable view="sync" sources={[makeSource({ connectionStatus: 'SUSPENDED' as never })]} authorizedProfileIds={[PROFILE_FRANCE.id]} />);
    expect(screen.getByText('Unknown (SUSPENDED)')).toBeInTheDocument();
  });

  it('renders an unreadable timestamp as "Invalid date" with its raw value and UNKNOWN freshness, and warns', () => {
    expectConsole(/lastSuccessfulSyncAt: expected an ISO-8601 timestamp with a time zone, got "yesterday 6pm"/);
    const { container } = renderUI(
      <SourceStatusTable view="freshness" sources={[makeSource({ lastSuccessfulSyncAt: 'yesterday 6pm' })]} authorizedProfileIds={[PROFILE_FRANCE.id]} />,
    );
    const row = rowsOf(container)[0]!;
    expect(row.querySelector('[data-slot="source-status-table-freshness-code"]')!.textContent).toBe('UNKNOWN');
    expect(row.querySelector('[data-slot="last-sync-time"]')).toHaveAttribute('data-raw-value', 'yesterday 6pm');
    expect(row).toHaveTextContent('Invalid date');
  });

  it('falls back to the sync view on an unknown view', () => {
    expectConsole(/SourceStatusTable view: unknown view "bogus"/);
    renderUI(<SourceStatusTable view={'bogus' as never} sources={SOURCES} authorizedProfileIds={AUTHORIZED_PROFILE_IDS} />);
    expect(screen.getByRole('table', { name: 'Sources — sync status' })).toBeInTheDocument();
  });

  it('renders in French: titles and labels translated, codes verbatim', () => {
    const { container } = renderUI(<SourceStatusTable view="freshness" sources={SOURCES} authorizedProfileIds={AUTHORIZED_PROFILE_IDS} />, { locale: 'fr' });
    expect(screen.getByRole('table', { name: fr.sourceStatus.freshnessTitle })).toBeInTheDocument();
    expect(screen.getByText(fr.common.dataMayBeOutdated)).toBeInTheDocument();
    const stale = rowsOf(container)[6]!;
    expect(stale.querySelector('[data-slot="source-status-table-freshness-code"]')!.textContent).toBe('STALE');
    expect(stale.querySelector('[data-slot="source-status-table-freshness-code"]')!.closest('td')).toHaveAccessibleDescription(fr.freshness.STALE);
  });

  it('takes the heading level and merges className', () => {
    const { container } = renderUI(
      <SourceStatusTable view="sync" sources={SOURCES} authorizedProfileIds={AUTHORIZED_PROFILE_IDS} headingLevel={2} className="mt-6" />,
    );
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(/^Sources — sync status/);
    expect(container.querySelector('[data-slot="source-status-table"]')).toHaveClass('mt-6', 'iu:flex');
  });

  it('sits in a scrollable, keyboard-reachable region named by the title', () => {
    renderUI(<SourceStatusTable view="sync" sources={SOURCES} authorizedProfileIds={AUTHORIZED_PROFILE_IDS} />);
    const region = screen.getByRole('region', { name: 'Sources — sync status' });
    expect(region).toHaveClass('iu:overflow-x-auto');
    expect(region).toHaveAttribute('tabIndex', '0');
  });
});
