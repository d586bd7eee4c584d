import {
  isOneOf,
  ONBOARDING_STEP_IDS,
  ONBOARDING_STEP_KINDS,
  type OnboardingStep,
  type OnboardingStepId,
  type OnboardingStepKind,
  type OnboardingStepProgress,
  type Platform,
  type PlatformId,
} from '../../domain';
import type { MessageKey } from '../../i18n';
import type { Tone } from '../../internal/tone';
import type { IconName } from '../../internal/Icon';

/**
 * A step's progress, defined once: text, icon and tone (never colour alone). This table feeds the
 * component (chip and number disc of the step card), the stories and the tests.
 */
export const ONBOARDING_PROGRESS_STATES = {
  current: { tone: 'info', icon: 'arrowRight', label: 'onboarding.progress.current' },
  complete: { tone: 'success', icon: 'check', label: 'onboarding.progress.complete' },
  blocked: { tone: 'critical', icon: 'ban', label: 'onboarding.progress.blocked' },
  upcoming: { tone: 'neutral', icon: 'circle', label: 'onboarding.progress.upcoming' },
} as const satisfies Record<OnboardingStepProgress, { tone: Tone; icon: IconName; label: MessageKey }>;

export const ONBOARDING_PROGRESS_NAMES = Object.keys(ONBOARDING_PROGRESS_STATES) as OnboardingStepProgress[];

/**
 * A step's kind as seed 000 prints it after the title ("Select profile todo"), plus `unknown`
 * for a kind the library does not know (shown with its raw value).
 */
export const ONBOARDING_KIND_STATES = {
  todo: { label: 'onboarding.kinds.todo' },
  placeholder: { label: 'onboarding.kinds.placeholder' },
  info: { label: 'onboarding.kinds.info' },
  unknown: { label: 'common.unknown' },
} as const satisfies Record<OnboardingStepKind | 'unknown', { label: MessageKey }>;

export type OnboardingKindState = keyof typeof ONBOARDING_KIND_STATES;
export const ONBOARDING_KIND_NAMES = Object.keys(ONBOARDING_KIND_STATES) as OnboardingKindState[];

/**
 * The wizard states of issue 3, one story each: where the user is, everything before it being
 * complete. `current: null` is the finished wizard (every step complete, none current).
 */
export const ONBOARDING_STEPPER_STATES = {
  firstStep: { story: 'First step', current: 'select_profile', blockedPlatformId: null },
  profileSelected: { story: 'Profile selected', current: 'choose_platform', blockedPlatformId: null },
  blockedPlatform: { story: 'Blocked platform', current: 'choose_platform', blockedPlatformId: 'TIKTOK_ADS' },
  atCredentials: { story: 'At credentials (placeholder)', current: 'client_credentials', blockedPlatformId: null },
  review: { story: 'Review', current: 'review_health', blockedPlatformId: null },
  allComplete: { story: 'All complete', current: null, blockedPlatformId: null },
} as const satisfies Record<string, { story: string; current: OnboardingStepId | null; blockedPlatformId: PlatformId | null }>;

export type OnboardingStepperState = keyof typeof ONBOARDING_STEPPER_STATES;
export const ONBOARDING_STEPPER_STATE_NAMES = Object.keys(ONBOARDING_STEPPER_STATES) as OnboardingStepperState[];

/** A step as data may bring it: an id or kind the library does not know renders as Unknown. */
export type OnboardingStepInput = OnboardingStep | { id: string; kind: string; required?: boolean; noteCount?: number };

/** Why a step cannot go on (e.g. the blocked platform TikTok Ads was chosen). */
export interface OnboardingStepperBlock {
  /** The blocked step (usually `choose_platform`). */
  stepId: OnboardingStepId | (string & {});
  /** The blocked platform that was chosen: the reason is its catalog note naming `platform.blockedBy` (e.g. DEC-06). */
  platform?: Pick<Platform, 'id' | 'blockedBy'>;
  /** The reason as text, already localized; takes precedence over the platform's note. */
  reason?: string;
}

export function isKnownStepId(value: unknown): value is OnboardingStepId {
  return isOneOf(ONBOARDING_STEP_IDS, value);
}

export function isKnownStepKind(value: unknown): value is OnboardingStepKind {
  return isOneOf(ONBOARDING_STEP_KINDS, value);
}

/**
 * The controlled props of a named state over `steps`: the state's current step, every step
 * before it complete, and the block when the state has one. `platforms` resolves the blocked
 * platform (its `blockedBy` decision).
 */
export function onboardingStateProps(
  state: OnboardingStepperState,
  steps: readonly OnboardingStepInput[],
  platforms: readonly Pick<Platform, 'id' | 'blockedBy'>[] = [],
): { currentStepId: string | null; completedStepIds: string[]; blocked?: OnboardingStepperBlock } {
  const spec = ONBOARDING_STEPPER_STATES[state];
  const index = spec.current === null ? steps.length : steps.findIndex((s) => s.id === spec.current);
  const completedStepIds = steps.slice(0, Math.max(index, 0)).map((s) => s.id);
  const platform = spec.blockedPlatformId ? platforms.find((p) => p.id === spec.blockedPlatformId) : undefined;
  return {
    currentStepId: spec.current,
    completedStepIds,
    ...(spec.blockedPlatformId && spec.current ? { blocked: { stepId: spec.current, platform: platform ?? { id: spec.blockedPlatformId } } } : {}),
  };
}

/** Where one step stands: its progress, and the incomplete required step before it that gates it (null when reachable). */
export interface StepStanding {
  progress: OnboardingStepProgress;
  gatedBy: string | null;
}

/**
 * The progress of every step, in order: blocked, else current, else complete (a blocked step is
 * never complete), else upcoming; and each step after the first incomplete required step is
 * gated by it. One rule for the stepper and for any wizard laid out around it.
 */
export function stepStandings(
  steps: readonly { id: string; required?: boolean }[],
  { currentId, completed, blockedStepId }: { currentId: string | null; completed: ReadonlySet<string>; blockedStepId?: string | null },
): StepStanding[] {
  let gate: string | null = null;
  return steps.map((step) => {
    const isBlocked = blockedStepId != null && blockedStepId === step.id;
    const isComplete = completed.has(step.id) && !isBlocked;
    const progress: OnboardingStepProgress = isBlocked ? 'blocked' : currentId === step.id ? 'current' : isComplete ? 'complete' : 'upcoming';
    const standing = { progress, gatedBy: gate };
    if (step.required === true && !isComplete && gate === null) gate = step.id;
    return standing;
  });
}
