import type { Meta, StoryObj } from '@storybook/react-vite';
import { SOURCE_HEALTH_PANEL_VARIANT_NAMES, SourceHealthPanel } from '../../src/components/SourceHealthPanel';
import { makeSource, SHOPIFY_ESPAGNE, SHOPIFY_FRANCE, SHOPIFY_SUISSE, TIKTOK_ADS_FRANCE } from '../../src/fixtures';
import { narrowStory } from '../support/viewports';

const meta = {
  title: 'Components/SourceHealthPanel',
  component: SourceHealthPanel,
  parameters: {
    docs: {
      description: {
        component:
          'A source\'s post-connection health review: the status code (healthy, warning, critical) with icon and tone, the codes of its flags, and one line per flag, or "No issue". Use `variant="detail"` on the source page (seeds 001/003/004) and `variant="preview"` in the Add Source review step (seed 000). Info flags are listed without lowering the status.',
      },
    },
  },
  argTypes: { variant: { control: 'inline-radio', options: SOURCE_HEALTH_PANEL_VARIANT_NAMES } },
  args: { source: SHOPIFY_SUISSE },
} satisfies Meta<typeof SourceHealthPanel>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Playground: Story = {};

export const HealthyNoIssue: Story = { name: 'Healthy no issue (Shopify Suisse)', args: { source: SHOPIFY_SUISSE } };
export const HealthyWithInfo: Story = { name: 'Healthy with info (TikTok Ads France)', args: { source: TIKTOK_ADS_FRANCE } };
export const Warning: Story = { name: 'Warning (Shopify France)', args: { source: SHOPIFY_FRANCE } };
export const Critical: Story = { name: 'Critical (Shopify Espagne)', args: { source: SHOPIFY_ESPAGNE } };
export const Preview: Story = { name: 'Preview (seed 000)', args: { source: SHOPIFY_FRANCE, variant: 'preview' } };

/** Bad input: a connection status the library does not know reads Unknown with its raw code. */
export const UnknownStatus: Story = {
  name: 'Unknown status',
  args: { source: makeSource({ connectionStatus: 'SUSPENDED' as never }) },
  parameters: { expectedConsole: [/SourceHealthPanel connectionStatus: unknown status "SUSPENDED"/] },
};

export const French: Story = { name: 'French (seed 003)', args: { source: TIKTOK_ADS_FRANCE }, globals: { locale: 'fr' } };

export const Narrow: Story = {
  name: 'Narrow (390 px)',
  ...narrowStory,
  args: {
    source: makeSource({ name: 'GA4 Suisse', connectionStatus: 'PERMISSION_MISSING', technical: { schemaChanged: true, mappingStatus: 'unconfirmed' } }),
  },
};

export const AllStates: Story = {
  name: 'All states',
  render: () => (
    <div className="iu:grid iu:gap-6 iu:sm:grid-cols-2">
      {[SHOPIFY_SUISSE, TIKTOK_ADS_FRANCE, SHOPIFY_FRANCE, SHOPIFY_ESPAGNE].map((source) => (
        <SourceHealthPanel key={source.id} source={source} headingLevel={3} />
      ))}
      <SourceHealthPanel source={SHOPIFY_FRANCE} variant="preview" headingLevel={3} />
    </div>
  ),
};
