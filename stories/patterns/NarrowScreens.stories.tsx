import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { ADD_SOURCE_SCREEN, FOREIGN_PROFILE, PROFILES, SETTINGS_SCREEN, SHOPIFY_SUISSE, sourceDetailScreen } from '../../src/fixtures';
import { AddSourceWizard, IntegrationsSettingsPage, SourceDetailPage, type AddSourceWizardProps } from '../../src/patterns';
import { expectReflowAndVisibleFocus, reflow320, withTextSpacing } from '../support/reflow';

/**
 * The three screen patterns at 320 CSS px, WCAG 1.4.10's reflow width (also what a 1280 px
 * window shows at 400 % zoom), with and without WCAG 1.4.12's text-spacing stylesheet. Each
 * story's play checks that the page never scrolls sideways (no element wider than the viewport
 * outside a scroll region), then focuses every focus stop in Tab order and checks that none is
 * covered (a sticky column, a sticky header) or out of sight of its scroll container (2.4.11).
 */
const meta = {
  title: 'Patterns/Narrow screens',
  parameters: {
    ...reflow320.parameters,
    docs: {
      description: {
        component:
          'Reflow at 320 CSS px (WCAG 1.4.10; the same as 1280 px at 400 % zoom), text spacing (1.4.12: line height 1.5, letter spacing 0.12em, word spacing 0.16em, paragraph spacing 2em) and focus never obscured (2.4.11), for the settings page, the detail page and the Add Source wizard.',
      },
    },
  },
  globals: reflow320.globals,
  play: async ({ canvasElement }) => expectReflowAndVisibleFocus(canvasElement),
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

const settings = () => <IntegrationsSettingsPage {...SETTINGS_SCREEN} noticeContentLocales={{ legacy_route: 'fr' }} onOpenSource={fn()} />;
const detail = () => <SourceDetailPage {...sourceDetailScreen(SHOPIFY_SUISSE)} credentialContentLocale="fr" onPreviewAction={fn()} onSubmitCredential={fn()} />;
// The wizard's default story args (AddSourceWizard.stories.tsx): a foreign profile in the payload, never listed.
const wizard = (layout?: AddSourceWizardProps['layout']) => (
  <AddSourceWizard
    {...ADD_SOURCE_SCREEN}
    layout={layout}
    profiles={[...PROFILES, FOREIGN_PROFILE]}
    onStepChange={fn()}
    onProfileChange={fn()}
    onPlatformChange={fn()}
    onPreviewAction={fn()}
    onFinish={fn()}
  />
);

/** Seed 002 at 320 px: the connected sources read as cards, one per source, each cell named by its column. */
export const SettingsPage: Story = { name: 'Settings page (320 px)', render: settings };

/** Seed 002 at 320 px with the text-spacing stylesheet. */
export const SettingsPageTextSpacing: Story = { name: 'Settings page (320 px, text spacing)', render: settings, beforeEach: withTextSpacing };

/** Seed 001 at 320 px: key/value lists stack each term above its value. */
export const DetailPage: Story = { name: 'Detail page (320 px)', render: detail };

/** Seed 001 at 320 px with the text-spacing stylesheet: long codes wrap, nothing scrolls sideways. */
export const DetailPageTextSpacing: Story = { name: 'Detail page (320 px, text spacing)', render: detail, beforeEach: withTextSpacing };

/** The wizard (one step at a time) at 320 px. */
export const Wizard: Story = { name: 'Add Source wizard (320 px)', render: () => wizard() };

/** The wizard (one step at a time) at 320 px with the text-spacing stylesheet. */
export const WizardTextSpacing: Story = { name: 'Add Source wizard (320 px, text spacing)', render: () => wizard(), beforeEach: withTextSpacing };

/**
 * The wizard with every step on one page (seed 000, nothing chosen: the steps after the profile
 * gated) at 320 px with the text-spacing stylesheet: the prerequisites read as one card per item
 * instead of a table that scrolls sideways.
 */
export const WizardAllStepsTextSpacing: Story = {
  name: 'Add Source wizard, all steps (320 px, text spacing)',
  render: () => wizard('all-steps'),
  beforeEach: withTextSpacing,
};
