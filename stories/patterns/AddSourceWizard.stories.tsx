import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { ONBOARDING_STEP_IDS } from '../../src/domain';
import { en, translate } from '../../src/i18n';
import { ADD_SOURCE_SCREEN, FOREIGN_PROFILE, PROFILES } from '../../src/fixtures';
import { AddSourceWizard } from '../../src/patterns';
import { sectionErrors } from '../../tests/dom-queries';
import { narrowStory } from '../support/viewports';
import { patternModes } from '../../.storybook/modes';

const meta = {
  title: 'Patterns/AddSourceWizard',
  component: AddSourceWizard,
  parameters: {
    chromatic: { modes: patternModes },
    docs: {
      description: {
        component:
          'The Add Source onboarding (seed 000) as one page driven by the stepper: choosing a profile gates every later step; TikTok Ads is blocked and TikTok Organic planned, so neither can be chosen; credentials, discovery and the initial sync are placeholders; the review step previews the health of "Shopify France" with its recommended action and preview-only actions. Nothing is submitted, stored or executed.',
      },
    },
  },
  args: {
    ...ADD_SOURCE_SCREEN,
    // A profile of another merchant in the payload: it must never be listed.
    profiles: [...PROFILES, FOREIGN_PROFILE],
    onStepChange: fn(),
    onProfileChange: fn(),
    onPlatformChange: fn(),
    onPreviewAction: fn(),
    onFinish: fn(),
  },
} satisfies Meta<typeof AddSourceWizard>;

export default meta;
type Story = StoryObj<typeof meta>;

const panel = (root: HTMLElement, index: number) => within(root).getByRole('group', { name: `Step ${index + 1}: ${stepTitle(index)}` });
const stepTitle = (index: number) => en.onboarding.steps[ONBOARDING_STEP_IDS[index]!].title;

/**
 * Seed 000, nothing chosen yet (its Shopify note in French, as the seed shows it): every step is
 * readable, and everything after the profile is gated (inert) until one is chosen.
 */
export const ShopifyToProfileFrance: Story = {
  name: 'Shopify to Profile France',
  args: { noticeContentLocales: { shopify_onboarding: 'fr' } },
  play: async ({ canvasElement }) => {
    const platforms = panel(canvasElement, 1);
    await expect(platforms).toHaveAttribute('data-state', 'gated');
    await expect(platforms.querySelector('[data-slot="step-content"]')).toHaveAttribute('inert');
    await expect(canvasElement).not.toHaveTextContent(FOREIGN_PROFILE.name);
  },
};

/** Next without a profile says what is missing and stays on the step. */
export const ProfileRequired: Story = {
  name: 'Profile required',
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: en.onboarding.next }));
    const status = canvasElement.querySelector<HTMLElement>('[data-slot="wizard-status"]')!;
    await expect(within(status).getByText(translate(en, 'onboarding.requiredFirst', { step: stepTitle(0) }))).toBeVisible();
    await expect(args.onStepChange).not.toHaveBeenCalled();
  },
};

/** Profile France chosen, then TikTok Ads (blocked, DEC-06): the flow stops at the platform step with the reason. */
export const BlockedPlatformChosen: Story = {
  name: 'Blocked platform chosen',
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('radio', { name: /Profile France/ }));
    await expect(args.onProfileChange).toHaveBeenCalledWith('profile-fr');
    await userEvent.click(canvas.getByRole('radio', { name: /TikTok Ads/ }));
    await expect(args.onPlatformChange).not.toHaveBeenCalled();
    const platforms = panel(canvasElement, 1);
    await expect(platforms).toHaveAttribute('data-state', 'blocked');
    await expect(platforms).toHaveTextContent('TikTok Ads chosen');
    await expect(canvasElement.querySelector('[data-slot="add-source-wizard"]')).toHaveAttribute('data-state', 'blocked');
  },
};

/** The review step: steps 1–8 done, the health preview of "Shopify France" with its recommended action. */
export const ReviewStep: Story = {
  name: 'Review step',
  args: {
    defaultProfileId: 'profile-fr',
    defaultPlatformId: 'SHOPIFY',
    defaultAccountIds: ['disc-shopify-fr'],
    defaultSourceName: 'Shopify France',
    defaultStepId: 'review_health',
    defaultCompletedStepIds: ONBOARDING_STEP_IDS.slice(0, 8),
  },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    const review = panel(canvasElement, 8);
    await expect(review).toHaveAttribute('data-state', 'current');
    await expect(review).toHaveTextContent(en.dataQuality.recommended.field_mapping_check);
    await userEvent.click(within(review).getByRole('button', { name: /"Field mapping check"/ }));
    await expect(args.onPreviewAction).toHaveBeenCalledWith(expect.objectContaining({ id: 'field_mapping_check' }));
    await expect(canvas.getByText('Previewed “Field mapping check” on “Shopify France”: nothing was executed.')).toBeVisible();
  },
};

/** The whole flow: profile, platform, Next through the placeholders, an account, the suggested name, finish. */
export const Walkthrough: Story = {
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    const nextStep = () => userEvent.click(canvas.getByRole('button', { name: en.onboarding.next }));
    await userEvent.click(canvas.getByRole('radio', { name: /Profile France/ }));
    await nextStep();
    await userEvent.click(canvas.getByRole('radio', { name: /Shopify/ }));
    await expect(args.onPlatformChange).toHaveBeenCalledWith('SHOPIFY');
    // Choose platform, read prerequisites, client credentials, discover accounts.
    for (let step = 1; step <= 4; step += 1) await nextStep();
    await expect(args.onStepChange).toHaveBeenLastCalledWith('select_accounts');
    await userEvent.click(canvas.getByRole('checkbox', { name: /cyspera-fr\.myshopify\.com/ }));
    await nextStep();
    await userEvent.click(canvas.getByRole('button', { name: translate(en, 'sourceSettings.useSuggestion', { name: 'Shopify France' }) }));
    await nextStep();
    await nextStep();
    await expect(args.onStepChange).toHaveBeenLastCalledWith('review_health');
    await userEvent.click(canvas.getByRole('button', { name: en.patterns.wizard.finish }));
    await expect(args.onFinish).toHaveBeenCalledWith({ profileId: 'profile-fr', platformId: 'SHOPIFY', accountIds: ['disc-shopify-fr'], sourceName: 'Shopify France' });
    await expect(canvas.getByText(en.patterns.wizard.finished)).toBeVisible();
  },
};

export const French: Story = { globals: { locale: 'fr' } };

export const Narrow: Story = {
  name: 'Narrow (390 px)',
  ...narrowStory,
};

/** No authorized profile: nothing can be chosen, so the wizard cannot start. */
export const NoAuthorizedProfile: Story = { name: 'No authorized profile', args: { authorizedProfileIds: [] } };

/** Profiles in an unknown shape: the profile step shows a contained error; the rest of the page renders. */
export const MalformedProfiles: Story = {
  name: 'Malformed profiles',
  args: { profiles: [{ id: 'profile-fr' }] as never },
  parameters: { expectedConsole: [/profiles\[0\]\.name is missing/] },
  play: async ({ canvasElement }) => {
    await expect(sectionErrors(canvasElement)).toHaveLength(1);
    await expect(canvasElement).toHaveTextContent(en.guardrails.onboarding.no_fx);
  },
};
