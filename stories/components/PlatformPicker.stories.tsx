import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { PlatformPicker } from '../../src/components/PlatformPicker';
import { fr } from '../../src/locales/fr';
import { messagesOf, re, text } from '../support/l10n';
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
  play: async ({ canvasElement }) => {
    const radios = within(canvasElement).getAllByRole('radio');
    await expect(radios).toHaveLength(6);
    await expect(radios.every((r) => r.getAttribute('aria-checked') === 'false')).toBe(true);
  },
};

export const ShopifySelected: Story = {
  name: 'Shopify selected',
  args: { value: 'SHOPIFY' },
  play: async ({ canvasElement, globals }) => {
    const m = messagesOf({ globals });
    await expect(within(canvasElement).getByRole('radio', { name: m.platforms.SHOPIFY.label })).toHaveAttribute('aria-checked', 'true');
  },
};

export const BlockedActivated: Story = {
  name: 'Blocked platform activated',
  args: { value: 'SHOPIFY' },
  play: async ({ canvasElement, args, globals }) => {
    const m = messagesOf({ globals });
    const canvas = within(canvasElement);
    const tiktok = canvas.getByRole('radio', { name: m.platforms.TIKTOK_ADS.label });
    await expect(tiktok).toHaveAttribute('aria-disabled', 'true');
    await expect(tiktok).toHaveAccessibleDescription(re(text(m.platformCard.blockedReason, { decision: 'DEC-06' })));
    await userEvent.click(tiktok);
    await expect(args.onUnavailableSelect).toHaveBeenCalledWith('TIKTOK_ADS');
    await expect(args.onValueChange).not.toHaveBeenCalled();
    await expect(tiktok).toHaveAttribute('aria-checked', 'false');
    await expect(canvas.getByRole('radio', { name: m.platforms.SHOPIFY.label })).toHaveAttribute('aria-checked', 'true');
  },
};

export const Keyboard: Story = {
  play: async ({ canvasElement, args, globals }) => {
    const m = messagesOf({ globals });
    const canvas = within(canvasElement);
    await userEvent.tab();
    await expect(canvas.getByRole('radio', { name: m.platforms.SHOPIFY.label })).toHaveFocus();
    await userEvent.keyboard(' ');
    await expect(args.onValueChange).toHaveBeenLastCalledWith('SHOPIFY');
    await userEvent.keyboard('{ArrowDown}');
    await expect(canvas.getByRole('radio', { name: m.platforms.GA4.label })).toHaveFocus();
    await expect(canvas.getByRole('radio', { name: m.platforms.GA4.label })).toHaveAttribute('aria-checked', 'true');
    await userEvent.keyboard('{End}{ArrowUp}');
    const tiktok = canvas.getByRole('radio', { name: m.platforms.TIKTOK_ADS.label });
    await expect(tiktok).toHaveFocus();
    await expect(tiktok).toHaveAttribute('aria-checked', 'false');
    await userEvent.keyboard('{Enter}');
    await expect(args.onUnavailableSelect).toHaveBeenCalledWith('TIKTOK_ADS');
    await expect(canvas.getByRole('radio', { name: m.platforms.GA4.label })).toHaveAttribute('aria-checked', 'true');
  },
};

export const Narrow: Story = { name: 'Narrow (390 px)', ...narrowStory, args: { value: 'SHOPIFY' } };

export const French: Story = {
  args: { value: 'SHOPIFY' },
  globals: { locale: 'fr' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('heading')).toHaveTextContent(fr.platformCard.choosePlatform);
  },
};
