import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { PageSection } from '../../src/components/PageSection';
import { SyncHistoryTable } from '../../src/components/SyncHistoryTable';
import { checkSyncRuns } from '../../src/domain';
import { en } from '../../src/i18n';
import { syncRunsOf } from '../../src/fixtures';
import { messagesOf, text } from '../support/l10n';

const RUNS = syncRunsOf('shopify-ch');
const MALFORMED_RUNS = [{ ...RUNS[0]!, processed: null }] as never;

const meta = {
  title: 'Components/PageSection',
  component: PageSection,
  parameters: {
    docs: {
      description: {
        component:
          "A region of a screen pattern: an optional heading, then its content inside an error boundary. Give it `problem` from the domain's `check*` functions: malformed data shows a contained error in this section only, and the rest of the page renders. A component that throws is caught the same way (tested in tests/components/PageSection.test.tsx: React reports a caught error on the console, which a story cannot declare before it happens).",
      },
    },
  },
  args: { title: en.patterns.settings.syncStatus, label: en.syncHistory.title },
} satisfies Meta<typeof PageSection>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Ready: Story = { args: { label: en.syncHistory.title, title: undefined, children: <SyncHistoryTable runs={RUNS} /> } };

/** The shape check found a problem: the section says so instead of rendering its content. */
export const MalformedData: Story = {
  name: 'Malformed data',
  args: { title: undefined, problem: checkSyncRuns(MALFORMED_RUNS), children: <SyncHistoryTable runs={MALFORMED_RUNS} /> },
  parameters: { expectedConsole: [/syncRuns\[0\]\.processed is missing/] },
  play: async ({ canvasElement, args, globals }) => {
    const m = messagesOf({ globals });
    // The section's name is its `label` arg (data, in the app's words); the sentence is the catalog's.
    await expect(within(canvasElement).getByRole('alert')).toHaveTextContent(text(m.patterns.sectionErrorNamed, { section: args.label ?? '' }));
  },
};

export const WithTitleAndDescription: Story = {
  name: 'With title and description',
  parameters: { screenshot: { dark: true } },
  args: { description: en.sourceTable.intro, children: <SyncHistoryTable runs={RUNS} headingLevel={3} /> },
};
