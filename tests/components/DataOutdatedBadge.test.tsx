import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DATA_OUTDATED_BADGE_STATE_NAMES, DATA_OUTDATED_BADGE_STATES, DataOutdatedBadge } from '../../src/components/DataOutdatedBadge';
import { isDataOutdated } from '../../src/domain';
import { en } from '../../src/i18n';
import { fr } from '../../src/locales/fr';
import { FIXTURE_NOW, SOURCES } from '../../src/fixtures';
import { expectConsole } from '../helpers';
import { renderUI } from '../render';
import { dataState } from '../../src/internal/dataState';

afterEach(cleanup);

const badgeOf = (container: HTMLElement) => container.querySelector('[data-slot="data-outdated-badge"]');

describe('DataOutdatedBadge', () => {
  it.each(DATA_OUTDATED_BADGE_STATE_NAMES)('state %s renders as its state table says', (state) => {
    const spec = DATA_OUTDATED_BADGE_STATES[state];
    const { container } = renderUI(<DataOutdatedBadge outdated={state === 'outdated'} />);
    if (!spec.renders) {
      expect(container).toBeEmptyDOMElement();
      return;
    }
    const badge = badgeOf(container)!;
    expect(badge).toHaveAttribute('data-state', dataState(state));
    expect(badge).toHaveAttribute('data-tone', spec.tone);
    expect(badge.querySelector(`svg[aria-hidden="true"][data-icon="${spec.icon}"]`)).not.toBeNull();
  });

  it('reads "Data may be outdated" (seed 002) when a source is not FRESH', () => {
    expect(isDataOutdated(SOURCES, FIXTURE_NOW)).toBe(true);
    const { container } = renderUI(<DataOutdatedBadge outdated={isDataOutdated(SOURCES, FIXTURE_NOW)} />);
    expect(badgeOf(container)).toHaveTextContent(/^Data may be outdated$/);
    expect(screen.getByText('Data may be outdated')).toBeVisible();
  });

  it('renders nothing when the data is up to date', () => {
    const { container } = renderUI(<DataOutdatedBadge outdated={false} />);
    expect(container.innerHTML).toBe('');
    expect(screen.queryByText(en.common.dataMayBeOutdated)).toBeNull();
  });

  it('renders in French from the fr catalog', () => {
    renderUI(<DataOutdatedBadge outdated />, { locale: 'fr' });
    expect(screen.getByText(fr.common.dataMayBeOutdated)).toBeInTheDocument();
  });

  it('shows the marker and warns on a non-boolean value (never hides a warning on bad input)', () => {
    expectConsole(/DataOutdatedBadge outdated: expected a boolean, got "yes"/);
    const { container } = renderUI(<DataOutdatedBadge outdated={'yes' as never} />);
    expect(badgeOf(container)).toHaveTextContent('Data may be outdated');
  });

  it('merges className and forwards the ref', () => {
    let node: HTMLSpanElement | null = null;
    const { container } = renderUI(<DataOutdatedBadge outdated className="ml-2" ref={(el) => void (node = el)} />);
    expect(badgeOf(container)).toHaveClass('ml-2', 'iu:rounded-full');
    expect(node).toBe(badgeOf(container));
  });
});
