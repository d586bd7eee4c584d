import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { StepPanel, STEP_PANEL_STATE_NAMES, STEP_PANEL_STATES } from '../../src/components/StepPanel';
import { en } from '../../src/i18n';
import { fr } from '../../src/locales/fr';
import { expectConsole } from '../helpers';
import { messageAt } from '../messages';
import { renderUI } from '../render';
import { dataState } from '../../src/internal/dataState';

afterEach(cleanup);

describe('StepPanel', () => {
  it.each(STEP_PANEL_STATE_NAMES)('state %s: status line, tone, and a group named by the step', (state) => {
    renderUI(
      <StepPanel number={2} total={9} stepTitle="Choose platform" state={state}>
        <button type="button">inside</button>
      </StepPanel>,
    );
    const panel = screen.getByRole('group', { name: 'Step 2: Choose platform' });
    expect(panel).toHaveAttribute('data-state', dataState(state));
    expect(panel).toHaveAttribute('data-tone', STEP_PANEL_STATES[state].tone);
    expect(panel.querySelector('[data-slot="step-panel-status"]')).toHaveTextContent(
      `Step 2 of 9 — ${messageAt(STEP_PANEL_STATES[state].status, en) as string}`,
    );
    expect(panel.querySelector('svg[aria-hidden="true"]')).not.toBeNull();
    expect(panel.getAttribute('aria-current')).toBe(state === 'current' ? 'step' : null);
  });

  it('a gated panel keeps its content visible and readable (not inert), its controls disabled, with the reason', () => {
    renderUI(
      <StepPanel number={3} total={9} stepTitle="Read prerequisites" state="gated" reason="Complete “Select profile” first.">
        <button type="button">inside</button>
      </StepPanel>,
    );
    const panel = screen.getByRole('group', { name: 'Step 3: Read prerequisites' });
    expect(panel).toHaveTextContent('Complete “Select profile” first.');
    expect(panel.querySelector('[data-slot="step-panel-content"]')).not.toHaveAttribute('inert');
    expect(panel).toHaveAccessibleDescription('Complete “Select profile” first.');
    expect(screen.getByRole('button', { name: 'inside' })).toBeDisabled();
  });

  it('an unknown state renders as upcoming, with a warning', () => {
    expectConsole(/StepPanel state: unknown state "skipped"/);
    renderUI(<StepPanel number={1} total={1} stepTitle="x" state={'skipped' as never} />);
    expect(screen.getByRole('group', { name: 'Step 1: x' })).toHaveAttribute('data-state', 'upcoming');
  });

  it('speaks French', () => {
    renderUI(<StepPanel number={1} total={9} stepTitle="x" state="complete" />, { locale: 'fr' });
    expect(screen.getByRole('group')).toHaveTextContent(`Étape 1 sur 9 — ${fr.onboarding.progress.complete}`);
  });
});
