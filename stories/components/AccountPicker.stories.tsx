import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { ACCOUNT_PICKER_STATE_NAMES, ACCOUNT_PICKER_STATES, AccountPicker, type AccountPickerState } from '../../src/components/AccountPicker';
import { PLATFORM_IDS } from '../../src/domain';
import { AUTHORIZED_PROFILE_IDS, DISCOVERED_ACCOUNTS, PROFILE_ESPAGNE, PROFILE_FRANCE, PROFILE_SUISSE, PROFILES } from '../../src/fixtures';
import { headingLevelArgType } from '../support/args';
import { narrowStory } from '../support/viewports';

const [SHOP_FR, SHOP_FR_OUTLET] = DISCOVERED_ACCOUNTS;

const meta = {
  title: 'Components/AccountPicker',
  component: AccountPicker,
  parameters: {
    docs: {
      description: {
        component:
          'Step 6 of Add Source: tick the discovered external accounts to link to the new source. Use it after discovery, once a profile and a platform are chosen. Only the accounts of `profileId` among `authorizedProfileIds` (and of `platformId` when given) are ever listed — an account of another profile, authorized or foreign, is never rendered, so it cannot be linked (anti-leak, fail closed through `linkableAccounts`). References are shown masked only. Native checkboxes; `showRequiredError` marks the group invalid when the user tries to go on without an account.',
      },
    },
  },
  args: {
    accounts: DISCOVERED_ACCOUNTS,
    authorizedProfileIds: AUTHORIZED_PROFILE_IDS,
    profileId: PROFILE_FRANCE.id,
    platformId: 'SHOPIFY',
    onValueChange: fn(),
  },
  argTypes: {
    profileId: { control: 'select', options: [null, ...PROFILES.map((p) => p.id)] },
    platformId: { control: 'select', options: [null, ...PLATFORM_IDS] },
    headingLevel: headingLevelArgType,
  },
} satisfies Meta<typeof AccountPicker>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Playground: Story = {};

export const NoSelection: Story = {
  name: 'No selection',
  args: { value: [] },
};

export const Selected: Story = {
  args: { defaultValue: [SHOP_FR!.id] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('checkbox', { name: /cyspera-fr-outlet\.myshopify\.com/ }));
    await userEvent.click(canvas.getByRole('checkbox', { name: /cyspera-fr\.myshopify\.com/ }));
    await expect(canvas.getByRole('checkbox', { name: /cyspera-fr-outlet\.myshopify\.com/ })).toBeChecked();
    await expect(canvas.getByRole('checkbox', { name: /cyspera-fr\.myshopify\.com/ })).not.toBeChecked();
  },
};

export const RequiredError: Story = {
  name: 'Required error',
  args: { value: [], showRequiredError: true },
};

/** Profile Suisse is chosen: Profile France's shops are authorized too, but not linkable to this source. */
export const OtherProfileHidden: Story = {
  name: "Other profile's accounts hidden",
  args: { profileId: PROFILE_SUISSE.id },
};

export const NoProfileChosen: Story = {
  name: 'No profile chosen',
  args: { profileId: null },
};

/** Profile Espagne has no discovered account. */
export const Empty: Story = {
  args: { profileId: PROFILE_ESPAGNE.id },
};

export const French: Story = {
  args: { value: [], showRequiredError: true },
  globals: { locale: 'fr' },
};

export const Narrow: Story = { name: 'Narrow (390 px)', ...narrowStory, args: { defaultValue: [SHOP_FR_OUTLET!.id] } };

const ARGS_OF_STATE: Record<AccountPickerState, Partial<Story['args']>> = {
  noSelection: { value: [] },
  selected: { value: [SHOP_FR!.id] },
  requiredError: { value: [], showRequiredError: true },
  noProfile: { profileId: null },
  empty: { profileId: PROFILE_ESPAGNE.id },
};

export const AllStates: Story = {
  name: 'All states',
  render: (args) => (
    <div className="iu:grid iu:gap-6">
      {ACCOUNT_PICKER_STATE_NAMES.map((state) => (
        <div key={state} className="iu:grid iu:gap-1">
          <p className="iu:font-mono iu:text-xs iu:text-muted-foreground">{ACCOUNT_PICKER_STATES[state].story}</p>
          <AccountPicker {...args} {...ARGS_OF_STATE[state]} />
        </div>
      ))}
    </div>
  ),
};
