'use client';

import { useEffect, useRef } from 'react';
import type { AddSourceWizardState } from './addSourceWizardState';

/** Elements that can take focus, for the first invalid field of a step. */
const FOCUSABLE = 'input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** The control to focus for an invalid field: the field itself, else its checked or first focusable control. */
function firstInvalidControl(container: HTMLElement): HTMLElement | null {
  const invalid = container.querySelector<HTMLElement>('[aria-invalid="true"]');
  if (!invalid) return null;
  if (invalid.matches(FOCUSABLE)) return invalid;
  return invalid.querySelector<HTMLElement>('input:checked:not([disabled])') ?? invalid.querySelector<HTMLElement>(FOCUSABLE);
}

/**
 * Moves focus where the wizard's latest request says, once per request (never on mount): the new
 * step's heading (its panel in the all-steps layout, the stepper's step for a step without a
 * panel), the first invalid field, or the completion message; scrolled into view.
 * `onMissingWithoutField` runs when the step has no invalid field to say what is missing.
 */
export function useWizardFocus(focus: AddSourceWizardState['focus'], current: string | null, onMissingWithoutField: () => void) {
  const panels = useRef(new Map<string, HTMLElement>());
  const finishedRef = useRef<HTMLDivElement>(null);
  const stepperRef = useRef<HTMLElement>(null);

  useEffect(() => {
    if (focus === null) return;
    const panel = current === null ? undefined : panels.current.get(current);
    let target: HTMLElement | null;
    let block: ScrollLogicalPosition = 'start';
    if (focus.target === 'finished') target = finishedRef.current;
    else if (focus.target === 'step') {
      target =
        panel?.querySelector<HTMLElement>('[data-slot="step-panel-heading"]') ??
        panel ??
        stepperRef.current?.querySelector<HTMLElement>('[data-slot="onboarding-stepper-step-trigger"][aria-current="step"]') ??
        null;
    } else {
      block = 'center';
      target = panel ? firstInvalidControl(panel) : null;
      if (!target) {
        // No field of the step says what is missing: the status says it, and focus goes to the step's first control.
        onMissingWithoutField();
        target = panel?.querySelector<HTMLElement>(`[data-slot="step-panel-content"] :is(${FOCUSABLE})`) ?? null;
      }
    }
    if (!target) return;
    target.focus({ preventScroll: true });
    target.scrollIntoView?.({ block, inline: 'nearest' });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs once per request
  }, [focus]);

  const registerPanel = (id: string) => (node: HTMLElement | null) => {
    if (node) panels.current.set(id, node);
    else panels.current.delete(id);
  };
  return { registerPanel, finishedRef, stepperRef };
}
