import type { Meta, StoryObj } from '@storybook/react-vite';
import { SyncHistoryTable } from '../../src/components/SyncHistoryTable';
import { makeSyncRun, syncRunsOf } from '../../src/fixtures';
import { narrowStory } from '../support/viewports';

const MIXED = [...syncRunsOf('shopify-es'), ...syncRunsOf('ga4-ch'), ...syncRunsOf('shopify-ch')];

const meta = {
  title: 'Components/SyncHistoryTable',
  component: SyncHistoryTable,
  parameters: {
    docs: {
      description: {
        component:
          'The sync runs of a source, newest first (seed 001 "Sync history (preview)"): status code with icon and tone (completed, partial, failed), counts exactly as reported ("1000"), API version and error code. The footnote always says it is a preview: no real job runs in this shell.',
      },
    },
  },
  args: { runs: syncRunsOf('shopify-ch') },
} satisfies Meta<typeof SyncHistoryTable>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Playground: Story = {};

export const Completed: Story = { name: 'completed (seed 001)' };
export const Partial: Story = { name: 'partial', args: { runs: syncRunsOf('ga4-ch') } };
export const Failed: Story = { name: 'failed', args: { runs: syncRunsOf('shopify-es') } };
export const Mixed: Story = { args: { runs: MIXED }, parameters: { screenshot: { dark: true } } };
export const Empty: Story = { args: { runs: [] } };

/** Bad input: a status the library does not know is shown, neutral, with its raw code. */
export const UnknownStatus: Story = {
  name: 'Unknown status',
  args: { runs: [makeSyncRun({ status: 'queued' as never, fetched: 0, processed: 0 })] },
  parameters: { expectedConsole: [/SyncHistoryTable status: unknown status "queued"/] },
};

export const French: Story = { args: { runs: MIXED }, globals: { locale: 'fr' } };

export const Narrow: Story = { name: 'Narrow (390 px)', ...narrowStory, args: { runs: MIXED } };
