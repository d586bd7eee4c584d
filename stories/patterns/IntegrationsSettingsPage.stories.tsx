import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { FOREIGN_SOURCE, SETTINGS_SCREEN, SOURCES } from '../../src/fixtures';
import { IntegrationsSettingsPage } from '../../src/patterns';
import { sectionErrors } from '../../tests/dom-queries';
import { narrowStory } from '../support/viewports';
import { patternModes } from '../../.storybook/modes';
import { messagesOf, text } from '../support/l10n';

const meta = {
  title: 'Patterns/IntegrationsSettingsPage',
  component: IntegrationsSettingsPage,
  parameters: {
    chromatic: { modes: patternModes },
    docs: {
      description: {
        component:
          'The integrations settings screen (seed 002), mountable as a whole: legacy-route and mock notices, the open-issue banners, connected sources, sync status, health summary, data freshness, data quality alerts and the V1 guardrails. Lists go through the anti-leak filter; a section with malformed data shows a contained error while the rest renders.',
      },
    },
  },
  args: { ...SETTINGS_SCREEN, onOpenSource: fn() },
} satisfies Meta<typeof IntegrationsSettingsPage>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * Seed 002, every line of it, the legacy-route notice in French as the seed shows it. "View
 * details" reports the source; nothing navigates here.
 */
export const IntegrationsSettings: Story = {
  name: 'Integrations settings',
  parameters: { screenshot: { dark: true } },
  args: { noticeContentLocales: { legacy_route: 'fr' } },
  play: async ({ args, canvasElement, globals }) => {
    const m = messagesOf({ globals });
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: text(m.sourceTable.viewDetailsOf, { source: 'Shopify Suisse' }) }));
    await expect(args.onOpenSource).toHaveBeenCalledWith(expect.objectContaining({ name: 'Shopify Suisse' }));
  },
};

/** The French catalog (the legacy-route line is the seed's own French). */
export const French: Story = { globals: { locale: 'fr' } };

export const Narrow: Story = {
  name: 'Narrow (390 px)',
  ...narrowStory,
};

/** A source of another merchant in the payload never shows, in any section. */
export const AntiLeak: Story = {
  name: 'Anti-leak (foreign source in the data)',
  args: { sources: [...SOURCES, FOREIGN_SOURCE] },
  play: async ({ canvasElement }) => {
    await expect(canvasElement).not.toHaveTextContent(FOREIGN_SOURCE.name);
  },
};

/** Only Profile France authorized: the other profiles' sources are not listed or counted. */
export const OneProfileAuthorized: Story = {
  name: 'One profile authorized',
  args: { authorizedProfileIds: ['profile-fr'] },
};

export const Loading: Story = { args: { loading: true } };

/** A source without its technical status: the five source sections show a contained error; notices and guardrails still render. */
export const MalformedSources: Story = {
  name: 'Malformed sources',
  args: { sources: [...SOURCES.slice(0, 3), { ...SOURCES[3]!, technical: null as never }] },
  parameters: { expectedConsole: [/sources\[3\]\.technical is missing/] },
  play: async ({ canvasElement, globals }) => {
    const m = messagesOf({ globals });
    // Connected sources, sync status, health, freshness and data quality; not the notices or guardrails.
    await expect(sectionErrors(canvasElement)).toHaveLength(5);
    await expect(canvasElement).toHaveTextContent(m.guardrails.settings.mock_only);
  },
};

/** Guardrails that are not a list: only that section fails. */
export const MalformedGuardrails: Story = {
  name: 'Malformed guardrails',
  args: { guardrails: 'mock_only' as never },
  parameters: { expectedConsole: [/guardrails is not an array/] },
  play: async ({ canvasElement }) => {
    await expect(sectionErrors(canvasElement)).toHaveLength(1);
  },
};
