import { describe, expect, it } from 'vitest';
import type { OnboardingStepId, PlatformId } from '../../src/domain';
import { AUTHORIZED_PROFILE_IDS, DISCOVERED_ACCOUNTS, ONBOARDING_STEPS, PLATFORMS } from '../../src/fixtures';
import {
  addSourceWizardReducer as reduce,
  canGoBack,
  canGoNext,
  completedStepIds,
  draftOf,
  effectiveAccountIds,
  effectiveProfileId,
  initialState,
  isLastStep,
  isStepComplete,
  nextOutcome,
  panelStateOf,
  previousStepId,
  shownPlatformId,
  stepStandingsOf,
  usableSteps,
  wizardStatus,
  type AddSourceWizardAction,
  type AddSourceWizardState,
  type WizardContext,
} from '../../src/patterns/addSourceWizardState';
import { expectConsole } from '../helpers';

const context: WizardContext = {
  steps: ONBOARDING_STEPS,
  platforms: PLATFORMS,
  authorizedProfileIds: AUTHORIZED_PROFILE_IDS,
  discoveredAccounts: DISCOVERED_ACCOUNTS,
  scenarioPlatformId: 'SHOPIFY',
};
const STEP_IDS = ONBOARDING_STEPS.map((s) => s.id);
const LAST = STEP_IDS[STEP_IDS.length - 1]!;

/** A fresh wizard (nothing chosen, at the first step), with the given fields. */
const at = (fields: Partial<AddSourceWizardState> = {}): AddSourceWizardState => ({
  ...initialState({ steps: ONBOARDING_STEPS, platforms: PLATFORMS, authorizedProfileIds: AUTHORIZED_PROFILE_IDS }),
  ...fields,
});
/** Seed 000's choices: France, Shopify, its shop, a valid name. */
const CHOSEN = { profileId: 'profile-fr', platformId: 'SHOPIFY', accountIds: ['disc-shopify-fr'], sourceName: ' Shopify France ' } as const;
const chosen = (fields: Partial<AddSourceWizardState> = {}) => at({ ...CHOSEN, ...fields });
const ERROR = { missingStepId: 'select_accounts', statusStepId: 'select_accounts' } as const;

describe('initialState', () => {
  const defaults = { steps: ONBOARDING_STEPS, platforms: PLATFORMS, authorizedProfileIds: AUTHORIZED_PROFILE_IDS };

  it('starts at the first step with nothing chosen, no error and no focus request', () => {
    expect(initialState(defaults)).toEqual({
      profileId: null,
      platformId: null,
      blockedPlatformId: null,
      accountIds: [],
      sourceName: '',
      doneStepIds: new Set(),
      currentStepId: 'select_profile',
      missingStepId: null,
      statusStepId: null,
      finished: false,
      focus: null,
    });
  });

  it('takes the authorized default choices, step and completed steps', () => {
    const state = initialState({
      ...defaults,
      defaultProfileId: 'profile-fr',
      defaultPlatformId: 'SHOPIFY',
      defaultAccountIds: ['disc-shopify-fr'],
      defaultSourceName: 'Shopify France',
      defaultStepId: 'client_credentials',
      defaultCompletedStepIds: ['read_prerequisites'],
    });
    expect(state).toMatchObject({ profileId: 'profile-fr', platformId: 'SHOPIFY', accountIds: ['disc-shopify-fr'], sourceName: 'Shopify France' });
    expect(state.currentStepId).toBe('client_credentials');
    expect([...state.doneStepIds]).toEqual(['read_prerequisites']);
  });

  it('ignores a default profile outside the authorized ones (anti-leak), and says so', () => {
    expectConsole(/defaultProfileId ignored/);
    expect(initialState({ ...defaults, defaultProfileId: 'profile-foreign' }).profileId).toBeNull();
  });

  it('ignores a default platform that is not offered, and says so', () => {
    expectConsole(/defaultPlatformId "NOT_A_PLATFORM" is not an offered platform/);
    expect(initialState({ ...defaults, defaultPlatformId: 'NOT_A_PLATFORM' as PlatformId }).platformId).toBeNull();
  });

  it('copies the default accounts, and falls back on bad default accounts and name', () => {
    const ids = ['disc-shopify-fr'];
    expect(initialState({ ...defaults, defaultAccountIds: ids }).accountIds).not.toBe(ids);
    const bad = initialState({ ...defaults, defaultAccountIds: 'disc-shopify-fr' as unknown as string[], defaultSourceName: 42 as unknown as string });
    expect(bad).toMatchObject({ accountIds: [], sourceName: '' });
  });

  it('has no current step without steps', () => {
    expect(initialState({ ...defaults, steps: [] }).currentStepId).toBeNull();
  });
});

describe('usableSteps', () => {
  it('skips holes and items that are not steps, and says how many', () => {
    expectConsole(/skipped 2 item\(s\)/);
    expect(usableSteps([ONBOARDING_STEPS[0], null, 'step', ONBOARDING_STEPS[1]]).map((s) => s.id)).toEqual(['select_profile', 'choose_platform']);
  });

  it('is empty when the steps are not an array', () => {
    expect(usableSteps({ length: 2 })).toEqual([]);
  });
});

describe('addSourceWizardReducer: choices', () => {
  it.each<[string, AddSourceWizardAction, Partial<AddSourceWizardState>]>([
    ['chooseProfile', { type: 'chooseProfile', profileId: 'profile-ch' }, { profileId: 'profile-ch' }],
    ['choosePlatform', { type: 'choosePlatform', platformId: 'GA4' }, { platformId: 'GA4' }],
    ['changeAccounts', { type: 'changeAccounts', accountIds: ['disc-shopify-fr-outlet'] }, { accountIds: ['disc-shopify-fr-outlet'] }],
    ['changeName', { type: 'changeName', name: 'Shopify Outlet' }, { sourceName: 'Shopify Outlet' }],
  ])('%s sets its value and clears the error and the status, without moving or focusing', (_name, action, expected) => {
    const state = chosen({ ...ERROR, currentStepId: 'select_accounts' });
    const after = reduce(state, action);
    expect(after).toMatchObject({ ...expected, missingStepId: null, statusStepId: null, currentStepId: 'select_accounts', focus: null });
  });

  it.each<[string, AddSourceWizardAction, readonly string[]]>([
    ['the same profile keeps', { type: 'chooseProfile', profileId: 'profile-fr' }, ['disc-shopify-fr']],
    ['another profile unlinks', { type: 'chooseProfile', profileId: 'profile-ch' }, []],
    ['the same platform keeps', { type: 'choosePlatform', platformId: 'SHOPIFY' }, ['disc-shopify-fr']],
    ['another platform unlinks', { type: 'choosePlatform', platformId: 'GA4' }, []],
  ])('%s the chosen accounts', (_name, action, accountIds) => {
    expect(reduce(chosen(), action).accountIds).toEqual(accountIds);
  });

  it('choosePlatform after a blocked platform clears the block', () => {
    const after = reduce(at({ blockedPlatformId: 'TIKTOK_ADS' }), { type: 'choosePlatform', platformId: 'SHOPIFY' });
    expect(after).toMatchObject({ platformId: 'SHOPIFY', blockedPlatformId: null });
  });

  it('chooseUnavailablePlatform keeps the tried platform as the block, unchooses the platform, and leaves accounts and error as they are', () => {
    const after = reduce(chosen(ERROR), { type: 'chooseUnavailablePlatform', platformId: 'TIKTOK_ADS' });
    expect(after).toMatchObject({ platformId: null, blockedPlatformId: 'TIKTOK_ADS', accountIds: CHOSEN.accountIds, ...ERROR, focus: null });
  });

  it('never mutates the state it is given', () => {
    const state = chosen({ doneStepIds: new Set(['read_prerequisites']), currentStepId: 'read_prerequisites' });
    const copy = { ...state, doneStepIds: new Set(state.doneStepIds) };
    reduce(state, { type: 'next', context });
    reduce(state, { type: 'chooseProfile', profileId: 'profile-ch' });
    expect(state).toEqual(copy);
  });
});

describe('addSourceWizardReducer: moving', () => {
  it.each(STEP_IDS)('goToStep %s makes it current, clears the error, unfinishes and asks focus for the step', (stepId) => {
    const state = chosen({ ...ERROR, currentStepId: null, finished: true, focus: { target: 'finished', seq: 3 } });
    expect(reduce(state, { type: 'goToStep', stepId })).toMatchObject({
      currentStepId: stepId,
      finished: false,
      missingStepId: null,
      statusStepId: null,
      focus: { target: 'step', seq: 4 },
    });
  });

  it.each([
    ['select_profile', {}],
    ['choose_platform', {}],
    ['choose_platform', { platformId: null, blockedPlatformId: 'TIKTOK_ADS' }],
    ['select_accounts', { accountIds: [] }],
    ['select_accounts', { accountIds: ['disc-foreign-shop'] }],
    ['configure_source', { sourceName: '   ' }],
  ] as const)('next at %s without its choice (%o) says it is missing and asks focus for the invalid field, staying put', (stepId, fields) => {
    const state =
      stepId === 'select_profile' || stepId === 'choose_platform' ? at({ currentStepId: stepId, ...fields }) : chosen({ currentStepId: stepId, ...fields });
    const after = reduce({ ...state, statusStepId: 'select_profile' }, { type: 'next', context });
    expect(after).toMatchObject({ currentStepId: stepId, missingStepId: stepId, statusStepId: null, focus: { target: 'invalid', seq: 1 } });
    expect(after.doneStepIds.has(stepId)).toBe(false);
  });

  it.each(STEP_IDS.slice(0, -1).map((stepId, i) => [stepId, STEP_IDS[i + 1]!] as const))(
    'next at %s with everything chosen goes to %s, marks the step done and asks focus for the new step',
    (stepId, nextId) => {
      const after = reduce(chosen({ currentStepId: stepId, ...ERROR }), { type: 'next', context });
      expect(after).toMatchObject({ currentStepId: nextId, missingStepId: null, statusStepId: null, finished: false, focus: { target: 'step', seq: 1 } });
      expect(after.doneStepIds.has(stepId)).toBe(true);
    },
  );

  it('next at the last step finishes: no current step, done, focus on the completion message', () => {
    const after = reduce(chosen({ currentStepId: LAST }), { type: 'next', context });
    expect(after).toMatchObject({ currentStepId: null, finished: true, missingStepId: null, focus: { target: 'finished', seq: 1 } });
    expect(after.doneStepIds.has(LAST)).toBe(true);
  });

  it('next when finished (no current step) changes nothing', () => {
    const state = chosen({ currentStepId: null, finished: true });
    expect(reduce(state, { type: 'next', context })).toBe(state);
  });

  it('next from a current step that is not among the steps goes to the first step', () => {
    expect(reduce(chosen({ currentStepId: 'not_a_step' }), { type: 'next', context }).currentStepId).toBe('select_profile');
  });

  it.each(STEP_IDS.slice(1).map((stepId, i) => [stepId, STEP_IDS[i]!] as const))(
    'back at %s goes to %s, clears the error and asks focus for the step',
    (stepId, previousId) => {
      expect(reduce(chosen({ currentStepId: stepId, ...ERROR }), { type: 'back', context })).toMatchObject({
        currentStepId: previousId,
        missingStepId: null,
        statusStepId: null,
        focus: { target: 'step', seq: 1 },
      });
    },
  );

  it.each([['select_profile'], [null], ['not_a_step']])('back at %s changes nothing', (currentStepId) => {
    const state = chosen({ currentStepId });
    expect(reduce(state, { type: 'back', context })).toBe(state);
  });

  it('showMissingInStatus names the missing step in the status', () => {
    expect(reduce(at({ missingStepId: 'choose_platform' }), { type: 'showMissingInStatus' }).statusStepId).toBe('choose_platform');
  });

  it('showMissingInStatus with nothing missing changes nothing', () => {
    const state = at();
    expect(reduce(state, { type: 'showMissingInStatus' })).toBe(state);
  });

  it('an unknown action changes nothing', () => {
    const state = at();
    expect(reduce(state, { type: 'reset' } as unknown as AddSourceWizardAction)).toBe(state);
  });
});

describe('selectors', () => {
  it('effectiveProfileId drops a chosen profile that is no longer authorized (fail closed)', () => {
    expect(effectiveProfileId(chosen(), context)).toBe('profile-fr');
    expect(effectiveProfileId(chosen(), { ...context, authorizedProfileIds: ['profile-ch'] })).toBeNull();
    expect(effectiveProfileId(chosen(), { ...context, authorizedProfileIds: [] })).toBeNull();
  });

  it.each([
    ['the chosen platform', { platformId: 'GA4' }, 'GA4'],
    ['the blocked platform tried', { platformId: null, blockedPlatformId: 'TIKTOK_ADS' }, 'TIKTOK_ADS'],
    ['the scenario’s platform', { platformId: null }, 'SHOPIFY'],
  ] as const)('shownPlatformId is %s', (_name, fields, expected) => {
    expect(shownPlatformId(at(fields), context)).toBe(expected);
  });

  it('effectiveAccountIds keeps only accounts linkable for the authorized profile and the platform on show', () => {
    const state = chosen({ accountIds: ['disc-shopify-fr', 'disc-ga4-fr', 'disc-shopify-ch', 'disc-foreign-shop', 42 as unknown as string] });
    expect(effectiveAccountIds(state, context)).toEqual(['disc-shopify-fr']);
    expect(effectiveAccountIds({ ...state, platformId: 'GA4' }, context)).toEqual(['disc-ga4-fr']);
    expect(effectiveAccountIds(state, { ...context, authorizedProfileIds: ['profile-ch'] })).toEqual([]);
  });

  it.each<[OnboardingStepId, Partial<AddSourceWizardState>, boolean]>([
    ['select_profile', { profileId: 'profile-fr' }, true],
    ['select_profile', { profileId: 'profile-foreign' }, false],
    ['choose_platform', { platformId: 'SHOPIFY' }, true],
    ['choose_platform', { platformId: 'SHOPIFY', blockedPlatformId: 'TIKTOK_ADS' }, false],
    ['select_accounts', { ...CHOSEN }, true],
    ['select_accounts', { ...CHOSEN, accountIds: ['disc-foreign-shop'] }, false],
    ['configure_source', { sourceName: 'Shopify France' }, true],
    ['configure_source', { sourceName: '' }, false],
    ['read_prerequisites', { doneStepIds: new Set(['read_prerequisites']) }, true],
    ['read_prerequisites', {}, false],
  ])('isStepComplete(%s) with %o is %s', (stepId, fields, expected) => {
    expect(isStepComplete(at(fields), context, stepId)).toBe(expected);
  });

  it('completedStepIds lists the complete steps in order', () => {
    expect(completedStepIds(chosen({ doneStepIds: new Set(['initial_sync']) }), context)).toEqual([
      'select_profile',
      'choose_platform',
      'select_accounts',
      'configure_source',
      'initial_sync',
    ]);
  });

  it('stepStandingsOf: at the start, every step after the profile is gated by it', () => {
    const standings = stepStandingsOf(at(), context);
    expect(standings[0]).toEqual({ progress: 'current', gatedBy: null });
    expect(standings.slice(1).every((s) => s.progress === 'upcoming' && s.gatedBy === 'select_profile')).toBe(true);
    expect(standings.map(panelStateOf)).toEqual(['current', ...Array(STEP_IDS.length - 1).fill('gated')]);
  });

  it('stepStandingsOf: a blocked platform blocks its step and gates the ones after it', () => {
    const standings = stepStandingsOf(at({ profileId: 'profile-fr', blockedPlatformId: 'TIKTOK_ADS', currentStepId: 'choose_platform' }), context);
    expect(standings.slice(0, 3)).toEqual([
      { progress: 'complete', gatedBy: null },
      { progress: 'blocked', gatedBy: null },
      { progress: 'upcoming', gatedBy: 'choose_platform' },
    ]);
    expect(panelStateOf(standings[1]!)).toBe('blocked');
  });

  it.each<[string, Partial<AddSourceWizardState>, boolean, boolean, boolean]>([
    ['the first step', { currentStepId: 'select_profile' }, false, true, false],
    ['a middle step', { currentStepId: 'client_credentials' }, true, true, false],
    ['the last step', { currentStepId: LAST }, true, true, true],
    ['the blocked platform step', { currentStepId: 'choose_platform', blockedPlatformId: 'TIKTOK_ADS' }, true, false, false],
    ['an unknown blocked platform (no block)', { currentStepId: 'choose_platform', blockedPlatformId: 'NOPE' as PlatformId }, true, true, false],
    ['the finished wizard', { currentStepId: null, finished: true }, false, false, false],
  ])('at %s: canGoBack %s, canGoNext %s, isLastStep %s', (_name, fields, back, next, last) => {
    const state = chosen(fields);
    expect([canGoBack(state, context), canGoNext(state, context), isLastStep(state, context)]).toEqual([back, next, last]);
  });

  it('previousStepId is the step before the current one, none at the first', () => {
    expect(previousStepId(at({ currentStepId: 'choose_platform' }), context)).toBe('select_profile');
    expect(previousStepId(at(), context)).toBeNull();
  });

  it('draftOf gives the trimmed name and the linkable accounts, and nothing without a profile or a platform', () => {
    expect(draftOf(chosen({ accountIds: ['disc-shopify-fr', 'disc-foreign-shop'] }), context)).toEqual({
      profileId: 'profile-fr',
      platformId: 'SHOPIFY',
      accountIds: ['disc-shopify-fr'],
      sourceName: 'Shopify France',
    });
    expect(draftOf(chosen({ profileId: null }), context)).toBeNull();
    expect(draftOf(chosen({ platformId: null }), context)).toBeNull();
  });

  it.each([
    ['none when finished', { currentStepId: null }, { kind: 'none' }],
    ['missing at an input step without its choice', { currentStepId: 'configure_source', sourceName: '' }, { kind: 'missing', stepId: 'configure_source' }],
    ['the next step', { currentStepId: 'read_prerequisites' }, { kind: 'step', stepId: 'client_credentials' }],
    ['finish with the draft at the last step', { currentStepId: LAST }, { kind: 'finish', draft: draftOf(chosen(), context) }],
    ['finish without a draft when the profile is gone', { currentStepId: LAST, profileId: 'profile-foreign' }, { kind: 'finish', draft: null }],
  ] as const)('nextOutcome: %s', (_name, fields, expected) => {
    expect(nextOutcome(chosen(fields), context)).toEqual(expected);
  });

  it.each([
    ['in-progress', {}],
    ['blocked', { blockedPlatformId: 'TIKTOK_ADS' }],
    ['finished', { finished: true, blockedPlatformId: 'TIKTOK_ADS' }],
  ] as const)('wizardStatus is %s', (expected, fields) => {
    expect(wizardStatus(at(fields), context)).toBe(expected);
  });
});
