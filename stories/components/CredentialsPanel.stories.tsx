import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { CREDENTIALS_PANEL_STATE_NAMES, CREDENTIALS_PANEL_STATES, CredentialsPanel, type CredentialsPanelState } from '../../src/components/CredentialsPanel';
import type { CredentialState } from '../../src/domain';
import { makeCredentialState, SHOPIFY_SUISSE_CREDENTIALS } from '../../src/fixtures';
import { headingLevelArgType } from '../support/args';
import { narrowStory } from '../support/viewports';
import { messagesOf, text } from '../support/l10n';

/** Made up, typed by the play function, never an arg; the story proves it is gone afterwards. */
const DEMO_SECRET = 'shpss_demo-not-a-real-secret-5d1e';
/** The `onSubmit` arg receives a redacted marker so that the Actions panel never logs a typed value. */
const REDACTED = '[redacted]';
const handedOver = fn();

const EXAMPLES: Record<CredentialsPanelState, CredentialState> = {
  notConfigured: SHOPIFY_SUISSE_CREDENTIALS,
  partiallyConfigured: makeCredentialState({ clientId: 'configured' }),
  configured: makeCredentialState({ clientId: 'configured', clientSecret: 'configured', accessTokenCache: 'active' }),
  unknown: makeCredentialState({ clientSecret: 'maybe' as never }),
  malformed: { ...SHOPIFY_SUISSE_CREDENTIALS, checklist: undefined } as never,
};
const PERSISTENCE_ON = makeCredentialState({ persistenceEnabled: true });

const meta = {
  title: 'Components/CredentialsPanel',
  component: CredentialsPanel,
  parameters: {
    docs: {
      description: {
        component:
          'Seed 001\'s "Shopify credentials — write-only" section. Use it on a Shopify source\'s detail page. It receives only whether Client ID and Client Secret are configured (`CredentialState`), never a value. While nothing can be saved (backend flags keep persistence off, or no `onSubmit`) it shows status rows and the reason; once persistence is on it composes `WriteOnlyCredentialField` (typed value handed to `onSubmit(field, value)` once, then cleared) and `AccessTokenStatus`. In these stories `onSubmit` receives "[redacted]".',
      },
    },
  },
  args: { credentials: SHOPIFY_SUISSE_CREDENTIALS, onSubmit: fn() },
  argTypes: { headingLevel: headingLevelArgType, onSubmit: { control: false } },
  render: ({ onSubmit, ...args }) => (
    <div className="iu:max-w-xl">
      <CredentialsPanel
        {...args}
        onSubmit={(field, value) => {
          handedOver(field, value);
          onSubmit?.(field, REDACTED);
        }}
      />
    </div>
  ),
} satisfies Meta<typeof CredentialsPanel>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Playground: Story = {};

export const NotConfigured: Story = { name: 'Not configured (seed 001)', args: { credentials: EXAMPLES.notConfigured } };
export const PartiallyConfigured: Story = { name: 'Partially configured', args: { credentials: EXAMPLES.partiallyConfigured } };
export const Configured: Story = { args: { credentials: EXAMPLES.configured } };

/** Persistence on: the write-only fields appear; a submitted value is handed over once and gone. */
export const PersistenceEnabled: Story = {
  name: 'Persistence enabled',
  args: { credentials: PERSISTENCE_ON },
  play: async ({ canvasElement, args, globals }) => {
    const m = messagesOf({ globals });
    const canvas = within(canvasElement);
    const input = canvas.getByLabelText(m.credentials.fields.clientSecret, { selector: 'input' });
    await userEvent.type(input, DEMO_SECRET);
    await userEvent.click(canvas.getByRole('button', { name: text(m.credentialField.saveField, { field: m.credentials.fields.clientSecret }) }));
    await expect(handedOver).toHaveBeenLastCalledWith('clientSecret', DEMO_SECRET);
    await expect(args.onSubmit).toHaveBeenLastCalledWith('clientSecret', REDACTED);
    await expect(input).toHaveValue('');
    await expect(document.documentElement.outerHTML).not.toContain(DEMO_SECRET);
  },
};

export const French: Story = { args: { credentials: EXAMPLES.notConfigured }, globals: { locale: 'fr' } };

/** Bad input: a field value outside the table shows Unknown, and is never echoed. */
export const UnknownValue: Story = {
  name: 'Unknown field value',
  args: { credentials: EXAMPLES.unknown },
  parameters: { expectedConsole: [/CredentialsPanel credentials.clientSecret: expected "configured" or "not_configured"/] },
  play: async ({ canvasElement, globals }) => {
    const m = messagesOf({ globals });
    await expect(canvasElement.textContent).toContain(`${m.credentials.fields.clientSecret}${m.common.unknown} ${m.credentials.valueNeverDisplayed}`);
    await expect(canvasElement.textContent).not.toContain('maybe');
  },
};

export const Malformed: Story = {
  name: 'Malformed credentials',
  args: { credentials: EXAMPLES.malformed },
  parameters: { expectedConsole: [/CredentialsPanel credentials: credentials.checklist is missing/] },
};

export const Narrow: Story = { name: 'Narrow (390 px)', ...narrowStory, args: { credentials: PERSISTENCE_ON } };

export const AllStates: Story = {
  name: 'All states',
  render: ({ onSubmit }) => (
    <ul className="iu:grid iu:gap-6 iu:lg:grid-cols-2">
      {CREDENTIALS_PANEL_STATE_NAMES.map((state) => (
        <li key={state} aria-label={CREDENTIALS_PANEL_STATES[state].story}>
          <CredentialsPanel credentials={EXAMPLES[state]} headingLevel={3} onSubmit={(field) => onSubmit?.(field, REDACTED)} />
        </li>
      ))}
      <li aria-label="Persistence enabled">
        <CredentialsPanel credentials={PERSISTENCE_ON} headingLevel={3} onSubmit={(field) => onSubmit?.(field, REDACTED)} />
      </li>
    </ul>
  ),
  parameters: {
    expectedConsole: [/CredentialsPanel credentials.clientSecret: expected/, /CredentialsPanel credentials: credentials.checklist is missing/],
  },
};
