'use client';

import { cva } from 'class-variance-authority';
import { forwardRef, useId, type HTMLAttributes } from 'react';
import { isOneOf, PLATFORM_IDS, type OnboardingStepProgress } from '../../domain';
import { describe, devWarn, toText } from '../../domain/dev';
import { useIntegrationsUI, type IntegrationsUIContextValue } from '../../i18n';
import { cn, IU_ROOT } from '../../internal/cn';
import { StatusPill } from '../../internal/StatusPill';
import { Icon } from '../../internal/Icon';
import { VisuallyHidden } from '../../internal/VisuallyHidden';
import { InlineMessage } from '../../internal/InlineMessage';
import { useControllableState } from '../../internal/useControllableState';
import { useRovingFocus } from '../../internal/useRovingFocus';
import {
  isKnownStepId,
  isKnownStepKind,
  ONBOARDING_KIND_STATES,
  ONBOARDING_PROGRESS_STATES,
  stepStandings,
  type OnboardingKindState,
  type OnboardingStepInput,
  type OnboardingStepperBlock,
} from './OnboardingStepper.props';
import * as english from '../../i18n/messages/en';
import { dataState } from '../../internal/dataState';

/** The English namespaces this module's strings come from (the provider's catalog comes first). */
const ENGLISH = { common: english.common, onboarding: english.onboarding, platformCard: english.platformCard, platforms: english.platforms };

/** The step card's border per progress: the current step ringed, a blocked one marked on its leading edge. */
const PROGRESS_FRAME = {
  current: 'iu:border-ring iu:shadow-[0_0_0_1px_var(--ui-ring)]',
  complete: 'iu:border-border',
  blocked: 'iu:border-(--iu-tone-border) iu:border-l-4',
  upcoming: 'iu:border-border',
} as const satisfies Record<OnboardingStepProgress, string>;

const stepCard = cva('iu:rounded-ui iu:border iu:bg-surface', {
  variants: { progress: PROGRESS_FRAME, variant: { default: 'iu:p-3', compact: 'iu:px-3 iu:py-2' } },
  defaultVariants: { progress: 'upcoming', variant: 'default' },
});

const kindChip = cva(
  'iu:inline-flex iu:items-center iu:rounded-full iu:border iu:border-border iu:px-2 iu:py-0.5 iu:text-xs iu:leading-4 iu:text-muted-foreground',
  {
    variants: {
      kind: { todo: 'iu:border-solid', placeholder: 'iu:border-dashed', info: 'iu:border-dotted', unknown: 'iu:border-dashed iu:italic' } satisfies Record<
        OnboardingKindState,
        string
      >,
    },
    defaultVariants: { kind: 'todo' },
  },
);

export interface OnboardingStepperProps extends Omit<HTMLAttributes<HTMLElement>, 'children'> {
  /** The steps in order (e.g. the fixtures' `ONBOARDING_STEPS`). Titles, descriptions and notes come from the catalog `onboarding.steps.<id>`. */
  steps: readonly OnboardingStepInput[];
  /** The current step (controlled); `null` when the wizard is finished. Omit it to let the stepper keep its own current step. */
  currentStepId?: string | null;
  /** The current step when uncontrolled. @default the first step */
  defaultCurrentStepId?: string | null;
  /** Steps already complete: they can be revisited, and required ones open the steps after them. @default [] */
  completedStepIds?: readonly string[];
  /** A step that cannot go on, with the reason (e.g. a blocked platform chosen). Later steps stay out of reach. */
  blocked?: OnboardingStepperBlock;
  /** Called with a step's id when the user activates a reachable step (click, Enter or Space). Never called for a step past an incomplete required one. */
  onStepChange?: (stepId: string) => void;
  /** `compact`: one line per step (number, title, progress; the block reason), for a wizard that shows the current step beside it; `default` adds each step's kind, description and notes. @default 'default' */
  variant?: 'default' | 'compact';
}

interface StepModel {
  key: string;
  id: string;
  number: number;
  known: boolean;
  kind: OnboardingKindState;
  rawKind: string | null;
  required: boolean;
  title: string;
  description: string | null;
  notes: readonly string[];
  progress: OnboardingStepProgress;
  isCurrent: boolean;
  /** Title of the incomplete required step that keeps this one out of reach. */
  gatedBy: string | null;
}

function asSteps(steps: unknown): OnboardingStepInput[] {
  if (!Array.isArray(steps)) {
    devWarn(`OnboardingStepper: expected an array of steps, got ${describe(steps)}; rendering none.`);
    return [];
  }
  return steps.filter((step): step is OnboardingStepInput => {
    const ok = step != null && typeof step === 'object' && typeof (step as { id?: unknown }).id === 'string';
    if (!ok) devWarn(`OnboardingStepper: ignoring a malformed step ${describe(step)}.`);
    return ok;
  });
}

function blockReason(block: OnboardingStepperBlock, t: IntegrationsUIContextValue['t'], tList: IntegrationsUIContextValue['tList']): string | null {
  if (block.reason) return block.reason;
  const platform = block.platform;
  if (!platform) return null;
  if (!isOneOf(PLATFORM_IDS, platform.id)) {
    devWarn(`OnboardingStepper blocked.platform: unknown platform ${describe(platform.id)}; showing its raw id.`);
    return t('onboarding.blockedPlatform', { platform: t('common.unknownWithCode', { code: toText(platform.id) }), reason: t('onboarding.progress.blocked') });
  }
  const decision = platform.blockedBy;
  const note = decision
    ? (tList(`platforms.${platform.id}.notes`).find((line) => line.includes(decision)) ?? t('platformCard.blockedReason', { decision }))
    : t('onboarding.progress.blocked');
  return t('onboarding.blockedPlatform', { platform: t(`platforms.${platform.id}.label`), reason: note });
}

/**
 * The onboarding wizard's steps as an ordered list: number, title, kind, progress
 * (text, icon and tone, never colour alone), description and notes. The current step carries
 * `aria-current="step"`. Complete steps can be revisited; a step past an incomplete required
 * step is not reachable (`aria-disabled`, with the reason as its description). Arrow keys,
 * Home and End move between the steps (one tab stop), Enter or Space activates.
 */
export const OnboardingStepper = forwardRef<HTMLElement, OnboardingStepperProps>(function OnboardingStepper(
  {
    steps: stepsProp,
    currentStepId: currentProp,
    defaultCurrentStepId,
    completedStepIds = [],
    blocked,
    onStepChange,
    variant: variantProp = 'default',
    className,
    ...rest
  },
  ref,
) {
  const { t, tList } = useIntegrationsUI(ENGLISH);
  const baseId = useId();
  const compact = variantProp === 'compact';
  if (variantProp !== 'default' && !compact) devWarn(`OnboardingStepper variant: unknown variant ${describe(variantProp)}; using default.`);
  const variant = compact ? 'compact' : 'default';
  const steps = asSteps(stepsProp);
  const [requestedCurrent, setCurrent] = useControllableState<string | null, string>({
    value: currentProp,
    defaultValue: defaultCurrentStepId !== undefined ? defaultCurrentStepId : (steps[0]?.id ?? null),
    onChange: onStepChange,
    name: 'OnboardingStepper currentStepId',
  });

  const ids = new Set(steps.map((s) => s.id));
  if (steps.length !== ids.size) devWarn('OnboardingStepper: steps contain duplicate ids.');
  const currentId = requestedCurrent != null && ids.has(requestedCurrent) ? requestedCurrent : null;
  if (requestedCurrent != null && currentId === null) {
    devWarn(`OnboardingStepper: currentStepId ${describe(requestedCurrent)} is not one of the steps; no step is current.`);
  }
  const completed = new Set(Array.isArray(completedStepIds) ? completedStepIds : []);
  for (const id of completed) {
    if (!ids.has(id)) devWarn(`OnboardingStepper: completedStepIds holds ${describe(id)}, which is not one of the steps; ignored.`);
  }
  const block = blocked && ids.has(blocked.stepId) ? blocked : undefined;
  if (blocked && !block) devWarn(`OnboardingStepper: blocked.stepId ${describe(blocked.stepId)} is not one of the steps; ignored.`);
  const reasonText = block ? blockReason(block, t, tList) : null;

  const standings = stepStandings(steps, { currentId, completed, blockedStepId: block?.stepId });
  const titleOf = (step: OnboardingStepInput) =>
    isKnownStepId(step.id) ? t(`onboarding.steps.${step.id}.title`) : t('common.unknownWithCode', { code: step.id });
  const models: StepModel[] = steps.map((step, index) => {
    const knownId = isKnownStepId(step.id) ? step.id : null;
    const known = knownId !== null;
    if (!known) devWarn(`OnboardingStepper: unknown step id ${describe(step.id)}; rendering Unknown.`);
    const kindKnown = isKnownStepKind(step.kind);
    if (!kindKnown) devWarn(`OnboardingStepper: unknown kind ${describe(step.kind)} for step ${describe(step.id)}; rendering Unknown.`);
    const { progress, gatedBy } = standings[index]!;
    const gatingStep = gatedBy === null ? undefined : steps.find((s) => s.id === gatedBy);
    return {
      key: `${index}-${step.id}`,
      id: step.id,
      number: index + 1,
      known,
      kind: kindKnown ? (step.kind as OnboardingKindState) : 'unknown',
      rawKind: kindKnown ? null : toText(step.kind),
      required: step.required === true,
      title: titleOf(step),
      description: knownId ? t(`onboarding.steps.${knownId}.description`) : null,
      notes: knownId ? tList(`onboarding.steps.${knownId}.notes`) : [],
      progress,
      isCurrent: currentId === step.id,
      gatedBy: gatingStep ? titleOf(gatingStep) : null,
    };
  });

  const allComplete = models.length > 0 && models.every((m) => m.progress === 'complete');
  const state = block ? 'blocked' : allComplete ? 'complete' : 'inProgress';
  const currentIndex = models.findIndex((m) => m.isCurrent);
  const lastComplete = models.findLastIndex((m) => m.progress === 'complete');
  const fallbackStop = currentIndex >= 0 ? currentIndex : Math.max(lastComplete, 0);
  // An ordered list of steps: arrows stop at the first and last step (no wrap from 9 back to 1).
  const roving = useRovingFocus<HTMLButtonElement>(models.length, { loop: false });
  const tabStop = roving.focused;
  const activeStop = tabStop !== null && tabStop < models.length ? tabStop : fallbackStop;
  const firstGated = models.findIndex((m) => m.gatedBy !== null);

  const activate = (model: StepModel) => {
    if (model.gatedBy !== null || model.isCurrent) return;
    setCurrent(model.id);
  };

  return (
    <nav
      ref={ref}
      data-slot="onboarding-stepper"
      data-state={dataState(state)}
      data-current-step={currentId ?? undefined}
      data-variant={variant}
      aria-label={t('onboarding.stepsTitle')}
      className={cn(IU_ROOT, 'iu:w-full iu:min-w-0 iu:text-sm', className)}
      {...rest}
    >
      <ol className={cn('iu:flex iu:flex-col', compact ? 'iu:gap-1.5' : 'iu:gap-2')}>
        {models.map((model, index) => {
          const spec = ONBOARDING_PROGRESS_STATES[model.progress];
          const progressId = `${baseId}-${index}-progress`;
          const kindId = `${baseId}-${index}-kind`;
          const reasonId = `${baseId}-${index}-reason`;
          const gateId = `${baseId}-${index}-gate`;
          const gated = model.gatedBy !== null;
          const showBlockReason = model.progress === 'blocked' && reasonText !== null;
          const gateText = gated ? t('onboarding.requiredFirst', { step: model.gatedBy! }) : null;
          const kindLabel = model.rawKind !== null ? t('common.unknownWithCode', { code: model.rawKind }) : t(ONBOARDING_KIND_STATES[model.kind].label);
          return (
            <li
              key={model.key}
              data-slot="onboarding-stepper-step"
              data-step-id={model.id}
              data-progress={model.progress}
              data-kind={model.kind}
              data-tone={spec.tone}
              {...(model.known ? {} : { 'data-raw-id': model.id })}
              {...(model.rawKind !== null ? { 'data-raw-kind': model.rawKind } : {})}
              {...(gated ? { 'data-gated': '' } : {})}
              className={stepCard({ progress: model.progress, variant })}
            >
              <div className="iu:flex iu:flex-wrap iu:items-center iu:gap-x-3 iu:gap-y-2">
                <button
                  ref={roving.itemRef(index)}
                  type="button"
                  data-slot="onboarding-stepper-step-trigger"
                  tabIndex={index === activeStop ? 0 : -1}
                  aria-current={model.isCurrent ? 'step' : undefined}
                  aria-disabled={gated ? true : undefined}
                  aria-describedby={[progressId, compact ? null : kindId, showBlockReason ? reasonId : null, gateText ? gateId : null]
                    .filter(Boolean)
                    .join(' ')}
                  onClick={() => activate(model)}
                  onFocus={() => roving.onItemFocus(index)}
                  onKeyDown={(event) => roving.onKeyDown(event, index)}
                  className={cn(
                    'iu:flex iu:min-w-0 iu:flex-1 iu:basis-48 iu:items-center iu:gap-3 iu:rounded-ui iu:text-left iu:focus-visible:outline-2 iu:focus-visible:outline-offset-2 iu:focus-visible:outline-ring',
                    gated ? 'iu:cursor-not-allowed' : model.isCurrent ? 'iu:cursor-default' : 'iu:cursor-pointer',
                  )}
                >
                  <span
                    data-slot="onboarding-stepper-step-number"
                    className="iu:flex iu:size-7 iu:shrink-0 iu:items-center iu:justify-center iu:rounded-full iu:border iu:border-(--iu-tone-border) iu:bg-(--iu-tone-bg) iu:font-semibold iu:tabular-nums iu:text-(--iu-tone-fg)"
                  >
                    {model.number}
                  </span>
                  <span
                    data-slot="onboarding-stepper-step-title"
                    className={cn('iu:min-w-0 iu:font-medium', !gated && !model.isCurrent && 'iu:underline-offset-2 iu:hover:underline')}
                  >
                    {model.title}
                  </span>
                  {gated ? <Icon name="lock" size={14} className="iu:text-muted-foreground" /> : null}
                </button>
                <span className="iu:flex iu:flex-wrap iu:items-center iu:gap-1.5">
                  {compact ? null : (
                    <span id={kindId} data-slot="onboarding-stepper-step-kind" className={kindChip({ kind: model.kind })}>
                      {kindLabel}
                    </span>
                  )}
                  <StatusPill id={progressId} data-slot="onboarding-stepper-step-progress" tone={spec.tone} icon={spec.icon} leading="fixed">
                    {t(spec.label)}
                  </StatusPill>
                </span>
              </div>
              {compact && gateText && !showBlockReason ? (
                // Compact: the lock icon shows the gate; its reason is read with the step.
                <VisuallyHidden id={gateId} data-slot="onboarding-stepper-step-gate">
                  {gateText}
                </VisuallyHidden>
              ) : (!compact && (model.description || model.notes.length > 0)) || showBlockReason || gateText ? (
                <div className={cn('iu:space-y-1.5 iu:sm:pl-10', compact ? 'iu:mt-1' : 'iu:mt-2')}>
                  {!compact && model.description ? <p data-slot="onboarding-stepper-step-description">{model.description}</p> : null}
                  {!compact && model.notes.length > 0 ? (
                    <ul data-slot="onboarding-stepper-step-notes" className="iu:list-disc iu:space-y-1 iu:pl-5 iu:text-muted-foreground">
                      {model.notes.map((note) => (
                        <li key={note}>{note}</li>
                      ))}
                    </ul>
                  ) : null}
                  {showBlockReason ? (
                    <InlineMessage
                      id={reasonId}
                      data-slot="onboarding-stepper-step-reason"
                      tone="critical"
                      icon="ban"
                      iconSize={14}
                      gap="normal"
                      className="iu:font-medium iu:text-(--iu-tone-fg)"
                    >
                      <span>{t('onboarding.blockedBy', { reason: reasonText })}</span>
                    </InlineMessage>
                  ) : null}
                  {gateText && index === firstGated && !compact ? (
                    <InlineMessage
                      id={gateId}
                      data-slot="onboarding-stepper-step-gate"
                      icon="lock"
                      iconSize={14}
                      gap="normal"
                      className="iu:text-muted-foreground"
                    >
                      <span>{gateText}</span>
                    </InlineMessage>
                  ) : null}
                  {gateText && (index !== firstGated || compact) ? (
                    <VisuallyHidden id={gateId} data-slot="onboarding-stepper-step-gate">
                      {gateText}
                    </VisuallyHidden>
                  ) : null}
                </div>
              ) : null}
            </li>
          );
        })}
      </ol>
    </nav>
  );
});

OnboardingStepper.displayName = 'OnboardingStepper';
