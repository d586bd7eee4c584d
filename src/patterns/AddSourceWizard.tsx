'use client';

import { forwardRef, useEffect, useRef, useState, type HTMLAttributes, type ReactNode } from 'react';
import { AccountPicker } from '../components/AccountPicker';
import { ActionPreviewList, type PreviewableAction } from '../components/ActionPreviewList';
import { Button } from '../components/Button';
import { DataQualityAlertList } from '../components/DataQualityAlert';
import { GuardrailList } from '../components/GuardrailList';
import { Notice, NoticeStack } from '../components/Notice';
import { OnboardingStepper, stepStandings, type OnboardingStepperBlock } from '../components/OnboardingStepper';
import { PageSection } from '../components/PageSection';
import { PageTitle } from '../components/PageTitle';
import { lifecycleStateOf, PlatformPicker, platformReason, platformText } from '../components/PlatformPicker';
import { PrerequisitesTable } from '../components/PrerequisitesTable';
import { ProfilePicker } from '../components/ProfilePicker';
import { SourceHealthPanel } from '../components/SourceHealthPanel';
import { SourceSettingsForm, validateSourceName } from '../components/SourceSettingsForm';
import { StepPanel, type StepPanelState } from '../components/StepPanel';
import {
  checkArray,
  checkProfiles,
  checkSource,
  deriveQualityFlags,
  isAuthorizedProfile,
  linkableAccounts,
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
import { cn, IU_ROOT } from '../lib/cn';
import { usePageClock } from './usePageClock';
import { ADD_SOURCE_NOTICES } from './defaults';
import * as english from '../i18n/messages/en';

/** The English namespaces this module's strings come from (the provider's catalog comes first). */
const ENGLISH = { credentialActions: english.credentialActions, dataQuality: english.dataQuality, guardrails: english.guardrails, onboarding: english.onboarding, patterns: english.patterns, platformCard: english.platformCard, platforms: english.platforms, sourceActions: english.sourceActions };

/** Steps completed by what the user enters on the page rather than by a press of "Next". */
const INPUT_STEPS = ['select_profile', 'choose_platform', 'select_accounts', 'configure_source'] as const satisfies readonly OnboardingStepId[];
/** Steps with a panel of their own in the main column; the placeholders live in the stepper (seed 000). */
type PanelStepId = Extract<OnboardingStepId, 'select_profile' | 'choose_platform' | 'read_prerequisites' | 'select_accounts' | 'configure_source' | 'review_health'>;

/** What the wizard collected. Nothing is created with it: the wizard is a preview. */
export interface AddSourceDraft {
  profileId: string;
  platformId: PlatformId;
  accountIds: string[];
  sourceName: string;
}

export interface AddSourceWizardProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
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
  /** The source whose health the review step previews (seed 000: "Shopify France"). */
  previewSource: SourceConnection;
  /** Accounts the (mock) discovery found; only those of the chosen profile and platform are listed or linkable (fixtures `DISCOVERED_ACCOUNTS`). @default [] */
  discoveredAccounts?: readonly ExternalAccount[];
  /** Preview-only actions of the reviewed source (fixtures `SOURCE_ACTIONS`). */
  actions: readonly SourceAction[];
  /** Guardrail lines at the bottom (seed 000's 18: fixtures `ONBOARDING_GUARDRAILS`). */
  guardrails: readonly Guardrail[];
  /** Notices at the top, in order. @default scenario, mock shell, Shopify onboarding (seed 000) */
  notices?: readonly NoticeId[];
  /** Language of given notices' text when it differs from the page's (seed 002 shows the legacy-route notice in French on an English page). @default the page's locale */
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
 * The Add Source onboarding (seed 000) laid out as one page: the stepper drives the steps and
 * every step's panel stays readable. Choosing a profile gates everything after it; a blocked or
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
    className,
    ...rest
  },
  ref,
) {
  const { t, tList } = useIntegrationsUI(ENGLISH);
  const now = usePageClock(nowProp);
  // Holes and items that are not steps are skipped (the stepper warns about each).
  const stepList = Array.isArray(steps) ? steps.filter((step): step is OnboardingStep => step != null && typeof step === 'object') : [];
  if (Array.isArray(steps) && stepList.length !== steps.length) devWarn(`AddSourceWizard steps: skipped ${steps.length - stepList.length} item(s) that are not steps (holes, null…).`);
  const platformList = Array.isArray(platforms) ? platforms : [];

  // Anti-leak, fail closed: a default profile outside the authorized ones is ignored.
  const [chosenProfileId, setProfileId] = useState<string | null>(() => {
    if (defaultProfileId == null) return null;
    if (isAuthorizedProfile(defaultProfileId, authorizedProfileIds)) return defaultProfileId;
    devWarn('AddSourceWizard: defaultProfileId ignored (not among authorizedProfileIds).');
    return null;
  });
  // The authorized list can change after mount: an unauthorized choice is never used.
  const profileId = chosenProfileId !== null && isAuthorizedProfile(chosenProfileId, authorizedProfileIds) ? chosenProfileId : null;
  // A default platform that is not one of the offered ones (a typo, a symbol…) is ignored.
  const [platformId, setPlatformId] = useState<PlatformId | null>(() => {
    if (defaultPlatformId == null) return null;
    if (typeof defaultPlatformId === 'string' && platformList.some((p) => p?.id === defaultPlatformId)) return defaultPlatformId;
    devWarn(`AddSourceWizard: defaultPlatformId ${describe(defaultPlatformId)} is not an offered platform; ignored.`);
    return null;
  });
  const [blockedId, setBlockedId] = useState<PlatformId | null>(null);
  const [chosenAccountIds, setAccountIds] = useState<string[]>(() => (Array.isArray(defaultAccountIds) ? [...defaultAccountIds] : []));
  const [sourceName, setSourceName] = useState(() => (typeof defaultSourceName === 'string' ? defaultSourceName : ''));
  const [done, setDone] = useState<ReadonlySet<string>>(() => new Set(defaultCompletedStepIds));
  const [current, setCurrent] = useState<string | null>(defaultStepId ?? stepList[0]?.id ?? null);
  const [missing, setMissing] = useState<string | null>(null);
  const [finished, setFinished] = useState(false);
  const defaultAccountIdsRef = useRef(chosenAccountIds);
  const panels = useRef(new Map<string, HTMLElement>());
  const moved = useRef(false);

  // Only accounts linkable for the chosen (authorized) profile and the platform on show are kept,
  // defaults included: an unauthorized id never reaches the picker, a step or `onFinish`.
  const linkableIds = new Set(linkableAccounts(discoveredAccounts, authorizedProfileIds, profileId, platformId ?? blockedId ?? scenarioPlatformId).map((a) => a.id));
  const accountIds = chosenAccountIds.filter((id) => typeof id === 'string' && linkableIds.has(id));
  if (accountIds.length !== chosenAccountIds.length && chosenAccountIds === defaultAccountIdsRef.current) {
    devWarn(`AddSourceWizard: ${describe(chosenAccountIds.length - accountIds.length)} default account(s) ignored (not linkable for the chosen profile and platform).`);
  }
  const nameOk = validateSourceName(sourceName) === null;
  const isComplete = (id: string): boolean => {
    switch (id) {
      case 'select_profile':
        return profileId !== null;
      case 'choose_platform':
        return platformId !== null && blockedId === null;
      case 'select_accounts':
        return accountIds.length > 0;
      case 'configure_source':
        return nameOk;
      default:
        return done.has(id);
    }
  };
  const completedStepIds = stepList.filter((s) => isComplete(s.id)).map((s) => s.id);
  const title = (id: string) => t(`onboarding.steps.${id as OnboardingStepId}.title`);

  const blockedPlatform = blockedId ? platformList.find((p) => p.id === blockedId) : undefined;
  const blockReason = blockedPlatform
    ? t('onboarding.blockedPlatform', {
        platform: platformText(blockedPlatform, t, tList).label,
        reason: platformReason(blockedPlatform, lifecycleStateOf(blockedPlatform.lifecycle), t) ?? '',
      })
    : null;
  const blocked: OnboardingStepperBlock | undefined = blockReason ? { stepId: 'choose_platform', reason: blockReason } : undefined;

  // The stepper's own rule, so panels and steps never disagree: an upcoming step past an incomplete required one is gated.
  const standings = stepStandings(stepList, { currentId: current, completed: new Set(completedStepIds), blockedStepId: blocked?.stepId });

  // Bring the new current step's panel into view when the user moved (not on mount).
  useEffect(() => {
    if (!moved.current || current === null) return;
    const panel = panels.current.get(current);
    panel?.focus({ preventScroll: true });
    panel?.scrollIntoView?.({ block: 'nearest' });
  }, [current]);

  const go = (id: string | null) => {
    moved.current = true;
    setMissing(null);
    setCurrent(id);
    if (id) onStepChange?.(id as OnboardingStepId);
  };

  const index = stepList.findIndex((s) => s.id === current);
  const next = () => {
    if (current === null) return;
    const step = stepList[index];
    if (step && (INPUT_STEPS as readonly string[]).includes(step.id) && !isComplete(step.id)) {
      setMissing(step.id);
      return;
    }
    setDone((previous) => new Set(previous).add(current));
    if (index >= stepList.length - 1) {
      setFinished(true);
      go(null);
      if (profileId && platformId) onFinish?.({ profileId, platformId, accountIds: [...accountIds], sourceName: sourceName.trim() });
    } else go(stepList[index + 1]!.id);
  };
  const back = () => {
    if (index > 0) go(stepList[index - 1]!.id);
  };

  // Accounts belong to one profile and one platform: a new choice of either unlinks them.
  const chooseProfile = (id: string) => {
    if (id !== profileId) setAccountIds([]);
    setProfileId(id);
    setMissing(null);
    onProfileChange?.(id);
  };
  const choosePlatform = (id: PlatformId) => {
    if (id !== platformId) setAccountIds([]);
    setPlatformId(id);
    setBlockedId(null);
    setMissing(null);
    onPlatformChange?.(id);
  };
  const chooseUnavailable = (id: PlatformId) => {
    setBlockedId(id);
    setPlatformId(null);
  };

  const shownPlatformId = platformId ?? blockedId ?? scenarioPlatformId;
  const chosenProfile = profileId && Array.isArray(profiles) ? profiles.find((p) => p?.id === profileId) : undefined;
  // "Shopify France", as the seeds name sources: the platform, then the profile without its "Profile" prefix.
  const suggestedName = platformId && chosenProfile ? `${t(`platforms.${platformId}.label`)} ${toText(chosenProfile.name).replace(/^Profile\s+/i, '')}` : undefined;
  const shownPrerequisites = Array.isArray(prerequisites) ? prerequisites.filter((p) => p?.platformId === shownPlatformId) : [];
  const previewProblem = checkSource(previewSource);
  const previewAuthorized = !previewProblem && isAuthorizedProfile(previewSource.profileId, authorizedProfileIds);

  const panel = (id: PanelStepId, content: ReactNode) => {
    const position = stepList.findIndex((s) => s.id === id);
    if (position === -1) return null;
    const { progress, gatedBy } = standings[position]!;
    const state: StepPanelState = progress === 'upcoming' && gatedBy !== null ? 'gated' : progress;
    return (
      <StepPanel
        key={id}
        ref={(node) => {
          if (node) panels.current.set(id, node);
          else panels.current.delete(id);
        }}
        tabIndex={-1}
        data-step-id={id}
        number={position + 1}
        total={stepList.length}
        stepTitle={title(id)}
        state={state}
        reason={state === 'gated' ? t('onboarding.requiredFirst', { step: title(gatedBy!) }) : state === 'blocked' ? (blockReason ?? undefined) : undefined}
      >
        {content}
      </StepPanel>
    );
  };

  return (
    <div ref={ref} data-slot="add-source-wizard" data-state={finished ? 'finished' : blocked ? 'blocked' : 'in-progress'} className={cn(IU_ROOT, 'iu:mx-auto iu:grid iu:w-full iu:max-w-6xl iu:min-w-0 iu:gap-6', className)} {...rest}>
      <PageTitle>{t('onboarding.title')}</PageTitle>
      <NoticeStack ids={notices} contentLocales={noticeContentLocales} />

      <div className="iu:grid iu:min-w-0 iu:gap-6 iu:lg:grid-cols-[minmax(16rem,22rem)_minmax(0,1fr)] iu:lg:items-start">
        <div className="iu:grid iu:min-w-0 iu:gap-4 iu:lg:sticky iu:lg:top-4">
          <PageSection title={t('onboarding.stepsTitle')} problem={checkArray(steps, 'steps')}>
            <OnboardingStepper steps={stepList} currentStepId={current} completedStepIds={completedStepIds} blocked={blocked} onStepChange={go} />
          </PageSection>
          <nav aria-label={t('patterns.wizard.navigation')} className="iu:flex iu:flex-wrap iu:items-center iu:gap-2">
            <Button onClick={back} disabled={index <= 0}>
              {t('onboarding.back')}
            </Button>
            <Button variant="primary" onClick={next} disabled={current === null || (blocked !== undefined && current === blocked.stepId)}>
              {index === stepList.length - 1 ? t('patterns.wizard.finish') : t('onboarding.next')}
            </Button>
          </nav>
          <div role="status" aria-live="polite" data-slot="wizard-status">
            {missing ? <Notice variant="warning">{t('onboarding.requiredFirst', { step: title(missing) })}</Notice> : null}
            {finished ? <Notice variant="info">{t('patterns.wizard.finished')}</Notice> : null}
          </div>
        </div>

        <div className="iu:grid iu:min-w-0 iu:gap-6">
          {panel(
            'select_profile',
            <PageSection label={title('select_profile')} problem={checkProfiles(profiles)}>
              <ProfilePicker profiles={profiles} authorizedProfileIds={authorizedProfileIds} value={profileId} onValueChange={chooseProfile} showRequiredError={missing === 'select_profile'} headingLevel={2} />
            </PageSection>,
          )}
          {panel(
            'choose_platform',
            <PageSection label={title('choose_platform')} problem={checkArray(platforms, 'platforms')}>
              <PlatformPicker platforms={platformList} value={platformId} onValueChange={choosePlatform} onUnavailableSelect={chooseUnavailable} headingLevel={2} />
            </PageSection>,
          )}
          {panel(
            'read_prerequisites',
            <PageSection label={title('read_prerequisites')} problem={checkArray(prerequisites, 'prerequisites')}>
              {shownPrerequisites.length > 0 ? (
                <PrerequisitesTable prerequisites={shownPrerequisites} platformId={shownPlatformId} headingLevel={2} />
              ) : (
                <Notice variant="info">{t('patterns.wizard.noPrerequisites', { platform: t(`platforms.${shownPlatformId}.label`) })}</Notice>
              )}
            </PageSection>,
          )}
          {panel(
            'select_accounts',
            <PageSection label={title('select_accounts')} problem={checkArray(discoveredAccounts, 'discoveredAccounts')}>
              <AccountPicker
                accounts={discoveredAccounts}
                authorizedProfileIds={authorizedProfileIds}
                profileId={profileId}
                // Discovery follows the platform on show: the chosen one, else the scenario's (as the prerequisites do).
                platformId={shownPlatformId}
                value={accountIds}
                onValueChange={(ids) => {
                  setAccountIds(ids);
                  setMissing(null);
                }}
                showRequiredError={missing === 'select_accounts'}
                headingLevel={2}
              />
            </PageSection>,
          )}
          {panel(
            'configure_source',
            <PageSection label={title('configure_source')}>
              <SourceSettingsForm
                value={sourceName}
                onValueChange={(name) => {
                  setSourceName(name);
                  setMissing(null);
                }}
                suggestedName={suggestedName}
                showRequiredError={missing === 'configure_source'}
                headingLevel={2}
              />
            </PageSection>,
          )}
          {panel(
            'review_health',
            <PageSection label={title('review_health')} problem={previewProblem} spacing="wide">
              {previewAuthorized ? (
                <>
                  <SourceHealthPanel source={previewSource} variant="preview" now={now} headingLevel={2} />
                  <PageSection title={t('dataQuality.previewTitle')} headingLevel={3}>
                    <DataQualityAlertList flags={deriveQualityFlags(previewSource, now)} grouped={false} recommendedActions />
                  </PageSection>
                  <ActionPreviewList
                    kind="source"
                    actions={actions}
                    sourceName={previewSource.name}
                    headingLevel={3}
                    onPreview={(action) => onPreviewAction?.(action)}
                  />
                </>
              ) : null}
            </PageSection>,
          )}
          <PageSection label={t('guardrails.title')} problem={checkArray(guardrails, 'guardrails')}>
            <GuardrailList guardrails={guardrails} headingLevel={2} />
          </PageSection>
        </div>
      </div>
    </div>
  );
});

AddSourceWizard.displayName = 'AddSourceWizard';
