import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { PlatformPicker } from '../../src/components/PlatformPicker';
import { messagesOf } from '../support/l10n';
import { PLATFORMS } from '../../src/fixtures';
import { pickerArgTypes } from '../support/args';
import { narrowStory } from '../support/viewports';

const meta = {
  title: 'Components/PlatformPicker',
  component: PlatformPicker,
  parameters: {
    docs: {
      description: {
        component:
          'Step 2 of Add Source: the platform cards (`PlatformCard`) as one radio group — single choice, one tab stop, arrow keys, Home/End, Space/Enter. Only an active platform can be chosen (`onValueChange`). Blocked and planned cards stay focusable and announce why they are unavailable (`aria-disabled` + `aria-describedby`); activating one calls `onUnavailableSelect` and leaves the value unchanged, so the wizard can show its blocked state.',
      },
    },
  },
  args: { platforms: PLATFORMS, onValueChange: fn(), onUnavailableSelect: fn() },
  argTypes: pickerArgTypes(PLATFORMS.map((p) => p.id)),
} satisfies Meta<typeof PlatformPicker>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Playground: Story = {};

export const NoSelection: Story = {
  name: 'No selection',
  args: { value: null },
};

export const ShopifySelected: Story = {
  name: 'Shopify selected',
  args: { value: 'SHOPIFY' },
};

export const BlockedActivated: Story = {
  name: 'Blocked platform activated',
  args: { value: 'SHOPIFY' },
  /** A click on a blocked card lands on it (its reason is read) and the chosen platform stays. */
  play: async ({ canvasElement, globals }) => {
    const m = messagesOf({ globals });
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('radio', { name: m.platforms.TIKTOK_ADS.label }));
    await expect(canvas.getByRole('radio', { name: m.platforms.SHOPIFY.label })).toHaveAttribute('aria-checked', 'true');
  },
};

export const Keyboard: Story = {
  /** One tab stop; the arrows move and choose active cards, and land on unavailable ones without choosing them. */
  play: async ({ canvasElement, globals }) => {
    const m = messagesOf({ globals });
    const canvas = within(canvasElement);
    await userEvent.tab();
    await userEvent.keyboard('{ArrowDown}');
    await expect(canvas.getByRole('radio', { name: m.platforms.GA4.label })).toHaveFocus();
    await userEvent.keyboard('{End}{ArrowUp}');
    await expect(canvas.getByRole('radio', { name: m.platforms.TIKTOK_ADS.label })).toHaveFocus();
    await expect(canvas.getByRole('radio', { name: m.platforms.GA4.label })).toHaveAttribute('aria-checked', 'true');
  },
};

export const Narrow: Story = { name: 'Narrow (390 px)', ...narrowStory, args: { value: 'SHOPIFY' } };

export const French: Story = {
  args: { value: 'SHOPIFY' },
  globals: { locale: 'fr' },
};
