import type { Meta, StoryObj } from '@storybook/react-vite';
import { HealthSummary } from '../../src/components/HealthSummary';
import { deriveFreshness, deriveHealth } from '../../src/domain';
import { AUTHORIZED_PROFILE_IDS, FIXTURE_NOW, FOREIGN_SOURCE, makeSource, PROFILE_FRANCE, SHOPIFY_FRANCE, SOURCES } from '../../src/fixtures';
import { headingLevelArgType } from '../support/args';
import { narrowStory } from '../support/viewports';

/** Seed sources with no flag at all (fresh, connected, nothing to review). */
const HEALTHY_SOURCES = SOURCES.filter((s) => deriveHealth(s, FIXTURE_NOW).codes.length === 0);
/** Seed sources whose data is current, flags or not (Shopify France still has schema_changed). */
const FRESH_SOURCES = SOURCES.filter((s) => deriveFreshness(s, FIXTURE_NOW) === 'FRESH');

const meta = {
  title: 'Components/HealthSummary',
  component: HealthSummary,
  parameters: {
    docs: {
      description: {
        component:
          'Seed 002\'s "Sources — health summary": a Metric / Count table — Total sources, Connected, Expired, Permission missing, Stale, Schema changed, Mapping unconfirmed, Critical issues — computed with `summarizeHealth`, counts formatted for the locale. Critical issues above zero take the critical tone and icon. The title carries "Data may be outdated" when any counted source is not FRESH. Use it at the top of an integrations overview. Anti-leak: only the sources of `authorizedProfileIds` (required) are counted. A source with an unknown connection status is counted in the total and in an extra "Unknown status (CODE)" row.',
      },
    },
  },
  args: { sources: [...SOURCES, FOREIGN_SOURCE], authorizedProfileIds: AUTHORIZED_PROFILE_IDS },
  argTypes: {
    headingLevel: headingLevelArgType,
    sources: { control: false },
  },
} satisfies Meta<typeof HealthSummary>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Playground: Story = {};

export const Seed002: Story = { parameters: { screenshot: { dark: true } } };

export const AllHealthy: Story = {
  name: 'All healthy',
  args: { sources: HEALTHY_SOURCES },
};

export const UpToDate: Story = {
  name: 'Up to date',
  args: { sources: FRESH_SOURCES },
};

export const Empty: Story = {
  args: { sources: [] },
};

/** Bad input: a connection status the library does not know is counted, and named. */
export const UnknownStatus: Story = {
  name: 'Unknown status (bad input)',
  args: { sources: [SHOPIFY_FRANCE, makeSource({ connectionStatus: 'SUSPENDED' as never })], authorizedProfileIds: [PROFILE_FRANCE.id] },
  parameters: { expectedConsole: [/HealthSummary connectionStatus: unknown status "SUSPENDED"/] },
};

export const French: Story = {
  globals: { locale: 'fr' },
};

export const Narrow: Story = { name: 'Narrow (390 px)', ...narrowStory };
