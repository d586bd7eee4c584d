export { OnboardingStepper, type OnboardingStepperProps } from './OnboardingStepper';
export {
  ONBOARDING_PROGRESS_STATES,
  ONBOARDING_PROGRESS_NAMES,
  ONBOARDING_KIND_STATES,
  ONBOARDING_KIND_NAMES,
  ONBOARDING_STEPPER_STATES,
  ONBOARDING_STEPPER_STATE_NAMES,
  onboardingStateProps,
  stepStandings,
  isKnownStepId,
  isKnownStepKind,
  type OnboardingKindState,
  type OnboardingStepperState,
  type OnboardingStepInput,
  type OnboardingStepperBlock,
  type StepStanding,
} from './OnboardingStepper.props';
