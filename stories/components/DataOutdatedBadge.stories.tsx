import type { Meta, StoryObj } from '@storybook/react-vite';
import { DATA_OUTDATED_BADGE_STATE_NAMES, DATA_OUTDATED_BADGE_STATES, DataOutdatedBadge } from '../../src/components/DataOutdatedBadge';
import { isDataOutdated } from '../../src/domain';
import { FIXTURE_NOW, SOURCES } from '../../src/fixtures';

const meta = {
  title: 'Components/DataOutdatedBadge',
  component: DataOutdatedBadge,
  parameters: {
    docs: {
      description: {
        component:
          'The "Data may be outdated" marker of seed 002, placed next to a section title when any source the section covers is not FRESH. Pass `outdated={isDataOutdated(visibleSources(sources, authorizedProfileIds), now)}`. Text, icon and the stale tone — never colour alone. When the data is up to date it renders nothing: the absence of the marker is the "up to date" state (a quiet chip on every title would only be noise).',
      },
    },
  },
  args: { outdated: isDataOutdated(SOURCES, FIXTURE_NOW) },
  argTypes: { outdated: { control: 'boolean' } },
} satisfies Meta<typeof DataOutdatedBadge>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Playground: Story = {};

/** Seed 002: one source (GA4 Suisse) is STALE, several MISSING or UNKNOWN. */
export const Outdated: Story = {
  args: { outdated: true },
};

/** Every source FRESH: nothing is rendered. */
export const UpToDate: Story = {
  name: 'Up to date',
  args: { outdated: false },
};

export const AllStates: Story = {
  name: 'All states',
  render: () => (
    <dl className="iu:grid iu:grid-cols-[auto_1fr] iu:items-center iu:gap-x-4 iu:gap-y-2 iu:text-sm">
      {DATA_OUTDATED_BADGE_STATE_NAMES.map((state) => (
        <div key={state} className="iu:contents">
          <dt className="iu:text-muted-foreground">{DATA_OUTDATED_BADGE_STATES[state].story}</dt>
          <dd className="iu:min-h-6">
            <DataOutdatedBadge outdated={state === 'outdated'} />
          </dd>
        </div>
      ))}
    </dl>
  ),
};
