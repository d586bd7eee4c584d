import type { Meta, StoryObj } from '@storybook/react-vite';
import { PlatformCard } from '../../src/components/PlatformPicker';
import { platformById, PLATFORMS } from '../../src/fixtures';

const SHOPIFY = platformById('SHOPIFY')!;
const TIKTOK_ADS = platformById('TIKTOK_ADS')!;
const TIKTOK_ORGANIC = platformById('TIKTOK_ORGANIC')!;

const meta = {
  title: 'Components/PlatformCard',
  component: PlatformCard,
  parameters: {
    docs: {
      description: {
        component:
          'One platform as the Add Source wizard shows it: label, priority and lifecycle badges, "not widget eligible", capabilities, the notes (catalog `platforms.<id>.notes`, verbatim), risks (omitted when none) and, for a blocked or planned platform, why it cannot be chosen. Display only; `PlatformPicker` makes the cards choosable. An unknown lifecycle or priority shows a neutral Unknown badge with the raw code.',
      },
    },
  },
  // Alone, a card is as wide as it would be in the picker's grid.
  args: { platform: SHOPIFY, className: 'iu:max-w-xl' },
} satisfies Meta<typeof PlatformCard>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Active: Story = {
  args: { platform: SHOPIFY },
};

export const Blocked: Story = {
  args: { platform: TIKTOK_ADS },
};

export const Planned: Story = {
  args: { platform: TIKTOK_ORGANIC },
};

export const NotWidgetEligible: Story = {
  name: 'Not widget eligible',
  args: { platform: { ...SHOPIFY, widgetEligible: false } },
};

export const Selected: Story = { args: { platform: SHOPIFY, selected: true } };

/** Bad input: a lifecycle and a priority the library does not know. */
export const UnknownLifecycle: Story = {
  name: 'Unknown lifecycle (bad input)',
  args: { platform: { ...SHOPIFY, lifecycle: 'retired' as never, priority: 'P9' as never } },
  parameters: { expectedConsole: [/platform.lifecycle: unknown lifecycle "retired"/, /platform.priority: unknown priority "P9"/] },
};

export const AllStates: Story = {
  name: 'All states',
  render: () => (
    <div className="iu:grid iu:grid-cols-[repeat(auto-fill,minmax(min(100%,20rem),1fr))] iu:gap-3">
      {PLATFORMS.map((platform) => (
        <PlatformCard key={platform.id} platform={platform} />
      ))}
      <PlatformCard platform={PLATFORMS[0]!} selected />
    </div>
  ),
};
