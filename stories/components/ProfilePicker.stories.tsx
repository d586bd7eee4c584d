import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { PROFILE_PICKER_STATE_NAMES, PROFILE_PICKER_STATES, ProfilePicker, type ProfilePickerState } from '../../src/components/ProfilePicker';
import { AUTHORIZED_PROFILE_IDS, PROFILE_FRANCE, PROFILE_SUISSE, PROFILES } from '../../src/fixtures';
import { pickerArgTypes } from '../support/args';
import { narrowStory } from '../support/viewports';

/** The seed's profiles with Profile Suisse made unavailable. */
const WITH_UNAVAILABLE = PROFILES.map((p) => (p.id === PROFILE_SUISSE.id ? { ...p, availability: 'unavailable' as const } : p));

const meta = {
  title: 'Components/ProfilePicker',
  component: ProfilePicker,
  parameters: {
    docs: {
      description: {
        component:
          'Step 1 of Add Source: choose the Profile (BusinessUnit) the new source belongs to. Use it wherever a source or account must be scoped to one profile. Only the profiles in `authorizedProfileIds` are ever listed (anti-leak, fail closed through `visibleProfiles`); an unavailable profile is shown disabled. Native radios, so arrow keys work as everywhere; `showRequiredError` marks the group invalid when the user tries to go on without a profile.',
      },
    },
  },
  args: { profiles: PROFILES, authorizedProfileIds: AUTHORIZED_PROFILE_IDS, onValueChange: fn() },
  argTypes: pickerArgTypes(PROFILES.map((p) => p.id)),
} satisfies Meta<typeof ProfilePicker>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Playground: Story = {};

export const NoSelection: Story = {
  name: 'No selection',
  args: { value: null },
};

export const Selected: Story = {
  name: 'Selected (Profile France)',
  args: { defaultValue: PROFILE_FRANCE.id },
  /** Native radios: a click selects, the arrow keys move the selection. */
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('radio', { name: /Profile Suisse/ }));
    await userEvent.keyboard('{ArrowDown}');
    await expect(canvas.getByRole('radio', { name: /Profile Espagne/ })).toBeChecked();
    await expect(canvas.getByRole('radio', { name: /Profile Espagne/ })).toHaveFocus();
  },
};

export const UnavailableProfile: Story = {
  name: 'Unavailable profile',
  args: { profiles: WITH_UNAVAILABLE },
};

export const RequiredError: Story = {
  name: 'Required error',
  args: { showRequiredError: true, value: null },
};

export const Empty: Story = {
  args: { authorizedProfileIds: [] },
};

export const French: Story = {
  args: { showRequiredError: true, value: null },
  globals: { locale: 'fr' },
};

export const Narrow: Story = { name: 'Narrow (390 px)', ...narrowStory, args: { defaultValue: PROFILE_FRANCE.id } };

const ARGS_OF_STATE: Record<ProfilePickerState, Partial<Story['args']>> = {
  noSelection: { value: null },
  selected: { value: PROFILE_FRANCE.id },
  requiredError: { value: null, showRequiredError: true },
  empty: { authorizedProfileIds: [] },
};

export const AllStates: Story = {
  name: 'All states',
  render: (args) => (
    <div className="iu:grid iu:gap-6">
      {PROFILE_PICKER_STATE_NAMES.map((state) => (
        <div key={state} className="iu:grid iu:gap-1">
          <p className="iu:font-mono iu:text-xs iu:text-muted-foreground">{PROFILE_PICKER_STATES[state].story}</p>
          <ProfilePicker {...args} {...ARGS_OF_STATE[state]} />
        </div>
      ))}
      <div className="iu:grid iu:gap-1">
        <p className="iu:font-mono iu:text-xs iu:text-muted-foreground">Unavailable profile</p>
        <ProfilePicker {...args} profiles={WITH_UNAVAILABLE} />
      </div>
    </div>
  ),
};
