import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { useArgs } from 'storybook/preview-api';
import { expect, fn, userEvent, within } from 'storybook/test';
import {
  OnboardingStepper,
  ONBOARDING_STEPPER_STATE_NAMES,
  ONBOARDING_STEPPER_STATES,
  onboardingStateProps,
  type OnboardingStepperProps,
  type OnboardingStepperState,
} from '../../src/components/OnboardingStepper';
import { ONBOARDING_STEP_IDS } from '../../src/domain';
import { ONBOARDING_STEPS, PLATFORMS } from '../../src/fixtures';
import { phone } from '../support/viewports';

/** The controlled props of a named state, from the state table and the fixtures. */
const stateArgs = (state: OnboardingStepperState) => onboardingStateProps(state, ONBOARDING_STEPS, PLATFORMS);

/**
 * A controlled stepper: the story holds `currentStepId` in state (so play functions see it move)
 * and reports it to `onCurrentChange` (the story writes it back into the args so the Controls
 * panel follows); a control that changes `currentStepId` resyncs it.
 */
function ControlledStepper({ onCurrentChange, ...args }: OnboardingStepperProps & { onCurrentChange: (stepId: string) => void }) {
  const [current, setCurrent] = useState(args.currentStepId);
  const [fromArgs, setFromArgs] = useState(args.currentStepId);
  if (args.currentStepId !== fromArgs) {
    setFromArgs(args.currentStepId);
    setCurrent(args.currentStepId);
  }
  return (
    <div className="iu:max-w-3xl">
      <OnboardingStepper
        {...args}
        currentStepId={current}
        onStepChange={(stepId) => {
          args.onStepChange?.(stepId);
          setCurrent(stepId);
          onCurrentChange(stepId);
        }}
      />
    </div>
  );
}

const meta = {
  title: 'Components/OnboardingStepper',
  component: OnboardingStepper,
  parameters: {
    docs: {
      description: {
        component:
          'The Add Source wizard\'s nine steps (seed 000) as an ordered list: number, title, kind (todo, placeholder, info), progress (current, complete, blocked, upcoming — text and icon, never colour alone), description and notes, with `aria-current="step"` on the current step. Use it beside the wizard\'s content to show where the user is and let them go back: complete steps can be revisited, but no step past an incomplete required step can be reached (it says which step to complete first), and a blocked step (e.g. TikTok Ads chosen, DEC-06) says why. One tab stop; arrow keys, Home and End move between steps, Enter or Space activates. Controlled with `currentStepId` + `onStepChange`, or uncontrolled with `defaultCurrentStepId`.',
      },
    },
  },
  args: { steps: ONBOARDING_STEPS, onStepChange: fn(), ...stateArgs('firstStep') },
  argTypes: {
    currentStepId: { control: 'select', options: [...ONBOARDING_STEP_IDS, null] },
    completedStepIds: { control: 'check', options: ONBOARDING_STEP_IDS },
    steps: { control: false },
  },
  render: function Render(args) {
    const [, updateArgs] = useArgs<OnboardingStepperProps>();
    return <ControlledStepper {...args} onCurrentChange={(stepId) => updateArgs({ currentStepId: stepId })} />;
  },
} satisfies Meta<typeof OnboardingStepper>;

export default meta;
type Story = StoryObj<typeof meta>;

type Canvas = ReturnType<typeof within>;
const stepButton = (canvas: Canvas, index: number) => canvas.getAllByRole('button')[index]!;
const currentStep = (canvasElement: HTMLElement) => canvasElement.querySelector('[aria-current="step"]');

export const Playground: Story = { args: stateArgs('atCredentials') };

/** Only the first step can be reached: every later one says "Complete “Select profile” first." */
export const FirstStep: Story = {
  name: 'First step',
  args: stateArgs('firstStep'),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await expect(stepButton(canvas, 0)).toHaveFocus();
  },
};

/** Profile chosen: back to it and forward again; the step after "Choose platform" stays out of reach. */
export const ProfileSelected: Story = {
  name: 'Profile selected',
  args: stateArgs('profileSelected'),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await userEvent.keyboard('{ArrowDown}');
    await expect(stepButton(canvas, 2)).toHaveFocus();
  },
};

/** TikTok Ads chosen: the platform step is blocked with its DEC-06 reason, and nothing after it is reachable. */
export const BlockedPlatform: Story = {
  name: 'Blocked platform',
  args: stateArgs('blockedPlatform'),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await expect(stepButton(canvas, 1)).toHaveFocus();
    await userEvent.keyboard('{ArrowUp}{Enter}');
    await expect(currentStep(canvasElement)).toBe(stepButton(canvas, 0));
  },
};

/** At the credentials placeholder: back one step, then forward up to the next required step ("Select accounts") and no further. */
export const AtCredentials: Story = {
  name: 'At credentials (placeholder)',
  args: stateArgs('atCredentials'),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await expect(currentStep(canvasElement)).toBe(stepButton(canvas, 4));
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await expect(stepButton(canvas, 6)).toHaveFocus();
  },
};

/** The last step: Home goes back to the first step, End returns to the review. */
export const Review: Story = {
  args: stateArgs('review'),
  play: async ({ canvasElement }) => {
    await userEvent.tab();
    await expect(stepButton(within(canvasElement), 8)).toHaveFocus();
  },
};

/** Finished: every step complete, none current; any step can be revisited. */
export const AllComplete: Story = {
  name: 'All complete',
  args: stateArgs('allComplete'),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await userEvent.keyboard('{ArrowUp}{Enter}');
    await expect(currentStep(canvasElement)).toBe(stepButton(canvas, 7));
  },
};

/** Without `currentStepId` the stepper keeps its own current step (uncontrolled), here in French. */
export const Uncontrolled: Story = {
  args: { currentStepId: undefined, defaultCurrentStepId: 'select_profile', completedStepIds: ['select_profile'] },
  globals: { locale: 'fr' },
  render: (args) => (
    <div className="iu:max-w-3xl">
      <OnboardingStepper {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await expect(currentStep(canvasElement)).toBe(stepButton(canvas, 1));
  },
};

/** Bad input: an unknown step id and an unknown kind render a neutral Unknown with the raw value. */
export const BadInput: Story = {
  name: 'Unknown step and kind',
  args: {
    steps: [...ONBOARDING_STEPS.slice(0, 2), { ...ONBOARDING_STEPS[2]!, id: 'verify_domain' }, { ...ONBOARDING_STEPS[3]!, kind: 'wizard' }],
  },
  parameters: { expectedConsole: [/unknown step id "verify_domain"/, /unknown kind "wizard"/] },
};

/** At a phone's width (390 px viewport) the list stays vertical: chips wrap under the title, nothing overflows. */
export const Narrow: Story = {
  name: 'Narrow (390 px)',
  args: stateArgs('blockedPlatform'),
  ...phone,
  play: async ({ canvasElement }) => {
    await expect(canvasElement.ownerDocument.documentElement.clientWidth).toBe(390);
    const stepper = canvasElement.querySelector<HTMLElement>('[data-slot="onboarding-stepper"]')!;
    await expect(stepper.scrollWidth).toBeLessThanOrEqual(stepper.clientWidth);
    await expect(canvasElement.ownerDocument.documentElement.scrollWidth).toBeLessThanOrEqual(390);
  },
};

export const AllStates: Story = {
  name: 'All states',
  render: function AllStatesRender(args) {
    return (
      <div className="iu:grid iu:gap-8 iu:lg:grid-cols-2">
        {ONBOARDING_STEPPER_STATE_NAMES.map((state) => (
          <section key={state} aria-labelledby={`onboarding-state-${state}`}>
            <h2 id={`onboarding-state-${state}`} className="iu:mb-2 iu:text-base iu:font-semibold">
              {ONBOARDING_STEPPER_STATES[state].story}
            </h2>
            <OnboardingStepper {...args} {...stateArgs(state)} aria-labelledby={`onboarding-state-${state}`} />
          </section>
        ))}
      </div>
    );
  },
};
