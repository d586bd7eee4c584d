import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { PROFILE_PICKER_STATE_NAMES, PROFILE_PICKER_STATES, ProfilePicker, type ProfilePickerState } from '../../src/components/ProfilePicker';
import { fr } from '../../src/locales/fr';
import { AUTHORIZED_PROFILE_IDS, FOREIGN_PROFILE, PROFILE_FRANCE, PROFILE_SUISSE, PROFILES } from '../../src/fixtures';
import { pickerArgTypes } from '../support/args';
import { narrowStory } from '../support/viewports';
import { messagesOf } from '../support/l10n';

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
  play: async ({ canvasElement, globals }) => {
    const m = messagesOf({ globals });
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('radiogroup', { name: m.profiles.selectRequired })).toHaveAttribute('aria-required', 'true');
    await expect(canvas.getAllByRole('radio').filter((r) => (r as HTMLInputElement).checked)).toHaveLength(0);
  },
};

export const Selected: Story = {
  name: 'Selected (Profile France)',
  args: { defaultValue: PROFILE_FRANCE.id },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('radio', { name: /Profile France/ })).toBeChecked();
    await userEvent.click(canvas.getByRole('radio', { name: /Profile Suisse/ }));
    await expect(args.onValueChange).toHaveBeenCalledWith(PROFILE_SUISSE.id);
    await userEvent.keyboard('{ArrowDown}');
    await expect(canvas.getByRole('radio', { name: /Profile Espagne/ })).toBeChecked();
  },
};

export const UnavailableProfile: Story = {
  name: 'Unavailable profile',
  args: { profiles: WITH_UNAVAILABLE },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('radio', { name: /Profile Suisse/ })).toBeDisabled();
  },
};

export const RequiredError: Story = {
  name: 'Required error',
  args: { showRequiredError: true, value: null },
  play: async ({ canvasElement, globals }) => {
    const m = messagesOf({ globals });
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('radiogroup')).toHaveAttribute('aria-invalid', 'true');
    await expect(canvas.getByRole('alert')).toHaveTextContent(m.profiles.requiredError);
  },
};

/** A foreign merchant's profile is passed in but not authorized: it is not rendered at all. */
export const AntiLeak: Story = {
  name: 'Anti-leak',
  args: { profiles: [...PROFILES, FOREIGN_PROFILE] },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByText(FOREIGN_PROFILE.name)).toBeNull();
    await expect(within(canvasElement).getAllByRole('radio')).toHaveLength(3);
  },
};

export const Empty: Story = {
  args: { authorizedProfileIds: [] },
  play: async ({ canvasElement, globals }) => {
    const m = messagesOf({ globals });
    await expect(canvasElement).toHaveTextContent(m.profiles.empty);
  },
};

export const French: Story = {
  args: { showRequiredError: true, value: null },
  globals: { locale: 'fr' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('heading')).toHaveTextContent(fr.profiles.selectRequired);
  },
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
