import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { SOURCE_STATUS_VIEW_NAMES, SourceStatusTable, type SourceStatusTableProps } from '../../src/components/SourceStatusTable';
import { deriveFreshness } from '../../src/domain';
import { AUTHORIZED_PROFILE_IDS, FIXTURE_NOW, FOREIGN_PROFILE, FOREIGN_SOURCE, makeSource, PROFILE_FRANCE, PROFILES, SOURCES } from '../../src/fixtures';
import { rowNames } from '../../tests/dom-queries';
import { headingLevelArgType } from '../support/args';
import { expectTooltipFullyVisible, tooltipOf } from '../support/tooltip';
import { expectNoHorizontalScroll, phone } from '../support/viewports';
import { messagesOf, text } from '../support/l10n';

/** The seed sources whose data is current: the marker disappears. */
const FRESH_SOURCES = SOURCES.filter((s) => deriveFreshness(s, FIXTURE_NOW) === 'FRESH');

const meta = {
  title: 'Components/SourceStatusTable',
  component: SourceStatusTable,
  parameters: {
    docs: {
      description: {
        component:
          'The per-source overview tables of the integrations settings (seed 002). `view="sync"` ("Source Sync Status"): Source, Platform (code), Status (HealthBadge: Connected, Connected (disabled), Permission missing, Disconnected, Disconnected — token expired) and Last sync. `view="freshness"` ("Data Freshness"): Source, Freshness (FRESH, STALE, MISSING, UNKNOWN — the code verbatim with icon and tone, the localized label as description) and Last sync. Last sync reads as an age ("10 minutes ago") with the instant in `<time dateTime>` and the absolute time in the profile time zone on hover; "—" when the source never synced. The title carries "Data may be outdated" when any shown source is not FRESH. Rows keep the given order. Anti-leak: only the sources of `authorizedProfileIds` (required) are rendered, through `visibleSources`. Use it for overviews; for browsing, filtering and opening sources use SourceTable.',
      },
    },
  },
  // Every story is also given a foreign merchant's source and profile: none may ever show it.
  args: { view: 'sync', sources: [...SOURCES, FOREIGN_SOURCE], authorizedProfileIds: AUTHORIZED_PROFILE_IDS, profiles: [...PROFILES, FOREIGN_PROFILE] },
  argTypes: {
    view: { control: 'inline-radio', options: SOURCE_STATUS_VIEW_NAMES },
    timeDisplay: { control: 'inline-radio', options: ['relative', 'iso'] },
    headingLevel: headingLevelArgType,
    sources: { control: false },
    profiles: { control: false },
  },
} satisfies Meta<typeof SourceStatusTable>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Playground: Story = {};

export const SyncStatus: Story = {
  name: 'Sync status (seed 002)',
  play: async ({ canvasElement, globals }) => {
    const m = messagesOf({ globals });
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 3 })).toHaveTextContent(`${m.sourceStatus.syncTitle}${m.common.dataMayBeOutdated}`);
    await expect(rowNames(canvasElement)).toEqual(SOURCES.map((s) => s.name));
    await expect(canvas.getByText(m.connection.expired)).toBeVisible();
  },
};

export const DataFreshness: Story = {
  name: 'Data freshness (seed 002)',
  args: { view: 'freshness' },
  play: async ({ canvasElement }) => {
    const codes = [...canvasElement.querySelectorAll('[data-slot="source-status-table-freshness-code"]')].map((c) => c.textContent);
    await expect(codes).toEqual(['FRESH', 'FRESH', 'FRESH', 'FRESH', 'UNKNOWN', 'FRESH', 'STALE', 'MISSING', 'MISSING', 'MISSING']);
  },
};

/** The seed's text render: Last sync printed as the ISO instant (`timeDisplay="iso"`). */
export const SeedText: Story = {
  name: 'Seed text (ISO times)',
  args: { timeDisplay: 'iso' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('2026-05-03T06:00:00Z')).toHaveAttribute('dateTime', '2026-05-03T06:00:00Z');
  },
};

export const UpToDate: Story = {
  name: 'Up to date (all FRESH, no badge)',
  args: { view: 'freshness', sources: FRESH_SOURCES },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-slot="data-outdated-badge"]')).toBeNull();
  },
};

export const AntiLeak: Story = {
  name: 'Anti-leak (foreign source not shown)',
  args: { sources: [FOREIGN_SOURCE, ...SOURCES.slice(0, 3)] },
  play: async ({ canvasElement }) => {
    await expect(rowNames(canvasElement)).toEqual(SOURCES.slice(0, 3).map((s) => s.name));
    await expect(canvasElement.textContent).not.toContain(FOREIGN_SOURCE.name);
  },
};

export const Empty: Story = {
  args: { sources: [] },
  play: async ({ canvasElement, globals }) => {
    const m = messagesOf({ globals });
    await expect(within(canvasElement).getByText(m.sourceStatus.empty)).toBeVisible();
  },
};

/** Bad input: a connection status the library does not know, an unreadable timestamp. */
export const UnknownStatus: Story = {
  name: 'Unknown status (bad input)',
  args: {
    sources: [
      makeSource({ id: 'suspended', name: 'Suspended source', connectionStatus: 'SUSPENDED' as never }),
      makeSource({ id: 'bad-time', name: 'Unreadable sync time', lastSuccessfulSyncAt: 'yesterday 6pm' }),
    ],
    authorizedProfileIds: [PROFILE_FRANCE.id],
  },
  parameters: { expectedConsole: [/connectionStatus: unknown status "SUSPENDED"/, /lastSuccessfulSyncAt: expected an ISO-8601 timestamp/] },
  play: async ({ canvasElement, globals }) => {
    const m = messagesOf({ globals });
    const canvas = within(canvasElement);
    await expect(canvas.getByText(text(m.common.unknownWithCode, { code: 'SUSPENDED' }))).toBeVisible();
    await expect(canvas.getByText(m.time.invalidDate)).toBeVisible();
  },
};

export const Narrow: Story = {
  name: 'Narrow (390 px)',
  ...phone,
  play: async ({ canvasElement }) => {
    await expectNoHorizontalScroll();
    // The table scrolls inside its own box instead.
    const scroller = canvasElement.querySelector<HTMLElement>('[data-slot="source-status-table-scroll"]')!;
    await expect(scroller.getBoundingClientRect().right).toBeLessThanOrEqual(390);
  },
};

/**
 * At 390 px the table scrolls inside its box; a status badge's tooltip still opens whole, inside
 * the window and above the box (never clipped by it). Each badge's tooltip is checked in turn;
 * the last one (Shopify Espagne, token expired) stays open for the screenshot.
 */
export const NarrowTooltip: Story = {
  name: 'Narrow (390 px), reason tooltip',
  ...phone,
  play: async ({ canvasElement }) => {
    const scroller = canvasElement.querySelector<HTMLElement>('[data-slot="source-status-table-scroll"]')!;
    const triggers = [...scroller.querySelectorAll<HTMLElement>('[data-slot="health-badge-trigger"]')];
    await expect(triggers.length, 'badges with a tooltip in the table').toBeGreaterThan(2);
    for (const trigger of triggers) {
      // Focus scrolls the badge into view (inside the box and the window), like a keyboard user's Tab.
      trigger.focus();
      await expectTooltipFullyVisible(tooltipOf(trigger));
    }
    await expectNoHorizontalScroll();
  },
};

export const French: Story = {
  globals: { locale: 'fr' },
  args: { view: 'freshness' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('table', { name: 'Sources — fraîcheur des données' })).toBeVisible();
  },
};

export const AllStates: Story = {
  name: 'All states',
  render: function AllStatesRender(args: SourceStatusTableProps) {
    return (
      // Each view once (a table's scroll region is a landmark named by its title: names stay unique), then the empty state.
      <div className="iu:grid iu:gap-8">
        <SourceStatusTable {...args} view="sync" />
        <SourceStatusTable {...args} view="freshness" sources={FRESH_SOURCES} />
        <SourceStatusTable {...args} view="freshness" sources={[]} />
      </div>
    );
  },
};
