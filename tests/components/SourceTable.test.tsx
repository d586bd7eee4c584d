import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  SOURCE_TABLE_COLUMNS,
  SOURCE_TABLE_FILTER_STATE_NAMES,
  SOURCE_TABLE_SORTABLE_COLUMNS,
  SOURCE_TABLE_STATE_FILTERS,
  SourceTable,
  type SourceTableProps,
} from '../../src/components/SourceTable';
import { connectionLabel, deriveFreshness } from '../../src/domain';
import { en } from '../../src/i18n';
import { fr } from '../../src/locales/fr';
import {
  AUTHORIZED_PROFILE_IDS,
  FIXTURE_NOW,
  FOREIGN_PROFILE,
  FOREIGN_SOURCE,
  makeSource,
  makeSources,
  PROFILE_FRANCE,
  PROFILE_SUISSE,
  PROFILES,
  SHOPIFY_SUISSE,
  SOURCES,
} from '../../src/fixtures';
import { expectConsole } from '../helpers';
import { messageAt } from '../messages';
import { renderUI } from '../render';

afterEach(cleanup);

function renderTable(props: Partial<SourceTableProps> = {}, provider: Parameters<typeof renderUI>[1] = {}) {
  return renderUI(<SourceTable sources={SOURCES} profiles={PROFILES} authorizedProfileIds={AUTHORIZED_PROFILE_IDS} {...props} />, provider);
}

/** The body rows' source names, in display order. */
const names = () => screen.queryAllByRole('rowheader').map((cell) => cell.textContent);
const rowOf = (name: string) => screen.getByRole('rowheader', { name }).closest('tr')!;
const cellsOf = (name: string) => within(rowOf(name)).getAllByRole('cell');
const header = (columnId: keyof typeof SOURCE_TABLE_COLUMNS) =>
  screen.getByRole('columnheader', { name: new RegExp(`^${messageAt(SOURCE_TABLE_COLUMNS[columnId].header, en) as string}`) });

describe('SourceTable', () => {
  it('lists the ten sources of seed 002 in the seed order, with their profile and platform', () => {
    renderTable();
    expect(screen.getByRole('heading', { name: 'Connected sources' })).toBeInTheDocument();
    expect(screen.getByText('Open a source for detail and preview actions (mock).')).toBeInTheDocument();
    expect(names()).toEqual(SOURCES.map((s) => s.name));
    expect(
      cellsOf('Shopify France')
        .slice(0, 2)
        .map((c) => c.textContent),
    ).toEqual(['Profile France', 'SHOPIFY']);
    expect(
      cellsOf('Shopify Espagne')
        .slice(0, 2)
        .map((c) => c.textContent),
    ).toEqual(['Profile Espagne', 'SHOPIFY']);
    expect(screen.getByRole('status')).toHaveTextContent('10 of 10 sources');
  });

  it('has the columns of seed 002 as column headers', () => {
    renderTable();
    expect(screen.getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
      'Source',
      'Profile',
      'Platform',
      'Status',
      'Last sync / Freshness',
      'Detail',
    ]);
  });

  it('shows the status of each source with HealthBadge (seed 002, "Source Sync Status")', () => {
    renderTable();
    const statuses = SOURCES.map((s) => cellsOf(s.name)[2]!.querySelector('[data-slot="health-badge"] [data-slot="health-badge-label"]')!.textContent);
    expect(statuses).toEqual([
      'Connected',
      'Connected',
      'Connected',
      'Connected',
      'Connected (disabled)',
      'Connected',
      'Connected',
      'Permission missing',
      'Disconnected',
      'Disconnected — token expired',
    ]);
  });

  it('shows the freshness column of seed 002 (FreshnessCell), with times in each profile time zone', () => {
    renderTable();
    const freshness = SOURCES.map((s) => cellsOf(s.name)[3]!.querySelector('[data-slot="freshness-cell"]')!.getAttribute('data-state'));
    expect(freshness).toEqual(['fresh', 'fresh', 'fresh', 'fresh', 'unknown', 'fresh', 'stale', 'missing', 'missing', 'missing']);
    expect(within(cellsOf('Shopify France')[3]!).getByText('10 minutes ago').title).toMatch(/\(Europe\/Paris\)$/);
    expect(within(cellsOf('Shopify Suisse')[3]!).getByText('5 minutes ago').title).toMatch(/\(Europe\/Zurich\)$/);
    expect(within(cellsOf('GA4 Suisse')[3]!).getByText('Freshness window: 48 h')).toBeInTheDocument();
  });

  it('calls onOpenSource with the source from its "View details" button, whose name says which source', async () => {
    const user = userEvent.setup();
    const onOpenSource = vi.fn();
    renderTable({ onOpenSource });
    const buttons = screen.getAllByRole('button', { name: /^View details of / });
    expect(buttons).toHaveLength(10);
    expect(buttons[5]).toHaveTextContent('View details');
    await user.click(screen.getByRole('button', { name: 'View details of Shopify Suisse' }));
    expect(onOpenSource).toHaveBeenCalledTimes(1);
    expect(onOpenSource).toHaveBeenCalledWith(SHOPIFY_SUISSE);
  });

  describe('renderDetailsLink', () => {
    const link = (source: { id: string }) => <a href={`#/sources/${source.id}`} className="app-link" />;

    it('renders "View details" as the app’s link, with the label, classes and the name that says which source', () => {
      renderTable({ renderDetailsLink: link });
      expect(screen.queryByRole('button', { name: /^View details of / })).toBeNull();
      const links = screen.getAllByRole('link', { name: /^View details of / });
      expect(links).toHaveLength(10);
      const suisse = screen.getByRole('link', { name: 'View details of Shopify Suisse' });
      expect(suisse).toHaveAttribute('href', `#/sources/${SHOPIFY_SUISSE.id}`);
      expect(suisse).toHaveTextContent('View details');
      expect(suisse).toHaveAttribute('data-slot', 'source-table-open');
      expect(suisse).toHaveClass('app-link', 'iu:text-accent');
    });

    it('is the whole action: a given onOpenSource is not called when the link is followed', async () => {
      const onOpenSource = vi.fn();
      renderTable({ renderDetailsLink: link, onOpenSource });
      const anchor = screen.getByRole('link', { name: 'View details of Shopify Suisse' });
      // The app's router handles the click; the library navigates nowhere itself.
      anchor.addEventListener('click', (event) => event.preventDefault());
      await userEvent.click(anchor);
      expect(onOpenSource).not.toHaveBeenCalled();
    });

    it('falls back to the button, with a warning, when it returns no element', () => {
      expectConsole(/renderDetailsLink: expected a React element, got null; a button is shown/);
      renderTable({ renderDetailsLink: () => null as never });
      expect(screen.getAllByRole('button', { name: /^View details of / })).toHaveLength(10);
    });
  });

  describe('anti-leak', () => {
    it('never renders a source outside the authorized profiles, nor lists a foreign profile', () => {
      renderTable({ sources: [...SOURCES, FOREIGN_SOURCE], profiles: [...PROFILES, FOREIGN_PROFILE] });
      expect(names()).toEqual(SOURCES.map((s) => s.name));
      expect(screen.queryByText(FOREIGN_SOURCE.name)).toBeNull();
      expect(screen.queryByText(FOREIGN_PROFILE.name)).toBeNull();
      expect(screen.queryByRole('option', { name: FOREIGN_PROFILE.name })).toBeNull();
      expect(screen.getByRole('status')).toHaveTextContent('10 of 10 sources');
    });

    it('does not let a search or a sort bring a foreign source back', async () => {
      const user = userEvent.setup();
      renderTable({ sources: [FOREIGN_SOURCE, ...SOURCES], profiles: [...PROFILES, FOREIGN_PROFILE] });
      await user.type(screen.getByRole('searchbox', { name: 'Search sources' }), 'Foreign');
      expect(names()).toEqual([]);
      await user.clear(screen.getByRole('searchbox'));
      await user.click(within(header('source')).getByRole('button'));
      expect(names()).not.toContain(FOREIGN_SOURCE.name);
    });

    it('shows only the authorized profile (Single profile: Suisse)', () => {
      renderTable({ sources: [...SOURCES, FOREIGN_SOURCE], authorizedProfileIds: [PROFILE_SUISSE.id] });
      expect(names()).toEqual(['Shopify Suisse', 'GA4 Suisse', 'Google Ads Suisse', 'Meta Ads Suisse']);
      const profileSelect = screen.getByRole('combobox', { name: 'Profile' });
      expect(
        within(profileSelect)
          .getAllByRole('option')
          .map((o) => o.textContent),
      ).toEqual(['All profiles', 'Profile Suisse']);
    });

    it('fails closed: no authorized profile shows no source', () => {
      renderTable({ authorizedProfileIds: [] });
      expect(names()).toEqual([]);
      expect(screen.getByText(en.sourceTable.noSources)).toBeInTheDocument();
    });

    it('fails closed, with a warning, when authorizedProfileIds is missing', () => {
      expectConsole(/`authorizedProfileIds` is required; no source is shown \(fail closed\)/);
      renderTable({ authorizedProfileIds: undefined as never });
      expect(names()).toEqual([]);
      expect(screen.queryByRole('option', { name: PROFILE_FRANCE.name })).toBeNull();
    });

    it('ignores a default profile filter outside the authorized profiles', () => {
      expectConsole(/defaultFilters: profile "profile-foreign" is not an authorized profile; ignored/);
      renderTable({ sources: [...SOURCES, FOREIGN_SOURCE], defaultFilters: { profileId: FOREIGN_PROFILE.id } });
      expect(names()).toHaveLength(10);
      expect(screen.getByRole('combobox', { name: 'Profile' })).toHaveValue('');
    });
  });

  describe('sorting', () => {
    it.each(SOURCE_TABLE_SORTABLE_COLUMNS)('column %s sorts from its header button and says so with aria-sort', async (columnId) => {
      const user = userEvent.setup();
      renderTable();
      const th = header(columnId);
      expect(th).toHaveAttribute('aria-sort', 'none');
      await user.click(within(th).getByRole('button'));
      const first = SOURCE_TABLE_COLUMNS[columnId].descFirst ? 'descending' : 'ascending';
      expect(th).toHaveAttribute('aria-sort', first);
      for (const other of SOURCE_TABLE_SORTABLE_COLUMNS.filter((c) => c !== columnId)) expect(header(other)).toHaveAttribute('aria-sort', 'none');
      await user.click(within(th).getByRole('button'));
      expect(th).toHaveAttribute('aria-sort', first === 'ascending' ? 'descending' : 'ascending');
      await user.click(within(th).getByRole('button'));
      expect(th).toHaveAttribute('aria-sort', 'none');
      expect(names()).toEqual(SOURCES.map((s) => s.name));
    });

    it('sorts sources by name, A→Z then Z→A', async () => {
      const user = userEvent.setup();
      renderTable();
      const sorted = SOURCES.map((s) => s.name).sort((a, b) => a.localeCompare(b));
      await user.click(within(header('source')).getByRole('button', { name: 'Source' }));
      expect(names()).toEqual(sorted);
      await user.click(within(header('source')).getByRole('button', { name: 'Source' }));
      expect(names()).toEqual([...sorted].reverse());
    });

    it('sorts by last sync newest first, sources never synced always last', async () => {
      const user = userEvent.setup();
      renderTable();
      await user.click(within(header('lastSync')).getByRole('button'));
      const newestFirst = ['Shopify Suisse', 'Shopify France', 'Meta Ads France', 'Google Ads France', 'GA4 France', 'GA4 Suisse'];
      const neverSynced = ['TikTok Ads France', 'Google Ads Suisse', 'Meta Ads Suisse', 'Shopify Espagne'];
      expect(names()).toEqual([...newestFirst, ...neverSynced]);
      await user.click(within(header('lastSync')).getByRole('button'));
      expect(names()).toEqual([...[...newestFirst].reverse(), ...neverSynced]);
    });

    it('sorts statuses in the order of seed 002 (connected first, expired after the disabled ones)', async () => {
      const user = userEvent.setup();
      renderTable();
      await user.click(within(header('status')).getByRole('button'));
      expect(names().slice(6)).toEqual(['TikTok Ads France', 'Shopify Espagne', 'Google Ads Suisse', 'Meta Ads Suisse']);
    });

    it('starts from defaultSort', () => {
      renderTable({ defaultSort: { column: 'lastSync' } });
      expect(header('lastSync')).toHaveAttribute('aria-sort', 'descending');
      expect(names()[0]).toBe('Shopify Suisse');
    });
  });

  describe('filters and search', () => {
    it.each(SOURCE_TABLE_FILTER_STATE_NAMES)('default filter %s shows exactly the matching sources', (state) => {
      const { filters } = SOURCE_TABLE_STATE_FILTERS[state];
      renderTable({ defaultFilters: filters });
      const expected = SOURCES.filter((s) =>
        'status' in filters ? connectionLabel(s) === filters.status : deriveFreshness(s, FIXTURE_NOW) === filters.freshness,
      ).map((s) => s.name);
      expect(expected.length).toBeGreaterThan(0);
      expect(names()).toEqual(expected);
      expect(screen.getByRole('status')).toHaveTextContent(`${expected.length} of 10 sources`);
    });

    it('filters by profile, then platform, then status from the selects', async () => {
      const user = userEvent.setup();
      renderTable();
      await user.selectOptions(screen.getByRole('combobox', { name: 'Profile' }), 'Profile Suisse');
      expect(names()).toEqual(['Shopify Suisse', 'GA4 Suisse', 'Google Ads Suisse', 'Meta Ads Suisse']);
      await user.selectOptions(screen.getByRole('combobox', { name: 'Profile' }), 'All profiles');
      await user.selectOptions(screen.getByRole('combobox', { name: 'Platform' }), 'Shopify');
      expect(names()).toEqual(['Shopify France', 'Shopify Suisse', 'Shopify Espagne']);
      await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), en.connection.expired);
      expect(names()).toEqual(['Shopify Espagne']);
      expect(screen.getByRole('status')).toHaveTextContent('1 of 10 sources');
    });

    it('filters by freshness', async () => {
      const user = userEvent.setup();
      renderTable();
      await user.selectOptions(screen.getByRole('combobox', { name: 'Freshness' }), 'Missing');
      expect(names()).toEqual(['Google Ads Suisse', 'Meta Ads Suisse', 'Shopify Espagne']);
    });

    it('searches source, profile and platform names, case-insensitively', async () => {
      const user = userEvent.setup();
      renderTable();
      const search = screen.getByRole('searchbox', { name: 'Search sources' });
      await user.type(search, 'google');
      expect(names()).toEqual(['Google Ads France', 'Google Ads Suisse']);
      await user.clear(search);
      await user.type(search, 'ESPAGNE');
      expect(names()).toEqual(['Shopify Espagne']);
      await user.clear(search);
      await user.type(search, 'tiktok_ads');
      expect(names()).toEqual(['TikTok Ads France']);
    });

    it('says when nothing matches and clears every filter in one click', async () => {
      const user = userEvent.setup();
      renderTable({ defaultFilters: { profileId: PROFILE_FRANCE.id, status: 'expired' } });
      expect(names()).toEqual([]);
      expect(screen.getByText(en.sourceTable.empty)).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: en.sourceTable.clearFilters }));
      expect(names()).toHaveLength(10);
      expect(screen.getByRole('combobox', { name: 'Profile' })).toHaveValue('');
      expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('');
      expect(screen.getByRole('searchbox')).toHaveFocus();
    });

    it('combines a default filter and search (Filtered)', () => {
      renderTable({ defaultFilters: { profileId: PROFILE_FRANCE.id, search: 'ads' } });
      expect(names()).toEqual(['Google Ads France', 'Meta Ads France', 'TikTok Ads France']);
      expect(screen.getByRole('searchbox')).toHaveValue('ads');
      expect(screen.getByRole('combobox', { name: 'Profile' })).toHaveValue(PROFILE_FRANCE.id);
    });
  });

  describe('states', () => {
    it('Empty: no source connected yet', () => {
      renderTable({ sources: [] });
      expect(screen.getByText(en.sourceTable.noSources)).toBeInTheDocument();
      expect(document.querySelector('[data-slot="source-table"]')).toHaveAttribute('data-state', 'empty');
    });

    it('Loading: announces it, is busy, shows no row and disables the controls', () => {
      renderTable({ loading: true });
      // One live region: it says "Loading sources…", then announces the count once loaded.
      expect(screen.getByRole('status')).toHaveTextContent(en.sourceTable.loading);
      expect(screen.getByRole('table')).toHaveAttribute('aria-busy', 'true');
      expect(names()).toEqual([]);
      expect(screen.getByRole('searchbox')).toBeDisabled();
      for (const select of screen.getAllByRole('combobox')) expect(select).toBeDisabled();
    });

    it('renders every row up to 500 sources', () => {
      const { container } = renderTable({ sources: makeSources(500, FIXTURE_NOW) });
      expect(container.querySelector('[data-slot="source-table"]')).toHaveAttribute('data-virtualized', 'false');
      expect(container.querySelectorAll('[data-slot="source-table-row"]')).toHaveLength(500);
      // 500 full rows in happy-dom take ~2.5 s alone and several times that while the browser
      // projects share the 2 cores: a generous limit, so only a real slowdown fails.
    }, 30_000);

    // happy-dom does no layout: give the scroll container the height a browser would (560 px).
    const withLayout = () => {
      vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(560);
      vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1024);
    };
    afterEach(() => vi.restoreAllMocks());

    it('virtualizes past 500 sources: 10,000 sources put only the rows in view in the DOM', () => {
      withLayout();
      const { container } = renderTable({ sources: makeSources(10000, FIXTURE_NOW) });
      expect(container.querySelector('[data-slot="source-table"]')).toHaveAttribute('data-virtualized', 'true');
      const rows = container.querySelectorAll('[data-slot="source-table-row"]');
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.length).toBeLessThan(50);
      expect(screen.getByRole('table')).toHaveAttribute('aria-rowcount', '10001');
      expect(rows[0]).toHaveAttribute('aria-rowindex', '2');
      expect(screen.getByRole('status')).toHaveTextContent('10,000 of 10,000 sources');
    });

    it('filters and sorts all 10,000 sources, not only those in view', async () => {
      withLayout();
      const user = userEvent.setup();
      const sources = makeSources(10000, FIXTURE_NOW);
      renderTable({ sources });
      await user.type(screen.getByRole('searchbox'), '#9999');
      expect(names()).toEqual([sources[9998]!.name]);
      await user.clear(screen.getByRole('searchbox'));
      await user.click(within(header('source')).getByRole('button'));
      await user.click(within(header('source')).getByRole('button'));
      expect(header('source')).toHaveAttribute('aria-sort', 'descending');
      // The last name of all 10,000 (not of the rows that were in view) comes first.
      const last = sources.map((s) => s.name).reduce((max, name) => (name.localeCompare(max) > 0 ? name : max));
      expect(names()[0]).toBe(last);
    });

    it('shows "Invalid date" for a bad timestamp in a row, without breaking the table', () => {
      expectConsole(/lastSuccessfulSyncAt: expected an ISO-8601 timestamp/);
      renderTable({ sources: [...SOURCES, makeSource({ name: 'Broken sync time', lastSuccessfulSyncAt: 'not a date' })] });
      expect(within(cellsOf('Broken sync time')[3]!).getByText(en.time.invalidDate)).toHaveAttribute('title', 'Raw value: not a date');
      expect(names()).toHaveLength(11);
    });

    it('shows a source with an unknown connection status as Unknown with its raw code, sorted after the known ones', async () => {
      expectConsole(/connectionStatus: unknown status "SUSPENDED"/);
      const user = userEvent.setup();
      renderTable({ sources: [makeSource({ name: 'Suspended source', connectionStatus: 'SUSPENDED' as never }), ...SOURCES] });
      expect(within(cellsOf('Suspended source')[2]!).getByText('Unknown (SUSPENDED)')).toBeInTheDocument();
      await user.click(within(header('status')).getByRole('button'));
      expect(names().at(-1)).toBe('Suspended source');
    });

    it('renders in French from the fr catalog', () => {
      renderTable({}, { locale: 'fr' });
      expect(screen.getByRole('heading', { name: fr.sourceTable.caption })).toBeInTheDocument();
      expect(screen.getByRole('columnheader', { name: /^Dernière synchro \/ Fraîcheur/ })).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Voir le détail de Shopify France' })).toBeInTheDocument();
      expect(screen.getByRole('status')).toHaveTextContent('10 sur 10 sources');
    });

    it('merges className and forwards extra props onto the root', () => {
      const { container } = renderTable({ className: 'mt-8', id: 'sources' });
      const root = container.querySelector('[data-slot="source-table"]')!;
      expect(root).toHaveClass('mt-8', 'iu:flex');
      expect(root).toHaveAttribute('id', 'sources');
    });
  });
});
