import { cleanup, screen } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { useState, type ComponentProps } from 'react';
import { afterEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import { ACCESS_TOKEN_STATUS, AccessTokenStatus } from '../../src/components/AccessTokenStatus';
import {
  CREDENTIAL_FIELD_NAMES,
  DEFAULT_SECRET_MAX_LENGTH,
  validateSecret,
  WRITE_ONLY_CREDENTIAL_FIELD_STATE_NAMES,
  WRITE_ONLY_CREDENTIAL_FIELD_STATES,
  WriteOnlyCredentialField,
  type WriteOnlyCredentialFieldProps,
  type WriteOnlyCredentialFieldState,
} from '../../src/components/WriteOnlyCredentialField';
import { fieldStateOf } from '../../src/components/WriteOnlyCredentialField/WriteOnlyCredentialField.props';
import { en } from '../../src/i18n';
import { fr } from '../../src/locales/fr';
import { makeCredentialState, SHOPIFY_SUISSE_CREDENTIALS } from '../../src/fixtures';
import { expectConsole } from '../helpers';
import { renderUI } from '../render';
import { dataState } from '../../src/internal/dataState';

afterEach(cleanup);

/** A made-up value: the tests prove it never survives a submit anywhere a page could show or keep it. */
const SECRET = 'shpss_unit-test-not-a-real-secret-7f3a';

/** Seed 001: nothing configured, persistence off; and the same set once the backend flags are on. */
const SEED = SHOPIFY_SUISSE_CREDENTIALS;
const ENABLED = makeCredentialState({ persistenceEnabled: true, clientId: 'configured', clientSecret: 'configured' });

function renderField(props: Partial<ComponentProps<typeof WriteOnlyCredentialField>> = {}, locale: 'en' | 'fr' = 'en') {
  const onSubmit = vi.fn();
  const view = renderUI(
    <WriteOnlyCredentialField
      field="clientSecret"
      configured={SEED.clientSecret}
      persistenceEnabled={ENABLED.persistenceEnabled}
      onSubmit={onSubmit}
      {...props}
    />,
    { locale },
  );
  const root = view.container.querySelector<HTMLElement>('[data-slot="write-only-credential-field"]')!;
  return { ...view, root, onSubmit };
}

const input = () => screen.getByLabelText<HTMLInputElement>('Client Secret', { selector: 'input' });
const saveButton = () => screen.getByRole('button', { name: 'Save Client Secret' });

/** How a user reaches each state of the table (exhaustive: a new state fails to compile here). */
const REACH: Record<WriteOnlyCredentialFieldState, (user: UserEvent) => Promise<ReturnType<typeof renderField>>> = {
  notConfigured: async () => renderField(),
  configured: async () => renderField({ configured: ENABLED.clientSecret }),
  replacing: async (user) => {
    const view = renderField({ configured: ENABLED.clientSecret });
    await user.click(screen.getByRole('button', { name: 'Replace Client Secret' }));
    return view;
  },
  persistenceDisabled: async () => renderField({ persistenceEnabled: SEED.persistenceEnabled }),
  invalid: async (user) => {
    const view = renderField();
    await user.type(input(), '   ');
    await user.click(saveButton());
    return view;
  },
  submitted: async (user) => {
    const view = renderField();
    await user.type(input(), SECRET);
    await user.click(saveButton());
    return view;
  },
  disabled: async () => renderField({ disabled: true }),
};

/** Every place a page could show or keep the secret, except the React tree (checked separately). */
function secretTraces(secret: string): string[] {
  const traces: string[] = [];
  if (document.documentElement.outerHTML.includes(secret)) traces.push('DOM (attribute or text)');
  for (const field of document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')) {
    if (field.value.includes(secret)) traces.push(`value of <${field.tagName.toLowerCase()} id="${field.id}">`);
  }
  for (const [name, storage] of [
    ['localStorage', localStorage],
    ['sessionStorage', sessionStorage],
  ] as const) {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i)!;
      if (key.includes(secret) || storage.getItem(key)?.includes(secret)) traces.push(name);
    }
  }
  if (location.href.includes(secret) || decodeURIComponent(location.href).includes(secret)) traces.push('URL');
  return traces;
}

/** Walks React's fibers (props and hook state) of the rendered tree looking for the secret. */
function reactHolds(container: HTMLElement, secret: string): boolean {
  const el = container.querySelector('[data-slot="write-only-credential-field"]')!;
  const fiberKey = Object.keys(el).find((k) => k.startsWith('__reactFiber$'))!;
  let fiber = (el as unknown as Record<string, { return: unknown }>)[fiberKey] as { return: unknown } | null;
  while (fiber && fiber.return) fiber = fiber.return as { return: unknown };
  const seen = new WeakSet<object>();
  const holds = (value: unknown, depth: number): boolean => {
    if (typeof value === 'string') return value.includes(secret);
    if (!value || typeof value !== 'object' || depth > 8 || seen.has(value) || value instanceof Node) return false;
    seen.add(value);
    return Object.entries(value).some(([key, v]) => key !== 'return' && key !== 'stateNode' && key !== '_owner' && holds(v, depth + 1));
  };
  return holds(fiber, 0);
}

describe('WriteOnlyCredentialField', () => {
  it.each(WRITE_ONLY_CREDENTIAL_FIELD_STATE_NAMES)('reaches state %s and marks it on the root with its tone', async (state) => {
    const { root } = await REACH[state](userEvent.setup());
    expect(root).toHaveAttribute('data-state', dataState(state));
    expect(root).toHaveAttribute('data-tone', WRITE_ONLY_CREDENTIAL_FIELD_STATES[state].tone);
    expect(root).toHaveAccessibleName('Client Secret');
  });

  it.each(CREDENTIAL_FIELD_NAMES)('labels %s from the catalog and reads as seed 001 ("… not configured (value never displayed)")', (field) => {
    const { root } = renderField({ field });
    const label = en.credentials.fields[field];
    expect(screen.getByLabelText(label, { selector: 'input' })).toBe(root.querySelector('input'));
    expect(root.querySelector('[data-slot="credential-status"]')!.textContent).toBe('not configured (value never displayed)');
    expect(root.textContent).toContain(`${label}not configured (value never displayed)`);
  });

  it('shows "configured" and never a value once configured: no input, no mask, a Replace button', () => {
    const { root } = renderField({ configured: true });
    expect(root.querySelector('[data-slot="credential-status"]')!.textContent).toBe('configured (value never displayed)');
    expect(root.querySelector('input')).toBeNull();
    expect(root.textContent).not.toMatch(/[•*●]/);
    expect(screen.getByRole('button', { name: 'Replace Client Secret' })).toHaveTextContent('Replace');
  });

  it('accepts the domain state as well as a boolean for `configured`', () => {
    renderField({ configured: 'configured' });
    expect(screen.getByRole('button', { name: 'Replace Client Secret' })).toBeInTheDocument();
  });

  describe('input rules', () => {
    it('is a password input with autocomplete="new-password", no name (never serialised by a surrounding form) and no spell-check', () => {
      renderField();
      const field = input();
      expect(field).toHaveAttribute('type', 'password');
      expect(field).toHaveAttribute('autocomplete', 'new-password');
      expect(field).not.toHaveAttribute('name');
      expect(field).not.toHaveAttribute('value');
      expect(field).not.toHaveAttribute('maxlength');
      expect(field).toHaveAttribute('spellcheck', 'false');
      expect(field.value).toBe('');
    });

    it('has a proper <label> and describes the input with the write-only help', () => {
      renderField();
      const field = input();
      expect(document.querySelector(`label[for="${field.id}"]`)).toHaveTextContent('Client Secret');
      expect(field).toHaveAccessibleDescription(en.credentials.neverDisplayedAgain);
      expect(field).not.toHaveAttribute('aria-invalid');
    });

    it('allows paste', async () => {
      const user = userEvent.setup();
      const { onSubmit } = renderField();
      await user.click(input());
      await user.paste(SECRET);
      await user.click(saveButton());
      expect(onSubmit).toHaveBeenCalledExactlyOnceWith(SECRET);
    });

    it('has no reveal toggle in any state, and the input stays type="password" throughout', async () => {
      const user = userEvent.setup();
      for (const state of WRITE_ONLY_CREDENTIAL_FIELD_STATE_NAMES) {
        cleanup();
        const { root } = await REACH[state](user);
        const names = screen.queryAllByRole('button').map((b) => b.textContent);
        expect(
          names.every((name) => ['Save', 'Replace', 'Cancel'].includes(name ?? '')),
          `${state}: ${names.join(', ')}`,
        ).toBe(true);
        expect(root.querySelectorAll('input:not([type="password"])')).toHaveLength(0);
        expect(root.textContent).not.toMatch(/show|reveal|hide|afficher/i);
      }
    });

    it('keeps the typed value out of React props and state (it lives only in the input)', async () => {
      const user = userEvent.setup();
      const { container } = renderField();
      await user.type(input(), SECRET);
      expect(input().value).toBe(SECRET);
      expect(reactHolds(container, SECRET)).toBe(false);
      // The probe is not vacuous: a string that is in props is found.
      cleanup();
      const probe = renderField({ label: SECRET });
      expect(reactHolds(probe.container, SECRET)).toBe(true);
    });
  });

  describe('submit', () => {
    it('hands the value to onSubmit once, then clears it from the DOM, storage, URL, console and React', async () => {
      const user = userEvent.setup();
      const logs = (['log', 'info', 'debug', 'trace'] as const).map((level) => vi.spyOn(console, level));
      const { onSubmit, root, container } = renderField();
      await user.type(input(), SECRET);
      await user.click(saveButton());

      expect(onSubmit).toHaveBeenCalledExactlyOnceWith(SECRET);
      expect(input().value).toBe('');
      expect(secretTraces(SECRET)).toEqual([]);
      expect(reactHolds(container, SECRET)).toBe(false);
      for (const spy of logs) expect(spy).not.toHaveBeenCalled();
      expect(globalThis.__consoleGuard!.messages()).toEqual([]);
      expect(root).toHaveAttribute('data-state', 'submitted');
      expect(screen.getByRole('status')).toHaveTextContent(en.credentialField.submitted);
      for (const spy of logs) spy.mockRestore();
    });

    it('submits once per valid value: a second Save on the emptied input is refused, not resubmitted', async () => {
      const user = userEvent.setup();
      const { onSubmit } = renderField();
      await user.type(input(), SECRET);
      await user.click(saveButton());
      await user.click(saveButton());
      expect(onSubmit).toHaveBeenCalledTimes(1);
      expect(screen.getByRole('alert')).toHaveTextContent('Enter a value: Client Secret cannot be empty or only spaces.');
    });

    it('submits on Enter without submitting a surrounding form', async () => {
      const user = userEvent.setup();
      const formSubmit = vi.fn((event: { preventDefault(): void }) => event.preventDefault());
      const onSubmit = vi.fn();
      renderUI(
        <form onSubmit={formSubmit}>
          <WriteOnlyCredentialField field="clientId" persistenceEnabled onSubmit={onSubmit} />
        </form>,
      );
      await user.type(screen.getByLabelText('Client ID', { selector: 'input' }), `${SECRET}{Enter}`);
      expect(onSubmit).toHaveBeenCalledExactlyOnceWith(SECRET);
      expect(formSubmit).not.toHaveBeenCalled();
      expect(secretTraces(SECRET)).toEqual([]);
    });

    it('trims surrounding whitespace (a paste artefact) before handing the value over', async () => {
      const user = userEvent.setup();
      const { onSubmit } = renderField();
      await user.click(input());
      await user.paste(`  ${SECRET}\n`);
      await user.click(saveButton());
      expect(onSubmit).toHaveBeenCalledExactlyOnceWith(SECRET);
    });

    it('clears the input even when onSubmit throws', async () => {
      const user = userEvent.setup();
      const failing = vi.fn(() => {
        throw new Error('backend down');
      });
      renderField({ onSubmit: failing });
      await user.type(input(), SECRET);
      // React reports the handler's error; the test only cares that the value is gone.
      expectConsole(/backend down/);
      await user.click(saveButton());
      expect(failing).toHaveBeenCalledTimes(1);
      expect(input().value).toBe('');
    });

    it('moves focus to Replace when the parent marks the field configured after submit', async () => {
      const user = userEvent.setup();
      const received = vi.fn();
      function Parent() {
        const [configured, setConfigured] = useState(false);
        const save = (value: string) => {
          received(value);
          setConfigured(true);
        };
        return <WriteOnlyCredentialField field="clientSecret" configured={configured} persistenceEnabled onSubmit={save} />;
      }
      renderUI(<Parent />);
      await user.type(input(), `${SECRET}{Enter}`);
      expect(received).toHaveBeenCalledExactlyOnceWith(SECRET);
      expect(screen.getByRole('button', { name: 'Replace Client Secret' })).toHaveFocus();
      expect(screen.getByRole('status')).toHaveTextContent(en.credentialField.submitted);
      expect(secretTraces(SECRET)).toEqual([]);
    });

    it('forgets the Submitted confirmation as soon as the user types again', async () => {
      const user = userEvent.setup();
      const { root } = renderField();
      await user.type(input(), `${SECRET}{Enter}`);
      expect(root).toHaveAttribute('data-state', 'submitted');
      await user.type(input(), 'x');
      expect(root).toHaveAttribute('data-state', 'not-configured');
      expect(screen.getByRole('status')).toBeEmptyDOMElement();
    });
  });

  describe('Invalid', () => {
    it.each([
      ['empty', ''],
      ['whitespace-only', '  \t  '],
    ])('refuses an %s value with a clear message, aria-invalid and the message in the description', async (_, typed) => {
      const user = userEvent.setup();
      const { onSubmit, root } = renderField();
      if (typed) await user.type(input(), typed);
      await user.click(saveButton());
      expect(onSubmit).not.toHaveBeenCalled();
      expect(root).toHaveAttribute('data-state', 'invalid');
      const message = 'Enter a value: Client Secret cannot be empty or only spaces.';
      expect(screen.getByRole('alert')).toHaveTextContent(message);
      expect(input()).toHaveAttribute('aria-invalid', 'true');
      expect(input()).toHaveAccessibleDescription(`${en.credentials.neverDisplayedAgain} ${message}`);
      expect(input()).toHaveFocus();
      expect(input().value).toBe(typed);
    });

    it(`refuses a value longer than the default maximum (${DEFAULT_SECRET_MAX_LENGTH}) and keeps what was typed`, async () => {
      const user = userEvent.setup();
      const { onSubmit } = renderField();
      const long = 'a'.repeat(DEFAULT_SECRET_MAX_LENGTH + 1);
      await user.click(input());
      await user.paste(long);
      await user.click(saveButton());
      expect(onSubmit).not.toHaveBeenCalled();
      expect(screen.getByRole('alert')).toHaveTextContent(`Client Secret is too long: at most ${DEFAULT_SECRET_MAX_LENGTH} characters.`);
      expect(input().value).toBe(long);
      expect(screen.getByRole('alert').textContent).not.toContain(long);
    });

    it('accepts exactly maxLength characters, honours a custom maxLength, and clears the error once fixed', async () => {
      const user = userEvent.setup();
      const { onSubmit, root } = renderField({ maxLength: 8 });
      await user.type(input(), '123456789');
      await user.click(saveButton());
      expect(screen.getByRole('alert')).toHaveTextContent('at most 8 characters');
      await user.type(input(), '{Backspace}');
      expect(screen.queryByRole('alert')).toBeNull();
      expect(root).toHaveAttribute('data-state', 'not-configured');
      await user.click(saveButton());
      expect(onSubmit).toHaveBeenCalledExactlyOnceWith('12345678');
    });

    it('validates by length only', () => {
      expect(validateSecret('', 4)).toBe('empty');
      expect(validateSecret(' \n ', 4)).toBe('empty');
      expect(validateSecret(' abcd ', 4)).toBeNull();
      expect(validateSecret('abcde', 4)).toBe('tooLong');
    });
  });

  describe('Replace', () => {
    it('opens an EMPTY input, focused, with Cancel; Cancel closes it and returns focus to Replace', async () => {
      const user = userEvent.setup();
      const { root, onSubmit } = renderField({ configured: true });
      await user.click(screen.getByRole('button', { name: 'Replace Client Secret' }));
      expect(root).toHaveAttribute('data-state', 'replacing');
      expect(input().value).toBe('');
      expect(input()).toHaveFocus();
      expect(root.querySelector('[data-slot="credential-status"]')).toHaveTextContent('configured (value never displayed)');
      await user.type(input(), SECRET);
      await user.click(screen.getByRole('button', { name: 'Cancel replacing Client Secret' }));
      expect(root).toHaveAttribute('data-state', 'configured');
      expect(root.querySelector('input')).toBeNull();
      expect(screen.getByRole('button', { name: 'Replace Client Secret' })).toHaveFocus();
      expect(onSubmit).not.toHaveBeenCalled();
      expect(secretTraces(SECRET)).toEqual([]);
    });

    it('cancels on Escape', async () => {
      const user = userEvent.setup();
      const { root } = renderField({ configured: true });
      await user.click(screen.getByRole('button', { name: 'Replace Client Secret' }));
      await user.keyboard('{Escape}');
      expect(root).toHaveAttribute('data-state', 'configured');
    });

    it('reopens empty after a replacement was submitted', async () => {
      const user = userEvent.setup();
      const { root, onSubmit } = renderField({ configured: true });
      await user.click(screen.getByRole('button', { name: 'Replace Client Secret' }));
      await user.type(input(), `${SECRET}{Enter}`);
      expect(onSubmit).toHaveBeenCalledExactlyOnceWith(SECRET);
      expect(root).toHaveAttribute('data-state', 'submitted');
      expect(root.querySelector('input')).toBeNull();
      expect(screen.getByRole('button', { name: 'Replace Client Secret' })).toHaveFocus();
      await user.click(screen.getByRole('button', { name: 'Replace Client Secret' }));
      expect(input().value).toBe('');
      expect(secretTraces(SECRET)).toEqual([]);
    });
  });

  describe('Persistence disabled', () => {
    it('disables typing and submit, and gives the reason of seed 001 as the description of Save', async () => {
      const user = userEvent.setup();
      const { onSubmit, root } = renderField({ persistenceEnabled: SEED.persistenceEnabled });
      expect(root).toHaveAttribute('data-persistence', 'disabled');
      expect(input()).toBeDisabled();
      expect(saveButton()).toHaveAttribute('aria-disabled', 'true');
      expect(saveButton()).toHaveAccessibleDescription('Persistence is disabled until backend flags are enabled.');
      expect(input()).toHaveAccessibleDescription(`${en.credentials.neverDisplayedAgain} ${en.credentials.persistenceDisabled}`);
      await user.click(saveButton());
      expect(onSubmit).not.toHaveBeenCalled();
      expect(screen.queryByRole('alert')).toBeNull();
    });

    it('keeps Replace focusable but inert, with the reason, when a value is configured', async () => {
      const user = userEvent.setup();
      const { root } = renderField({ configured: true, persistenceEnabled: false });
      const replace = screen.getByRole('button', { name: 'Replace Client Secret' });
      expect(replace).toHaveAttribute('aria-disabled', 'true');
      expect(replace).toHaveAccessibleDescription(en.credentials.persistenceDisabled);
      await user.tab();
      expect(replace).toHaveFocus();
      await user.keyboard('{Enter}');
      await user.click(replace);
      expect(root.querySelector('input')).toBeNull();
    });
  });

  describe('Disabled', () => {
    it('disables every control', () => {
      const { root } = renderField({ disabled: true });
      expect(input()).toBeDisabled();
      expect(saveButton()).toBeDisabled();
      expect(root).toHaveAttribute('data-state', 'disabled');
    });

    it('disables Replace when configured', () => {
      renderField({ disabled: true, configured: true });
      expect(screen.getByRole('button', { name: 'Replace Client Secret' })).toBeDisabled();
    });
  });

  describe('Access token (temporary)', () => {
    it.each(['inactive', 'active'] as const)('shows "temporary (in-memory cache)" and the %s cache, never a value or an input', (cache) => {
      const { container } = renderUI(<AccessTokenStatus cache={cache} />);
      const root = container.querySelector('[data-slot="access-token-status"]')!;
      expect(root).toHaveAttribute('data-state', dataState(cache));
      expect(root).toHaveAccessibleName('Access token');
      expect(root.textContent).toContain('Access tokentemporary (in-memory cache) (value never displayed)');
      expect(root.querySelector('[data-slot="access-token-status-cache"]')).toHaveTextContent(
        `Access token cache (memory): ${cache} (token value never shown)`,
      );
      expect(root.querySelector('[data-slot="access-token-status-cache"]')).toHaveAttribute('data-tone', ACCESS_TOKEN_STATUS[cache].tone);
      expect(root.querySelector('input, button')).toBeNull();
    });

    it('defaults to the seed state (inactive)', () => {
      const { container } = renderUI(<AccessTokenStatus />);
      expect(container.querySelector('[data-slot="access-token-status"]')).toHaveAttribute('data-state', dataState(SEED.accessTokenCache));
    });

    it('shows Unknown for a bad cache value', () => {
      expectConsole(/AccessTokenStatus: `cache` must be/);
      const { container } = renderUI(<AccessTokenStatus cache={'warm' as never} />);
      expect(container.querySelector('[data-slot="access-token-status-cache"]')).toHaveTextContent(
        'Access token cache (memory): Unknown (token value never shown)',
      );
    });
  });

  describe('bad input', () => {
    it('shows Unknown for a `configured` outside the table — without echoing it (it could be a secret passed by mistake)', () => {
      expectConsole(/`configured` must be a boolean/);
      const { root } = renderField({ configured: SECRET as never });
      expect(root.querySelector('[data-slot="credential-status"]')).toHaveTextContent('Unknown (value never displayed)');
      expect(root).toHaveAttribute('data-configured', 'unknown');
      expect(secretTraces(SECRET)).toEqual([]);
      expect(globalThis.__consoleGuard!.messages().join('\n')).not.toContain(SECRET);
    });

    it('ignores value, defaultValue and event-handler props, naming them but never printing their values', () => {
      expectConsole(/ignored value, defaultValue, onChange/);
      const onChange = vi.fn();
      renderField({ ...({ value: SECRET, defaultValue: SECRET, onChange } as object) });
      expect(input().value).toBe('');
      expect(secretTraces(SECRET)).toEqual([]);
      expect(globalThis.__consoleGuard!.messages().join('\n')).not.toContain(SECRET);
    });

    it('never lets an onInput, onChange or onKeyUp given to the field see the typed secret', async () => {
      expectConsole(/ignored onInput, onChange, onKeyUp/);
      const user = userEvent.setup();
      const spies = { onInput: vi.fn(), onChange: vi.fn(), onKeyUp: vi.fn() };
      const { onSubmit } = renderField({ ...(spies as object) });
      await user.type(input(), `${SECRET}{Enter}`);
      expect(onSubmit).toHaveBeenCalledExactlyOnceWith(SECRET);
      for (const spy of Object.values(spies)) expect(spy).not.toHaveBeenCalled();
    });

    it('falls back to the default maximum for a nonsensical maxLength', async () => {
      expectConsole(/maxLength must be a positive integer/);
      const user = userEvent.setup();
      const { onSubmit } = renderField({ maxLength: -3 });
      await user.type(input(), `${SECRET}{Enter}`);
      expect(onSubmit).toHaveBeenCalledExactlyOnceWith(SECRET);
    });

    it('labels an unknown field Unknown unless a label is given', () => {
      expectConsole(/unknown field "apiKey"/);
      renderField({ field: 'apiKey' as never });
      expect(screen.getByLabelText('Unknown', { selector: 'input' })).toBeInTheDocument();
      cleanup();
      renderField({ field: 'apiKey' as never, label: 'API key' });
      expect(screen.getByLabelText('API key', { selector: 'input' })).toHaveAttribute('type', 'password');
    });
  });

  it('renders in French from the fr catalog', async () => {
    const user = userEvent.setup();
    renderField({ field: 'clientId', persistenceEnabled: false }, 'fr');
    expect(screen.getByText(fr.credentials.states.not_configured)).toBeInTheDocument();
    expect(screen.getByText(fr.credentials.persistenceDisabled)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Enregistrer Client ID' })).toHaveAttribute('aria-disabled', 'true');
    cleanup();
    renderField({ field: 'clientId' }, 'fr');
    await user.click(screen.getByRole('button', { name: 'Enregistrer Client ID' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Saisissez une valeur : Client ID ne peut pas être vide');
  });

  it('merges className onto the root and forwards the ref to it (never to the input)', () => {
    const ref = { current: null as HTMLDivElement | null };
    const { root } = renderField({ className: 'mt-6', ref });
    expect(root).toHaveClass('mt-6', 'iu:rounded-ui');
    expect(ref.current).toBe(root);
  });

  it('has exactly one way out for a value: onSubmit (no other callback prop, no value prop)', () => {
    type Props = WriteOnlyCredentialFieldProps;
    type CallbackProps = {
      // (`any`-typed attributes such as `inlist` are not callbacks.)
      [K in keyof Props]-?: 0 extends 1 & Props[K] ? never : NonNullable<Props[K]> extends (...args: never[]) => unknown ? K : never;
    }[keyof Props];
    expectTypeOf<CallbackProps>().toEqualTypeOf<'onSubmit'>();
    expectTypeOf<Props>().not.toHaveProperty('value');
    expectTypeOf<Props>().not.toHaveProperty('defaultValue');
  });

  it('touches no storage, network, history, cookie or console while a secret is typed, submitted, replaced and cancelled', async () => {
    // Spied at run time (the field and everything it renders), not grepped in one source file.
    const calls: string[] = [];
    const record = (name: string) => () => void calls.push(name);
    const spies: { mockRestore: () => void }[] = [
      vi.spyOn(Storage.prototype, 'setItem').mockImplementation(record('Storage.setItem')),
      vi.spyOn(globalThis, 'fetch').mockImplementation(async () => (calls.push('fetch'), new Response())),
      vi.spyOn(XMLHttpRequest.prototype, 'open').mockImplementation(record('XMLHttpRequest.open')),
      vi.spyOn(history, 'pushState').mockImplementation(record('history.pushState')),
      vi.spyOn(history, 'replaceState').mockImplementation(record('history.replaceState')),
      vi.spyOn(document, 'cookie', 'set').mockImplementation(record('document.cookie')),
      ...(['log', 'info', 'warn', 'error', 'debug'] as const).map((method) => vi.spyOn(console, method).mockImplementation(record(`console.${method}`))),
    ];
    if ('sendBeacon' in navigator) spies.push(vi.spyOn(navigator, 'sendBeacon').mockImplementation(() => (calls.push('sendBeacon'), true)));
    try {
      const user = userEvent.setup();
      const { onSubmit } = renderField({ configured: 'configured' });
      await user.click(screen.getByRole('button', { name: 'Replace Client Secret' }));
      await user.type(input(), 'sk_live_123');
      await user.click(saveButton());
      await user.click(screen.getByRole('button', { name: 'Replace Client Secret' }));
      await user.type(input(), 'sk_live_456');
      await user.click(screen.getByRole('button', { name: 'Cancel replacing Client Secret' }));
      expect(onSubmit.mock.calls).toEqual([['sk_live_123']]);
      expect(calls).toEqual([]);
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });
});

describe('fieldStateOf', () => {
  const none = { disabled: false, persistenceEnabled: true, invalid: false, submitted: false, replacing: false, configured: false };
  const all = { disabled: true, persistenceEnabled: false, invalid: true, submitted: true, replacing: true, configured: true };

  it.each<[WriteOnlyCredentialFieldState, Partial<typeof none>]>([
    ['disabled', all],
    ['persistenceDisabled', { ...all, disabled: false }],
    ['invalid', { ...all, disabled: false, persistenceEnabled: true }],
    ['submitted', { ...all, disabled: false, persistenceEnabled: true, invalid: false }],
    ['replacing', { ...all, disabled: false, persistenceEnabled: true, invalid: false, submitted: false }],
    ['configured', { configured: true }],
    ['notConfigured', {}],
  ])('is %s when it is the first that applies (disabled › persistenceDisabled › invalid › submitted › replacing › configured)', (expected, facts) => {
    expect(fieldStateOf({ ...none, ...facts })).toBe(expected);
  });
});
