import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { PlatformCard } from '../../src/components/PlatformPicker';
import { platformById, PLATFORMS } from '../../src/fixtures';
import { messagesOf, text } from '../support/l10n';

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
  play: async ({ canvasElement, globals }) => {
    const m = messagesOf({ globals });
    await expect(canvasElement.querySelector('[data-slot="header"]')!.textContent).toBe(`${m.platforms.SHOPIFY.label} P0 ${m.platformCard.lifecycle.active}`);
  },
};

export const Blocked: Story = {
  args: { platform: TIKTOK_ADS },
  play: async ({ canvasElement, globals }) => {
    const m = messagesOf({ globals });
    await expect(canvasElement.querySelector('[data-slot="header"]')!.textContent).toBe(
      `${m.platforms.TIKTOK_ADS.label} P2 ${m.platformCard.lifecycle.blocked}${m.platformCard.notWidgetEligible}`,
    );
    await expect(canvasElement.querySelector('[data-slot="reason"]')).toHaveTextContent(text(m.platformCard.blockedReason, { decision: 'DEC-06' }));
  },
};

export const Planned: Story = {
  args: { platform: TIKTOK_ORGANIC },
  play: async ({ canvasElement, globals }) => {
    const m = messagesOf({ globals });
    await expect(canvasElement.querySelector('[data-slot="reason"]')).toHaveTextContent(m.platformCard.plannedReason);
    await expect(canvasElement.querySelector('[data-slot="risks"]')).toBeNull();
  },
};

export const NotWidgetEligible: Story = {
  name: 'Not widget eligible',
  args: { platform: { ...SHOPIFY, widgetEligible: false } },
  play: async ({ canvasElement, globals }) => {
    const m = messagesOf({ globals });
    await expect(canvasElement.querySelector('[data-slot="widget-eligibility"]')).toHaveTextContent(m.platformCard.notWidgetEligible);
  },
};

export const Selected: Story = { args: { platform: SHOPIFY, selected: true } };

/** Bad input: a lifecycle and a priority the library does not know. */
export const UnknownLifecycle: Story = {
  name: 'Unknown lifecycle (bad input)',
  args: { platform: { ...SHOPIFY, lifecycle: 'retired' as never, priority: 'P9' as never } },
  parameters: { expectedConsole: [/platform.lifecycle: unknown lifecycle "retired"/, /platform.priority: unknown priority "P9"/] },
  play: async ({ canvasElement, globals }) => {
    const m = messagesOf({ globals });
    await expect(canvasElement.querySelector('[data-slot="lifecycle"]')).toHaveTextContent(text(m.common.unknownWithCode, { code: 'retired' }));
  },
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
