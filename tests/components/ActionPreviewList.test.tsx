import { cleanup, screen, within } from '@testing-library/react';
import type { ComponentProps } from 'react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import componentSource from '../../src/components/ActionPreviewList/ActionPreviewList.tsx?raw';
import {
  ACTION_PREVIEW_ITEM_STATE_NAMES,
  ACTION_PREVIEW_ITEM_STATES,
  ACTION_PREVIEW_KIND_NAMES,
  ACTION_PREVIEW_LIST_STATE_NAMES,
  ActionPreviewList,
  itemStateOf,
  listStateOf,
  type ActionPreviewKind,
  type ActionPreviewListProps,
  type ActionPreviewListState,
  type PreviewableAction,
} from '../../src/components/ActionPreviewList';
import { CREDENTIAL_ACTION_IDS, SOURCE_ACTION_IDS, credentialActionsFor } from '../../src/domain';
import { en, translate } from '../../src/i18n';
import { fr } from '../../src/locales/fr';
import { CREDENTIAL_ACTIONS, makeCredentialState, SHOPIFY_FRANCE, SHOPIFY_SUISSE, SHOPIFY_SUISSE_CREDENTIALS, SOURCE_ACTIONS } from '../../src/fixtures';
import { expectConsole } from '../helpers';
import { renderUI } from '../render';
import { seed } from '../seed-files';
import { dataState } from '../../src/internal/dataState';

afterEach(cleanup);

const CONFIGURED_ACTIONS = credentialActionsFor(makeCredentialState({ clientId: 'configured', clientSecret: 'configured' }));

/** Fixture lists per kind and list state (the table the stories' All states matrix also follows). */
const LISTS: Record<ActionPreviewKind, Partial<Record<ActionPreviewListState, readonly PreviewableAction[]>>> = {
  source: { allAllowed: SOURCE_ACTIONS, empty: [] },
  credential: { allAllowed: CONFIGURED_ACTIONS, withUnavailable: CREDENTIAL_ACTIONS, empty: [] },
};

function renderList(props: Partial<ComponentProps<typeof ActionPreviewList>> = {}, locale: 'en' | 'fr' = 'en') {
  const onPreview = vi.fn();
  const view = renderUI(<ActionPreviewList actions={SOURCE_ACTIONS} sourceName={SHOPIFY_FRANCE.name} onPreview={onPreview} {...props} />, { locale });
  const root = view.container.querySelector<HTMLElement>('[data-slot="action-preview-list"]')!;
  const rows = () => [...root.querySelectorAll<HTMLElement>('[data-slot="action-preview-list-item"]')];
  return { ...view, root, rows, onPreview };
}

describe('ActionPreviewList', () => {
  describe.each(ACTION_PREVIEW_KIND_NAMES)('%s list', (kind) => {
    it.each(ACTION_PREVIEW_LIST_STATE_NAMES.filter((state) => LISTS[kind][state]))('marks list state %s on the root', (state) => {
      const { root } = renderList({ kind, actions: LISTS[kind][state]! });
      expect(root).toHaveAttribute('data-state', dataState(state));
      expect(root).toHaveAttribute('data-kind', kind);
      expect(listStateOf(kind, LISTS[kind][state]!)).toBe(state);
    });
  });

  it.each(ACTION_PREVIEW_ITEM_STATE_NAMES)('row state %s: its badge tone, and whether it can be previewed', (state) => {
    const action = {
      available: SOURCE_ACTIONS[0]!,
      unavailable: { ...SOURCE_ACTIONS[0]!, availability: 'unavailable' as const, reason: 'credentialActions.reasons.notConfigured' },
      unknown: { ...SOURCE_ACTIONS[0]!, availability: 'maybe' as never },
    }[state];
    if (state === 'unknown') expectConsole(/unknown availability "maybe"/);
    const { rows, onPreview } = renderList({ actions: [action] });
    const row = rows()[0]!;
    expect(row).toHaveAttribute('data-state', dataState(state));
    expect(row.querySelector('[data-slot="action-preview-list-availability"]')).toHaveAttribute('data-tone', ACTION_PREVIEW_ITEM_STATES[state].tone);
    const button = within(row).getByRole('button');
    button.click();
    expect(onPreview).toHaveBeenCalledTimes(ACTION_PREVIEW_ITEM_STATES[state].previewable ? 1 : 0);
    expect(button.hasAttribute('aria-disabled')).toBe(!ACTION_PREVIEW_ITEM_STATES[state].previewable);
  });

  describe('source actions (seed 000, Shopify France)', () => {
    it('renders the nine actions, each line verbatim from the seed ("allowed" + the preview wording)', () => {
      const { rows } = renderList();
      const seed000 = seed('000');
      expect(rows()).toHaveLength(SOURCE_ACTION_IDS.length);
      for (const row of rows()) {
        expect(row.textContent).toMatch(/^allowedPreview: ".+" on "Shopify France" — .+ \(no execution\)\.$/);
        expect(seed000).toContain(`• ${row.textContent}`);
      }
      expect(screen.getByRole('heading', { level: 3, name: en.sourceActions.title })).toBeInTheDocument();
      expect(screen.getByRole('list', { name: en.sourceActions.title })).toBeInTheDocument();
    });

    it('names each button with its preview wording (label, source, description)', () => {
      renderList();
      for (const id of SOURCE_ACTION_IDS) {
        const { label, description } = en.sourceActions[id];
        expect(screen.getByRole('button', { name: `Preview: "${label}" on "Shopify France" — ${description} (no execution).` })).toBeEnabled();
      }
    });

    it('calls onPreview with the action object, once per activation (click, Enter, Space)', async () => {
      const user = userEvent.setup();
      const { onPreview } = renderList();
      const buttons = screen.getAllByRole('button');
      for (const button of buttons) await user.click(button);
      expect(onPreview).toHaveBeenCalledTimes(SOURCE_ACTIONS.length);
      SOURCE_ACTIONS.forEach((action, index) => expect(onPreview.mock.calls[index]![0]).toBe(action));
      onPreview.mockClear();
      buttons[2]!.focus();
      await user.keyboard('{Enter}');
      await user.keyboard(' ');
      expect(onPreview.mock.calls).toEqual([[SOURCE_ACTIONS[2]], [SOURCE_ACTIONS[2]]]);
    });

    it('shows Shopify Suisse in its own lines (seed 001)', () => {
      const { rows } = renderList({ sourceName: SHOPIFY_SUISSE.name });
      for (const row of rows()) expect(seed('001')).toContain(`• ${row.textContent}`);
    });
  });

  describe('preview confirmation', () => {
    const confirmationOf = (row: HTMLElement) => row.querySelector<HTMLElement>('[role="status"][data-slot="action-preview-list-confirmation"]')!;
    const previewed = (id: (typeof SOURCE_ACTION_IDS)[number], source = 'Shopify France') =>
      translate(en, 'actionPreview.previewed', { action: en.sourceActions[id].label, source });

    it('confirms a press under the pressed action, in a live region its row had mounted (empty) before the press', async () => {
      const user = userEvent.setup();
      const { rows } = renderList();
      const regions = rows().map(confirmationOf);
      for (const region of regions) {
        expect(region).toBeEmptyDOMElement();
        expect(region).toHaveAttribute('data-state', 'empty');
      }
      await user.click(within(rows()[2]!).getByRole('button'));
      expect(confirmationOf(rows()[2]!)).toBe(regions[2]);
      expect(regions[2]).toHaveTextContent(previewed(SOURCE_ACTION_IDS[2]!));
      expect(regions[2]).toHaveAttribute('data-state', 'shown');
      expect(regions.filter((region) => region.textContent !== '')).toEqual([regions[2]]);
      // Another action: the confirmation moves under it.
      await user.click(within(rows()[5]!).getByRole('button'));
      expect(regions[2]).toBeEmptyDOMElement();
      expect(regions[5]).toHaveTextContent(previewed(SOURCE_ACTION_IDS[5]!));
    });

    it('announces every press: a second press of the same action changes the live region’s text (with the count)', async () => {
      const user = userEvent.setup();
      const { rows } = renderList();
      const button = within(rows()[0]!).getByRole('button');
      const region = confirmationOf(rows()[0]!);
      const announcements: string[] = [];
      const observer = new MutationObserver(() => announcements.push(region.textContent ?? ''));
      observer.observe(region, { childList: true, subtree: true, characterData: true });
      const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
      await user.click(button);
      await settle();
      await user.click(button);
      await settle();
      await user.click(button);
      await settle();
      observer.disconnect();
      const again = (count: number) =>
        translate(en, 'actionPreview.previewedAgain', { action: en.sourceActions[SOURCE_ACTION_IDS[0]!].label, source: 'Shopify France', count });
      expect([...new Set(announcements)]).toEqual([previewed(SOURCE_ACTION_IDS[0]!), again(2), again(3)]);
      expect(region).toHaveAttribute('data-count', '3');
    });

    it('gives an unavailable action no confirmation, and a press on it shows none', async () => {
      const user = userEvent.setup();
      const { rows, onPreview } = renderList({ kind: 'credential', actions: CREDENTIAL_ACTIONS, sourceName: SHOPIFY_SUISSE.name });
      const unavailable = rows().find((row) => row.dataset.state === 'unavailable')!;
      expect(unavailable.querySelector('[data-slot="action-preview-list-confirmation"]')).toBeNull();
      await user.click(within(unavailable).getByRole('button'));
      expect(onPreview).not.toHaveBeenCalled();
      expect(document.querySelector('[data-slot="action-preview-list-confirmation"][data-state="shown"]')).toBeNull();
    });

    it('confirms in French from the fr catalog', async () => {
      const user = userEvent.setup();
      const { rows } = renderList({}, 'fr');
      await user.click(within(rows()[0]!).getByRole('button'));
      expect(confirmationOf(rows()[0]!)).toHaveTextContent(
        translate(fr, 'actionPreview.previewed', { action: fr.sourceActions[SOURCE_ACTION_IDS[0]!].label, source: 'Shopify France' }),
      );
    });

    it('still confirms (and warns) when onPreview is not a function', async () => {
      const user = userEvent.setup();
      expectConsole(/`onPreview` is not a function/);
      const { rows } = renderList({ onPreview: 'nope' as never });
      await user.click(within(rows()[0]!).getByRole('button'));
      expect(confirmationOf(rows()[0]!)).toHaveTextContent(previewed(SOURCE_ACTION_IDS[0]!));
    });
  });

  describe('credential actions (seed 001)', () => {
    it('shows the title, the intro and each seed line: availability, description, "performsRealAction: false"', () => {
      const { rows } = renderList({ kind: 'credential', actions: CREDENTIAL_ACTIONS, sourceName: SHOPIFY_SUISSE.name });
      const seed001 = seed('001');
      expect(screen.getByRole('heading', { name: en.credentialActions.title })).toBeInTheDocument();
      expect(screen.getByText(en.credentialActions.intro)).toBeInTheDocument();
      expect(rows()).toHaveLength(CREDENTIAL_ACTION_IDS.length);
      for (const row of rows()) {
        const reason = row.querySelector('[data-slot="action-preview-list-reason"]');
        const line = reason ? row.textContent!.slice(0, -` ${reason.textContent}`.length) : row.textContent!;
        expect(seed001).toContain(`• ${line}`);
        expect(line).toMatch(/ performsRealAction: false$/);
      }
    });

    it('names each credential button with the preview wording and describes it with "performsRealAction: false"', () => {
      renderList({ kind: 'credential', actions: CONFIGURED_ACTIONS, sourceName: SHOPIFY_SUISSE.name });
      for (const id of CREDENTIAL_ACTION_IDS) {
        const { label, description } = en.credentialActions[id];
        const button = screen.getByRole('button', { name: `Preview: "${label}" on "Shopify Suisse" — ${description} (no execution).` });
        expect(button).toHaveTextContent(description);
        expect(button).toHaveAccessibleDescription('performsRealAction: false');
      }
    });

    it('keeps Replace unavailable until configured: aria-disabled, focusable, explains why, never calls onPreview', async () => {
      const user = userEvent.setup();
      const { onPreview, rows } = renderList({ kind: 'credential', actions: CREDENTIAL_ACTIONS, sourceName: SHOPIFY_SUISSE.name });
      const replace = screen.getByRole('button', { name: /"Replace credentials"/ });
      expect(replace).toHaveAttribute('aria-disabled', 'true');
      expect(replace).toHaveAccessibleDescription(`${en.credentialActions.reasons.notConfigured} performsRealAction: false`);
      expect(rows()[1]!.querySelector('[data-slot="action-preview-list-availability"]')).toHaveTextContent('unavailable');
      expect(screen.getByText(en.credentialActions.reasons.notConfigured)).toBeVisible();
      await user.tab();
      await user.tab();
      expect(replace).toHaveFocus();
      await user.keyboard('{Enter}');
      await user.keyboard(' ');
      await user.click(replace);
      expect(onPreview).not.toHaveBeenCalled();
      await user.click(screen.getByRole('button', { name: /"Verify configuration"/ }));
      expect(onPreview).toHaveBeenCalledExactlyOnceWith(CREDENTIAL_ACTIONS[2]);
    });

    it('derives the seed list from the seed credentials, and makes Replace available once both fields are configured', () => {
      expect(credentialActionsFor(SHOPIFY_SUISSE_CREDENTIALS)).toEqual(CREDENTIAL_ACTIONS);
      expect(CONFIGURED_ACTIONS.every((a) => a.availability === 'available' && a.performsRealAction === false)).toBe(true);
      expect(credentialActionsFor(makeCredentialState({ clientId: 'configured' })).find((a) => a.id === 'replace')!.availability).toBe('unavailable');
    });
  });

  describe('Empty', () => {
    it.each([
      ['source', en.sourceActions.empty],
      ['credential', en.actionPreview.credentialEmpty],
    ] as const)('%s: says so, with no list and no button', (kind, message) => {
      const { root } = renderList({ kind, actions: [] });
      expect(root).toHaveAttribute('data-state', 'empty');
      expect(screen.getByText(message)).toBeInTheDocument();
      expect(screen.queryByRole('list')).toBeNull();
      expect(screen.queryByRole('button')).toBeNull();
    });
  });

  it('has exactly one callback prop, onPreview, and no code path to execute anything', () => {
    type CallbackProps = {
      // (`any`-typed attributes such as `inlist` are not callbacks.)
      [K in keyof ActionPreviewListProps]-?: 0 extends 1 & ActionPreviewListProps[K]
        ? never
        : NonNullable<ActionPreviewListProps[K]> extends (...args: never[]) => unknown
          ? K
          : never;
    }[keyof ActionPreviewListProps];
    expectTypeOf<CallbackProps>().toEqualTypeOf<'onPreview'>();
    expect(componentSource).not.toMatch(/fetch\(|XMLHttpRequest|sendBeacon|WebSocket|EventSource|location\.|history\.|\.submit\(|console\./);
  });

  describe('bad input', () => {
    it('shows an unknown action as neutral Unknown with its raw id, not previewable', async () => {
      expectConsole(/unknown source action "purge_all"/);
      const user = userEvent.setup();
      const { rows, onPreview } = renderList({ actions: [{ id: 'purge_all' as never, availability: 'allowed' }] });
      const row = rows()[0]!;
      expect(row).toHaveAttribute('data-state', 'unknown');
      expect(row.querySelector('[data-slot="action-preview-list-availability"]')).toHaveTextContent('Unknown');
      const button = within(row).getByRole('button', { name: 'Unknown (purge_all)' });
      expect(button).toHaveAccessibleDescription(en.actionPreview.unknownAction);
      await user.click(button);
      expect(onPreview).not.toHaveBeenCalled();
    });

    it('shows an unknown availability with its raw value, not previewable', () => {
      expectConsole(/unknown availability "maybe" for "manual_sync"/);
      const { rows } = renderList({ actions: [{ id: 'manual_sync', availability: 'maybe' as never }] });
      expect(rows()[0]!.querySelector('[data-slot="action-preview-list-availability"]')).toHaveTextContent('Unknown (maybe)');
      expect(rows()[0]!.querySelector('[data-slot="action-preview-list-reason"]')).toHaveTextContent(en.actionPreview.unknownAvailability);
    });

    it('does not take a credential availability ("available") for a source one', () => {
      expectConsole(/unknown availability "available"/);
      const { rows } = renderList({ actions: [{ id: 'reconnect', availability: 'available' as never }] });
      expect(itemStateOf('source', { id: 'reconnect', availability: 'available' })).toBe('unknown');
      expect(within(rows()[0]!).getByRole('button')).toHaveAttribute('aria-disabled', 'true');
    });

    it('explains an unavailable action without a reason, and shows a reason that is not a catalog key as given', () => {
      expectConsole(/"reconnect" has no reason/, /reason of "manual_sync" is not a catalog key/);
      const { rows } = renderList({
        actions: [
          { id: 'reconnect', availability: 'unavailable' },
          { id: 'manual_sync', availability: 'unavailable', reason: 'Paused by the admin' },
        ],
      });
      expect(rows()[0]!.querySelector('[data-slot="action-preview-list-reason"]')).toHaveTextContent(en.actionPreview.noReason);
      expect(rows()[1]!.querySelector('[data-slot="action-preview-list-reason"]')).toHaveTextContent('Paused by the admin');
    });

    it('falls back to the source list for an unknown kind, and to no action for a non-array', () => {
      expectConsole(/unknown kind "billing"/, /`actions` must be an array/);
      renderList({ kind: 'billing' as never });
      expect(screen.getByRole('heading', { name: en.sourceActions.title })).toBeInTheDocument();
      cleanup();
      renderList({ actions: null as never });
      expect(screen.getByText(en.sourceActions.empty)).toBeInTheDocument();
    });

    it('renders duplicate ids without a React key warning', () => {
      const { rows } = renderList({ actions: [SOURCE_ACTIONS[0]!, SOURCE_ACTIONS[0]!] });
      expect(rows()).toHaveLength(2);
    });
  });

  it('renders in French from the fr catalog', () => {
    renderList({ kind: 'credential', actions: CREDENTIAL_ACTIONS, sourceName: SHOPIFY_SUISSE.name }, 'fr');
    expect(screen.getByRole('heading', { name: fr.credentialActions.title })).toBeInTheDocument();
    expect(screen.getAllByText(fr.credentialActions.availability.available)).toHaveLength(4);
    expect(screen.getByText(fr.credentialActions.reasons.notConfigured)).toBeInTheDocument();
    cleanup();
    renderList({}, 'fr');
    expect(
      screen.getByRole('button', { name: `Aperçu : « Reconnecter » sur « Shopify France » — ${fr.sourceActions.reconnect.description} (aucune exécution).` }),
    ).toBeInTheDocument();
  });

  it('sets the heading level, merges className and forwards the ref to the root', () => {
    const ref = { current: null as HTMLElement | null };
    const { root } = renderList({ headingLevel: 2, className: 'mt-8', ref });
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(en.sourceActions.title);
    expect(root).toHaveClass('mt-8', 'iu:grid');
    expect(ref.current).toBe(root);
  });
});
