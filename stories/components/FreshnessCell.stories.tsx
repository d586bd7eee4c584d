import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import {
  FRESHNESS_CELL_LAYOUT_NAMES,
  FRESHNESS_CELL_STATE_NAMES,
  FRESHNESS_CELL_STATES,
  FreshnessCell,
  type FreshnessCellState,
} from '../../src/components/FreshnessCell';
import { deriveFreshness, type SourceConnection } from '../../src/domain';
import {
  FIXTURE_NOW,
  GA4_FRANCE,
  GA4_SUISSE,
  GOOGLE_ADS_SUISSE,
  makeSource,
  PROFILE_ESPAGNE,
  PROFILE_FRANCE,
  PROFILE_SUISSE,
  PROFILES,
  SHOPIFY_ESPAGNE,
  SHOPIFY_FRANCE,
  SHOPIFY_SUISSE,
  SOURCES,
  TIKTOK_ADS_FRANCE,
} from '../../src/fixtures';
import { profileOf } from '../support/args';
import { en } from '../../src/i18n';
import { byLocale } from '../support/l10n';

/** The first seed 002 source in each freshness state (the seed covers all four). */
function sampleOf(state: FreshnessCellState): SourceConnection {
  const source = SOURCES.find((s) => deriveFreshness(s, FIXTURE_NOW) === state);
  if (!source) throw new Error(`no fixture source is ${state}`);
  return source;
}

/** Shopify Espagne never synced in the seeds: the Madrid story gives it Shopify France's last sync. */
const SHOPIFY_ESPAGNE_SYNCED: SourceConnection = {
  ...SHOPIFY_ESPAGNE,
  connectionStatus: SHOPIFY_FRANCE.connectionStatus,
  lastSuccessfulSyncAt: SHOPIFY_FRANCE.lastSuccessfulSyncAt,
};

/** Bad input: a timestamp that is not ISO-8601 (as a careless API might send it). */
const INVALID_TIMESTAMP_SOURCE = makeSource({ name: GA4_FRANCE.name, lastSuccessfulSyncAt: 'yesterday 6pm' });

const meta = {
  title: 'Components/FreshnessCell',
  component: FreshnessCell,
  parameters: {
    docs: {
      description: {
        component:
          'How current a source\'s data is — Fresh, Stale, Missing or Unknown (a disabled source), as text, icon and colour — with the age of the last successful sync for the eye ("3 days ago"), its absolute time in the source\'s profile time zone in a `<time dateTime>` (on hover and for screen readers, or printed with `showAbsolute`), and the platform\'s freshness window when stale. Use it wherever a source\'s data freshness is shown: the Last sync / Freshness column of the sources table, source headers, health previews. Give it the `source` and its `profile` (or a `timeZone`); the freshness is derived with `deriveFreshness` against `now` (prop or provider). An unreadable timestamp shows "Invalid date" with its raw value, never a crash.',
      },
    },
  },
  args: { source: SHOPIFY_FRANCE, profile: PROFILE_FRANCE },
  argTypes: {
    layout: { control: 'inline-radio', options: FRESHNESS_CELL_LAYOUT_NAMES },
    showAbsolute: { control: 'boolean' },
    timeZone: { control: 'select', options: [undefined, ...PROFILES.map((p) => p.timeZone), 'America/New_York'] },
    profile: { control: false },
  },
} satisfies Meta<typeof FreshnessCell>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Playground: Story = { args: { source: GA4_SUISSE, profile: PROFILE_SUISSE, showAbsolute: true } };

// One story per freshness state (seed 002, "Data Freshness").
export const Fresh: Story = { args: { source: sampleOf('FRESH'), profile: profileOf(sampleOf('FRESH')) } };
export const Stale: Story = {
  args: { source: sampleOf('STALE'), profile: profileOf(sampleOf('STALE')) },
};
export const Missing: Story = { args: { source: GOOGLE_ADS_SUISSE, profile: PROFILE_SUISSE } };
export const Unknown: Story = { args: { source: TIKTOK_ADS_FRANCE, profile: PROFILE_FRANCE } };

// The same instant in each profile's zone (all three are UTC+2 in May: the zone name tells them apart).
export const TimeZoneParis: Story = { name: 'Time zone Paris', args: { source: SHOPIFY_FRANCE, profile: PROFILE_FRANCE, showAbsolute: true } };
export const TimeZoneZurich: Story = { name: 'Time zone Zurich', args: { source: SHOPIFY_SUISSE, profile: PROFILE_SUISSE, showAbsolute: true } };
export const TimeZoneMadrid: Story = {
  name: 'Time zone Madrid',
  args: { source: SHOPIFY_ESPAGNE_SYNCED, profile: PROFILE_ESPAGNE, showAbsolute: true },
};

/** Bad input: a timestamp that is not ISO-8601 reads "Invalid date"; the raw value stays available. */
export const InvalidTimestamp: Story = {
  name: 'Invalid timestamp',
  args: { source: INVALID_TIMESTAMP_SOURCE, profile: PROFILE_FRANCE },
  parameters: { expectedConsole: [/lastSuccessfulSyncAt: expected an ISO-8601 timestamp with a time zone, got "yesterday 6pm"/] },
};

/** The absolute time is on hover (title) and read by screen readers; the eye gets the age. */
export const HoverAbsoluteTime: Story = {
  name: 'Hover absolute time',
  args: { source: GA4_SUISSE, profile: PROFILE_SUISSE },
  play: async ({ canvasElement, globals }) => {
    const time = within(canvasElement).getByText(byLocale({ globals }, { en: '3 days ago', fr: 'il y a 3 jours' }));
    await userEvent.hover(time);
    await expect(time).toHaveAttribute('title');
  },
};

export const AllStates: Story = {
  name: 'All states',
  render: (args) => (
    <table className="iu:border-separate iu:border-spacing-x-6 iu:border-spacing-y-3 iu:text-left iu:text-sm">
      <thead>
        <tr>
          <th scope="col">{en.sourceTable.columns.source}</th>
          {FRESHNESS_CELL_LAYOUT_NAMES.map((layout) => (
            <th key={layout} scope="col">
              {layout}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {FRESHNESS_CELL_STATE_NAMES.map((state) => {
          const source = sampleOf(state);
          return (
            <tr key={state} aria-label={FRESHNESS_CELL_STATES[state].story}>
              <th scope="row" className="iu:font-medium">
                {source.name}
              </th>
              {FRESHNESS_CELL_LAYOUT_NAMES.map((layout) => (
                <td key={layout} className="iu:align-top">
                  <FreshnessCell {...args} source={source} profile={profileOf(source)} layout={layout} />
                </td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  ),
};
