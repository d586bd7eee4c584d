'use client';

import { forwardRef } from 'react';
import { Notice } from '../components/Notice';
import type { OnboardingStepId } from '../domain';
import { useIntegrationsUI } from '../i18n';
import { Button } from '../internal/Button';
import { StatusPill } from '../internal/StatusPill';
import * as english from '../i18n/messages/en';
import { dataState } from '../internal/dataState';

/** The English namespaces of the wizard's parts (the provider's catalog comes first). */
const ENGLISH = { onboarding: english.onboarding, patterns: english.patterns };

/** One-step layout: a completed (or blocked) step that is not current, on one line, with Edit. */
export function WizardStepSummary({
  stepId,
  position,
  blocked,
  value,
  onEdit,
}: {
  stepId: OnboardingStepId;
  position: number;
  blocked: boolean;
  value: string;
  onEdit: () => void;
}) {
  const { t } = useIntegrationsUI(ENGLISH);
  const title = t(`onboarding.steps.${stepId}.title`);
  return (
    <li
      data-slot="add-source-wizard-step-summary"
      data-step-id={stepId}
      data-state={dataState(blocked ? 'blocked' : 'complete')}
      data-tone={blocked ? 'critical' : 'success'}
      className="iu:flex iu:flex-wrap iu:items-center iu:gap-x-3 iu:gap-y-1 iu:rounded-ui iu:border iu:border-border iu:bg-surface iu:px-4 iu:py-2 iu:text-sm"
    >
      <span className="iu:flex iu:min-w-0 iu:flex-1 iu:basis-56 iu:flex-wrap iu:items-center iu:gap-2">
        <StatusPill data-slot="add-source-wizard-step-summary-progress" icon={blocked ? 'ban' : 'check'} leading="fixed" className="iu:shrink-0">
          {t(blocked ? 'onboarding.progress.blocked' : 'onboarding.progress.complete')}
        </StatusPill>
        <span className="iu:min-w-0 iu:break-words">
          <span className="iu:font-medium">{t('patterns.wizard.stepLabel', { number: String(position + 1), title })}</span>
          <span className="iu:text-muted-foreground"> — {value}</span>
        </span>
      </span>
      <Button onClick={onEdit} aria-label={t('patterns.wizard.editStep', { step: title })} className="iu:py-1">
        {t('patterns.wizard.edit')}
      </Button>
    </li>
  );
}

/** One-step layout: the current step's description and notes, above its content. */
export function WizardStepIntro({ stepId }: { stepId: OnboardingStepId }) {
  const { t, tList } = useIntegrationsUI(ENGLISH);
  const notes = tList(`onboarding.steps.${stepId}.notes`);
  return (
    <div className="iu:space-y-1.5 iu:text-sm">
      <p data-slot="add-source-wizard-step-description">{t(`onboarding.steps.${stepId}.description`)}</p>
      {notes.length > 0 ? (
        <ul data-slot="add-source-wizard-step-notes" className="iu:list-disc iu:space-y-1 iu:pl-5 iu:text-muted-foreground">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** The live region that says what is missing when the step has no field to say it. */
export function WizardStatus({ message }: { message: string | null }) {
  return (
    <div role="status" aria-live="polite" data-slot="add-source-wizard-status" className="iu:empty:hidden">
      {message ? <Notice variant="warning">{message}</Notice> : null}
    </div>
  );
}

/** Back and Next (Finish on the last step). */
export function WizardNavigation({
  canGoBack,
  canGoNext,
  isLast,
  onBack,
  onNext,
}: {
  canGoBack: boolean;
  canGoNext: boolean;
  isLast: boolean;
  onBack: () => void;
  onNext: () => void;
}) {
  const { t } = useIntegrationsUI(ENGLISH);
  return (
    <nav aria-label={t('patterns.wizard.navigation')} className="iu:flex iu:flex-wrap iu:items-center iu:gap-2">
      <Button onClick={onBack} disabled={!canGoBack}>
        {t('onboarding.back')}
      </Button>
      <Button variant="primary" onClick={onNext} disabled={!canGoNext}>
        {isLast ? t('patterns.wizard.finish') : t('onboarding.next')}
      </Button>
    </nav>
  );
}

/** Focus lands here after Finish: the message is read when it takes focus (it is no live region, so it is said once). */
export const WizardFinishedMessage = forwardRef<HTMLDivElement>(function WizardFinishedMessage(_props, ref) {
  const { t } = useIntegrationsUI(ENGLISH);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      data-slot="add-source-wizard-finished"
      className="iu:scroll-mt-4 iu:rounded-ui iu:focus-visible:outline-2 iu:focus-visible:outline-offset-2 iu:focus-visible:outline-ring"
    >
      <Notice variant="info">{t('patterns.wizard.finished')}</Notice>
    </div>
  );
});
