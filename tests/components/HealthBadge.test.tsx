import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { HealthBadge, HEALTH_BADGE_STATE_NAMES, HEALTH_BADGE_STATES, stateOfSource } from '../../src/components/HealthBadge';
import { en } from '../../src/i18n';
import { fr } from '../../src/locales/fr';
import { FIXTURE_NOW, makeSource, SHOPIFY_ESPAGNE, SHOPIFY_FRANCE, SOURCES, TIKTOK_ADS_FRANCE } from '../../src/fixtures';
import { expectConsole } from '../helpers';
import { messageAt } from '../messages';
import { renderUI } from '../render';
import { dataState } from '../../src/internal/dataState';

afterEach(cleanup);

describe('HealthBadge', () => {
  it.each(HEALTH_BADGE_STATE_NAMES)('state %s shows its catalog label, an icon and its tone', (state) => {
    const { container } = renderUI(<HealthBadge state={state} />);
    const badge = container.querySelector('[data-slot="health-badge"]')!;
    expect(badge).toHaveAttribute('data-state', dataState(state));
    expect(badge).toHaveAttribute('data-tone', HEALTH_BADGE_STATES[state].tone);
    expect(badge.textContent).toBe(messageAt(HEALTH_BADGE_STATES[state].label, en));
    expect(badge.querySelector('svg[aria-hidden="true"]')).not.toBeNull();
  });

  it('derives the seed 002 status labels of the ten sources', () => {
    const labels = SOURCES.map((source) => {
      cleanup();
      const { container } = renderUI(<HealthBadge source={source} />);
      return container.querySelector('[data-slot="health-badge-label"]')!.textContent;
    });
    expect(labels).toEqual([
      'Connected',
      'Connected',
      'Connected',
      'Connected',
      'Connected (disabled)',
      'Connected',
      'Connected',
      'Permission missing',
      'Disconnected',
      'Disconnected — token expired',
    ]);
  });

  it('describes the badge with the reason and the time it applies, and makes it focusable', () => {
    renderUI(<HealthBadge source={SHOPIFY_FRANCE} view="health" />);
    const button = screen.getByRole('button', { name: 'Warning' });
    expect(button).toHaveAccessibleDescription(/^Schema changed — review required\.\sLast sync: May 3, 2026, 08:00\sAM GMT\+2 \(10 minutes ago\)$/);
    expect(button.closest('[data-slot="tooltip-root"]')!.querySelector('time')).toHaveAttribute('dateTime', '2026-05-03T06:00:00Z');
  });

  it('opens the tooltip on focus and hover; closes it on Escape (the focus staying on the badge), on blur and when the pointer leaves', async () => {
    const user = userEvent.setup();
    renderUI(
      <>
        <HealthBadge source={SHOPIFY_FRANCE} view="health" />
        <button type="button">Next</button>
      </>,
    );
    const badge = screen.getByRole('button', { name: 'Warning' });
    const tooltip = screen.getByRole('tooltip', { hidden: true });
    expect(tooltip).not.toBeVisible();
    await user.tab();
    expect(tooltip).toBeVisible();
    await user.keyboard('{Escape}');
    expect(tooltip).not.toBeVisible();
    expect(badge).toHaveFocus();
    await user.tab();
    await user.tab({ shift: true });
    expect(tooltip).toBeVisible();
    await user.tab();
    expect(tooltip).not.toBeVisible();
    await user.hover(badge);
    expect(tooltip).toBeVisible();
    await user.unhover(badge);
    // Closes after a short grace period (time to move onto the tooltip).
    await waitFor(() => expect(tooltip).not.toBeVisible());
  });

  it('keeps the tooltip open while the pointer moves from the badge onto it, until it leaves both', async () => {
    const user = userEvent.setup();
    renderUI(
      <>
        <HealthBadge source={SHOPIFY_FRANCE} view="health" />
        <p>elsewhere</p>
      </>,
    );
    const tooltip = screen.getByRole('tooltip', { hidden: true });
    await user.hover(screen.getByRole('button'));
    await user.hover(tooltip);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(tooltip).toBeVisible();
    await user.hover(screen.getByText('elsewhere'));
    await waitFor(() => expect(tooltip).not.toBeVisible());
  });

  it('marks a badge that has a tooltip (dotted underline), and only such a badge', () => {
    renderUI(
      <>
        <HealthBadge source={SHOPIFY_FRANCE} view="health" />
        <HealthBadge state="healthy" />
      </>,
    );
    const [withTooltip, without] = [...document.querySelectorAll('[data-slot="health-badge"] [data-slot="health-badge-label"]')];
    expect(withTooltip).toHaveClass('iu:decoration-dotted');
    expect(without).not.toHaveClass('iu:decoration-dotted');
  });

  it('has no button when there is no reason (a healthy source)', () => {
    renderUI(<HealthBadge state="healthy" />);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('reads the health section wording for mapping_unconfirmed (seeds 003/004)', () => {
    renderUI(<HealthBadge source={TIKTOK_ADS_FRANCE} view="health" />);
    expect(screen.getByText('Healthy with info')).toBeInTheDocument();
    expect(screen.getByRole('button')).toHaveAccessibleDescription(/^Mapping unconfirmed — metrics hidden from widgets\./);
  });

  it('renders in French from the fr catalog', () => {
    renderUI(<HealthBadge source={SHOPIFY_ESPAGNE} />, { locale: 'fr' });
    expect(screen.getByText(fr.connection.expired)).toBeInTheDocument();
  });

  it('renders an unknown status as a neutral Unknown badge with the raw code, and warns once in development', () => {
    expectConsole(/connectionStatus: unknown status "SUSPENDED"/);
    const { container } = renderUI(<HealthBadge source={makeSource({ connectionStatus: 'SUSPENDED' as never })} />);
    const badge = container.querySelector('[data-slot="health-badge"]')!;
    expect(badge).toHaveAttribute('data-state', 'unknown');
    expect(badge).toHaveAttribute('data-tone', 'neutral');
    expect(badge).toHaveAttribute('data-raw-code', 'SUSPENDED');
    expect(badge).toHaveTextContent('Unknown (SUSPENDED)');
  });

  it('renders an unknown explicit state without crashing', () => {
    expectConsole(/HealthBadge state: unknown state "bogus"/);
    renderUI(<HealthBadge state="bogus" />);
    expect(screen.getByText('Unknown (bogus)')).toBeInTheDocument();
  });

  it('merges className onto the root', () => {
    const { container } = renderUI(<HealthBadge state="healthy" className="ml-4" />);
    expect(container.querySelector('[data-slot="health-badge"]')).toHaveClass('ml-4', 'iu:rounded-full');
  });

  it('does not guess the health without a clock', () => {
    expectConsole(/health view needs `now`/);
    expect(stateOfSource(SHOPIFY_FRANCE, 'health', undefined)).toBe('unknown');
    expect(stateOfSource(SHOPIFY_FRANCE, 'health', FIXTURE_NOW)).toBe('warning');
  });
});
