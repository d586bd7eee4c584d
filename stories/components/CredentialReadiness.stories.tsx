import type { Meta, StoryObj } from '@storybook/react-vite';
import {
  CREDENTIAL_READINESS_STATE_NAMES,
  CREDENTIAL_READINESS_STATES,
  CredentialReadiness,
  type CredentialReadinessState,
} from '../../src/components/CredentialReadiness';
import { CREDENTIAL_CHECKLIST_ITEMS, type CredentialState } from '../../src/domain';
import { makeCredentialState, SHOPIFY_SUISSE_CREDENTIALS } from '../../src/fixtures';
import { headingLevelArgType } from '../support/args';
import { narrowStory } from '../support/viewports';

const checklist = (todo: readonly string[]) =>
  CREDENTIAL_CHECKLIST_ITEMS.map((id) => ({ id, status: todo.includes(id) ? ('todo' as const) : ('ok' as const) }));
const configured = { clientId: 'configured', clientSecret: 'configured' } as const;

/** One credential state per readiness code, each consistent with its checklist. */
const EXAMPLES: Record<CredentialReadinessState, CredentialState> = {
  SECRET_REFS_MISSING: SHOPIFY_SUISSE_CREDENTIALS,
  SECRET_MANAGER_MISSING: makeCredentialState({
    ...configured,
    readiness: 'SECRET_MANAGER_MISSING',
    checklist: checklist(['secret_manager', 'exchange_flags']),
  }),
  EXCHANGE_DISABLED: makeCredentialState({ ...configured, readiness: 'EXCHANGE_DISABLED', checklist: checklist(['exchange_flags']) }),
  READY: makeCredentialState({ ...configured, readiness: 'READY', checklist: checklist([]) }),
  unknown: { ...SHOPIFY_SUISSE_CREDENTIALS, readiness: 'SECRET_ROTATION_DUE' as never },
};

const meta = {
  title: 'Components/CredentialReadiness',
  component: CredentialReadiness,
  parameters: {
    docs: {
      description: {
        component:
          'Seed 001\'s "Shopify credentials — readiness". Use it beside `CredentialsPanel` on a Shopify source: the readiness code (READY success, others warning), whether real calls are possible, the token cache, the V1 scopes (forbidden ones critical), the six-item checklist, and the credential\'s Source Health and Data Quality lines. It reads codes and statuses only — no secret exists in `CredentialState` and nothing else of the object reaches the DOM. `contentLocale="fr"` renders the readiness texts in French on an English page, as seed 001 does.',
      },
    },
  },
  args: { credentials: SHOPIFY_SUISSE_CREDENTIALS },
  argTypes: { headingLevel: headingLevelArgType, contentLocale: { control: 'inline-radio', options: [undefined, 'en', 'fr'] } },
  render: (args) => (
    <div className="iu:max-w-2xl">
      <CredentialReadiness {...args} />
    </div>
  ),
} satisfies Meta<typeof CredentialReadiness>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Playground: Story = {};

/** Seed 001 as shown: English page, readiness texts in French. */
export const SecretRefsMissing: Story = {
  name: 'Secret refs missing (seed 001)',
  args: { credentials: EXAMPLES.SECRET_REFS_MISSING, contentLocale: 'fr' },
};
export const Ready: Story = { args: { credentials: EXAMPLES.READY } };
export const SecretManagerMissing: Story = { name: 'Secret manager missing', args: { credentials: EXAMPLES.SECRET_MANAGER_MISSING } };
export const ExchangeDisabled: Story = { name: 'Exchange disabled', args: { credentials: EXAMPLES.EXCHANGE_DISABLED } };
export const TokenCacheActive: Story = {
  name: 'Token cache active',
  args: { credentials: makeCredentialState({ ...EXAMPLES.READY, accessTokenCache: 'active' }) },
};

export const French: Story = { args: { credentials: EXAMPLES.SECRET_REFS_MISSING }, globals: { locale: 'fr' } };

/** Bad input: a readiness code the library does not know is shown neutral with its raw code. */
export const UnknownReadiness: Story = {
  name: 'Unknown readiness (bad input)',
  args: { credentials: EXAMPLES.unknown },
  parameters: { expectedConsole: [/CredentialReadiness readiness: unknown readiness code "SECRET_ROTATION_DUE"/] },
};

export const Narrow: Story = { name: 'Narrow (390 px)', ...narrowStory, args: { credentials: EXAMPLES.SECRET_REFS_MISSING, contentLocale: 'fr' } };

export const AllStates: Story = {
  name: 'All states',
  render: () => (
    <ul className="iu:grid iu:gap-8 iu:lg:grid-cols-2">
      {CREDENTIAL_READINESS_STATE_NAMES.map((state) => (
        <li key={state} aria-label={CREDENTIAL_READINESS_STATES[state].story}>
          <CredentialReadiness credentials={EXAMPLES[state]} headingLevel={3} />
        </li>
      ))}
    </ul>
  ),
  parameters: { expectedConsole: [/unknown readiness code "SECRET_ROTATION_DUE"/] },
};
