import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { messagesOf, text } from '../support/l10n';
import type { Messages } from '../../src/i18n';

/** A mock prerequisite's status as the table words it: "not_checked (mock)". */
const withMock = (m: Messages, status: string) => text(m.prerequisites.withMock, { status, mock: m.prerequisites.mock });
import { PREREQUISITE_STATUS_STATE_NAMES, PREREQUISITE_STATUS_STATES, PrerequisitesTable } from '../../src/components/PrerequisitesTable';
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
  play: async ({ canvasElement, globals }) => {
    const m = messagesOf({ globals });
    await expect(within(canvasElement).getAllByText(withMock(m, m.prerequisites.statuses.not_checked))).toHaveLength(3);
  },
};

export const Ok: Story = { name: 'ok', args: { prerequisites: allWith('ok') } };

export const Failed: Story = { name: 'failed', args: { prerequisites: allWith('failed') } };

export const Mixed: Story = {
  args: { prerequisites: MIXED },
  play: async ({ canvasElement, globals }) => {
    const m = messagesOf({ globals });
    const statuses = [...canvasElement.querySelectorAll('[data-slot="status"]')].map((s) => s.textContent);
    await expect(statuses).toEqual([m.prerequisites.statuses.ok, m.prerequisites.statuses.failed, withMock(m, m.prerequisites.statuses.not_checked)]);
  },
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
  play: async ({ canvasElement, globals }) => {
    const m = messagesOf({ globals });
    await expect(canvasElement.querySelector('[data-slot="status"]')).toHaveTextContent(
      withMock(m, text(m.common.unknownWithCode, { code: 'pending_review' })),
    );
  },
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
  play: async ({ canvasElement }) => {
    const tones = [...canvasElement.querySelectorAll('[data-slot="status"]')].map((s) => s.getAttribute('data-tone'));
    await expect(tones).toEqual(PREREQUISITE_STATUS_STATE_NAMES.map((s) => PREREQUISITE_STATUS_STATES[s].tone));
  },
};
