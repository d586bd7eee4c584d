import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ONBOARDING_STEP_IDS } from '../../src/domain';
import { en } from '../../src/i18n';
import { fr } from '../../src/locales/fr';
import { ADD_SOURCE_SCREEN, FOREIGN_PROFILE, PROFILES, SHOPIFY_FRANCE } from '../../src/fixtures';
import { AddSourceWizard, type AddSourceWizardProps } from '../../src/patterns';
import { expectConsole } from '../helpers';
import { renderUI } from '../render';

afterEach(cleanup);

/** Seed 000's one-page layout: every step's panel on the page (the one-step default is tested below). */
const props: AddSourceWizardProps = { ...ADD_SOURCE_SCREEN, profiles: [...PROFILES, FOREIGN_PROFILE], layout: 'all-steps' };
const oneStepProps: AddSourceWizardProps = { ...ADD_SOURCE_SCREEN, profiles: [...PROFILES, FOREIGN_PROFILE] };

const title = (id: (typeof ONBOARDING_STEP_IDS)[number]) => en.onboarding.steps[id].title;
const panel = (id: (typeof ONBOARDING_STEP_IDS)[number]) => screen.getByRole('group', { name: `Step ${ONBOARDING_STEP_IDS.indexOf(id) + 1}: ${title(id)}` });
const next = () => screen.getByRole('button', { name: en.onboarding.next });
const wizard = () => document.querySelector('[data-slot="add-source-wizard"]')!;

/** Profile, platform and account already chosen (seed 000's). */
const CHOSEN = { defaultProfileId: 'profile-fr', defaultPlatformId: 'SHOPIFY', defaultAccountIds: ['disc-shopify-fr'] } as const;

/** Live regions (alerts, statuses) that currently say something. */
const liveMessages = () => [...document.querySelectorAll('[role="alert"], [role="status"], [aria-live]')].filter((r) => r.textContent!.trim() !== '');

describe('AddSourceWizard, all-steps layout (seed 000)', () => {
  it('starts at "Select profile" with every later panel gated: readable, its controls disabled, the reason given', () => {
    renderUI(<AddSourceWizard {...props} />);
    expect(panel('select_profile')).toHaveAttribute('data-state', 'current');
    for (const id of ['choose_platform', 'read_prerequisites', 'select_accounts', 'configure_source', 'review_health'] as const) {
      expect(panel(id)).toHaveAttribute('data-state', 'gated');
      const content = panel(id).querySelector<HTMLElement>('[data-slot="step-panel-content"]')!;
      // Nothing visible is silent: no inert, no aria-hidden around the text.
      expect(content).not.toHaveAttribute('inert');
      expect(content.closest('[inert], [aria-hidden="true"]')).toBeNull();
      expect(panel(id)).toHaveAccessibleDescription(en.onboarding.requiredFirst.replace('{step}', title('select_profile')));
    }
    expect(within(panel('choose_platform')).getByRole('radio', { name: 'Shopify' })).toHaveAttribute('aria-disabled', 'true');
    for (const card of within(panel('choose_platform')).getAllByRole('radio')) expect(card).not.toHaveAttribute('tabindex');
    expect(within(panel('configure_source')).getByRole('textbox')).toBeDisabled();
  });

  it('has no two landmarks with one name: the stepper is the only "Onboarding steps" landmark', () => {
    renderUI(<AddSourceWizard {...props} />);
    expect(screen.getAllByRole('navigation', { name: en.onboarding.stepsTitle })).toHaveLength(1);
    expect(screen.queryAllByRole('region', { name: en.onboarding.stepsTitle })).toHaveLength(0);
    expect(screen.queryAllByRole('main')).toHaveLength(0);
  });

  it('lists only the authorized profiles (anti-leak)', () => {
    renderUI(<AddSourceWizard {...props} />);
    expect(screen.getAllByRole('radio', { name: /Profile (France|Suisse|Espagne)/ })).toHaveLength(3);
    expect(document.body).not.toHaveTextContent(FOREIGN_PROFILE.name);
  });

  it('refuses to go on without a profile, then opens the next steps once one is chosen', async () => {
    const user = userEvent.setup();
    const onStepChange = vi.fn();
    const onProfileChange = vi.fn();
    renderUI(<AddSourceWizard {...props} onStepChange={onStepChange} onProfileChange={onProfileChange} />);
    await user.click(next());
    const status = document.querySelector<HTMLElement>('[data-slot="add-source-wizard-status"]')!;
    // Said once: by the field's own error (focus goes there), not also by the status.
    expect(screen.getByRole('alert')).toHaveTextContent(en.profiles.requiredError);
    expect(status).toBeEmptyDOMElement();
    expect(document.activeElement).toBe(screen.getAllByRole('radio')[0]);
    expect(onStepChange).not.toHaveBeenCalled();

    await user.click(screen.getByRole('radio', { name: /Profile France/ }));
    expect(onProfileChange).toHaveBeenCalledWith('profile-fr');
    expect(status).toBeEmptyDOMElement();
    expect(panel('choose_platform')).toHaveAttribute('data-state', 'upcoming');
    await user.click(next());
    expect(onStepChange).toHaveBeenLastCalledWith('choose_platform');
    expect(panel('choose_platform')).toHaveAttribute('data-state', 'current');
    expect(panel('select_profile')).toHaveAttribute('data-state', 'complete');
  });

  it.each([
    ['TIKTOK_ADS', 'TikTok Ads', en.platformCard.blockedReason.replace('{decision}', 'DEC-06')],
    ['TIKTOK_ORGANIC', 'TikTok Organic', en.platformCard.plannedReason],
  ])('a %s choice blocks the flow at the platform step with its reason', async (_id, label, reason) => {
    const user = userEvent.setup();
    const onPlatformChange = vi.fn();
    renderUI(<AddSourceWizard {...props} defaultProfileId="profile-fr" defaultStepId="choose_platform" onPlatformChange={onPlatformChange} />);
    await user.click(screen.getByRole('radio', { name: new RegExp(label) }));
    expect(onPlatformChange).not.toHaveBeenCalled();
    expect(wizard()).toHaveAttribute('data-state', 'blocked');
    expect(panel('choose_platform')).toHaveAttribute('data-state', 'blocked');
    expect(panel('choose_platform')).toHaveTextContent(`${label} chosen — ${reason}`);
    expect(next()).toBeDisabled();
    // Every step after the blocked one stays out of reach.
    expect(panel('read_prerequisites')).toHaveAttribute('data-state', 'gated');
    // Nothing of the blocked platform can be linked either.
    expect(within(panel('select_accounts')).queryAllByRole('checkbox')).toHaveLength(0);

    // Choosing an active platform lifts the block.
    await user.click(screen.getByRole('radio', { name: /Shopify/ }));
    expect(onPlatformChange).toHaveBeenCalledWith('SHOPIFY');
    expect(wizard()).toHaveAttribute('data-state', 'in-progress');
    expect(next()).toBeEnabled();
  });

  it('walks every step to the review, which previews "Shopify France" with its recommended action, then finishes with the draft and executes nothing', async () => {
    const user = userEvent.setup();
    const onFinish = vi.fn();
    const onPreviewAction = vi.fn();
    renderUI(<AddSourceWizard {...props} onFinish={onFinish} onPreviewAction={onPreviewAction} />);
    await user.click(screen.getByRole('radio', { name: /Profile France/ }));
    await user.click(next());
    await user.click(screen.getByRole('radio', { name: /Shopify/ }));
    for (let i = 1; i <= 4; i += 1) await user.click(next());
    expect(panel('select_accounts')).toHaveAttribute('data-state', 'current');

    // Accounts: only Profile France's Shopify shops are linkable; one is required.
    await user.click(next());
    expect(panel('select_accounts')).toHaveAttribute('data-state', 'current');
    expect(
      within(panel('select_accounts'))
        .getAllByRole('checkbox')
        .map((box) => box.closest('label')!.textContent),
    ).toEqual([expect.stringContaining('cyspera-fr.myshopify.com'), expect.stringContaining('cyspera-fr-outlet.myshopify.com')]);
    await user.click(screen.getByRole('checkbox', { name: /cyspera-fr-outlet/ }));
    await user.click(next());

    // Configure source: a name is required; the suggestion fills it.
    await user.click(next());
    expect(panel('configure_source')).toHaveAttribute('data-state', 'current');
    await user.click(screen.getByRole('button', { name: 'Use “Shopify France”' }));
    await user.click(next());
    await user.click(next());

    const review = panel('review_health');
    expect(review).toHaveAttribute('data-state', 'current');
    expect(review).toHaveTextContent(en.health.previewTitle);
    expect(review).toHaveTextContent(en.dataQuality.recommended.field_mapping_check);
    await user.click(within(review).getByRole('button', { name: /"Acknowledge schema change"/ }));
    expect(onPreviewAction).toHaveBeenCalledWith(expect.objectContaining({ id: 'acknowledge_schema_change' }));
    expect(review).toHaveTextContent('Previewed “Acknowledge schema change” on “Shopify France”: nothing was executed.');

    await user.click(screen.getByRole('button', { name: en.patterns.wizard.finish }));
    expect(onFinish).toHaveBeenCalledWith({
      profileId: 'profile-fr',
      platformId: 'SHOPIFY',
      accountIds: ['disc-shopify-fr-outlet'],
      sourceName: 'Shopify France',
    });
    expect(wizard()).toHaveAttribute('data-state', 'finished');
    expect(screen.getByText(en.patterns.wizard.finished)).toBeInTheDocument();
  });

  it('unlinks the chosen accounts when the profile changes (they belong to the other profile)', async () => {
    const user = userEvent.setup();
    renderUI(<AddSourceWizard {...props} {...CHOSEN} defaultStepId="select_profile" />);
    expect(panel('select_accounts')).toHaveAttribute('data-state', 'complete');
    await user.click(screen.getByRole('radio', { name: /Profile Suisse/ }));
    expect(panel('select_accounts')).not.toHaveAttribute('data-state', 'complete');
    expect(within(panel('select_accounts')).getAllByRole('checkbox')).toHaveLength(1);
    expect(panel('select_accounts')).toHaveTextContent('cyspera-ch.myshopify.com');
    expect(panel('select_accounts')).not.toHaveTextContent('cyspera-fr.myshopify.com');
  });

  it('goes back one step, and the stepper moves to any reachable step', async () => {
    const user = userEvent.setup();
    renderUI(<AddSourceWizard {...props} defaultProfileId="profile-fr" defaultPlatformId="SHOPIFY" defaultStepId="read_prerequisites" />);
    await user.click(screen.getByRole('button', { name: en.onboarding.back }));
    expect(panel('choose_platform')).toHaveAttribute('data-state', 'current');
    const stepper = screen.getByRole('navigation', { name: en.onboarding.stepsTitle });
    await user.click(within(stepper).getByRole('button', { name: new RegExp(title('select_profile')) }));
    expect(panel('select_profile')).toHaveAttribute('data-state', 'current');
  });

  it('shows the chosen platform’s prerequisites, or says there are none', async () => {
    const user = userEvent.setup();
    renderUI(<AddSourceWizard {...props} defaultProfileId="profile-fr" />);
    expect(panel('read_prerequisites')).toHaveTextContent('Prerequisites — Shopify');
    await user.click(screen.getByRole('radio', { name: /Google Analytics 4/ }));
    expect(panel('read_prerequisites')).toHaveTextContent('No prerequisite is listed for Google Analytics 4.');
  });

  it('ignores an unauthorized default profile and unlinkable default accounts, and never hands them to onFinish (anti-leak)', async () => {
    expectConsole(/defaultProfileId ignored/, /default account\(s\) ignored/);
    const user = userEvent.setup();
    const onFinish = vi.fn();
    const stepIds = ONBOARDING_STEP_IDS.filter((id) => id !== 'review_health');
    renderUI(
      <AddSourceWizard
        {...props}
        defaultProfileId={FOREIGN_PROFILE.id}
        defaultPlatformId="SHOPIFY"
        defaultAccountIds={['disc-foreign-shop', 'disc-shopify-fr']}
        defaultSourceName="Leak"
        defaultCompletedStepIds={stepIds}
        defaultStepId="review_health"
        onFinish={onFinish}
      />,
    );
    expect(document.body.innerHTML).not.toContain(FOREIGN_PROFILE.name);
    expect(document.body.innerHTML).not.toContain('other-merchant');
    expect(panel('select_profile')).not.toHaveAttribute('data-state', 'complete');
    expect(panel('select_accounts')).not.toHaveAttribute('data-state', 'complete');
    await user.click(screen.getByRole('button', { name: en.patterns.wizard.finish }));
    for (const [draft] of onFinish.mock.calls) {
      expect(draft.profileId).not.toBe(FOREIGN_PROFILE.id);
      expect(draft.accountIds).not.toContain('disc-foreign-shop');
    }
  });

  it('keeps the default accounts linkable for the chosen authorized profile only', async () => {
    expectConsole(/default account\(s\) ignored/);
    const user = userEvent.setup();
    const onFinish = vi.fn();
    renderUI(
      <AddSourceWizard
        {...props}
        defaultProfileId="profile-fr"
        defaultPlatformId="SHOPIFY"
        defaultAccountIds={['disc-foreign-shop', 'disc-shopify-ch', 'disc-shopify-fr']}
        defaultSourceName="Shopify France"
        defaultCompletedStepIds={ONBOARDING_STEP_IDS.filter((id) => id !== 'review_health')}
        defaultStepId="review_health"
        onFinish={onFinish}
      />,
    );
    await user.click(screen.getByRole('button', { name: en.patterns.wizard.finish }));
    expect(onFinish).toHaveBeenCalledWith({ profileId: 'profile-fr', platformId: 'SHOPIFY', accountIds: ['disc-shopify-fr'], sourceName: 'Shopify France' });
  });

  it('keeps the review preview out when its source is not in an authorized profile', () => {
    renderUI(<AddSourceWizard {...props} authorizedProfileIds={['profile-ch']} />);
    expect(panel('review_health')).not.toHaveTextContent(SHOPIFY_FRANCE.name);
  });

  it('renders in French', () => {
    renderUI(<AddSourceWizard {...props} />, { locale: 'fr' });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(fr.onboarding.title);
    expect(document.body).toHaveTextContent(fr.notices.shopify_onboarding);
  });
});

describe('AddSourceWizard, one step at a time (default layout)', () => {
  const heading = (id: (typeof ONBOARDING_STEP_IDS)[number]) => screen.getByRole('heading', { level: 2, name: title(id) });

  it('shows only the current step, with its heading, description and Back/Next; the stepper lists every step', () => {
    renderUI(<AddSourceWizard {...oneStepProps} />);
    expect(wizard()).toHaveAttribute('data-layout', 'one-step');
    expect(document.querySelectorAll('[data-slot="step-panel"]')).toHaveLength(1);
    expect(panel('select_profile')).toHaveTextContent(en.onboarding.steps.select_profile.description);
    expect(heading('select_profile')).toBeInTheDocument();
    expect(within(panel('select_profile')).getByRole('button', { name: en.onboarding.next })).toBeInTheDocument();
    expect(within(screen.getByRole('navigation', { name: en.onboarding.stepsTitle })).getAllByRole('listitem')).toHaveLength(9);
  });

  it('moves focus to the new step’s heading after Next and Back, placeholder steps included', async () => {
    const user = userEvent.setup();
    renderUI(<AddSourceWizard {...oneStepProps} defaultProfileId="profile-fr" defaultPlatformId="SHOPIFY" defaultStepId="read_prerequisites" />);
    await user.click(next());
    expect(document.activeElement).toBe(heading('client_credentials'));
    expect(panel('client_credentials')).toHaveTextContent(en.onboarding.steps.client_credentials.notes[0]);
    await user.click(screen.getByRole('button', { name: en.onboarding.back }));
    expect(document.activeElement).toBe(heading('read_prerequisites'));
  });

  it('shows completed steps as one-line summaries; Edit returns to the step and focuses its heading', async () => {
    const user = userEvent.setup();
    const onStepChange = vi.fn();
    renderUI(
      <AddSourceWizard
        {...oneStepProps}
        defaultProfileId="profile-fr"
        defaultPlatformId="SHOPIFY"
        defaultStepId="read_prerequisites"
        onStepChange={onStepChange}
      />,
    );
    const summaries = [...document.querySelectorAll<HTMLElement>('[data-slot="add-source-wizard-step-summary"]')];
    expect(summaries.map((s) => s.dataset.stepId)).toEqual(['select_profile', 'choose_platform']);
    expect(summaries[0]).toHaveTextContent('Profile France');
    expect(summaries[1]).toHaveTextContent('Shopify');
    await user.click(screen.getByRole('button', { name: `Edit “${title('select_profile')}”` }));
    expect(onStepChange).toHaveBeenLastCalledWith('select_profile');
    expect(document.activeElement).toBe(heading('select_profile'));
  });

  it('on a missing choice focuses the first invalid field, and the error is in one live region only', async () => {
    const user = userEvent.setup();
    renderUI(<AddSourceWizard {...oneStepProps} {...CHOSEN} defaultStepId="configure_source" />);
    await user.click(next());
    const name = screen.getByRole('textbox');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(document.activeElement).toBe(name);
    expect(liveMessages()).toHaveLength(1);
  });

  it('without a field to say it (no platform chosen), the status says what is missing and focus goes to the first platform', async () => {
    const user = userEvent.setup();
    renderUI(<AddSourceWizard {...oneStepProps} defaultProfileId="profile-fr" defaultStepId="choose_platform" />);
    await user.click(next());
    expect(document.querySelector('[data-slot="add-source-wizard-status"]')).toHaveTextContent(
      en.onboarding.requiredFirst.replace('{step}', title('choose_platform')),
    );
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Shopify' }));
    expect(liveMessages()).toHaveLength(1);
  });

  it('after Finish focuses the completion message (never the body)', async () => {
    const user = userEvent.setup();
    const onFinish = vi.fn();
    renderUI(
      <AddSourceWizard
        {...oneStepProps}
        {...CHOSEN}
        defaultSourceName="Shopify France"
        defaultStepId="review_health"
        defaultCompletedStepIds={ONBOARDING_STEP_IDS.slice(0, 8)}
        onFinish={onFinish}
      />,
    );
    await user.click(screen.getByRole('button', { name: en.patterns.wizard.finish }));
    expect(onFinish).toHaveBeenCalledWith({ profileId: 'profile-fr', platformId: 'SHOPIFY', accountIds: ['disc-shopify-fr'], sourceName: 'Shopify France' });
    const message = document.querySelector('[data-slot="add-source-wizard-finished"]');
    expect(message).toHaveTextContent(en.patterns.wizard.finished);
    expect(document.activeElement).toBe(message);
  });

  it('in the all-steps layout too, Finish focuses the completion message and a missing name focuses the field', async () => {
    const user = userEvent.setup();
    renderUI(<AddSourceWizard {...props} {...CHOSEN} defaultStepId="configure_source" />);
    await user.click(next());
    expect(document.activeElement).toBe(screen.getByRole('textbox'));
    await user.click(screen.getByRole('button', { name: 'Use “Shopify France”' }));
    await user.click(next());
    await user.click(next());
    await user.click(screen.getByRole('button', { name: en.patterns.wizard.finish }));
    expect(document.activeElement).toBe(document.querySelector('[data-slot="add-source-wizard-finished"]'));
  });
});
