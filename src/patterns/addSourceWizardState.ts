/**
 * The Add Source wizard's state, without React: what the user chose, where they are, what is
 * missing and where focus goes next. `initialState` reads the `default*` props, the reducer
 * applies one action, and the selectors derive everything the screen shows from the state and
 * the props of the moment (`WizardContext`). Callbacks and focus stay in the component.
 */
import { stepStandings, type StepStanding } from '../components/OnboardingStepper/OnboardingStepper.props';
import { validateSourceName } from '../components/SourceSettingsForm/SourceSettingsForm.props';
import {
  isAuthorizedProfile,
  linkableAccounts,
  type ExternalAccount,
  type OnboardingStep,
  type OnboardingStepId,
  type Platform,
  type PlatformId,
} from '../domain';
import { describe, devWarn } from '../domain/dev';
import type { AddSourceWizardProps } from './AddSourceWizard';

/** What the wizard collected. Nothing is created with it: the wizard is a preview. */
export interface AddSourceDraft {
  profileId: string;
  platformId: PlatformId;
  accountIds: string[];
  sourceName: string;
}

/** Steps completed by what the user enters on the page rather than by a press of "Next". */
export const INPUT_STEPS = ['select_profile', 'choose_platform', 'select_accounts', 'configure_source'] as const satisfies readonly OnboardingStepId[];

/** Where focus goes after the next render: the new step, the first invalid field, the completion message. */
export type WizardFocusTarget = 'step' | 'invalid' | 'finished';

export interface AddSourceWizardState {
  /** The chosen profile, as chosen: `effectiveProfileId` drops it when it is not authorized (any more). */
  profileId: string | null;
  /** The chosen active platform. */
  platformId: PlatformId | null;
  /** The blocked or planned platform the user tried to choose. */
  blockedPlatformId: PlatformId | null;
  /** The chosen accounts, as chosen: `effectiveAccountIds` keeps the linkable ones. */
  accountIds: readonly string[];
  sourceName: string;
  /** Steps passed with Next (the input steps are complete by their value instead). */
  doneStepIds: ReadonlySet<string>;
  /** `null` when finished (or there are no steps). */
  currentStepId: string | null;
  /** The required step whose choice is missing (its field shows the error). */
  missingStepId: string | null;
  /** The missing step the status region names, when the step has no field of its own to say it. */
  statusStepId: string | null;
  finished: boolean;
  /** The latest focus request; a new object (higher `seq`) for each request. */
  focus: { target: WizardFocusTarget; seq: number } | null;
}

/** The props the state depends on after mount (they may change between renders). */
export interface WizardContext {
  steps: readonly OnboardingStep[];
  platforms: readonly Platform[];
  authorizedProfileIds: readonly string[];
  discoveredAccounts: readonly ExternalAccount[];
  /** Platform whose prerequisites and accounts show until a platform is chosen. */
  scenarioPlatformId: PlatformId;
}

/** The props read once, on mount: the wizard's `default*` values and the lists they are checked against. */
export type WizardDefaults = Pick<
  AddSourceWizardProps,
  | 'steps'
  | 'platforms'
  | 'authorizedProfileIds'
  | 'defaultProfileId'
  | 'defaultPlatformId'
  | 'defaultAccountIds'
  | 'defaultSourceName'
  | 'defaultStepId'
  | 'defaultCompletedStepIds'
>;

export type AddSourceWizardAction =
  | { type: 'chooseProfile'; profileId: string }
  | { type: 'choosePlatform'; platformId: PlatformId }
  | { type: 'chooseUnavailablePlatform'; platformId: PlatformId }
  | { type: 'changeAccounts'; accountIds: readonly string[] }
  | { type: 'changeName'; name: string }
  /** Edit a completed step, or pick a reachable step in the stepper. */
  | { type: 'goToStep'; stepId: string }
  | { type: 'next'; context: WizardContext }
  | { type: 'back'; context: WizardContext }
  /** The missing step has no field to show the error: the status region names it. */
  | { type: 'showMissingInStatus' };

/** The wizard's steps: holes and items that are not steps are skipped (with a dev warning). */
export function usableSteps(steps: unknown): OnboardingStep[] {
  if (!Array.isArray(steps)) return [];
  const list = steps.filter((step): step is OnboardingStep => step != null && typeof step === 'object');
  if (list.length !== steps.length) devWarn(`AddSourceWizard steps: skipped ${steps.length - list.length} item(s) that are not steps (holes, null…).`);
  return list;
}

/** The state on mount. Anti-leak, fail closed: an unauthorized default profile and an unknown default platform are ignored. */
export function initialState({
  steps,
  platforms,
  authorizedProfileIds,
  defaultProfileId = null,
  defaultPlatformId = null,
  defaultAccountIds = [],
  defaultSourceName = '',
  defaultStepId,
  defaultCompletedStepIds = [],
}: WizardDefaults): AddSourceWizardState {
  let profileId: string | null = null;
  if (defaultProfileId != null) {
    if (isAuthorizedProfile(defaultProfileId, authorizedProfileIds)) profileId = defaultProfileId;
    else devWarn('AddSourceWizard: defaultProfileId ignored (not among authorizedProfileIds).');
  }
  let platformId: PlatformId | null = null;
  if (defaultPlatformId != null) {
    if (typeof defaultPlatformId === 'string' && Array.isArray(platforms) && platforms.some((p) => p?.id === defaultPlatformId)) platformId = defaultPlatformId;
    else devWarn(`AddSourceWizard: defaultPlatformId ${describe(defaultPlatformId)} is not an offered platform; ignored.`);
  }
  return {
    profileId,
    platformId,
    blockedPlatformId: null,
    accountIds: Array.isArray(defaultAccountIds) ? [...defaultAccountIds] : [],
    sourceName: typeof defaultSourceName === 'string' ? defaultSourceName : '',
    doneStepIds: new Set(defaultCompletedStepIds),
    currentStepId: defaultStepId ?? steps[0]?.id ?? null,
    missingStepId: null,
    statusStepId: null,
    finished: false,
    focus: null,
  };
}

const requestFocus = (state: AddSourceWizardState, target: WizardFocusTarget): AddSourceWizardState['focus'] => ({
  target,
  seq: (state.focus?.seq ?? 0) + 1,
});

/** A new choice clears the error and the status. */
const cleared = { missingStepId: null, statusStepId: null } as const;

function goTo(state: AddSourceWizardState, stepId: string): AddSourceWizardState {
  return { ...state, ...cleared, currentStepId: stepId, finished: false, focus: requestFocus(state, 'step') };
}

export function addSourceWizardReducer(state: AddSourceWizardState, action: AddSourceWizardAction): AddSourceWizardState {
  switch (action.type) {
    // Accounts belong to one profile and one platform: a new choice of either unlinks them.
    case 'chooseProfile':
      return {
        ...state,
        ...cleared,
        profileId: action.profileId,
        accountIds: action.profileId === state.profileId ? state.accountIds : [],
      };
    case 'choosePlatform':
      return {
        ...state,
        ...cleared,
        platformId: action.platformId,
        blockedPlatformId: null,
        accountIds: action.platformId === state.platformId ? state.accountIds : [],
      };
    case 'chooseUnavailablePlatform':
      return { ...state, platformId: null, blockedPlatformId: action.platformId };
    case 'changeAccounts':
      return { ...state, ...cleared, accountIds: action.accountIds };
    case 'changeName':
      return { ...state, ...cleared, sourceName: action.name };
    case 'goToStep':
      return goTo(state, action.stepId);
    case 'next': {
      const outcome = nextOutcome(state, action.context);
      if (outcome.kind === 'none') return state;
      if (outcome.kind === 'missing') return { ...state, missingStepId: outcome.stepId, statusStepId: null, focus: requestFocus(state, 'invalid') };
      const done = new Set(state.doneStepIds).add(state.currentStepId!);
      if (outcome.kind === 'step') return goTo({ ...state, doneStepIds: done }, outcome.stepId);
      return { ...state, ...cleared, doneStepIds: done, currentStepId: null, finished: true, focus: requestFocus(state, 'finished') };
    }
    case 'back': {
      const stepId = previousStepId(state, action.context);
      return stepId === null ? state : goTo(state, stepId);
    }
    case 'showMissingInStatus':
      return state.statusStepId === state.missingStepId ? state : { ...state, statusStepId: state.missingStepId };
    default:
      return state;
  }
}

// Selectors: what the screen shows, from the state and the props of the moment.

/** The chosen profile while it is authorized, else none (the authorized list can change after mount). */
export function effectiveProfileId(state: AddSourceWizardState, context: WizardContext): string | null {
  return state.profileId !== null && isAuthorizedProfile(state.profileId, context.authorizedProfileIds) ? state.profileId : null;
}

/** The platform whose prerequisites and accounts show: the chosen one, else the blocked one tried, else the scenario's. */
export function shownPlatformId(state: AddSourceWizardState, context: WizardContext): PlatformId {
  return state.platformId ?? state.blockedPlatformId ?? context.scenarioPlatformId;
}

/**
 * The chosen accounts linkable for the chosen (authorized) profile and the platform on show,
 * defaults included: an unauthorized id never reaches the picker, a step or the draft.
 */
export function effectiveAccountIds(state: AddSourceWizardState, context: WizardContext): string[] {
  const linkable = new Set(
    linkableAccounts(context.discoveredAccounts, context.authorizedProfileIds, effectiveProfileId(state, context), shownPlatformId(state, context)).map(
      (a) => a.id,
    ),
  );
  return state.accountIds.filter((id) => typeof id === 'string' && linkable.has(id));
}

/** The blocked or planned platform the user tried, when it is one of the offered platforms. */
export function blockedPlatform(state: AddSourceWizardState, context: WizardContext): Platform | undefined {
  return state.blockedPlatformId && Array.isArray(context.platforms) ? context.platforms.find((p) => p?.id === state.blockedPlatformId) : undefined;
}

/** The step a blocked platform blocks, if any. */
export function blockedStepId(state: AddSourceWizardState, context: WizardContext): 'choose_platform' | undefined {
  return blockedPlatform(state, context) ? 'choose_platform' : undefined;
}

/** Whether a step is complete: the input steps by their value, the others once passed with Next. */
export function isStepComplete(state: AddSourceWizardState, context: WizardContext, stepId: string): boolean {
  switch (stepId) {
    case 'select_profile':
      return effectiveProfileId(state, context) !== null;
    case 'choose_platform':
      return state.platformId !== null && state.blockedPlatformId === null;
    case 'select_accounts':
      return effectiveAccountIds(state, context).length > 0;
    case 'configure_source':
      return validateSourceName(state.sourceName) === null;
    default:
      return state.doneStepIds.has(stepId);
  }
}

export function completedStepIds(state: AddSourceWizardState, context: WizardContext): string[] {
  return context.steps.filter((s) => isStepComplete(state, context, s.id)).map((s) => s.id);
}

/** Every step's standing, by the stepper's own rule, so panels and stepper never disagree. */
export function stepStandingsOf(state: AddSourceWizardState, context: WizardContext): StepStanding[] {
  return stepStandings(context.steps, {
    currentId: state.currentStepId,
    completed: new Set(completedStepIds(state, context)),
    blockedStepId: blockedStepId(state, context),
  });
}

/** A panel's state: its progress, or `gated` for an upcoming step past an incomplete required one. */
export function panelStateOf(standing: StepStanding): StepStanding['progress'] | 'gated' {
  return standing.progress === 'upcoming' && standing.gatedBy !== null ? 'gated' : standing.progress;
}

/** Position of the current step among the steps; -1 when there is none. */
export function currentIndex(state: AddSourceWizardState, context: WizardContext): number {
  return context.steps.findIndex((s) => s.id === state.currentStepId);
}

export function isLastStep(state: AddSourceWizardState, context: WizardContext): boolean {
  return currentIndex(state, context) === context.steps.length - 1;
}

export function canGoBack(state: AddSourceWizardState, context: WizardContext): boolean {
  return currentIndex(state, context) > 0;
}

/** Next is offered on a current step that is not blocked (a missing choice is said when pressed). */
export function canGoNext(state: AddSourceWizardState, context: WizardContext): boolean {
  return state.currentStepId !== null && state.currentStepId !== blockedStepId(state, context);
}

export function previousStepId(state: AddSourceWizardState, context: WizardContext): string | null {
  const index = currentIndex(state, context);
  return index > 0 ? context.steps[index - 1]!.id : null;
}

/** What the collected choices make, when a profile and a platform are chosen. */
export function draftOf(state: AddSourceWizardState, context: WizardContext): AddSourceDraft | null {
  const profileId = effectiveProfileId(state, context);
  if (!profileId || !state.platformId) return null;
  return { profileId, platformId: state.platformId, accountIds: effectiveAccountIds(state, context), sourceName: state.sourceName.trim() };
}

export type NextOutcome =
  { kind: 'none' } | { kind: 'missing'; stepId: string } | { kind: 'step'; stepId: string } | { kind: 'finish'; draft: AddSourceDraft | null };

/** What Next does: nothing when finished, says a required choice is missing, goes to the next step, or finishes with the draft. */
export function nextOutcome(state: AddSourceWizardState, context: WizardContext): NextOutcome {
  if (state.currentStepId === null) return { kind: 'none' };
  const index = currentIndex(state, context);
  const step = context.steps[index];
  if (step && (INPUT_STEPS as readonly string[]).includes(step.id) && !isStepComplete(state, context, step.id)) return { kind: 'missing', stepId: step.id };
  if (index >= context.steps.length - 1) return { kind: 'finish', draft: draftOf(state, context) };
  return { kind: 'step', stepId: context.steps[index + 1]!.id };
}

/** The wizard's `data-state`. */
export function wizardStatus(state: AddSourceWizardState, context: WizardContext): 'finished' | 'blocked' | 'in-progress' {
  return state.finished ? 'finished' : blockedStepId(state, context) ? 'blocked' : 'in-progress';
}
