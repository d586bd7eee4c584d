import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import {
  SOURCE_SETTINGS_FORM_STATE_NAMES,
  SOURCE_SETTINGS_FORM_STATES,
  SourceSettingsForm,
  type SourceSettingsFormState,
} from '../../src/components/SourceSettingsForm';
import { SHOPIFY_FRANCE } from '../../src/fixtures';
import { headingLevelArgType } from '../support/args';
import { narrowStory } from '../support/viewports';
import { messagesOf, text } from '../support/l10n';

/** A name over the 80-character default: shown whole and refused, never cut. */
const TOO_LONG_NAME = `${SHOPIFY_FRANCE.name} — main Cyspera store for the French market (EUR orders, refunds and returns)`;

const meta = {
  title: 'Components/SourceSettingsForm',
  component: SourceSettingsForm,
  parameters: {
    docs: {
      description: {
        component:
          'Step 7 of Add Source: name the new source (the label shown in every table and alert). Use it once accounts are selected. An empty field can offer the suggested name as a one-click button. A name that is empty (or only spaces) shows the required error when `showRequiredError` is set; a name over `maxLength` is refused with a message and never silently cut. Preview only: nothing is saved, the parent reads the name through `onValueChange`.',
      },
    },
  },
  args: { onValueChange: fn() },
  argTypes: { headingLevel: headingLevelArgType, maxLength: { control: 'number' } },
} satisfies Meta<typeof SourceSettingsForm>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Playground: Story = { args: { suggestedName: SHOPIFY_FRANCE.name } };

export const Empty: Story = {};

export const WithSuggestion: Story = {
  name: 'With suggestion',
  args: { suggestedName: SHOPIFY_FRANCE.name },
  play: async ({ canvasElement, globals }) => {
    const m = messagesOf({ globals });
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: text(m.sourceSettings.useSuggestion, { name: SHOPIFY_FRANCE.name }) }));
    await expect(canvas.getByRole('textbox', { name: m.sourceSettings.nameLabel })).toHaveFocus();
  },
};

export const Filled: Story = {
  args: { defaultValue: SHOPIFY_FRANCE.name, suggestedName: SHOPIFY_FRANCE.name },
  play: async ({ canvasElement, globals }) => {
    const m = messagesOf({ globals });
    const input = within(canvasElement).getByRole('textbox', { name: m.sourceSettings.nameLabel });
    await userEvent.type(input, ' EU');
    await expect(input).toHaveValue(`${SHOPIFY_FRANCE.name} EU`);
  },
};

export const RequiredError: Story = {
  name: 'Required error',
  args: { value: '  ', showRequiredError: true },
};

export const TooLong: Story = {
  name: 'Too long',
  args: { defaultValue: TOO_LONG_NAME },
};

export const French: Story = {
  args: { suggestedName: SHOPIFY_FRANCE.name, showRequiredError: true },
  globals: { locale: 'fr' },
};

export const Narrow: Story = { name: 'Narrow (390 px)', ...narrowStory, args: { defaultValue: TOO_LONG_NAME } };

const ARGS_OF_STATE: Record<SourceSettingsFormState, Partial<Story['args']>> = {
  empty: { value: '', suggestedName: SHOPIFY_FRANCE.name },
  filled: { value: SHOPIFY_FRANCE.name },
  requiredError: { value: '', showRequiredError: true },
  tooLong: { value: TOO_LONG_NAME },
};

export const AllStates: Story = {
  name: 'All states',
  render: (args) => (
    <div className="iu:grid iu:gap-6">
      {SOURCE_SETTINGS_FORM_STATE_NAMES.map((state) => (
        <div key={state} className="iu:grid iu:gap-1">
          <p className="iu:font-mono iu:text-xs iu:text-muted-foreground">{SOURCE_SETTINGS_FORM_STATES[state].story}</p>
          <SourceSettingsForm {...args} {...ARGS_OF_STATE[state]} />
        </div>
      ))}
    </div>
  ),
};
