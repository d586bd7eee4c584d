'use client';

import { forwardRef, useId, useReducer, useRef, type HTMLAttributes, type ReactNode } from 'react';
import { AccountPicker } from '../components/AccountPicker';
import { ActionPreviewList, type PreviewableAction } from '../components/ActionPreviewList';
import { DataQualityAlertList } from '../components/DataQualityAlert';
import { GuardrailList } from '../components/GuardrailList';
import { Notice, NoticeStack } from '../components/Notice';
import { OnboardingStepper, type OnboardingStepperBlock } from '../components/OnboardingStepper';
import { PageSection } from '../components/PageSection';
import { PageTitle } from '../components/PageTitle';
import { lifecycleStateOf, PlatformPicker, platformReason, platformText } from '../components/PlatformPicker';
import { PrerequisitesTable } from '../components/PrerequisitesTable';
import { ProfilePicker } from '../components/ProfilePicker';
import { SourceHealthPanel } from '../components/SourceHealthPanel';
import { SourceSettingsForm } from '../components/SourceSettingsForm';
import { StepPanel, type StepPanelState } from '../components/StepPanel';
import {
  checkArray,
  checkProfiles,
  checkSource,
  deriveQualityFlags,
  isAuthorizedProfile,
  type ExternalAccount,
  type Guardrail,
  type NoticeId,
  type OnboardingStep,
  type OnboardingStepId,
  type Platform,
  type PlatformId,
  type Prerequisite,
  type Profile,
  type SourceAction,
  type SourceConnection,
} from '../domain';
import { describe, devWarn, toText } from '../domain/dev';
import type { Instant } from '../domain/time';
import { useIntegrationsUI, type Locale } from '../i18n';
import { cn, IU_ROOT } from '../internal/cn';
import { revealFocused } from '../internal/reveal';
import { usePageClock } from './usePageClock';
import { useWizardFocus } from './useWizardFocus';
import { ADD_SOURCE_NOTICES } from './defaults';
import { WizardFinishedMessage, WizardNavigation, WizardStatus, WizardStepIntro, WizardStepSummary } from './AddSourceWizardParts';
import {
  addSourceWizardReducer,
  blockedPlatform,
  canGoBack,
  canGoNext,
  completedStepIds,
  currentIndex,
  effectiveAccountIds,
  effectiveProfileId,
  initialState,
  isLastStep,
  nextOutcome,
  panelStateOf,
  previousStepId,
  shownPlatformId,
  stepStandingsOf,
  usableSteps,
  wizardStatus,
  type AddSourceDraft,
  type WizardContext,
} from './addSourceWizardState';
import * as english from '../i18n/messages/en';
import { dataState } from '../internal/dataState';

/** The English namespaces this module's strings come from (the provider's catalog comes first). */
const ENGLISH = {
  credentialActions: english.credentialActions,
  dataQuality: english.dataQuality,
  guardrails: english.guardrails,
  onboarding: english.onboarding,
  patterns: english.patterns,
  platformCard: english.platformCard,
  platforms: english.platforms,
  sourceActions: english.sourceActions,
};

/**
 * The side column (steps, and Back/Next in the all-steps layout) stays in view beside the steps
 * on a wide screen, but never runs past the viewport: taller than it (a short window, large text,
 * a long stepper), it scrolls on its own, so each of its controls can be brought into view by Tab
 * (WCAG 2.4.11) instead of hiding below the fold until the page's end. The 4 px padding (with the
 * negative margin, the layout does not move) keeps focus outlines inside its scroll box.
 */
const STICKY_COLUMN = 'iu:lg:sticky iu:lg:top-4 iu:lg:-m-1 iu:lg:max-h-[calc(100dvh-2rem)] iu:lg:overflow-y-auto iu:lg:p-1';

/** Steps with a panel of their own in the main column; the placeholders live in the stepper (seed 000). */
type PanelStepId = Extract<
  OnboardingStepId,
  'select_profile' | 'choose_platform' | 'read_prerequisites' | 'select_accounts' | 'configure_source' | 'review_health'
>;

/** How the wizard lays its steps out. */
export type AddSourceWizardLayout = 'one-step' | 'all-steps';

export type { AddSourceDraft };

export interface AddSourceWizardProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** `one-step`: the current step only, completed steps as one-line summaries (with Edit), every step in a compact stepper, Back/Next in view at the step's foot. `all-steps`: every step's panel on one page beside the full stepper. @default 'one-step' */
  layout?: AddSourceWizardLayout;
  /** Profiles; only those of `authorizedProfileIds` can be listed or chosen (anti-leak). */
  profiles: readonly Profile[];
  /** Profiles the viewer may add a source to. Empty: nothing can be chosen, the wizard cannot start. */
  authorizedProfileIds: readonly string[];
  /** Platforms offered (fixtures `PLATFORMS`); blocked and planned ones cannot be chosen. */
  platforms: readonly Platform[];
  /** The wizard's steps, in order (fixtures `ONBOARDING_STEPS`). */
  steps: readonly OnboardingStep[];
  /** Prerequisites of every platform; the chosen platform's are shown (fixtures `SHOPIFY_PREREQUISITES`). */
  prerequisites: readonly Prerequisite[];
  /** The source whose health the review step previews. */
  previewSource: SourceConnection;
  /** Accounts the (mock) discovery found; only those of the chosen profile and platform are listed or linkable (fixtures `DISCOVERED_ACCOUNTS`). @default [] */
  discoveredAccounts?: readonly ExternalAccount[];
  /** Preview-only actions of the reviewed source (fixtures `SOURCE_ACTIONS`). */
  actions: readonly SourceAction[];
  /** Guardrail lines at the bottom (e.g. the fixtures' `ONBOARDING_GUARDRAILS`). */
  guardrails: readonly Guardrail[];
  /** Notices at the top, in order. @default scenario, mock shell, Shopify onboarding (`ADD_SOURCE_NOTICES`) */
  notices?: readonly NoticeId[];
  /** Language of given notices' text when it differs from the page's (e.g. a French legacy-route notice on an English page). @default the page's locale */
  noticeContentLocales?: Partial<Record<NoticeId, Locale>>;
  /** Platform of the scenario: its prerequisites show until a platform is chosen. @default 'SHOPIFY' */
  scenarioPlatformId?: PlatformId;
  /** Profile chosen on mount. @default none */
  defaultProfileId?: string | null;
  /** Platform chosen on mount (an active one). @default none */
  defaultPlatformId?: PlatformId | null;
  /** Accounts selected on mount (ids among `discoveredAccounts`). @default [] */
  defaultAccountIds?: readonly string[];
  /** Source name on mount. @default '' */
  defaultSourceName?: string;
  /** Current step on mount. @default the first step */
  defaultStepId?: OnboardingStepId;
  /** Steps already done on mount, besides the choices (profile, platform) that complete their own steps. @default [] */
  defaultCompletedStepIds?: readonly OnboardingStepId[];
  /** Called when the current step changes. */
  onStepChange?: (stepId: OnboardingStepId) => void;
  /** Called with the chosen profile's id. */
  onProfileChange?: (profileId: string) => void;
  /** Called with the chosen platform's id (an active platform only). */
  onPlatformChange?: (platformId: PlatformId) => void;
  /** Called when the user previews an action of the reviewed source. Nothing is executed. */
  onPreviewAction?: (action: PreviewableAction) => void;
  /** Called with what was collected when the user finishes the last step. Nothing is created: the wizard is a preview. */
  onFinish?: (draft: AddSourceDraft) => void;
  /** Clock for the review's health and freshness. @default the provider's `now` */
  now?: Instant;
}

/**
 * The Add Source onboarding. By default one step at a time: the current step with its
 * heading, description and Back/Next (kept in view), the completed steps as one-line summaries
 * with an Edit button, every step in a compact stepper. Focus follows the task: to the new step's
 * heading after Next, Back or Edit, to the first invalid field when a required choice is missing,
 * to the completion message after Finish. `layout="all-steps"` lays every step out on one page:
 * a gated step stays readable, its controls disabled, with the reason. Choosing a profile gates everything after it; a blocked or
 * planned platform cannot be chosen and blocks the flow with its reason; credentials, discovery
 * and the initial sync are placeholders; the review step previews the health of the scenario's
 * source with its recommended action. Nothing is submitted, stored or executed.
 */
export const AddSourceWizard = forwardRef<HTMLDivElement, AddSourceWizardProps>(function AddSourceWizard(
  {
    profiles,
    authorizedProfileIds,
    platforms,
    steps,
    prerequisites,
    previewSource,
    actions,
    guardrails,
    notices = ADD_SOURCE_NOTICES,
    noticeContentLocales,
    scenarioPlatformId = 'SHOPIFY',
    defaultProfileId = null,
    defaultPlatformId = null,
    discoveredAccounts = [],
    defaultAccountIds = [],
    defaultSourceName = '',
    defaultStepId,
    defaultCompletedStepIds = [],
    onStepChange,
    onProfileChange,
    onPlatformChange,
    onPreviewAction,
    onFinish,
    now: nowProp,
    layout: layoutProp = 'one-step',
    className,
    ...rest
  },
  ref,
) {
  const { t, tList } = useIntegrationsUI(ENGLISH);
  const layout: AddSourceWizardLayout = layoutProp === 'all-steps' ? 'all-steps' : 'one-step';
  if (layoutProp !== 'one-step' && layoutProp !== 'all-steps') devWarn(`AddSourceWizard layout: unknown layout ${describe(layoutProp)}; using one-step.`);
  const oneStep = layout === 'one-step';
  const stepsHeadingId = useId();
  const now = usePageClock(nowProp);
  // Holes and items that are not steps are skipped (the stepper warns about each).
  const stepList = usableSteps(steps);
  const platformList = Array.isArray(platforms) ? platforms : [];
  const context: WizardContext = { steps: stepList, platforms: platformList, authorizedProfileIds, discoveredAccounts, scenarioPlatformId };
  const [state, dispatch] = useReducer(
    addSourceWizardReducer,
    {
      steps: stepList,
      platforms: platformList,
      authorizedProfileIds,
      defaultProfileId,
      defaultPlatformId,
      defaultAccountIds,
      defaultSourceName,
      defaultStepId,
      defaultCompletedStepIds,
    },
    initialState,
  );
  const { platformId, sourceName, missingStepId: missing, currentStepId: current, finished } = state;
  const defaultAccountIdsRef = useRef(state.accountIds);

  const profileId = effectiveProfileId(state, context);
  const accountIds = effectiveAccountIds(state, context);
  if (accountIds.length !== state.accountIds.length && state.accountIds === defaultAccountIdsRef.current) {
    devWarn(
      `AddSourceWizard: ${describe(state.accountIds.length - accountIds.length)} default account(s) ignored (not linkable for the chosen profile and platform).`,
    );
  }
  const title = (id: string) => t(`onboarding.steps.${id as OnboardingStepId}.title`);

  const triedPlatform = blockedPlatform(state, context);
  const blockReason = triedPlatform
    ? t('onboarding.blockedPlatform', {
        platform: platformText(triedPlatform, t, tList).label,
        reason: platformReason(triedPlatform, lifecycleStateOf(triedPlatform.lifecycle), t) ?? '',
      })
    : null;
  const blocked: OnboardingStepperBlock | undefined = blockReason ? { stepId: 'choose_platform', reason: blockReason } : undefined;
  const completed = completedStepIds(state, context);
  const standings = stepStandingsOf(state, context);
  const statusMessage = state.statusStepId ? t('onboarding.requiredFirst', { step: title(state.statusStepId) }) : null;

  // Focus follows the task (never on mount): the new step, the first invalid field, the completion message.
  const { registerPanel, finishedRef, stepperRef } = useWizardFocus(state.focus, current, () => dispatch({ type: 'showMissingInStatus' }));

  const go = (id: string) => {
    dispatch({ type: 'goToStep', stepId: id });
    onStepChange?.(id as OnboardingStepId);
  };
  const index = currentIndex(state, context);
  const next = () => {
    const outcome = nextOutcome(state, context);
    dispatch({ type: 'next', context });
    if (outcome.kind === 'step') onStepChange?.(outcome.stepId as OnboardingStepId);
    if (outcome.kind === 'finish' && outcome.draft) onFinish?.(outcome.draft);
  };
  const back = () => {
    const stepId = previousStepId(state, context);
    if (stepId !== null) go(stepId);
  };
  const chooseProfile = (id: string) => {
    dispatch({ type: 'chooseProfile', profileId: id });
    onProfileChange?.(id);
  };
  const choosePlatform = (id: PlatformId) => {
    dispatch({ type: 'choosePlatform', platformId: id });
    onPlatformChange?.(id);
  };

  const shownPlatform = shownPlatformId(state, context);
  const chosenProfile = profileId && Array.isArray(profiles) ? profiles.find((p) => p?.id === profileId) : undefined;
  // "Shopify France", as the seeds name sources: the platform, then the profile without its "Profile" prefix.
  const suggestedName =
    platformId && chosenProfile ? `${t(`platforms.${platformId}.label`)} ${toText(chosenProfile.name).replace(/^Profile\s+/i, '')}` : undefined;
  const shownPrerequisites = Array.isArray(prerequisites) ? prerequisites.filter((p) => p?.platformId === shownPlatform) : [];
  const previewProblem = checkSource(previewSource);
  const previewAuthorized = !previewProblem && isAuthorizedProfile(previewSource.profileId, authorizedProfileIds);

  const isPanelStep = (id: string): id is PanelStepId =>
    id === 'select_profile' ||
    id === 'choose_platform' ||
    id === 'read_prerequisites' ||
    id === 'select_accounts' ||
    id === 'configure_source' ||
    id === 'review_health';

  /** A step's content: `level` is its heading level (2 beside the panel's status line, 3 under the step's own heading); `locked` disables what only reads as a choice. */
  const stepContent = (id: PanelStepId, level: 2 | 3, locked: boolean): ReactNode => {
    switch (id) {
      case 'select_profile':
        return (
          <PageSection label={title('select_profile')} problem={checkProfiles(profiles)}>
            <ProfilePicker
              profiles={profiles}
              authorizedProfileIds={authorizedProfileIds}
              value={profileId}
              onValueChange={chooseProfile}
              showRequiredError={missing === 'select_profile'}
              headingLevel={level}
            />
          </PageSection>
        );
      case 'choose_platform':
        return (
          <PageSection label={title('choose_platform')} problem={checkArray(platforms, 'platforms')}>
            <PlatformPicker
              platforms={platformList}
              value={platformId}
              onValueChange={choosePlatform}
              onUnavailableSelect={(id) => dispatch({ type: 'chooseUnavailablePlatform', platformId: id })}
              headingLevel={level}
              disabled={locked}
            />
          </PageSection>
        );
      case 'read_prerequisites':
        return (
          <PageSection label={title('read_prerequisites')} problem={checkArray(prerequisites, 'prerequisites')}>
            {shownPrerequisites.length > 0 ? (
              <PrerequisitesTable prerequisites={shownPrerequisites} platformId={shownPlatform} headingLevel={level} />
            ) : (
              <Notice variant="info">{t('patterns.wizard.noPrerequisites', { platform: t(`platforms.${shownPlatform}.label`) })}</Notice>
            )}
          </PageSection>
        );
      case 'select_accounts':
        return (
          <PageSection label={title('select_accounts')} problem={checkArray(discoveredAccounts, 'discoveredAccounts')}>
            <AccountPicker
              accounts={discoveredAccounts}
              authorizedProfileIds={authorizedProfileIds}
              profileId={profileId}
              // Discovery follows the platform on show: the chosen one, else the scenario's (as the prerequisites do).
              platformId={shownPlatform}
              value={accountIds}
              onValueChange={(ids) => dispatch({ type: 'changeAccounts', accountIds: ids })}
              showRequiredError={missing === 'select_accounts'}
              headingLevel={level}
            />
          </PageSection>
        );
      case 'configure_source':
        return (
          <PageSection label={title('configure_source')}>
            <SourceSettingsForm
              value={sourceName}
              onValueChange={(name) => dispatch({ type: 'changeName', name })}
              suggestedName={suggestedName}
              showRequiredError={missing === 'configure_source'}
              headingLevel={level}
            />
          </PageSection>
        );
      case 'review_health':
        return (
          <PageSection label={title('review_health')} problem={previewProblem} spacing="wide">
            {previewAuthorized ? (
              <>
                <SourceHealthPanel source={previewSource} variant="preview" now={now} headingLevel={level} />
                <PageSection title={t('dataQuality.previewTitle')} headingLevel={level === 2 ? 3 : 4}>
                  <DataQualityAlertList flags={deriveQualityFlags(previewSource, now)} grouped={false} recommendedActions />
                </PageSection>
                <ActionPreviewList
                  kind="source"
                  actions={actions}
                  sourceName={previewSource.name}
                  headingLevel={level === 2 ? 3 : 4}
                  onPreview={(action) => onPreviewAction?.(action)}
                />
              </>
            ) : null}
          </PageSection>
        );
    }
  };

  const stateOf = (position: number): StepPanelState => panelStateOf(standings[position]!);
  const reasonOf = (position: number, panelState: StepPanelState) =>
    panelState === 'gated'
      ? t('onboarding.requiredFirst', { step: title(standings[position]!.gatedBy!) })
      : panelState === 'blocked'
        ? (blockReason ?? undefined)
        : undefined;

  /** All-steps layout: every step with a panel, as seed 000 lays them out. */
  const panel = (id: PanelStepId) => {
    const position = stepList.findIndex((s) => s.id === id);
    if (position === -1) return null;
    const panelState = stateOf(position);
    return (
      <StepPanel
        key={id}
        ref={registerPanel(id)}
        tabIndex={-1}
        data-step-id={id}
        number={position + 1}
        total={stepList.length}
        stepTitle={title(id)}
        state={panelState}
        reason={reasonOf(position, panelState)}
      >
        {stepContent(id, 2, panelState === 'gated')}
      </StepPanel>
    );
  };

  const status = <WizardStatus message={statusMessage} />;
  const navigation = (
    <WizardNavigation
      canGoBack={canGoBack(state, context)}
      canGoNext={canGoNext(state, context)}
      isLast={isLastStep(state, context)}
      onBack={back}
      onNext={next}
    />
  );
  const finishedMessage = finished ? <WizardFinishedMessage ref={finishedRef} /> : null;
  const guardrailSection = (
    <PageSection label={t('guardrails.title')} problem={checkArray(guardrails, 'guardrails')}>
      <GuardrailList guardrails={guardrails} headingLevel={2} />
    </PageSection>
  );

  /** One-step layout: a completed (or blocked) step that is not current, on one line, with Edit. */
  const summaryValue = (id: string): string => {
    switch (id) {
      case 'select_profile':
        return chosenProfile ? toText(chosenProfile.name) : t('onboarding.progress.complete');
      case 'choose_platform':
        return blockReason ?? (platformId ? t(`platforms.${platformId}.label`) : t('onboarding.progress.complete'));
      case 'select_accounts': {
        const names = (Array.isArray(discoveredAccounts) ? discoveredAccounts : [])
          .filter((a) => a != null && accountIds.includes(a.id))
          .map((a) => toText(a.name));
        return names.length > 0 ? names.join(', ') : t('onboarding.progress.complete');
      }
      case 'configure_source':
        return sourceName.trim() || t('onboarding.progress.complete');
      default:
        return t('onboarding.progress.complete');
    }
  };
  const summary = (step: OnboardingStep, position: number) => (
    <WizardStepSummary
      key={step.id}
      stepId={step.id}
      position={position}
      blocked={standings[position]!.progress === 'blocked'}
      value={summaryValue(step.id)}
      onEdit={() => go(step.id)}
    />
  );

  /** One-step layout: the current step, with its heading, description, notes, content and Back/Next. */
  const currentPanel = () => {
    if (index === -1) return null;
    const step = stepList[index]!;
    const id = step.id;
    const panelState = stateOf(index);
    return (
      <StepPanel
        key={id}
        ref={registerPanel(id)}
        data-step-id={id}
        number={index + 1}
        total={stepList.length}
        stepTitle={title(id)}
        state={panelState}
        reason={reasonOf(index, panelState)}
        headingLevel={2}
        footer={
          <div className="iu:grid iu:gap-2">
            {status}
            {navigation}
          </div>
        }
      >
        <div className="iu:grid iu:gap-4">
          <WizardStepIntro stepId={id} />
          {isPanelStep(id) ? stepContent(id, 3, panelState === 'gated') : null}
        </div>
      </StepPanel>
    );
  };

  const root = (children: ReactNode) => (
    <div
      ref={ref}
      data-slot="add-source-wizard"
      data-state={dataState(wizardStatus(state, context))}
      data-layout={layout}
      className={cn(IU_ROOT, 'iu:mx-auto iu:grid iu:w-full iu:max-w-6xl iu:min-w-0 iu:gap-6', className)}
      {...rest}
    >
      <PageTitle>{t('onboarding.title')}</PageTitle>
      <NoticeStack ids={notices} contentLocales={noticeContentLocales} />
      {children}
    </div>
  );

  if (oneStep) {
    const completedBefore: ReactNode[] = [];
    const completedAfter: ReactNode[] = [];
    stepList.forEach((step, position) => {
      const { progress } = standings[position]!;
      if (progress !== 'complete' && progress !== 'blocked') return;
      (index === -1 || position < index ? completedBefore : completedAfter).push(summary(step, position));
    });
    return root(
      <div className="iu:grid iu:min-w-0 iu:gap-6 iu:lg:grid-cols-[minmax(14rem,18rem)_minmax(0,1fr)] iu:lg:items-start">
        <PageSection label={t('onboarding.stepsTitle')} problem={checkArray(steps, 'steps')} className={STICKY_COLUMN} onFocus={revealFocused}>
          <OnboardingStepper
            ref={stepperRef}
            steps={stepList}
            currentStepId={current}
            completedStepIds={completed}
            blocked={blocked}
            onStepChange={go}
            variant="compact"
          />
        </PageSection>
        <div className="iu:grid iu:min-w-0 iu:gap-4">
          {completedBefore.length > 0 ? (
            <ol className="iu:grid iu:gap-2" data-slot="add-source-wizard-summaries">
              {completedBefore}
            </ol>
          ) : null}
          {currentPanel()}
          {finishedMessage}
          {completedAfter.length > 0 ? (
            <ol className="iu:grid iu:gap-2" data-slot="add-source-wizard-summaries">
              {completedAfter}
            </ol>
          ) : null}
          {current === null ? status : null}
          {guardrailSection}
        </div>
      </div>,
    );
  }

  return root(
    <div className="iu:grid iu:min-w-0 iu:gap-6 iu:lg:grid-cols-[minmax(16rem,22rem)_minmax(0,1fr)] iu:lg:items-start">
      <div className={cn('iu:grid iu:min-w-0 iu:gap-4', STICKY_COLUMN)} onFocus={revealFocused}>
        {/* Not a titled PageSection: the stepper is the landmark, named by this heading (one landmark, one name). */}
        <PageSection label={t('onboarding.stepsTitle')} problem={checkArray(steps, 'steps')}>
          <h2 id={stepsHeadingId} className="iu:text-lg iu:font-semibold">
            {t('onboarding.stepsTitle')}
          </h2>
          <OnboardingStepper
            ref={stepperRef}
            aria-labelledby={stepsHeadingId}
            steps={stepList}
            currentStepId={current}
            completedStepIds={completed}
            blocked={blocked}
            onStepChange={go}
          />
        </PageSection>
        {navigation}
        {status}
        {finishedMessage}
      </div>

      <div className="iu:grid iu:min-w-0 iu:gap-6">
        {panel('select_profile')}
        {panel('choose_platform')}
        {panel('read_prerequisites')}
        {panel('select_accounts')}
        {panel('configure_source')}
        {panel('review_health')}
        {guardrailSection}
      </div>
    </div>,
  );
});

AddSourceWizard.displayName = 'AddSourceWizard';
