'use client';

import { cva } from 'class-variance-authority';
import { forwardRef, type HTMLAttributes, type ReactNode } from 'react';
import { describe, devWarn } from '../../domain/dev';
import { useIntegrationsUI } from '../../i18n';
import { cn, IU_ROOT } from '../../lib/cn';
import { inertProps } from '../../lib/inert';
import { nodeOf, textOf } from '../../lib/text';
import { Icon } from '../Icon';
import { isStepPanelState, STEP_PANEL_STATES, type StepPanelState } from './states';
import * as english from '../../i18n/messages/en';

/** The English namespaces this module's strings come from (the provider's catalog comes first). */
const ENGLISH = { onboarding: english.onboarding, patterns: english.patterns };

const panel = cva('iu:min-w-0 iu:space-y-3 iu:rounded-ui iu:border iu:p-4 iu:scroll-mt-4 iu:focus-visible:outline-2 iu:focus-visible:outline-offset-2 iu:focus-visible:outline-ring', {
  variants: {
    state: {
      current: 'iu:border-(--iu-tone-border) iu:bg-surface iu:ring-1 iu:ring-(--iu-tone-border)',
      complete: 'iu:border-border iu:bg-surface',
      upcoming: 'iu:border-border iu:bg-surface',
      gated: 'iu:border-dashed iu:border-border iu:bg-muted',
      blocked: 'iu:border-(--iu-tone-border) iu:bg-surface',
    } satisfies Record<StepPanelState, string>,
  },
});

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
  /** The step's content. Inert (not focusable, not editable) while the panel is gated. */
  children?: ReactNode;
}

/**
 * One step of a wizard laid out as a page: its status line ("Step 2 of 9 — Current step") and
 * its content. A gated step keeps its content on screen, inert, with the reason, so
 * the whole flow can be read before it can be used.
 */
export const StepPanel = forwardRef<HTMLDivElement, StepPanelProps>(function StepPanel(
  { number, total, stepTitle: stepTitleProp, state: stateProp = 'upcoming', reason: reasonProp, children, className, ...rest },
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
  return (
    // A group, not a region: the step's content brings its own titled regions.
    <div
      ref={ref}
      role="group"
      data-slot="step-panel"
      data-state={state}
      data-tone={spec.tone}
      // "Step 6: Select accounts": the content's own group or region may carry the bare title.
      aria-label={t('patterns.wizard.stepLabel', { number: formatNumber(number), title: stepTitle })}
      aria-current={state === 'current' ? 'step' : undefined}
      className={cn(IU_ROOT, panel({ state }), className)}
      {...rest}
    >
      <p data-slot="step-status" className="iu:flex iu:items-center iu:gap-2 iu:text-xs iu:font-medium iu:text-(--iu-tone-fg)">
        <Icon name={spec.icon} size={14} />
        {t('patterns.wizard.stepStatus', { number: formatNumber(number), total: formatNumber(total), status: t(spec.status) })}
      </p>
      {reason ? (
        <p data-slot="step-reason" className="iu:text-sm iu:text-muted-foreground">
          {reason}
        </p>
      ) : null}
      {/* Inert, not faded: dimmed text would fail contrast, and the dashed border + reason say it already. */}
      <div data-slot="step-content" {...inertProps(inactive)}>
        {children}
      </div>
    </div>
  );
});

StepPanel.displayName = 'StepPanel';
