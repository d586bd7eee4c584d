import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { ONBOARDING_STEP_IDS, type OnboardingStepId } from '../../src/domain';
import type { Messages } from '../../src/i18n';
import { ADD_SOURCE_SCREEN, FOREIGN_PROFILE, PROFILES } from '../../src/fixtures';
import { AddSourceWizard } from '../../src/patterns';
import { sectionErrors } from '../../tests/dom-queries';
import { messagesOf, re, text } from '../support/l10n';
import { expectFocusNeverObscured } from '../support/reflow';
import { narrowStory, shortWindow } from '../support/viewports';
import { patternModes } from '../../.storybook/modes';

const meta = {
  title: 'Patterns/AddSourceWizard',
  component: AddSourceWizard,
  parameters: {
    chromatic: { modes: patternModes },
    docs: {
      description: {
        component:
          'The Add Source onboarding (seed 000). By default one step at a time: the current step with its heading, description and Back/Next kept in view at its foot, the completed steps as one-line summaries with Edit, every step in a compact stepper; focus moves to the new step’s heading, to the first invalid field, or to the completion message. `layout="all-steps"` is seed 000’s one-page view: a gated step stays readable, its controls disabled, with the reason. Choosing a profile gates every later step; TikTok Ads is blocked and TikTok Organic planned, so neither can be chosen; credentials, discovery and the initial sync are placeholders; the review step previews the health of "Shopify France" with its recommended action and preview-only actions. Nothing is submitted, stored or executed.',
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

const stepTitle = (m: Messages, id: OnboardingStepId) => m.onboarding.steps[id].title;
/** A step's panel, by its accessible name ("Step 2: Choose platform"). */
const panel = (root: HTMLElement, m: Messages, id: OnboardingStepId) =>
  within(root).getByRole('group', { name: text(m.patterns.wizard.stepLabel, { number: ONBOARDING_STEP_IDS.indexOf(id) + 1, title: stepTitle(m, id) }) });
/** The current step's heading (one-step layout). */
const stepHeading = (root: HTMLElement, m: Messages, id: OnboardingStepId) => within(root).getByRole('heading', { level: 2, name: stepTitle(m, id) });
const nextButton = (root: HTMLElement, m: Messages) => within(root).getByRole('button', { name: m.onboarding.next });

/** The element has focus and is entirely inside the viewport (WCAG 2.4.11: focus not obscured by the page's length). */
async function expectFocusedInView(element: HTMLElement, what: string) {
  await waitFor(() => expect(document.activeElement, `${what} has focus`).toBe(element));
  const rect = element.getBoundingClientRect();
  await expect(rect.top, `${what}: top in the viewport`).toBeGreaterThanOrEqual(0);
  await expect(rect.bottom, `${what}: bottom in the viewport`).toBeLessThanOrEqual(window.innerHeight);
}

/** The element is entirely inside the viewport, as the page is scrolled now. */
async function expectInView(element: HTMLElement, what: string) {
  const rect = element.getBoundingClientRect();
  await expect(rect.top, `${what}: top in the viewport`).toBeGreaterThanOrEqual(0);
  await expect(rect.bottom, `${what}: bottom in the viewport`).toBeLessThanOrEqual(window.innerHeight);
}

/** Live regions that hold text now: an error must be said by exactly one. */
const liveRegionsWithText = (root: HTMLElement) =>
  [...root.querySelectorAll<HTMLElement>('[role="alert"], [role="status"], [aria-live]:not([aria-live="off"])')].filter(
    (region) => region.textContent!.trim() !== '',
  );

/** Landmarks of the page (nav, named sections and regions, main): at most one main, and no two with one name. */
function landmarks(root: HTMLElement) {
  const nameOf = (element: Element) => {
    const labelledBy = element.getAttribute('aria-labelledby');
    if (labelledBy)
      return labelledBy
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ')
        .trim();
    return element.getAttribute('aria-label')?.trim() ?? '';
  };
  return (
    [
      ...root.querySelectorAll(
        'main, [role="main"], nav, [role="navigation"], aside, section, [role="region"], [role="complementary"], form, [role="form"], [role="search"]',
      ),
    ]
      .map((element) => ({ element, role: element.getAttribute('role') ?? element.tagName.toLowerCase(), name: nameOf(element) }))
      // A section, region or form is a landmark only when it has a name.
      .filter(({ role, name }) => !['section', 'region', 'form'].includes(role) || name !== '')
  );
}
async function expectDistinctLandmarks(root: HTMLElement) {
  const found = landmarks(root);
  await expect(found.filter(({ role }) => role === 'main').length, 'main landmarks').toBeLessThanOrEqual(1);
  const names = found.map(({ role, name }) => `${role === 'section' ? 'region' : role}: ${name}`);
  await expect(
    names.filter((name, i) => names.indexOf(name) !== i),
    'landmarks with the same role and name',
  ).toEqual([]);
  const named = found.map(({ name }) => name).filter(Boolean);
  await expect(
    named.filter((name, i) => named.indexOf(name) !== i),
    'landmarks with the same name',
  ).toEqual([]);
}

const REVIEW_ARGS = {
  defaultProfileId: 'profile-fr',
  defaultPlatformId: 'SHOPIFY',
  defaultAccountIds: ['disc-shopify-fr'],
  defaultSourceName: 'Shopify France',
  defaultStepId: 'review_health',
  defaultCompletedStepIds: ONBOARDING_STEP_IDS.slice(0, 8),
} as const;

/**
 * Seed 000, nothing chosen yet (its Shopify note in French, as the seed shows it), in the
 * all-steps layout: every step is readable by eye and by assistive tech alike; everything after
 * the profile is gated until one is chosen — its controls disabled, the reason shown.
 */
export const ShopifyToProfileFrance: Story = {
  name: 'Shopify to Profile France',
  parameters: { screenshot: { dark: true } },
  args: { layout: 'all-steps', noticeContentLocales: { shopify_onboarding: 'fr' } },
  play: async (context) => {
    const { canvasElement } = context;
    const m = messagesOf(context);
    const platforms = panel(canvasElement, m, 'choose_platform');
    await expect(platforms).toHaveAttribute('data-state', 'gated');
    // Readable: nothing visible is silent (no inert, no aria-hidden text), and the reason is given.
    const content = platforms.querySelector<HTMLElement>('[data-slot="step-panel-content"]')!;
    await expect(content).not.toHaveAttribute('inert');
    await expect(content.closest('[inert], [aria-hidden="true"]')).toBeNull();
    await expect(platforms).toHaveAccessibleDescription(text(m.onboarding.requiredFirst, { step: stepTitle(m, 'select_profile') }));
    await expect(within(platforms).getByRole('radio', { name: m.platforms.SHOPIFY.label })).toBeVisible();
    // Not usable: every control of the gated steps is disabled and out of the tab order.
    for (const card of within(platforms).getAllByRole('radio')) {
      await expect(card).toHaveAttribute('aria-disabled', 'true');
      await expect(card).not.toHaveAttribute('tabindex');
    }
    for (const control of within(panel(canvasElement, m, 'configure_source')).getAllByRole('textbox')) await expect(control).toBeDisabled();
    await expect(canvasElement).not.toHaveTextContent(FOREIGN_PROFILE.name);
    await expectDistinctLandmarks(canvasElement);
  },
};

/** The first step, one step at a time: the profile step with Back/Next at its foot, in view without scrolling. */
export const FirstStep: Story = {
  name: 'First step',
  play: async (context) => {
    const { canvasElement } = context;
    const m = messagesOf(context);
    await expect(stepHeading(canvasElement, m, 'select_profile')).toBeVisible();
    await expectInView(nextButton(canvasElement, m), 'Next');
    await expect(within(canvasElement).getByRole('button', { name: m.onboarding.back })).toBeDisabled();
    // Later steps are only in the stepper: their panels are not on the page.
    await expect(canvasElement.querySelectorAll('[data-slot="step-panel"]')).toHaveLength(1);
    await expect(canvasElement).not.toHaveTextContent(FOREIGN_PROFILE.name);
    await expectDistinctLandmarks(canvasElement);
  },
};

/** Next without a profile: focus goes to the profile field, in view, and the error is said once. */
export const ProfileRequired: Story = {
  name: 'Profile required',
  play: async (context) => {
    const { args, canvasElement } = context;
    const m = messagesOf(context);
    await userEvent.click(nextButton(canvasElement, m));
    const profiles = within(canvasElement).getByRole('radiogroup');
    await expect(profiles).toHaveAttribute('aria-invalid', 'true');
    await expectFocusedInView(within(profiles).getAllByRole('radio')[0]!, 'first profile');
    await expect(within(canvasElement).getByText(m.profiles.requiredError)).toBeVisible();
    await expect(liveRegionsWithText(canvasElement), 'live regions saying the error').toHaveLength(1);
    await expect(args.onStepChange).not.toHaveBeenCalled();
  },
};

/** A middle step: the earlier steps as one-line summaries with Edit; Edit, Next and Back each move focus to the new step's heading, in view. */
export const MiddleStep: Story = {
  name: 'Middle step with completed steps',
  args: {
    defaultProfileId: 'profile-fr',
    defaultPlatformId: 'SHOPIFY',
    defaultStepId: 'select_accounts',
    defaultCompletedStepIds: ONBOARDING_STEP_IDS.slice(0, 5),
  },
  play: async (context) => {
    const { args, canvasElement } = context;
    const canvas = within(canvasElement);
    const m = messagesOf(context);
    await expect(canvasElement.querySelectorAll('[data-slot="add-source-wizard-step-summary"]')).toHaveLength(5);
    await expectInView(nextButton(canvasElement, m), 'Next');
    await userEvent.click(canvas.getByRole('button', { name: text(m.patterns.wizard.editStep, { step: stepTitle(m, 'read_prerequisites') }) }));
    await expect(args.onStepChange).toHaveBeenLastCalledWith('read_prerequisites');
    await expectFocusedInView(stepHeading(canvasElement, m, 'read_prerequisites'), 'heading after Edit');
    await userEvent.click(nextButton(canvasElement, m));
    await expectFocusedInView(stepHeading(canvasElement, m, 'client_credentials'), 'heading after Next');
    await userEvent.click(canvas.getByRole('button', { name: m.onboarding.back }));
    await expectFocusedInView(stepHeading(canvasElement, m, 'read_prerequisites'), 'heading after Back');
    // The steps after the one being edited stay done: summaries below the panel.
    await expect(canvasElement.querySelectorAll('[data-slot="add-source-wizard-step-summary"]')).toHaveLength(4);
  },
};

/** Next on "Configure source" with an empty name: focus goes to the name field, in view; the error is said once. */
export const SourceNameRequired: Story = {
  name: 'Source name required',
  args: {
    defaultProfileId: 'profile-fr',
    defaultPlatformId: 'SHOPIFY',
    defaultAccountIds: ['disc-shopify-fr'],
    defaultStepId: 'configure_source',
    defaultCompletedStepIds: ONBOARDING_STEP_IDS.slice(0, 6),
  },
  play: async (context) => {
    const { args, canvasElement } = context;
    const m = messagesOf(context);
    await userEvent.click(nextButton(canvasElement, m));
    const name = within(canvasElement).getByRole('textbox', { name: re(m.sourceSettings.nameLabel) });
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    await expectFocusedInView(name, 'source name');
    await expect(liveRegionsWithText(canvasElement), 'live regions saying the error').toHaveLength(1);
    await expect(args.onStepChange).not.toHaveBeenCalled();
  },
};

/** Profile France chosen, then TikTok Ads (blocked, DEC-06): the flow stops at the platform step with the reason. */
export const BlockedPlatformChosen: Story = {
  name: 'Blocked platform chosen',
  args: { defaultProfileId: 'profile-fr', defaultStepId: 'choose_platform' },
  play: async (context) => {
    const { args, canvasElement } = context;
    const canvas = within(canvasElement);
    const m = messagesOf(context);
    await userEvent.click(canvas.getByRole('radio', { name: m.platforms.TIKTOK_ADS.label }));
    await expect(args.onPlatformChange).not.toHaveBeenCalled();
    const platforms = panel(canvasElement, m, 'choose_platform');
    await expect(platforms).toHaveAttribute('data-state', 'blocked');
    await expect(platforms.querySelector('[data-slot="step-panel-reason"]')).toHaveTextContent(re(m.platforms.TIKTOK_ADS.label));
    await expect(nextButton(canvasElement, m)).toBeDisabled();
    await expect(canvasElement.querySelector('[data-slot="add-source-wizard"]')).toHaveAttribute('data-state', 'blocked');
  },
};

/** The review step: steps 1–8 done (one line each), the health preview of "Shopify France" with its recommended action. */
export const ReviewStep: Story = {
  name: 'Review step',
  args: REVIEW_ARGS,
  play: async (context) => {
    const { args, canvasElement } = context;
    const m = messagesOf(context);
    const review = panel(canvasElement, m, 'review_health');
    await expect(review).toHaveAttribute('data-state', 'current');
    await expect(review).toHaveTextContent(m.dataQuality.recommended.field_mapping_check);
    const action = m.sourceActions.field_mapping_check.label;
    const name = text(m.sourceActions.preview, { action, source: 'Shopify France', description: m.sourceActions.field_mapping_check.description });
    const button = within(review).getByRole('button', { name });
    await userEvent.click(button);
    await expect(args.onPreviewAction).toHaveBeenCalledWith(expect.objectContaining({ id: 'field_mapping_check' }));
    // The confirmation is in the pressed action's row, right under it.
    const confirmation = button.closest('[data-slot="action-preview-list-item"]')!.querySelector('[data-slot="action-preview-list-confirmation"]');
    await expect(confirmation).toHaveTextContent(text(m.actionPreview.previewed, { action, source: 'Shopify France' }));
    await expect(confirmation).toBeVisible();
  },
};

/** Finish (preview): focus goes to the completion message, in view (never to the page's body). */
export const Finished: Story = {
  args: REVIEW_ARGS,
  play: async (context) => {
    const { args, canvasElement } = context;
    const m = messagesOf(context);
    await userEvent.click(within(canvasElement).getByRole('button', { name: m.patterns.wizard.finish }));
    await expect(args.onFinish).toHaveBeenCalledWith({
      profileId: 'profile-fr',
      platformId: 'SHOPIFY',
      accountIds: ['disc-shopify-fr'],
      sourceName: 'Shopify France',
    });
    const message = canvasElement.querySelector<HTMLElement>('[data-slot="add-source-wizard-finished"]')!;
    await expect(message).toHaveTextContent(m.patterns.wizard.finished);
    await expectFocusedInView(message, 'completion message');
    await expect(canvasElement.querySelector('[data-slot="add-source-wizard"]')).toHaveAttribute('data-state', 'finished');
  },
};

/** The whole flow: profile, platform, Next through the placeholders, an account, the suggested name, finish; after each move focus is on the new step's heading, in view. */
export const Walkthrough: Story = {
  play: async (context) => {
    const { args, canvasElement } = context;
    const canvas = within(canvasElement);
    const m = messagesOf(context);
    const nextStep = async (to: OnboardingStepId) => {
      await userEvent.click(nextButton(canvasElement, m));
      await expect(args.onStepChange).toHaveBeenLastCalledWith(to);
      await expectFocusedInView(stepHeading(canvasElement, m, to), `heading of ${to}`);
    };
    await userEvent.click(canvas.getByRole('radio', { name: /Profile France/ }));
    await nextStep('choose_platform');
    await userEvent.click(canvas.getByRole('radio', { name: m.platforms.SHOPIFY.label }));
    await expect(args.onPlatformChange).toHaveBeenCalledWith('SHOPIFY');
    for (const id of ['read_prerequisites', 'client_credentials', 'discover_accounts', 'select_accounts'] as const) await nextStep(id);
    await userEvent.click(canvas.getByRole('checkbox', { name: /cyspera-fr\.myshopify\.com/ }));
    await nextStep('configure_source');
    await userEvent.click(canvas.getByRole('button', { name: text(m.sourceSettings.useSuggestion, { name: 'Shopify France' }) }));
    await nextStep('initial_sync');
    await nextStep('review_health');
    await userEvent.click(canvas.getByRole('button', { name: m.patterns.wizard.finish }));
    await expect(args.onFinish).toHaveBeenCalledWith({
      profileId: 'profile-fr',
      platformId: 'SHOPIFY',
      accountIds: ['disc-shopify-fr'],
      sourceName: 'Shopify France',
    });
    await expectFocusedInView(canvasElement.querySelector<HTMLElement>('[data-slot="add-source-wizard-finished"]')!, 'completion message');
    await expect(canvas.getByText(m.patterns.wizard.finished)).toBeVisible();
  },
};

export const French: Story = { globals: { locale: 'fr' } };

export const Narrow: Story = {
  name: 'Narrow (390 px)',
  ...narrowStory,
};

/**
 * The review step (the most focus stops) in a short window: Tab never stops on a control hidden
 * behind the sticky Back/Finish footer, nor on a step of the stepper below the sticky column's
 * fold (WCAG 2.4.11, focus not obscured). No screenshot: at full height the page is "Review
 * step"'s, 176 px narrower; the play is the test.
 */
export const ShortWindow: Story = {
  name: 'Short window (1024 × 600)',
  ...shortWindow,
  parameters: { ...shortWindow.parameters, screenshot: { disable: true } },
  args: REVIEW_ARGS,
  play: ({ canvasElement }) => expectFocusNeverObscured(canvasElement),
};

/** All steps in a short window: the side column (stepper, Back/Next) is taller than the window; each of its controls still comes into view on Tab. No screenshot, as above. */
export const AllStepsShortWindow: Story = {
  name: 'All steps, short window (1024 × 600)',
  ...shortWindow,
  parameters: { ...shortWindow.parameters, screenshot: { disable: true } },
  args: { ...REVIEW_ARGS, layout: 'all-steps' },
  play: ({ canvasElement }) => expectFocusNeverObscured(canvasElement),
};

/** No authorized profile: nothing can be chosen, so the wizard cannot start. */
export const NoAuthorizedProfile: Story = { name: 'No authorized profile', args: { authorizedProfileIds: [] } };

/** Profiles in an unknown shape: the profile step shows a contained error; the rest of the page renders. */
export const MalformedProfiles: Story = {
  name: 'Malformed profiles',
  args: { profiles: [{ id: 'profile-fr' }] as never },
  parameters: { expectedConsole: [/profiles\[0\]\.name is missing/] },
  play: async (context) => {
    const { canvasElement } = context;
    const m = messagesOf(context);
    await expect(sectionErrors(canvasElement)).toHaveLength(1);
    await expect(canvasElement).toHaveTextContent(m.guardrails.onboarding.no_fx);
  },
};
