import type { Meta, StoryObj } from '@storybook/react-vite';
import { SourceHeader } from '../../src/components/SourceHeader';
import { SHOPIFY_ESPAGNE, SHOPIFY_SUISSE, SOURCES, TIKTOK_ADS_FRANCE } from '../../src/fixtures';
import { profileOf } from '../support/args';
import { narrowStory } from '../support/viewports';

const meta = {
  title: 'Components/SourceHeader',
  component: SourceHeader,
  parameters: {
    docs: {
      description: {
        component:
          "The top of a source's detail page (seed 004): the source name as the page heading, its platform and connection status badge, and the profile it belongs to (\"Profile: Profile France · TikTok Ads\"). Pass the source's profile; without it (or with another profile's) the header shows the raw profileId as Unknown rather than a name it cannot vouch for. Put preview-only controls in `actions`.",
      },
    },
  },
  args: { source: TIKTOK_ADS_FRANCE, profile: profileOf(TIKTOK_ADS_FRANCE) },
} satisfies Meta<typeof SourceHeader>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Playground: Story = {
  args: {
    actions: (
      <button type="button" className="iu:rounded-ui iu:border iu:border-border iu:bg-surface iu:px-3 iu:py-1.5 iu:text-sm iu:hover:bg-muted">
        Manual sync (preview)
      </button>
    ),
  },
};

export const TikTokAdsFrance: Story = { name: 'TikTok Ads France (seed 004)' };

export const ShopifySuisse: Story = { args: { source: SHOPIFY_SUISSE, profile: profileOf(SHOPIFY_SUISSE) } };

export const Expired: Story = { args: { source: SHOPIFY_ESPAGNE, profile: profileOf(SHOPIFY_ESPAGNE) } };

/** Bad input: no profile given, so the header names none and shows the raw profileId. */
export const UnknownProfile: Story = {
  name: 'Unknown profile',
  args: { profile: undefined },
  parameters: { expectedConsole: [/SourceHeader profile: no profile given for "profile-fr"/] },
};

export const French: Story = { name: 'French (seed 004)', globals: { locale: 'fr' } };

export const Narrow: Story = {
  name: 'Narrow (390 px)',
  ...narrowStory,
  args: {
    source: { ...SHOPIFY_ESPAGNE, name: 'Shopify Espagne — boutique principale de la marque' },
    profile: profileOf(SHOPIFY_ESPAGNE),
    actions: Playground.args?.actions,
  },
};

export const AllStates: Story = {
  name: 'All states',
  render: () => (
    <div className="iu:grid iu:gap-6">
      {SOURCES.map((source) => (
        <SourceHeader key={source.id} source={source} profile={profileOf(source)} headingLevel={2} />
      ))}
    </div>
  ),
};
