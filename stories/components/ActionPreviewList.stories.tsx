import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, spyOn, userEvent, within } from 'storybook/test';
import {
  ACTION_PREVIEW_KIND_NAMES,
  ACTION_PREVIEW_LIST_STATE_NAMES,
  ACTION_PREVIEW_LIST_STATES,
  ActionPreviewList,
  type ActionPreviewKind,
  type ActionPreviewListProps,
  type ActionPreviewListState,
} from '../../src/components/ActionPreviewList';
import { credentialActionsFor } from '../../src/domain';
import { CREDENTIAL_ACTIONS, makeCredentialState, SHOPIFY_FRANCE, SHOPIFY_SUISSE, SOURCE_ACTIONS } from '../../src/fixtures';
import { headingLevelArgType } from '../support/args';
import { messagesOf, re } from '../support/l10n';

type Scenario = Pick<ActionPreviewListProps, 'kind' | 'actions' | 'sourceName'>;

/**
 * Every list state per kind, from the fixtures: seed 000's nine actions for Shopify France, seed
 * 001's five credential actions for Shopify Suisse (Replace unavailable until configured), and
 * the same five once both credentials are configured. Feeds the stories and the All states matrix.
 */
const MATRIX: Record<ActionPreviewListState, Partial<Record<ActionPreviewKind, Scenario>>> = {
  allAllowed: {
    source: { kind: 'source', actions: SOURCE_ACTIONS, sourceName: SHOPIFY_FRANCE.name },
    credential: {
      kind: 'credential',
      actions: credentialActionsFor(makeCredentialState({ clientId: 'configured', clientSecret: 'configured' })),
      sourceName: SHOPIFY_SUISSE.name,
    },
  },
  withUnavailable: { credential: { kind: 'credential', actions: CREDENTIAL_ACTIONS, sourceName: SHOPIFY_SUISSE.name } },
  empty: {
    source: { kind: 'source', actions: [], sourceName: SHOPIFY_FRANCE.name },
    credential: { kind: 'credential', actions: [], sourceName: SHOPIFY_SUISSE.name },
  },
};

/** Spies on every way a page could reach a server or navigate; `verify` asserts none was used and restores them. */
function watchSideEffects() {
  const spies = [
    spyOn(window, 'fetch').mockImplementation(() => Promise.reject(new Error('ActionPreviewList must not fetch'))),
    spyOn(XMLHttpRequest.prototype, 'open'),
    spyOn(navigator, 'sendBeacon'),
    spyOn(history, 'pushState'),
    spyOn(history, 'replaceState'),
  ];
  const href = location.href;
  return async function verify() {
    try {
      for (const spy of spies) await expect(spy).not.toHaveBeenCalled();
      await expect(location.href).toBe(href);
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  };
}

const meta = {
  title: 'Components/ActionPreviewList',
  component: ActionPreviewList,
  parameters: {
    docs: {
      description: {
        component:
          'The preview-only actions of a source (the nine of seed 000: Reconnect, Disable source, Manual sync…) or of its credentials (the five of seed 001). Use it wherever actions are offered before anything may run: each row gives the availability ("allowed"/"available" or "unavailable" with the reason), the label and description in the "Preview: … (no execution)" wording. Activating an available action calls `onPreview(action)` — the only callback; the component has no execute path. Each press is confirmed right under the pressed action ("Previewed … nothing was executed."), in a polite live region; pressing the same action again counts the presses, so every press is announced. An unavailable action stays focusable (`aria-disabled`) so that keyboard and screen-reader users learn why.',
      },
    },
  },
  args: { ...MATRIX.allAllowed.source!, onPreview: fn() },
  argTypes: {
    kind: { control: 'inline-radio', options: ACTION_PREVIEW_KIND_NAMES },
    headingLevel: headingLevelArgType,
    onPreview: { control: false },
  },
  render: (args) => (
    <div className="iu:max-w-3xl">
      <ActionPreviewList {...args} />
    </div>
  ),
} satisfies Meta<typeof ActionPreviewList>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Playground: Story = {};

/** Seed 000: the nine source actions of Shopify France, all allowed. Clicks each in a real browser: each press is confirmed, nothing reaches a server or navigates. */
export const AllAllowed: Story = {
  name: 'All allowed',
  args: MATRIX.allAllowed.source,
  play: async ({ canvasElement }) => {
    const verify = watchSideEffects();
    const buttons = within(canvasElement).getAllByRole('button');
    for (const button of buttons) await userEvent.click(button);
    // Keyboard: Enter previews too.
    buttons[2]!.focus();
    await userEvent.keyboard('{Enter}');
    await verify();
    buttons[2]!.blur();
  },
};

/** Seed 001: Replace credentials is unavailable until configured — focusable, explained, inert. */
export const WithUnavailable: Story = {
  name: 'With unavailable',
  args: MATRIX.withUnavailable.credential,
  play: async ({ canvasElement, globals }) => {
    const m = messagesOf({ globals });
    const verify = watchSideEffects();
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: re(m.credentialActions.replace.label) }));
    await userEvent.keyboard('{Enter}');
    await userEvent.click(canvas.getByRole('button', { name: re(m.credentialActions.verify.label) }));
    await verify();
    (document.activeElement as HTMLElement | null)?.blur();
  },
};

/** The five credential actions once Client ID and Client Secret are configured: all available, none performs a real action. */
export const CredentialActions: Story = {
  name: 'Credential actions',
  args: MATRIX.allAllowed.credential,
  play: async ({ canvasElement }) => {
    const verify = watchSideEffects();
    for (const button of within(canvasElement).getAllByRole('button')) await userEvent.click(button);
    await verify();
    (document.activeElement as HTMLElement | null)?.blur();
  },
};

export const Empty: Story = {
  args: MATRIX.empty.source,
};

/** Bad input: an action the library does not know shows neutral Unknown with its raw id, and cannot be previewed. */
export const UnknownAction: Story = {
  name: 'Unknown action',
  args: { actions: [SOURCE_ACTIONS[0]!, { id: 'purge_all' as never, availability: 'allowed' }] },
  parameters: { expectedConsole: [/unknown source action "purge_all"/] },
};

/** Every list state of the table, for each kind that has fixtures for it. */
export const AllStates: Story = {
  name: 'All states',
  render: (args) => (
    <ul className="iu:grid iu:grid-cols-2 iu:items-start iu:gap-6">
      {ACTION_PREVIEW_LIST_STATE_NAMES.flatMap((state) =>
        ACTION_PREVIEW_KIND_NAMES.map((kind) => {
          const scenario = MATRIX[state][kind];
          return scenario ? (
            <li key={`${state}-${kind}`} aria-label={`${ACTION_PREVIEW_LIST_STATES[state].story} (${kind})`}>
              <ActionPreviewList {...args} {...scenario} />
            </li>
          ) : null;
        }),
      )}
    </ul>
  ),
};
