import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { GUARDRAIL_ITEM_STATE_NAMES, GUARDRAIL_ITEM_STATES, GuardrailList } from '../../src/components/GuardrailList';
import { ONBOARDING_GUARDRAILS, SETTINGS_GUARDRAILS } from '../../src/fixtures';
import { en } from '../../src/i18n';
import { fr } from '../../src/locales/fr';
import { expectConsole } from '../helpers';
import { renderUI } from '../render';
import { lines, seed } from '../seed-files';
import { dataState } from '../../src/internal/dataState';

afterEach(cleanup);

const items = () => screen.getAllByRole('listitem');

describe('GuardrailList', () => {
  it('renders the 18 onboarding guardrails of seed 000 verbatim, in order, under "Guardrails (V1):"', () => {
    renderUI(<GuardrailList guardrails={ONBOARDING_GUARDRAILS} />);
    const seedLines = lines(seed('000'));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Guardrails (V1):');
    expect(seedLines).toContain('Guardrails (V1):');
    const start = seedLines.indexOf('Guardrails (V1):');
    const expected = seedLines.slice(start + 1, start + 19).map((l) => l.replace(/^• /, ''));
    expect(items()).toHaveLength(18);
    expect(items().map((li) => li.textContent)).toEqual(expected);
  });

  it('renders the 6 settings guardrails of seed 002 verbatim, in order, under "Guardrails (V1)"', () => {
    renderUI(<GuardrailList guardrails={SETTINGS_GUARDRAILS} />);
    const seedLines = lines(seed('002'));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Guardrails (V1)');
    const start = seedLines.lastIndexOf('Guardrails (V1)');
    const expected = seedLines.slice(start + 1, start + 7).map((l) => l.replace(/^• /, ''));
    expect(items()).toHaveLength(6);
    expect(items().map((li) => li.textContent)).toEqual(expected);
  });

  it('names the list after its heading', () => {
    renderUI(<GuardrailList guardrails={SETTINGS_GUARDRAILS} />);
    expect(screen.getByRole('list', { name: 'Guardrails (V1)' })).toBeInTheDocument();
  });

  it.each([2, 3, 4] as const)('uses heading level %i', (level) => {
    renderUI(<GuardrailList guardrails={SETTINGS_GUARDRAILS} headingLevel={level} />);
    expect(screen.getByRole('heading', { level })).toHaveTextContent('Guardrails (V1)');
  });

  it('takes the title from an explicit scope over the guardrails', () => {
    renderUI(<GuardrailList guardrails={SETTINGS_GUARDRAILS} scope="onboarding" />);
    expect(screen.getByRole('heading').textContent).toBe('Guardrails (V1):');
  });

  it('renders in French', () => {
    renderUI(<GuardrailList guardrails={ONBOARDING_GUARDRAILS} />, { locale: 'fr' });
    expect(screen.getByRole('heading').textContent).toBe(fr.guardrails.titleOnboarding);
    expect(items().map((li) => li.textContent)).toEqual(
      ONBOARDING_GUARDRAILS.map((g) => fr.guardrails.onboarding[g.id as keyof typeof fr.guardrails.onboarding]),
    );
  });

  it.each(GUARDRAIL_ITEM_STATE_NAMES)('state %s is marked on the line with its tone', (state) => {
    if (state === 'unknown') expectConsole(/unknown guardrail "no_crypto"/);
    const guardrail = state === 'known' ? SETTINGS_GUARDRAILS[0]! : { id: 'no_crypto', scope: 'settings' as const };
    renderUI(<GuardrailList guardrails={[guardrail]} />);
    expect(items()[0]).toHaveAttribute('data-state', dataState(state));
    expect(items()[0]).toHaveAttribute('data-tone', GUARDRAIL_ITEM_STATES[state].tone);
  });

  it('shows an unknown guardrail as its raw id among the known ones, and warns', () => {
    expectConsole(/GuardrailList guardrail: unknown guardrail "no_crypto"/, /unknown guardrail "mock_only"/);
    renderUI(<GuardrailList guardrails={[SETTINGS_GUARDRAILS[0]!, { id: 'no_crypto', scope: 'settings' }, { id: 'mock_only', scope: 'billing' as never }]} />);
    expect(items().map((li) => li.textContent)).toEqual([en.guardrails.settings.mock_only, 'no_crypto', 'mock_only']);
    expect(items()[1]).toHaveAttribute('data-state', 'unknown');
  });

  it('survives an empty list, a non-array and bad props', () => {
    renderUI(<GuardrailList guardrails={[]} />);
    expect(screen.getByText(en.guardrails.empty)).toBeInTheDocument();
    cleanup();
    expectConsole(/expected an array of \{ id, scope \}/, /GuardrailList scope: unknown scope "admin"/, /headingLevel: expected 2, 3 or 4, got 7/);
    const { container } = renderUI(<GuardrailList guardrails={null as never} scope={'admin' as never} headingLevel={7 as never} />);
    const section = container.querySelector<HTMLElement>('[data-slot="guardrail-list"]')!;
    expect(within(section).getByRole('heading', { level: 2 }).textContent).toBe('Guardrails (V1)');
    expect(within(section).getByText(en.guardrails.empty)).toBeInTheDocument();
  });

  it('merges className onto the root', () => {
    const { container } = renderUI(<GuardrailList guardrails={SETTINGS_GUARDRAILS} className="mt-8" />);
    expect(container.querySelector('[data-slot="guardrail-list"]')).toHaveClass('mt-8', 'iu:grid');
  });
});
