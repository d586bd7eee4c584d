import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, spyOn, userEvent, within } from 'storybook/test';
import { ACCESS_TOKEN_STATUS_NAMES, AccessTokenStatus } from '../../src/components/AccessTokenStatus';
import {
  CREDENTIAL_FIELD_NAMES,
  WRITE_ONLY_CREDENTIAL_FIELD_STATE_NAMES,
  WRITE_ONLY_CREDENTIAL_FIELD_STATES,
  WriteOnlyCredentialField,
  type WriteOnlyCredentialFieldProps,
  type WriteOnlyCredentialFieldState,
} from '../../src/components/WriteOnlyCredentialField';
import type { Messages } from '../../src/i18n';
import { makeCredentialState, SHOPIFY_SUISSE_CREDENTIALS } from '../../src/fixtures';
import { messagesOf, text } from '../support/l10n';
import { dataState } from '../../src/internal/dataState';

/** Seed 001 as it is (nothing configured, persistence off) and once configured with the backend flags on. */
const SEED = SHOPIFY_SUISSE_CREDENTIALS;
const ENABLED = makeCredentialState({ persistenceEnabled: true, clientId: 'configured', clientSecret: 'configured', accessTokenCache: 'active' });

/**
 * What the play functions type: made up, and never an arg. Every story below that types it
 * proves afterwards that it is nowhere on the page.
 */
const DEMO_SECRET = 'shpss_demo-not-a-real-secret-3c9e';
/**
 * What the `onSubmit` arg receives in these stories. Storybook logs every call of an arg spy, with
 * its arguments, to the Actions panel: the docs must not display what someone types in the
 * Playground, so the stories hand the arg a redacted marker and keep the real value in an
 * unnamed spy (not logged) that the play functions check.
 */
const REDACTED = '[redacted]';
const handedOver = fn();

type Canvas = ReturnType<typeof within>;
/** The Client Secret's label and its buttons' names in the story's catalog. */
const namesOf = (m: Messages) => {
  const field = m.credentials.fields.clientSecret;
  return {
    label: field,
    save: text(m.credentialField.saveField, { field }),
    replace: text(m.credentialField.replaceField, { field }),
    cancel: text(m.credentialField.cancelField, { field }),
  };
};
const inputOf = (canvas: Canvas, m: Messages) => canvas.getByLabelText(namesOf(m).label, { selector: 'input' }) as HTMLInputElement;
const click = (canvas: Canvas, name: string) => userEvent.click(canvas.getByRole('button', { name }));

/** Everywhere a page could show or keep the secret: attributes, text, input values, web storage, URL. */
async function expectNoTrace(secret: string) {
  await expect(document.documentElement.outerHTML).not.toContain(secret);
  for (const field of document.querySelectorAll('input')) await expect(field.value).not.toContain(secret);
  for (const storage of [localStorage, sessionStorage]) {
    for (let i = 0; i < storage.length; i++) await expect(`${storage.key(i)}=${storage.getItem(storage.key(i)!)}`).not.toContain(secret);
  }
  await expect(decodeURIComponent(location.href)).not.toContain(secret);
}

interface Scenario {
  args: Partial<Omit<WriteOnlyCredentialFieldProps, 'onSubmit'>>;
  /** The interaction that leads to the state, if any (typing, clicking). */
  act?: (canvas: Canvas, m: Messages) => Promise<void>;
}

const NOT_CONFIGURED = { configured: SEED.clientSecret, persistenceEnabled: ENABLED.persistenceEnabled } as const;

/** How each state of the table is reached: shared by its story and the All states matrix. */
const SCENARIOS: Record<WriteOnlyCredentialFieldState, Scenario> = {
  notConfigured: { args: NOT_CONFIGURED },
  configured: { args: { configured: ENABLED.clientSecret, persistenceEnabled: ENABLED.persistenceEnabled } },
  replacing: {
    args: { configured: ENABLED.clientSecret, persistenceEnabled: ENABLED.persistenceEnabled },
    act: (canvas, m) => click(canvas, namesOf(m).replace),
  },
  persistenceDisabled: { args: { configured: SEED.clientSecret, persistenceEnabled: SEED.persistenceEnabled } },
  invalid: {
    args: NOT_CONFIGURED,
    act: async (canvas, m) => {
      await userEvent.type(inputOf(canvas, m), '    ');
      await click(canvas, namesOf(m).save);
    },
  },
  submitted: {
    args: NOT_CONFIGURED,
    act: async (canvas, m) => {
      await userEvent.type(inputOf(canvas, m), DEMO_SECRET);
      await click(canvas, namesOf(m).save);
    },
  },
  disabled: { args: { ...NOT_CONFIGURED, disabled: true } },
};

const stateOf = (canvasElement: HTMLElement) => canvasElement.querySelector('[data-slot="write-only-credential-field"]')?.getAttribute('data-state');

const meta = {
  title: 'Components/WriteOnlyCredentialField',
  component: WriteOnlyCredentialField,
  subcomponents: { AccessTokenStatus },
  parameters: {
    docs: {
      description: {
        component:
          'The write-only secret pattern, for Client ID and Client Secret (seed 001). Use it wherever a user enters or replaces a credential that must never be read back: it never receives, holds after submit, or displays a stored value — props say only whether one is `configured`. The typed value lives only in the password input (not in React state), goes to `onSubmit` once, trimmed, and the input is emptied. Replace opens an empty input; there is no reveal toggle; Save is disabled with the reason while the backend flags keep persistence off. The temporary access token is shown by the read-only sibling `AccessTokenStatus`. In these stories `onSubmit` receives "[redacted]", so that the Actions panel never shows what was typed.',
      },
    },
  },
  args: { field: 'clientSecret', onSubmit: fn() },
  argTypes: {
    field: { control: 'inline-radio', options: CREDENTIAL_FIELD_NAMES },
    configured: { control: 'inline-radio', options: [false, true, 'not_configured', 'configured'] },
    onSubmit: { control: false },
  },
  render: ({ onSubmit, ...args }) => (
    <div className="iu:max-w-md">
      <WriteOnlyCredentialField
        {...args}
        onSubmit={(value) => {
          handedOver(value);
          onSubmit(REDACTED);
        }}
      />
    </div>
  ),
} satisfies Meta<typeof WriteOnlyCredentialField>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Playground: Story = { args: { ...NOT_CONFIGURED } };

export const NotConfigured: Story = {
  name: 'Not configured',
  args: SCENARIOS.notConfigured.args,
  play: async ({ canvasElement, globals }) => {
    const m = messagesOf({ globals });
    const input = inputOf(within(canvasElement), m);
    await expect(input).toHaveAttribute('type', 'password');
    await expect(input).toHaveAttribute('autocomplete', 'new-password');
    await expect(canvasElement.querySelector('[data-slot="credential-status"]')).toHaveTextContent(
      `${m.credentials.states.not_configured} ${m.credentials.valueNeverDisplayed}`,
    );
  },
};

export const Configured: Story = {
  args: SCENARIOS.configured.args,
  play: async ({ canvasElement, globals }) => {
    const m = messagesOf({ globals });
    await expect(canvasElement.querySelector('[data-slot="credential-status"]')).toHaveTextContent(
      `${m.credentials.states.configured} ${m.credentials.valueNeverDisplayed}`,
    );
    await expect(canvasElement.querySelector('input')).toBeNull();
    await expect(within(canvasElement).getByRole('button', { name: namesOf(m).replace })).toBeEnabled();
  },
};

export const Replacing: Story = {
  args: SCENARIOS.replacing.args,
  play: async ({ canvasElement, globals }) => {
    const m = messagesOf({ globals });
    const canvas = within(canvasElement);
    await SCENARIOS.replacing.act!(canvas, m);
    await expect(stateOf(canvasElement)).toBe('replacing');
    await expect(inputOf(canvas, m)).toHaveValue('');
    await expect(inputOf(canvas, m)).toHaveFocus();
    await expect(canvas.getByRole('button', { name: namesOf(m).cancel })).toBeInTheDocument();
  },
};

export const PersistenceDisabled: Story = {
  name: 'Persistence disabled',
  args: SCENARIOS.persistenceDisabled.args,
  play: async ({ canvasElement, args, globals }) => {
    const m = messagesOf({ globals });
    const canvas = within(canvasElement);
    const save = canvas.getByRole('button', { name: namesOf(m).save });
    await expect(inputOf(canvas, m)).toBeDisabled();
    await expect(save).toHaveAttribute('aria-disabled', 'true');
    await expect(save).toHaveAccessibleDescription(m.credentials.persistenceDisabled);
    await userEvent.click(save);
    await expect(args.onSubmit).not.toHaveBeenCalled();
  },
};

export const Invalid: Story = {
  args: SCENARIOS.invalid.args,
  play: async ({ canvasElement, args, globals }) => {
    const m = messagesOf({ globals });
    const canvas = within(canvasElement);
    await SCENARIOS.invalid.act!(canvas, m);
    await expect(stateOf(canvasElement)).toBe('invalid');
    await expect(canvas.getByRole('alert')).toHaveTextContent(text(m.credentialField.errors.empty, { field: namesOf(m).label }));
    await expect(inputOf(canvas, m)).toHaveAttribute('aria-invalid', 'true');
    // Nothing typed is lost.
    await expect(inputOf(canvas, m)).toHaveValue('    ');
    await expect(args.onSubmit).not.toHaveBeenCalled();
  },
};

/** The value goes to onSubmit once; then it is in no attribute, text, input, storage, URL, console output or arg. */
export const Submitted: Story = {
  args: SCENARIOS.submitted.args,
  play: async ({ canvasElement, args, globals }) => {
    const m = messagesOf({ globals });
    handedOver.mockClear();
    const consoles = (['log', 'info', 'debug', 'warn', 'error'] as const).map((level) => spyOn(console, level));
    try {
      const canvas = within(canvasElement);
      await SCENARIOS.submitted.act!(canvas, m);
      await expect(handedOver).toHaveBeenCalledOnce();
      await expect(handedOver).toHaveBeenCalledWith(DEMO_SECRET);
      await expect(args.onSubmit).toHaveBeenCalledOnce();
      await expect(args.onSubmit).toHaveBeenCalledWith(REDACTED);
      await expect(inputOf(canvas, m)).toHaveValue('');
      await expect(stateOf(canvasElement)).toBe('submitted');
      await expect(canvas.getByRole('status')).toHaveTextContent(m.credentialField.submitted);
      await expectNoTrace(DEMO_SECRET);
      for (const spy of consoles) await expect(JSON.stringify(spy.mock.calls)).not.toContain(DEMO_SECRET);
      await expect(JSON.stringify(args)).not.toContain(DEMO_SECRET);
      await expect(JSON.stringify((args.onSubmit as ReturnType<typeof fn>).mock.calls)).not.toContain(DEMO_SECRET);
    } finally {
      for (const spy of consoles) spy.mockRestore();
    }
  },
};

/** Pasting is allowed; replacing a configured value submits once and the replaced value leaves no trace either. */
export const PasteAndReplace: Story = {
  name: 'Paste and replace',
  args: SCENARIOS.configured.args,
  play: async ({ canvasElement, args, globals }) => {
    const m = messagesOf({ globals });
    handedOver.mockClear();
    const canvas = within(canvasElement);
    await click(canvas, namesOf(m).replace);
    await userEvent.click(inputOf(canvas, m));
    await userEvent.paste(DEMO_SECRET);
    await userEvent.keyboard('{Enter}');
    await expect(handedOver).toHaveBeenCalledOnce();
    await expect(handedOver).toHaveBeenCalledWith(DEMO_SECRET);
    await expect(args.onSubmit).toHaveBeenCalledOnce();
    await expect(canvasElement.querySelector('input')).toBeNull();
    await expect(canvas.getByRole('button', { name: namesOf(m).replace })).toHaveFocus();
    await expectNoTrace(DEMO_SECRET);
    // Replace again: the input opens empty, and there is still no way to reveal anything.
    await click(canvas, namesOf(m).replace);
    await expect(inputOf(canvas, m)).toHaveValue('');
    await expect(canvas.getAllByRole('button').map((b) => b.textContent)).toEqual([m.credentialField.save, m.credentialField.cancel]);
  },
};

export const AccessTokenTemporary: Story = {
  name: 'Access token (temporary)',
  render: () => (
    <div className="iu:grid iu:max-w-md iu:gap-3">
      <AccessTokenStatus cache={SEED.accessTokenCache} />
      <AccessTokenStatus cache={ENABLED.accessTokenCache} />
    </div>
  ),
  play: async ({ canvasElement, globals }) => {
    const m = messagesOf({ globals });
    const rows = canvasElement.querySelectorAll('[data-slot="access-token-status"]');
    await expect(rows[0]).toHaveTextContent(`${m.credentials.states.temporary} ${m.credentials.valueNeverDisplayed}`);
    await expect(rows[0]).toHaveTextContent(text(m.readiness.tokenCache, { state: m.readiness.tokenCacheStates.inactive }));
    await expect(rows[1]).toHaveTextContent(text(m.readiness.tokenCache, { state: m.readiness.tokenCacheStates.active }));
    await expect(canvasElement.querySelector('input')).toBeNull();
  },
};

export const Disabled: Story = {
  args: SCENARIOS.disabled.args,
  play: async ({ canvasElement, globals }) => {
    const m = messagesOf({ globals });
    const canvas = within(canvasElement);
    await expect(inputOf(canvas, m)).toBeDisabled();
    await expect(canvas.getByRole('button', { name: namesOf(m).save })).toBeDisabled();
  },
};

/** Bad input: a `configured` value outside the table shows Unknown — and is never echoed (it could be a secret). */
export const UnknownConfigured: Story = {
  name: 'Unknown configured value',
  args: { configured: 'CONFIGURED?' as never, persistenceEnabled: ENABLED.persistenceEnabled },
  parameters: { expectedConsole: [/`configured` must be a boolean/] },
  play: async ({ canvasElement, globals }) => {
    const m = messagesOf({ globals });
    await expect(canvasElement.querySelector('[data-slot="credential-status"]')).toHaveTextContent(`${m.common.unknown} ${m.credentials.valueNeverDisplayed}`);
    await expect(canvasElement.textContent).not.toContain('CONFIGURED?');
  },
};

/** Every state from the table (each reached by its own interaction), then the access token's two states. */
export const AllStates: Story = {
  name: 'All states',
  render: ({ onSubmit, ...args }) => (
    <ul className="iu:grid iu:grid-cols-2 iu:gap-4">
      {WRITE_ONLY_CREDENTIAL_FIELD_STATE_NAMES.map((state) => (
        <li key={state} data-cell={state} aria-label={WRITE_ONLY_CREDENTIAL_FIELD_STATES[state].story}>
          <WriteOnlyCredentialField {...args} {...SCENARIOS[state].args} onSubmit={() => onSubmit(REDACTED)} />
        </li>
      ))}
      {ACCESS_TOKEN_STATUS_NAMES.filter((state) => state !== 'unknown').map((state) => (
        <li key={state} data-cell={`accessToken-${state}`} aria-label={`Access token (temporary): ${state}`}>
          <AccessTokenStatus cache={state} />
        </li>
      ))}
    </ul>
  ),
  play: async ({ canvasElement, globals }) => {
    const m = messagesOf({ globals });
    for (const state of WRITE_ONLY_CREDENTIAL_FIELD_STATE_NAMES) {
      const cell = canvasElement.querySelector<HTMLElement>(`[data-cell="${state}"]`)!;
      await SCENARIOS[state].act?.(within(cell), m);
      await expect(stateOf(cell)).toBe(dataState(state));
    }
    await expectNoTrace(DEMO_SECRET);
  },
};
