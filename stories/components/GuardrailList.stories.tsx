import type { Meta, StoryObj } from '@storybook/react-vite';
import { GuardrailList } from '../../src/components/GuardrailList';
import { ONBOARDING_GUARDRAILS, SETTINGS_GUARDRAILS } from '../../src/fixtures';
import { headingLevelArgType } from '../support/args';
import { narrowStory } from '../support/viewports';

const meta = {
  title: 'Components/GuardrailList',
  component: GuardrailList,
  parameters: {
    docs: {
      description: {
        component:
          'The V1 guardrails of a screen: what the product deliberately does not do. Use it at the bottom of the Add Source flow (`ONBOARDING_GUARDRAILS`, titled "Guardrails (V1):" as in seed 000) and of the integrations settings (`SETTINGS_GUARDRAILS`, "Guardrails (V1)", seed 002). Each line comes from the catalog verbatim; a guardrail the catalog does not know shows its raw id instead of vanishing.',
      },
    },
  },
  argTypes: {
    scope: { control: 'inline-radio', options: [undefined, 'onboarding', 'settings'] },
    headingLevel: headingLevelArgType,
  },
} satisfies Meta<typeof GuardrailList>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Playground: Story = { args: { guardrails: SETTINGS_GUARDRAILS } };

export const Onboarding: Story = {
  name: 'Onboarding (seed 000)',
  args: { guardrails: ONBOARDING_GUARDRAILS },
};

export const Settings: Story = {
  name: 'Settings (seed 002)',
  args: { guardrails: SETTINGS_GUARDRAILS },
};

/** Bad input: a guardrail the catalog does not know keeps its place, shown as its raw id. */
export const UnknownGuardrail: Story = {
  name: 'Unknown guardrail',
  args: { guardrails: [...SETTINGS_GUARDRAILS.slice(0, 2), { id: 'no_crypto_payments', scope: 'settings' }, ...SETTINGS_GUARDRAILS.slice(2)] },
  parameters: { expectedConsole: [/unknown guardrail "no_crypto_payments"/] },
};

export const French: Story = { args: { guardrails: ONBOARDING_GUARDRAILS }, globals: { locale: 'fr' } };

export const Empty: Story = { args: { guardrails: [] } };

export const Narrow: Story = { name: 'Narrow (390 px)', ...narrowStory, args: { guardrails: ONBOARDING_GUARDRAILS } };

export const AllStates: Story = {
  name: 'All states',
  args: { guardrails: SETTINGS_GUARDRAILS },
  render: () => (
    <div className="iu:grid iu:gap-6">
      <GuardrailList guardrails={[SETTINGS_GUARDRAILS[0]!, { id: 'no_crypto_payments', scope: 'settings' }]} />
      <GuardrailList guardrails={ONBOARDING_GUARDRAILS.slice(0, 3)} headingLevel={3} />
      <GuardrailList guardrails={[]} headingLevel={3} />
    </div>
  ),
  parameters: { expectedConsole: [/unknown guardrail "no_crypto_payments"/] },
};
