import type { Meta, StoryObj } from '@storybook/react-vite';
import { PREREQUISITE_STATUS_STATE_NAMES, PrerequisitesTable } from '../../src/components/PrerequisitesTable';
import type { Prerequisite, PrerequisiteStatus } from '../../src/domain';
import { SHOPIFY_PREREQUISITES } from '../../src/fixtures';
import { headingLevelArgType } from '../support/args';
import { narrowStory } from '../support/viewports';

/** Seed 000's Shopify prerequisites, all with one status (a real check, not the mock). */
const allWith = (status: PrerequisiteStatus, mock = false): Prerequisite[] => SHOPIFY_PREREQUISITES.map((p) => ({ ...p, status, mock }));

/** One row per status: checked, failed, and still simulated. */
const MIXED: Prerequisite[] = [
  { ...SHOPIFY_PREREQUISITES[0]!, status: 'ok', mock: false },
  { ...SHOPIFY_PREREQUISITES[1]!, status: 'failed', mock: false },
  SHOPIFY_PREREQUISITES[2]!,
];

const meta = {
  title: 'Components/PrerequisitesTable',
  component: PrerequisitesTable,
  parameters: {
    docs: {
      description: {
        component:
          'Step 3 of Add Source: what the chosen platform needs before it can be connected — each prerequisite (title, description below it), whether it is required, and its check status (icon, tone and the status code, with "(mock)" while the check is simulated). Read-only. An unknown status renders a neutral Unknown with the raw code; an unknown prerequisite id shows its raw id.',
      },
    },
  },
  args: { prerequisites: SHOPIFY_PREREQUISITES, platformId: 'SHOPIFY' },
  argTypes: { headingLevel: headingLevelArgType },
} satisfies Meta<typeof PrerequisitesTable>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Playground: Story = {};

export const NotCheckedMock: Story = {
  name: 'not_checked (mock)',
};

export const Ok: Story = { name: 'ok', args: { prerequisites: allWith('ok') } };

export const Failed: Story = { name: 'failed', args: { prerequisites: allWith('failed') } };

export const Mixed: Story = {
  args: { prerequisites: MIXED },
};

/** Bad input: a status and a prerequisite id the library does not know. */
export const UnknownStatus: Story = {
  name: 'Unknown status (bad input)',
  args: {
    prerequisites: [
      { ...SHOPIFY_PREREQUISITES[0]!, status: 'pending_review' as never },
      { ...SHOPIFY_PREREQUISITES[1]!, id: 'webhooks_scope', status: 'ok', mock: false },
    ],
  },
  parameters: { expectedConsole: [/prerequisite.status: unknown status "pending_review"/, /prerequisite.id: unknown prerequisite "webhooks_scope"/] },
};

export const Empty: Story = { args: { prerequisites: [] } };

export const Narrow: Story = { name: 'Narrow (390 px)', ...narrowStory };

export const French: Story = { globals: { locale: 'fr' } };

export const AllStates: Story = {
  name: 'All states',
  args: {
    prerequisites: PREREQUISITE_STATUS_STATE_NAMES.map((status, i) => ({
      ...SHOPIFY_PREREQUISITES[i % SHOPIFY_PREREQUISITES.length]!,
      status: (status === 'unknown' ? 'pending_review' : status) as PrerequisiteStatus,
      mock: status === 'not_checked',
    })),
  },
  parameters: { expectedConsole: [/prerequisite.status: unknown status "pending_review"/] },
};
