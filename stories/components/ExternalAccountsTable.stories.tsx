import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { ExternalAccountsTable } from '../../src/components/ExternalAccountsTable';
import { accountsOf, AUTHORIZED_PROFILE_IDS, EXTERNAL_ACCOUNTS, FOREIGN_ACCOUNTS } from '../../src/fixtures';
import { narrowStory } from '../support/viewports';

const meta = {
  title: 'Components/ExternalAccountsTable',
  component: ExternalAccountsTable,
  parameters: {
    docs: {
      description: {
        component:
          'The external accounts linked to a source (seed 001): name, masked reference and whether it is selected. Anti-leak: only accounts of the authorized profiles are shown (fail closed: no authorized profile shows none), and a reference is only ever rendered masked (`shop_ch_•••1`) — the raw value never reaches the page.',
      },
    },
  },
  args: { accounts: accountsOf('shopify-ch'), authorizedProfileIds: AUTHORIZED_PROFILE_IDS },
} satisfies Meta<typeof ExternalAccountsTable>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Playground: Story = {};

export const Selected: Story = { name: 'Selected (seed 001)', parameters: { screenshot: { dark: true } } };
export const NotSelected: Story = { name: 'Not selected (seed 003)', args: { accounts: accountsOf('tiktok-ads-fr') } };

/** Another merchant's accounts are mixed in: they never show, and no raw reference reaches the DOM. */
export const AntiLeak: Story = {
  name: 'Anti-leak',
  args: { accounts: [...EXTERNAL_ACCOUNTS, ...FOREIGN_ACCOUNTS] },
  play: async ({ canvasElement }) => {
    const html = canvasElement.innerHTML;
    for (const account of [...EXTERNAL_ACCOUNTS, ...FOREIGN_ACCOUNTS]) await expect(html).not.toContain(account.externalRef);
    for (const foreign of FOREIGN_ACCOUNTS) await expect(canvasElement.textContent).not.toContain(foreign.name);
    await expect(canvasElement.querySelectorAll('tbody tr')).toHaveLength(EXTERNAL_ACCOUNTS.length);
  },
};

export const Empty: Story = { args: { accounts: [] } };

export const French: Story = { globals: { locale: 'fr' } };

export const Narrow: Story = { name: 'Narrow (390 px)', ...narrowStory, args: { accounts: EXTERNAL_ACCOUNTS } };
