import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import {
  SOURCE_TABLE_FILTER_STATE_NAMES,
  SOURCE_TABLE_STATE_FILTERS,
  SourceTable,
  type SourceTableFilterState,
  type SourceTableProps,
} from '../../src/components/SourceTable';
import { connectionLabel, deriveFreshness } from '../../src/domain';
import {
  AUTHORIZED_PROFILE_IDS,
  FIXTURE_NOW,
  FOREIGN_PROFILE,
  FOREIGN_SOURCE,
  makeSources,
  PROFILE_FRANCE,
  PROFILE_SUISSE,
  PROFILES,
  SHOPIFY_SUISSE,
  SOURCES,
} from '../../src/fixtures';
import { rowNames } from '../../tests/dom-queries';
import { expectReflowAndVisibleFocus } from '../support/reflow';
import { phone } from '../support/viewports';
import { formatsOf, messagesOf, re, text } from '../support/l10n';

/** Every story is given a source of a foreign merchant (and its profile): none may ever show it. */
const SOURCES_WITH_FOREIGN = [...SOURCES, FOREIGN_SOURCE];
const PROFILES_WITH_FOREIGN = [...PROFILES, FOREIGN_PROFILE];

/** The seed sources a filter state shows, from the domain functions (what the play functions expect). */
function expectedNames(state: SourceTableFilterState): string[] {
  const { filters } = SOURCE_TABLE_STATE_FILTERS[state];
  return SOURCES.filter((s) => ('status' in filters ? connectionLabel(s) === filters.status : deriveFreshness(s, FIXTURE_NOW) === filters.freshness)).map(
    (s) => s.name,
  );
}

/**
 * The toolbar's count line ("10,000 of 10,000 sources") in the story's locale, spaces as
 * toHaveTextContent normalizes them (French groups digits with a narrow no-break space).
 */
const countText = (context: { globals?: { locale?: unknown } }, shown: number, total: number) => {
  const { number } = formatsOf(context);
  return text(messagesOf(context).sourceTable.count, { shown: number(shown), total: number(total) }).replace(/\s+/g, ' ');
};

/** args + play of a per-status / per-freshness story; the story's `name` is written at the export. */
const filterStory = (state: SourceTableFilterState): Story => ({
  args: { defaultFilters: SOURCE_TABLE_STATE_FILTERS[state].filters },
  play: async ({ canvasElement }) => {
    await expect(rowNames(canvasElement)).toEqual(expectedNames(state));
  },
});

const TEN_THOUSAND = makeSources(10000, FIXTURE_NOW);

const meta = {
  title: 'Components/SourceTable',
  component: SourceTable,
  parameters: {
    docs: {
      description: {
        component:
          'The connected-sources table of the integrations settings (seed 002): source, profile, platform, status (HealthBadge), last sync / freshness (FreshnessCell) and a "View details" button per row that calls `onOpenSource(source)` (or the router link of the app, from `renderDetailsLink(source)`). Use it wherever a merchant reviews or picks among their connected sources. Columns sort from their headers (aria-sort), the toolbar filters by profile, platform, status and freshness and searches names; past 500 sources the body is virtualized (10,000 rows mount in a few tens of ms, see `npm run bench`). Anti-leak: only the sources of `authorizedProfileIds` (required) are ever rendered, through `visibleSources`; without authorized profiles it shows nothing. Sorting, filtering and search are a pure row model (`rows.ts`); past 500 sources only the rows in view (and a few either side) are in the DOM.',
      },
    },
  },
  args: {
    sources: SOURCES_WITH_FOREIGN,
    profiles: PROFILES_WITH_FOREIGN,
    authorizedProfileIds: AUTHORIZED_PROFILE_IDS,
    onOpenSource: fn(),
  },
  argTypes: {
    sources: { control: false },
    profiles: { control: false },
    authorizedProfileIds: { control: 'check', options: [...AUTHORIZED_PROFILE_IDS, FOREIGN_PROFILE.id] },
    loading: { control: 'boolean' },
    headingLevel: { control: 'inline-radio', options: [2, 3, 4, 5, 6] },
  },
} satisfies Meta<typeof SourceTable>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Playground: Story = {};

/** The ten sources of seed 002 — and never the foreign merchant's source the story also passes in. */
export const AllSources: Story = {
  name: 'All sources',
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    await expect(rowNames(canvasElement)).toEqual(SOURCES.map((s) => s.name));
    await expect(canvas.queryByText(FOREIGN_SOURCE.name)).toBeNull();
    await expect(canvas.queryByRole('option', { name: FOREIGN_PROFILE.name })).toBeNull();
    await expect(canvas.getByRole('status')).toHaveTextContent(countText({ globals }, 10, 10));
  },
};

// One story per connection status (seed 002, "Source Sync Status")…
export const Connected: Story = filterStory('connected');
export const ConnectedDisabled: Story = { name: 'Connected (disabled)', ...filterStory('connectedDisabled') };
export const Expired: Story = filterStory('expired');
export const PermissionMissing: Story = { name: 'Permission missing', ...filterStory('permissionMissing') };
export const Disconnected: Story = filterStory('disconnected');

// …and per freshness (seed 002, "Data Freshness").
export const Fresh: Story = filterStory('fresh');
export const Stale: Story = filterStory('stale');
export const Missing: Story = filterStory('missing');
export const Unknown: Story = filterStory('unknown');

/** A viewer authorized on Profile Suisse only: the other profiles' sources never reach the table. */
export const SingleProfile: Story = {
  name: 'Single profile',
  args: { authorizedProfileIds: [PROFILE_SUISSE.id] },
  play: async ({ canvasElement, globals }) => {
    const m = messagesOf({ globals });
    await expect(rowNames(canvasElement)).toEqual(SOURCES.filter((s) => s.profileId === PROFILE_SUISSE.id).map((s) => s.name));
    const profiles = within(canvasElement).getByRole('combobox', { name: m.sourceTable.columns.profile });
    await expect(
      within(profiles)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([m.sourceTable.allProfiles, PROFILE_SUISSE.name]);
  },
};

export const Empty: Story = {
  args: { sources: [] },
  play: async ({ canvasElement, globals }) => {
    const m = messagesOf({ globals });
    await expect(within(canvasElement).getByText(m.sourceTable.noSources)).toBeVisible();
  },
};

export const Loading: Story = {
  args: { loading: true },
  play: async ({ canvasElement, globals }) => {
    const m = messagesOf({ globals });
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent(m.sourceTable.loading);
    await expect(within(canvasElement).getByRole('table')).toHaveAttribute('aria-busy', 'true');
  },
};

/** Filtered from the toolbar: Profile France, then a search. */
export const Filtered: Story = {
  play: async ({ canvasElement, globals }) => {
    const m = messagesOf({ globals });
    const canvas = within(canvasElement);
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: m.sourceTable.columns.profile }), PROFILE_FRANCE.name);
    await expect(rowNames(canvasElement)).toEqual(SOURCES.filter((s) => s.profileId === PROFILE_FRANCE.id).map((s) => s.name));
    await userEvent.type(canvas.getByRole('searchbox', { name: m.sourceTable.search }), 'ads');
    await expect(rowNames(canvasElement)).toEqual(['Google Ads France', 'Meta Ads France', 'TikTok Ads France']);
    await expect(canvas.getByRole('status')).toHaveTextContent(countText({ globals }, 3, 10));
  },
};

/** Newest sync first (the column's first direction); sources that never synced stay last. */
export const SortedByLastSync: Story = {
  name: 'Sorted by last sync',
  args: { defaultSort: { column: 'lastSync' } },
  play: async ({ canvasElement, globals }) => {
    const m = messagesOf({ globals });
    const canvas = within(canvasElement);
    const header = canvas.getByRole('columnheader', { name: new RegExp(`^${re(m.sourceTable.columns.lastSync).source}`) });
    await expect(header).toHaveAttribute('aria-sort', 'descending');
    await expect(rowNames(canvasElement).slice(0, 2)).toEqual(['Shopify Suisse', 'Shopify France']);
    await expect(rowNames(canvasElement).slice(-1)).toEqual(['Shopify Espagne']);
  },
};

/** 10,000 sources (makeSources): virtualized rows of a fixed height in a fixed-height scroller. */
export const TenThousandSources: Story = {
  name: '10,000 sources',
  args: { sources: TEN_THOUSAND },
  play: async ({ canvasElement, globals }) => {
    const m = messagesOf({ globals });
    const canvas = within(canvasElement);
    const root = canvasElement.querySelector('[data-slot="source-table"]')!;
    await expect(root).toHaveAttribute('data-virtualized', 'true');
    await expect(canvas.getByRole('table')).toHaveAttribute('aria-rowcount', '10001');
    await expect(canvasElement.querySelectorAll('[data-slot="source-table-row"]').length).toBeLessThan(40);
    await expect(canvas.getByRole('status')).toHaveTextContent(countText({ globals }, 10000, 10000));
    await userEvent.type(canvas.getByRole('searchbox', { name: m.sourceTable.search }), TEN_THOUSAND[9998]!.name);
    await expect(rowNames(canvasElement)).toEqual([TEN_THOUSAND[9998]!.name]);
    await userEvent.clear(canvas.getByRole('searchbox', { name: m.sourceTable.search }));
    await expect(rowNames(canvasElement)[0]).toBe(TEN_THOUSAND[0]!.name);
  },
};

/** Sorting from the header buttons: ascending, descending, then back to the given order. */
export const SortByHeader: Story = {
  name: 'Sort by header',
  play: async ({ canvasElement, globals }) => {
    const m = messagesOf({ globals });
    const canvas = within(canvasElement);
    const header = canvas.getByRole('columnheader', { name: m.sourceTable.columns.source });
    const button = within(header).getByRole('button', { name: m.sourceTable.columns.source });
    const alphabetical = SOURCES.map((s) => s.name).sort((a, b) => a.localeCompare(b));
    await userEvent.click(button);
    await expect(header).toHaveAttribute('aria-sort', 'ascending');
    await expect(rowNames(canvasElement)).toEqual(alphabetical);
    await userEvent.click(button);
    await expect(header).toHaveAttribute('aria-sort', 'descending');
    await expect(rowNames(canvasElement)).toEqual([...alphabetical].reverse());
    await userEvent.click(button);
    await expect(header).toHaveAttribute('aria-sort', 'none');
    await expect(rowNames(canvasElement)).toEqual(SOURCES.map((s) => s.name));
  },
};

/** Status filter from the toolbar, a search that matches nothing, and "Clear filters". */
export const FilterAndSearch: Story = {
  name: 'Filter and search',
  play: async ({ canvasElement, globals }) => {
    const m = messagesOf({ globals });
    const canvas = within(canvasElement);
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: m.sourceTable.columns.status }), m.connection.permissionMissing);
    await expect(rowNames(canvasElement)).toEqual(['Google Ads Suisse']);
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: m.sourceTable.columns.status }), m.sourceTable.allStatuses);
    await userEvent.type(canvas.getByRole('searchbox', { name: m.sourceTable.search }), FOREIGN_SOURCE.name);
    await expect(rowNames(canvasElement)).toEqual([]);
    await expect(canvas.getByText(m.sourceTable.empty)).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: m.sourceTable.clearFilters }));
    await expect(rowNames(canvasElement)).toHaveLength(SOURCES.length);
    await expect(canvas.getByRole('searchbox', { name: m.sourceTable.search })).toHaveFocus();
  },
};

/** "View details" hands the source to `onOpenSource`; its accessible name says which source. */
export const OpenSource: Story = {
  name: 'Open a source',
  play: async ({ args, canvasElement, globals }) => {
    const m = messagesOf({ globals });
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: text(m.sourceTable.viewDetailsOf, { source: SHOPIFY_SUISSE.name }) }));
    await expect(args.onOpenSource).toHaveBeenCalledTimes(1);
    await expect(args.onOpenSource).toHaveBeenCalledWith(SHOPIFY_SUISSE);
  },
};

/**
 * "View details" as the app's link (`renderDetailsLink`): the app returns its router's link, the
 * table gives it the label, the classes and the accessible name; the library navigates nowhere.
 */
export const DetailsAsLink: Story = {
  name: 'Details as a link',
  args: { onOpenSource: undefined, renderDetailsLink: (source) => <a href={`#/sources/${source.id}`} /> },
  play: async ({ canvasElement, globals }) => {
    const m = messagesOf({ globals });
    const canvas = within(canvasElement);
    const link = canvas.getByRole('link', { name: text(m.sourceTable.viewDetailsOf, { source: SHOPIFY_SUISSE.name }) });
    await expect(link).toHaveAttribute('href', `#/sources/${SHOPIFY_SUISSE.id}`);
    await expect(link).toHaveTextContent(m.common.viewDetails);
    await expect(canvas.getAllByRole('link', { name: re(text(m.sourceTable.viewDetailsOf, { source: '' })) })).toHaveLength(SOURCES.length);
    await expect(canvas.queryByRole('button', { name: re(text(m.sourceTable.viewDetailsOf, { source: '' })) })).toBeNull();
  },
};

/**
 * At a phone's width (below 48rem of the table's own width) each row reads as a card, each value
 * under its column's name; nothing scrolls sideways and no focus stop is ever covered.
 */
export const Narrow: Story = {
  name: 'Narrow (390 px)',
  ...phone,
  play: async ({ canvasElement }) => {
    const doc = canvasElement.ownerDocument.documentElement;
    await expect(doc.clientWidth).toBe(390);
    const scroller = canvasElement.querySelector<HTMLElement>('[data-slot="source-table-scroll"]')!;
    await expect(scroller.scrollWidth).toBeLessThanOrEqual(scroller.clientWidth);
    await expect(getComputedStyle(canvasElement.querySelector('[data-slot="source-table-row"]')!).display).toBe('grid');
    await expectReflowAndVisibleFocus(canvasElement);
  },
};

/** Each per-status and per-freshness story side by side, from the state table. */
export const AllStates: Story = {
  name: 'All states',
  render: function AllStatesRender(args: SourceTableProps) {
    return (
      <div className="iu:grid iu:gap-10">
        {SOURCE_TABLE_FILTER_STATE_NAMES.map((state) => (
          <section key={state} aria-labelledby={`source-table-state-${state}`} className="iu:grid iu:gap-2">
            <h2 id={`source-table-state-${state}`} className="iu:text-base iu:font-semibold iu:text-muted-foreground">
              {SOURCE_TABLE_STATE_FILTERS[state].story}
            </h2>
            <SourceTable
              {...args}
              headingLevel={3}
              aria-labelledby={`source-table-state-${state}`}
              defaultFilters={SOURCE_TABLE_STATE_FILTERS[state].filters}
            />
          </section>
        ))}
      </div>
    );
  },
};
