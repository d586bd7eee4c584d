'use client';

import { cva } from 'class-variance-authority';
import { forwardRef, useId, type HTMLAttributes, type ReactNode } from 'react';
import { describe, devWarn } from '../../domain/dev';
import { useIntegrationsUI } from '../../i18n';
import { cn, IU_ROOT } from '../../internal/cn';
import { headingLevelOr, type HeadingLevel } from '../../internal/heading';
import { nodeOf, textOf } from '../../internal/text';
import { Icon } from '../../internal/Icon';
import { isStepPanelState, STEP_PANEL_STATES, type StepPanelState } from './StepPanel.props';
import * as english from '../../i18n/messages/en';
import { dataState } from '../../internal/dataState';

/** The English namespaces this module's strings come from (the provider's catalog comes first). */
const ENGLISH = { onboarding: english.onboarding, patterns: english.patterns };

const panel = cva(
  'iu:min-w-0 iu:space-y-3 iu:rounded-ui iu:border iu:p-4 iu:scroll-mt-4 iu:focus-visible:outline-2 iu:focus-visible:outline-offset-2 iu:focus-visible:outline-ring',
  {
    variants: {
      state: {
        current: 'iu:border-(--iu-tone-border) iu:bg-surface iu:ring-1 iu:ring-(--iu-tone-border)',
        complete: 'iu:border-border iu:bg-surface',
        upcoming: 'iu:border-border iu:bg-surface',
        gated: 'iu:border-dashed iu:border-border iu:bg-muted',
        blocked: 'iu:border-(--iu-tone-border) iu:bg-surface',
      } satisfies Record<StepPanelState, string>,
    },
  },
);

export interface StepPanelProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** 1-based position of the step in the wizard. */
  number: number;
  /** Number of steps in the wizard. */
  total: number;
  /** Title of the step, in the panel's accessible name ("Step 6: Select accounts"); the content brings its own visible heading. */
  stepTitle: string;
  /** Progress of the step. An unknown value renders as upcoming. @default 'upcoming' */
  state?: StepPanelState;
  /** Why a gated or blocked step cannot be used yet, shown above its content. */
  reason?: string;
  /** Shows `stepTitle` as a visible heading of this level, which a wizard can move focus to (`data-slot="step-panel-heading"`, `tabIndex=-1`). @default none (the content brings its own heading) */
  headingLevel?: HeadingLevel;
  /** Actions of the step (Back / Next), in a footer that stays at the bottom of the viewport while the panel is on screen; a control of the content that takes focus scrolls clear of it, never behind it. @default none */
  footer?: ReactNode;
  /** The step's content. While the panel is gated its text stays readable (by eye and by assistive tech) and its form controls are disabled. */
  children?: ReactNode;
}

/**
 * One step of a wizard: its status line ("Step 2 of 9 — Current step"), optionally its title as
 * a heading, its content and a footer of actions that stays in view. A gated step keeps its
 * content on screen and readable by everyone, with the reason; its form controls are disabled
 * (a disabled fieldset), so the whole flow can be read before it can be used.
 */
export const StepPanel = forwardRef<HTMLDivElement, StepPanelProps>(function StepPanel(
  {
    number,
    total,
    stepTitle: stepTitleProp,
    state: stateProp = 'upcoming',
    reason: reasonProp,
    headingLevel: headingLevelProp,
    footer,
    children,
    className,
    ...rest
  },
  ref,
) {
  const { t, formatNumber } = useIntegrationsUI(ENGLISH);
  // Text props that are not text (an object, a Date, a symbol…) show nothing instead of crashing React.
  const stepTitle = textOf(stepTitleProp, 'StepPanel stepTitle');
  const reason = nodeOf(reasonProp, 'StepPanel reason');
  let state: StepPanelState = stateProp;
  if (!isStepPanelState(stateProp)) {
    devWarn(`StepPanel state: unknown state ${describe(stateProp)}; rendering upcoming.`);
    state = 'upcoming';
  }
  const spec = STEP_PANEL_STATES[state];
  const inactive = state === 'gated';
  const reasonId = useId();
  const level = headingLevelProp === undefined ? null : headingLevelOr(headingLevelProp, 2);
  if (headingLevelProp !== undefined && level !== headingLevelProp)
    devWarn(`StepPanel headingLevel: expected 2, 3 or 4, got ${describe(headingLevelProp)}; using 2.`);
  const Heading = level === null ? null : (`h${level}` as const);
  return (
    // A group, not a region: the step's content brings its own titled regions.
    <div
      ref={ref}
      role="group"
      data-slot="step-panel"
      data-state={dataState(state)}
      data-tone={spec.tone}
      // "Step 6: Select accounts": the content's own group or region may carry the bare title.
      aria-label={t('patterns.wizard.stepLabel', { number: formatNumber(number), title: stepTitle })}
      aria-current={state === 'current' ? 'step' : undefined}
      aria-describedby={reason ? reasonId : undefined}
      className={cn(IU_ROOT, panel({ state }), className)}
      {...rest}
    >
      <p data-slot="step-panel-status" className="iu:flex iu:items-center iu:gap-2 iu:text-xs iu:font-medium iu:text-(--iu-tone-fg)">
        <Icon name={spec.icon} size={14} />
        {t('patterns.wizard.stepStatus', { number: formatNumber(number), total: formatNumber(total), status: t(spec.status) })}
      </p>
      {Heading ? (
        <Heading
          data-slot="step-panel-heading"
          tabIndex={-1}
          className="iu:scroll-mt-16 iu:rounded-ui iu:text-lg iu:font-semibold iu:focus-visible:outline-2 iu:focus-visible:outline-offset-2 iu:focus-visible:outline-ring"
        >
          {stepTitle}
        </Heading>
      ) : null}
      {reason ? (
        <p id={reasonId} data-slot="step-panel-reason" className="iu:text-sm iu:text-muted-foreground">
          {reason}
        </p>
      ) : null}
      {/*
        A gated step is read, not used: its text stays in the accessibility tree (never inert or
        hidden while visible) and the disabled fieldset takes its form controls out of the tab
        order. Not faded: dimmed text would fail contrast, the dashed border and the reason say it.
        Its role is none: the panel is already the step's group.
      */}
      <fieldset
        data-slot="step-panel-content"
        role="none"
        disabled={inactive || undefined}
        // Under a sticky footer, a control that takes focus stops clear of it, never behind it (WCAG 2.4.11).
        className={cn('iu:min-w-0', footer && 'iu:**:scroll-mb-40')}
      >
        {children}
      </fieldset>
      {footer ? (
        <div
          data-slot="step-panel-footer"
          className="iu:sticky iu:bottom-0 iu:z-10 iu:-mx-4 iu:-mb-4 iu:rounded-b-ui iu:border-t iu:border-border iu:bg-surface iu:px-4 iu:py-3"
        >
          {footer}
        </div>
      ) : null}
    </div>
  );
});

StepPanel.displayName = 'StepPanel';
