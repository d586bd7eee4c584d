import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import type { SourceConnection } from '../../src/domain';
import {
  EXTERNAL_ACCOUNTS,
  FOREIGN_ACCOUNTS,
  FOREIGN_SOURCE,
  GA4_FRANCE,
  GA4_SUISSE,
  GOOGLE_ADS_FRANCE,
  GOOGLE_ADS_SUISSE,
  META_ADS_FRANCE,
  META_ADS_SUISSE,
  SHOPIFY_ESPAGNE,
  SHOPIFY_FRANCE,
  SHOPIFY_SUISSE,
  SHOPIFY_SUISSE_CREDENTIALS,
  SYNC_RUNS,
  TIKTOK_ADS_FRANCE,
  sourceDetailScreen,
} from '../../src/fixtures';
import { SourceDetailPage } from '../../src/patterns';
import { sectionErrors } from '../../tests/dom-queries';
import { messagesOf, text } from '../support/l10n';
import { narrowStory } from '../support/viewports';
import { patternModes } from '../../.storybook/modes';

/** The live region that confirms a preview, in the pressed action's row. */
const confirmationOf = (button: HTMLElement) =>
  button.closest('[data-slot="action-preview-list-item"]')!.querySelector<HTMLElement>('[role="status"][data-slot="action-preview-list-confirmation"]')!;

/** A source's screen from the fixtures, with a foreign profile's accounts mixed into the payload (never shown). */
const pageArgs = (source: SourceConnection) => ({ ...sourceDetailScreen(source), accounts: [...EXTERNAL_ACCOUNTS, ...FOREIGN_ACCOUNTS] });

const meta = {
  title: 'Patterns/SourceDetailPage',
  component: SourceDetailPage,
  parameters: {
    chromatic: { modes: patternModes },
    docs: {
      description: {
        component:
          "A source's detail screen (seeds 001, 003, 004): header, notices, write-only credentials and readiness (Shopify), health, technical status, preview-only actions, data quality, sync history and external accounts. Every section follows the source's state; actions only say what they would do; credentials are write-only; accounts go through the anti-leak filter.",
      },
    },
  },
  args: {
    ...pageArgs(SHOPIFY_SUISSE),
    onPreviewAction: fn(),
    onSubmitCredential: fn(),
  },
} satisfies Meta<typeof SourceDetailPage>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * Seed 001, with its readiness labels and checklist in French as the backend sends them.
 * Previewing an action says so, right under it, and executes nothing.
 */
export const ShopifySuisse: Story = {
  parameters: { screenshot: { dark: true } },
  args: { ...pageArgs(SHOPIFY_SUISSE), credentialContentLocale: 'fr' },
  play: async (context) => {
    const { args, canvasElement } = context;
    const m = messagesOf(context);
    const action = m.sourceActions.manual_sync.label;
    const name = text(m.sourceActions.preview, { action, source: SHOPIFY_SUISSE.name, description: m.sourceActions.manual_sync.description });
    const button = within(canvasElement).getByRole('button', { name });
    await userEvent.click(button);
    await expect(args.onPreviewAction).toHaveBeenCalledWith(expect.objectContaining({ id: 'manual_sync' }), 'source');
    await expect(confirmationOf(button)).toHaveTextContent(text(m.actionPreview.previewed, { action, source: SHOPIFY_SUISSE.name }));
    await expect(canvasElement).not.toHaveTextContent(FOREIGN_ACCOUNTS[0]!.name);
  },
};

/**
 * The confirmation shows right under the pressed action, inside the window (not below the
 * fold), and a second press of the same action is announced again (its live region's text
 * changes: it counts the presses).
 */
export const PreviewPressedTwice: Story = {
  name: 'Preview pressed twice',
  play: async (context) => {
    const { canvasElement } = context;
    const m = messagesOf(context);
    const action = m.sourceActions.manual_sync.label;
    const name = text(m.sourceActions.preview, { action, source: SHOPIFY_SUISSE.name, description: m.sourceActions.manual_sync.description });
    const button = within(canvasElement).getByRole('button', { name });
    const region = confirmationOf(button);
    const announced: string[] = [];
    const observer = new MutationObserver(() => announced.push(region.textContent ?? ''));
    observer.observe(region, { childList: true, subtree: true, characterData: true });
    await userEvent.click(button);
    const first = text(m.actionPreview.previewed, { action, source: SHOPIFY_SUISSE.name });
    await waitFor(() => expect(region).toHaveTextContent(first));
    const buttonRect = button.getBoundingClientRect();
    const regionRect = region.getBoundingClientRect();
    await expect(regionRect.top - buttonRect.bottom, 'confirmation right under the pressed action').toBeLessThanOrEqual(100);
    await expect(regionRect.top - buttonRect.bottom).toBeGreaterThanOrEqual(0);
    await expect(regionRect.bottom, 'confirmation inside the window').toBeLessThanOrEqual(window.innerHeight);
    await userEvent.click(button);
    const second = text(m.actionPreview.previewedAgain, { action, source: SHOPIFY_SUISSE.name, count: 2 });
    await waitFor(() => expect(region).toHaveTextContent(second));
    observer.disconnect();
    await expect(new Set(announced), 'live region texts, one per press').toEqual(new Set([first, second]));
    (document.activeElement as HTMLElement | null)?.blur();
  },
};

/** Seed 004: the header (name, platform, "Connected (disabled)", profile) over seed 003's body. */
export const TikTokAdsFrance: Story = { name: 'TikTok Ads France', args: pageArgs(TIKTOK_ADS_FRANCE) };

/** Seed 003: the body alone, as a product app mounts it under its own header. */
export const TikTokAdsFranceBody: Story = { name: 'TikTok Ads France — body', args: { ...pageArgs(TIKTOK_ADS_FRANCE), showHeader: false } };

// The other sources of seed 002: their state drives every section.
export const ShopifyFrance: Story = { args: pageArgs(SHOPIFY_FRANCE) };
export const GA4France: Story = { name: 'GA4 France', args: pageArgs(GA4_FRANCE) };
export const GoogleAdsFrance: Story = { args: pageArgs(GOOGLE_ADS_FRANCE) };
export const MetaAdsFrance: Story = { args: pageArgs(META_ADS_FRANCE) };
export const GA4Suisse: Story = { name: 'GA4 Suisse', args: pageArgs(GA4_SUISSE) };
export const GoogleAdsSuisse: Story = { args: pageArgs(GOOGLE_ADS_SUISSE) };
export const MetaAdsSuisse: Story = { args: pageArgs(META_ADS_SUISSE) };
export const ShopifyEspagne: Story = { args: pageArgs(SHOPIFY_ESPAGNE) };

/** Seed 001 in French: the readiness and checklist lines are the seed's own French. */
export const ShopifySuisseFrench: Story = { name: 'Shopify Suisse (French)', args: pageArgs(SHOPIFY_SUISSE), globals: { locale: 'fr' } };

export const Narrow: Story = {
  name: 'Narrow (390 px)',
  args: pageArgs(SHOPIFY_SUISSE),
  ...narrowStory,
};

/** A source of a profile the viewer may not see: nothing of it is shown, not even its name. */
export const Unauthorized: Story = {
  name: 'Unauthorized source',
  args: { ...pageArgs(FOREIGN_SOURCE) },
  play: async ({ canvasElement, globals }) => {
    const m = messagesOf({ globals });
    await expect(canvasElement).toHaveTextContent(m.patterns.detail.notAuthorized);
    await expect(canvasElement).not.toHaveTextContent(FOREIGN_SOURCE.name);
  },
};

/** A sync run without its counts: only the sync history section fails; the rest renders. */
export const MalformedSyncHistory: Story = {
  name: 'Malformed sync history',
  args: { ...pageArgs(SHOPIFY_SUISSE), syncRuns: [{ ...SYNC_RUNS[0]!, fetched: 'many' as never }] },
  parameters: { expectedConsole: [/syncRuns\[0\]\.fetched is missing or has the wrong type/] },
  play: async ({ canvasElement, globals }) => {
    const m = messagesOf({ globals });
    const errors = sectionErrors(canvasElement);
    await expect(errors).toHaveLength(1);
    await expect(errors[0]).toHaveTextContent(m.syncHistory.title);
    await expect(canvasElement).toHaveTextContent(m.accounts.antiLeak);
  },
};

/** Credentials the backend sent in an unknown shape: the two credential sections fail, nothing else. */
export const MalformedCredentials: Story = {
  name: 'Malformed credentials',
  args: { ...pageArgs(SHOPIFY_SUISSE), credentials: { ...SHOPIFY_SUISSE_CREDENTIALS, checklist: null as never } },
  parameters: { expectedConsole: [/credentials\.checklist is missing or has the wrong type/] },
  play: async ({ canvasElement }) => {
    await expect(sectionErrors(canvasElement)).toHaveLength(2);
  },
};
