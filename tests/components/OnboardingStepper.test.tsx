import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ONBOARDING_KIND_STATES,
  ONBOARDING_PROGRESS_NAMES,
  ONBOARDING_PROGRESS_STATES,
  ONBOARDING_STEPPER_STATE_NAMES,
  ONBOARDING_STEPPER_STATES,
  OnboardingStepper,
  onboardingStateProps,
  type OnboardingStepInput,
  type OnboardingStepperState,
} from '../../src/components/OnboardingStepper';
import type { OnboardingStepId } from '../../src/domain';
import { en } from '../../src/i18n';
import { fr } from '../../src/locales/fr';
import { ONBOARDING_STEPS, PLATFORMS } from '../../src/fixtures';
import { expectConsole } from '../helpers';
import { messageAt } from '../messages';
import { renderUI } from '../render';

afterEach(cleanup);

const stateProps = (state: OnboardingStepperState) => onboardingStateProps(state, ONBOARDING_STEPS, PLATFORMS);
const stepItems = (container: HTMLElement) => [...container.querySelectorAll<HTMLLIElement>('ol > li[data-slot="onboarding-stepper-step"]')];
const triggers = () => screen.getAllByRole('button');
const current = (container: HTMLElement) => container.querySelector('[aria-current="step"]');
const titleOf = (id: OnboardingStepId) => en.onboarding.steps[id].title;

function renderState(state: OnboardingStepperState, extra: Partial<Parameters<typeof OnboardingStepper>[0]> = {}) {
  const onStepChange = vi.fn();
  const result = renderUI(<OnboardingStepper steps={ONBOARDING_STEPS} {...stateProps(state)} onStepChange={onStepChange} {...extra} />);
  return { ...result, onStepChange };
}

describe('OnboardingStepper', () => {
  it('lists the nine steps of seed 000 in order, numbered, with their kind, as an ordered list', () => {
    const { container } = renderState('firstStep');
    const list = screen.getByRole('navigation', { name: en.onboarding.stepsTitle }).querySelector('ol');
    expect(list).not.toBeNull();
    const items = stepItems(container);
    expect(items).toHaveLength(9);
    // Seed 000 prints "Select profile todo", "Read prerequisites info"…
    expect(
      items.map(
        (li) =>
          `${li.querySelector('[data-slot="onboarding-stepper-step-number"]')!.textContent} ${li.querySelector('[data-slot="onboarding-stepper-step-title"]')!.textContent} ${li.querySelector('[data-slot="onboarding-stepper-step-kind"]')!.textContent}`,
      ),
    ).toEqual([
      '1 Select profile todo',
      '2 Choose platform todo',
      '3 Read prerequisites info',
      '4 Client credentials (placeholder) placeholder',
      '5 Discover accounts placeholder',
      '6 Select accounts todo',
      '7 Configure source todo',
      '8 Initial sync (placeholder) placeholder',
      '9 Review source health info',
    ]);
  });

  it('shows each step’s description and notes from the catalog', () => {
    const { container } = renderState('firstStep');
    const credentials = container.querySelector('[data-step-id="client_credentials"]')!;
    expect(credentials.querySelector('[data-slot="onboarding-stepper-step-description"]')).toHaveTextContent(
      en.onboarding.steps.client_credentials.description,
    );
    expect(
      within(credentials as HTMLElement)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(en.onboarding.steps.client_credentials.notes);
    expect(container.querySelector('[data-step-id="select_profile"] [data-slot="onboarding-stepper-step-notes"]')).toBeNull();
  });

  it.each(ONBOARDING_PROGRESS_NAMES)('progress %s shows its text, icon and tone (never colour alone)', (progress) => {
    const state: OnboardingStepperState = progress === 'blocked' ? 'blockedPlatform' : 'atCredentials';
    const { container } = renderState(state);
    const step = container.querySelector(`li[data-progress="${progress}"]`)!;
    const spec = ONBOARDING_PROGRESS_STATES[progress];
    expect(step).toHaveAttribute('data-tone', spec.tone);
    const chip = step.querySelector('[data-slot="onboarding-stepper-step-progress"]')!;
    expect(chip).toHaveAttribute('data-tone', spec.tone);
    expect(chip).toHaveTextContent(messageAt(spec.label, en) as string);
    expect(chip.querySelector(`svg[data-icon="${spec.icon}"][aria-hidden="true"]`)).not.toBeNull();
  });

  it.each(['todo', 'placeholder', 'info'] as const)('kind %s shows its catalog label', (kind) => {
    const { container } = renderState('firstStep');
    const chips = [...container.querySelectorAll(`li[data-kind="${kind}"] [data-slot="onboarding-stepper-step-kind"]`)];
    expect(chips.length).toBe(ONBOARDING_STEPS.filter((s) => s.kind === kind).length);
    for (const chip of chips) expect(chip).toHaveTextContent(messageAt(ONBOARDING_KIND_STATES[kind].label, en) as string);
  });

  it.each(ONBOARDING_STEPPER_STATE_NAMES)('state "%s": aria-current on its step, everything before it complete', (state) => {
    const { container } = renderState(state);
    const spec = ONBOARDING_STEPPER_STATES[state];
    const marked = container.querySelectorAll('[aria-current]');
    if (spec.current === null) {
      expect(marked).toHaveLength(0);
      expect(container.firstElementChild).toHaveAttribute('data-state', 'complete');
      expect(stepItems(container).every((li) => li.dataset.progress === 'complete')).toBe(true);
      return;
    }
    expect(marked).toHaveLength(1);
    expect(marked[0]).toHaveAttribute('aria-current', 'step');
    expect(marked[0]).toHaveAccessibleName(new RegExp(titleOf(spec.current).replace(/[()]/g, '\\$&')));
    const index = ONBOARDING_STEPS.findIndex((s) => s.id === spec.current);
    const progress = stepItems(container).map((li) => li.dataset.progress);
    expect(progress.slice(0, index).every((p) => p === 'complete')).toBe(true);
    expect(progress[index]).toBe(spec.blockedPlatformId ? 'blocked' : 'current');
    expect(progress.slice(index + 1).every((p) => p === 'upcoming')).toBe(true);
  });

  it('refuses every step past the incomplete required first step, saying which step to complete', async () => {
    const user = userEvent.setup();
    const { container, onStepChange } = renderState('firstStep');
    const buttons = triggers();
    for (const button of buttons.slice(1)) {
      expect(button).toHaveAttribute('aria-disabled', 'true');
      expect(button).toHaveAccessibleDescription(/Complete “Select profile” first\./);
    }
    // The reason is visible on the next step, and for assistive technology on every gated one.
    expect(container.querySelector('[data-step-id="choose_platform"] p[data-slot="onboarding-stepper-step-gate"]')).toBeVisible();
    // The keyboard reaches a gated step (it stays focusable, to read why) but cannot activate it.
    await user.tab();
    expect(buttons[0]).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(buttons[1]).toHaveFocus();
    await user.keyboard('{Enter}');
    await user.keyboard(' ');
    await user.keyboard('{End}{Enter}');
    expect(buttons[8]).toHaveFocus();
    await user.click(buttons[1]!);
    await user.click(buttons[8]!);
    expect(onStepChange).not.toHaveBeenCalled();
    expect(current(container)).toBe(buttons[0]);
  });

  it('lets the user reach optional steps up to the next required one, not past it', async () => {
    const user = userEvent.setup();
    const { container, onStepChange } = renderState('atCredentials');
    const buttons = triggers();
    expect(buttons.slice(0, 6).map((b) => b.getAttribute('aria-disabled'))).toEqual([null, null, null, null, null, null]);
    for (const button of buttons.slice(6)) expect(button).toHaveAccessibleDescription(/Complete “Select accounts” first\./);
    await user.click(buttons[5]!);
    expect(onStepChange).toHaveBeenLastCalledWith('select_accounts');
    await user.click(buttons[6]!);
    expect(onStepChange).toHaveBeenCalledTimes(1);
    // Controlled: the parent decides; without a new currentStepId nothing moves.
    expect(current(container)).toBe(buttons[3]);
  });

  it('blocks the platform step with the DEC-06 reason and keeps later steps out of reach', async () => {
    const user = userEvent.setup();
    const props = stateProps('blockedPlatform');
    const { container, onStepChange } = renderState('blockedPlatform', { completedStepIds: [...props.completedStepIds, 'choose_platform'] });
    const step = container.querySelector('[data-step-id="choose_platform"]')!;
    expect(container.firstElementChild).toHaveAttribute('data-state', 'blocked');
    expect(step).toHaveAttribute('data-progress', 'blocked');
    expect(step.querySelector('[data-slot="onboarding-stepper-step-reason"]')).toHaveTextContent(
      `Blocked: TikTok Ads chosen — ${en.platforms.TIKTOK_ADS.notes[1]}`,
    );
    const buttons = triggers();
    expect(buttons[1]).toHaveAttribute('aria-current', 'step');
    expect(buttons[1]).toHaveAccessibleDescription(/Blocked.*DEC-06/);
    // A blocked step is never complete, even if listed as such: the next step stays gated.
    expect(buttons[2]).toHaveAccessibleDescription(/Complete “Choose platform” first\./);
    await user.click(buttons[2]!);
    expect(onStepChange).not.toHaveBeenCalled();
  });

  it('shows an explicit reason text as given', () => {
    renderUI(
      <OnboardingStepper steps={ONBOARDING_STEPS} currentStepId="choose_platform" blocked={{ stepId: 'choose_platform', reason: 'Chosen by policy' }} />,
    );
    expect(screen.getByText('Blocked: Chosen by policy')).toBeInTheDocument();
  });

  it('revisits complete steps with the keyboard: one tab stop, arrows, Home, End, Enter and Space', async () => {
    const user = userEvent.setup();
    const { onStepChange } = renderState('review');
    const buttons = triggers();
    expect(buttons.filter((b) => b.tabIndex === 0)).toEqual([buttons[8]]);
    await user.tab();
    expect(buttons[8]).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(buttons[7]).toHaveFocus();
    expect(buttons.filter((b) => b.tabIndex === 0)).toEqual([buttons[7]]);
    await user.keyboard('{Enter}');
    expect(onStepChange).toHaveBeenLastCalledWith('initial_sync');
    await user.keyboard('{Home}');
    expect(buttons[0]).toHaveFocus();
    await user.keyboard(' ');
    expect(onStepChange).toHaveBeenLastCalledWith('select_profile');
    await user.keyboard('{ArrowLeft}');
    expect(buttons[0]).toHaveFocus();
    await user.keyboard('{End}');
    expect(buttons[8]).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(buttons[8]).toHaveFocus();
    // The current step is already current: activating it changes nothing.
    await user.keyboard('{Enter}');
    expect(onStepChange).toHaveBeenCalledTimes(2);
    await user.tab();
    expect(document.body).toHaveFocus();
  });

  it('moves aria-current itself when uncontrolled, and walks back and forward', async () => {
    const user = userEvent.setup();
    const onStepChange = vi.fn();
    const { container } = renderUI(
      <OnboardingStepper steps={ONBOARDING_STEPS} completedStepIds={['select_profile', 'choose_platform']} onStepChange={onStepChange} />,
    );
    const buttons = triggers();
    expect(current(container)).toBe(buttons[0]);
    await user.tab();
    await user.keyboard('{ArrowDown}{Enter}');
    expect(current(container)).toBe(buttons[1]);
    await user.keyboard('{ArrowDown}{Enter}');
    expect(current(container)).toBe(buttons[2]);
    await user.keyboard('{ArrowUp}{ArrowUp}{Enter}');
    expect(current(container)).toBe(buttons[0]);
    expect(onStepChange.mock.calls.map(([id]) => id)).toEqual(['choose_platform', 'read_prerequisites', 'select_profile']);
    // read_prerequisites and the placeholders are optional; Select accounts is required and not complete.
    await user.keyboard('{End}{Enter}');
    expect(current(container)).toBe(buttons[0]);
  });

  it('starts uncontrolled at defaultCurrentStepId', () => {
    const { container } = renderUI(<OnboardingStepper steps={ONBOARDING_STEPS} defaultCurrentStepId="choose_platform" completedStepIds={['select_profile']} />);
    expect(container.querySelector('[aria-current="step"]')).toHaveAccessibleName(/Choose platform/);
  });

  it('renders in French from the fr catalog', () => {
    const { container } = renderUI(<OnboardingStepper steps={ONBOARDING_STEPS} {...stateProps('blockedPlatform')} />, { locale: 'fr' });
    expect(screen.getByRole('navigation', { name: fr.onboarding.stepsTitle })).toBeInTheDocument();
    expect(stepItems(container).map((li) => li.querySelector('[data-slot="onboarding-stepper-step-title"]')!.textContent)).toEqual(
      ONBOARDING_STEPS.map((s) => fr.onboarding.steps[s.id].title),
    );
    expect(container.querySelector('[data-step-id="client_credentials"] [data-slot="onboarding-stepper-step-kind"]')).toHaveTextContent(
      fr.onboarding.kinds.placeholder,
    );
    expect(screen.getByText(`Bloquée : plateforme TikTok Ads choisie — ${fr.platforms.TIKTOK_ADS.notes[1]}`)).toBeInTheDocument();
    expect(triggers()[2]).toHaveAccessibleDescription(/Terminez d’abord « Choisir la plateforme »\./);
    expect(screen.getAllByText(fr.onboarding.progress.upcoming)).toHaveLength(7);
  });

  it('renders an unknown step id and an unknown kind as a neutral Unknown with the raw value, and warns', () => {
    expectConsole(/unknown step id "verify_domain"/, /unknown kind "wizard" for step "select_profile"/);
    const steps: OnboardingStepInput[] = [
      { ...ONBOARDING_STEPS[0]!, kind: 'wizard' },
      { id: 'verify_domain', kind: 'todo', required: true },
      ...ONBOARDING_STEPS.slice(1),
    ];
    const { container } = renderUI(<OnboardingStepper steps={steps} currentStepId="verify_domain" completedStepIds={['select_profile']} />);
    const kind = container.querySelector('li[data-raw-kind="wizard"]')!;
    expect(kind).toHaveAttribute('data-kind', 'unknown');
    expect(kind.querySelector('[data-slot="onboarding-stepper-step-kind"]')).toHaveTextContent('Unknown (wizard)');
    const unknown = container.querySelector('li[data-raw-id="verify_domain"]')!;
    expect(unknown.querySelector('[data-slot="onboarding-stepper-step-title"]')).toHaveTextContent('Unknown (verify_domain)');
    expect(unknown.querySelector('[aria-current="step"]')).not.toBeNull();
    // Its `required` still gates what follows, with the raw value as the step's name.
    expect(triggers()[2]).toHaveAccessibleDescription(/Complete “Unknown \(verify_domain\)” first\./);
  });

  it('survives ids that are not among the steps: no current step, ignored completions and block', () => {
    expectConsole(/currentStepId "finish" is not one of the steps/, /completedStepIds holds "bogus"/, /blocked.stepId "nowhere"/);
    const { container } = renderUI(
      <OnboardingStepper steps={ONBOARDING_STEPS} currentStepId="finish" completedStepIds={['bogus']} blocked={{ stepId: 'nowhere', reason: 'x' }} />,
    );
    expect(container.querySelector('[aria-current]')).toBeNull();
    expect(container.querySelectorAll('li[data-progress="upcoming"]')).toHaveLength(9);
    expect(triggers()[0]).toHaveAttribute('tabindex', '0');
  });

  it('survives malformed steps and an unknown blocked platform', () => {
    expectConsole(/ignoring a malformed step null/, /unknown platform "MYSPACE"/);
    const steps = [null, ...ONBOARDING_STEPS.slice(0, 2)] as unknown as OnboardingStepInput[];
    renderUI(<OnboardingStepper steps={steps} currentStepId="choose_platform" blocked={{ stepId: 'choose_platform', platform: { id: 'MYSPACE' as never } }} />);
    expect(triggers()).toHaveLength(2);
    expect(screen.getByText('Blocked: Unknown (MYSPACE) chosen — Blocked')).toBeInTheDocument();
  });

  it('renders nothing but the empty list when steps is not an array', () => {
    expectConsole(/expected an array of steps/);
    const { container } = renderUI(<OnboardingStepper steps={'nine' as never} />);
    expect(container.querySelector('ol')!.children).toHaveLength(0);
  });

  it('merges className onto the root and forwards the ref', () => {
    const ref = createRef<HTMLElement>();
    const { container } = renderUI(<OnboardingStepper ref={ref} steps={ONBOARDING_STEPS} className="max-w-md" />);
    const root = container.querySelector('[data-slot="onboarding-stepper"]');
    expect(root).toBe(ref.current);
    expect(root).toHaveClass('max-w-md', 'iu:w-full');
    expect(root).toHaveAttribute('data-state', 'in-progress');
  });
});
