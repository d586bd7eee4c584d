import type { Meta, StoryObj } from '@storybook/react-vite';
import { TechnicalStatusList } from '../../src/components/TechnicalStatusList';
import { makeSource, SHOPIFY_FRANCE, SHOPIFY_SUISSE, TIKTOK_ADS_FRANCE } from '../../src/fixtures';
import { profileOf } from '../support/args';
import { narrowStory } from '../support/viewports';

const API_REVIEW_REQUIRED = makeSource({
  name: 'Shopify (API review)',
  platformId: 'SHOPIFY',
  technical: { apiVersionTarget: '2026-04', apiVersionMonitored: ['2026-07'], apiVersionReview: 'REQUIRED', changelogReviewRequired: true },
});

const meta = {
  title: 'Components/TechnicalStatusList',
  component: TechnicalStatusList,
  parameters: {
    docs: {
      description: {
        component:
          "A source's technical status as a description list (seed 001): enabled, API version target (and versions only monitored), API version review, the three review flags, mapping status and last successful sync (relative, with the absolute time in the profile's time zone on hover). Values that ask someone to act carry the warning tone and an icon. Codes are shown verbatim in every language.",
      },
    },
  },
  args: { source: SHOPIFY_SUISSE, profile: profileOf(SHOPIFY_SUISSE) },
} satisfies Meta<typeof TechnicalStatusList>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Playground: Story = {};

export const ShopifySuisse: Story = { name: 'Shopify Suisse (seed 001)' };
export const TikTokAdsFrance: Story = { name: 'TikTok Ads France (seed 003)', args: { source: TIKTOK_ADS_FRANCE, profile: profileOf(TIKTOK_ADS_FRANCE) } };
export const SchemaChanged: Story = { name: 'Schema changed (Shopify France)', args: { source: SHOPIFY_FRANCE, profile: profileOf(SHOPIFY_FRANCE) } };
export const ApiReviewRequired: Story = { name: 'API review required', args: { source: API_REVIEW_REQUIRED, profile: profileOf(API_REVIEW_REQUIRED) } };

/** Bad input: unknown values read "Unknown (raw)", an unreadable time "Invalid date". */
export const BadData: Story = {
  name: 'Bad data (Unknown)',
  args: { source: makeSource({ lastSuccessfulSyncAt: 'yesterday', technical: { apiVersionReview: 'MAYBE' as never } }), profile: undefined },
  parameters: { expectedConsole: [/TechnicalStatusList apiVersionReview: unexpected value "MAYBE"/, /lastSuccessfulSyncAt: expected an ISO-8601 timestamp/] },
};

export const French: Story = {
  name: 'French (seed 003)',
  args: { source: TIKTOK_ADS_FRANCE, profile: profileOf(TIKTOK_ADS_FRANCE) },
  globals: { locale: 'fr' },
};

export const Narrow: Story = { name: 'Narrow (390 px)', ...narrowStory, args: { source: API_REVIEW_REQUIRED, profile: profileOf(API_REVIEW_REQUIRED) } };

export const AllStates: Story = {
  name: 'All states',
  render: () => (
    <div className="iu:grid iu:gap-6 iu:sm:grid-cols-2">
      {[SHOPIFY_SUISSE, TIKTOK_ADS_FRANCE, SHOPIFY_FRANCE, API_REVIEW_REQUIRED].map((source) => (
        <TechnicalStatusList key={source.id + source.name} source={source} profile={profileOf(source)} headingLevel={3} />
      ))}
    </div>
  ),
};
