import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SOURCE_HEALTH_PANEL_STATES, SourceHealthPanel, type SourceHealthPanelState } from '../../src/components/SourceHealthPanel';
import type { SourceConnection } from '../../src/domain';
import { fr } from '../../src/locales/fr';
import { makeSource, SHOPIFY_ESPAGNE, SHOPIFY_FRANCE, SHOPIFY_SUISSE, TIKTOK_ADS_FRANCE } from '../../src/fixtures';
import { expectConsole } from '../helpers';
import { renderUI } from '../render';
import { dataState } from '../../src/internal/dataState';

afterEach(cleanup);

const root = (container: HTMLElement) => container.querySelector<HTMLElement>('[data-slot="source-health-panel"]')!;
const statusLine = (container: HTMLElement) => container.querySelector('[data-slot="source-health-panel-status-line"]')!.textContent;
const reasons = (container: HTMLElement) => [...container.querySelectorAll('[data-slot="source-health-panel-reason"]')].map((li) => li.textContent);

const SOURCE_OF_STATE = {
  healthy: SHOPIFY_SUISSE,
  healthyWithInfo: TIKTOK_ADS_FRANCE,
  warning: SHOPIFY_FRANCE,
  critical: SHOPIFY_ESPAGNE,
} satisfies Record<Exclude<SourceHealthPanelState, 'unknown'>, SourceConnection>;

describe('SourceHealthPanel', () => {
  it('reproduces seed 001 (Shopify Suisse): healthy, no issue', () => {
    const { container } = renderUI(<SourceHealthPanel source={SHOPIFY_SUISSE} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Health' })).toBeInTheDocument();
    expect(screen.getByText('Post-connection review (preview).')).toBeInTheDocument();
    expect(statusLine(container)).toBe('Status: healthy');
    expect(screen.getByText('No issue')).toBeInTheDocument();
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('reproduces seeds 003/004 (TikTok Ads France): healthy with the mapping_unconfirmed chip and the health wording', () => {
    const { container } = renderUI(<SourceHealthPanel source={TIKTOK_ADS_FRANCE} />);
    expect(statusLine(container)).toBe('Status: healthymapping_unconfirmed');
    expect(reasons(container)).toEqual(['mapping_unconfirmedMapping unconfirmed — metrics hidden from widgets.']);
    expect(screen.queryByText('No issue')).toBeNull();
    expect(within(screen.getByRole('list', { name: 'Health' })).getAllByRole('listitem')).toHaveLength(1);
  });

  it('reproduces seed 000 in the preview variant (Shopify France)', () => {
    const { container } = renderUI(<SourceHealthPanel source={SHOPIFY_FRANCE} variant="preview" headingLevel={3} />);
    expect(screen.getByRole('heading', { level: 3, name: 'Source health (post-connection review preview)' })).toBeInTheDocument();
    expect(screen.queryByText('Post-connection review (preview).')).toBeNull();
    expect(statusLine(container)).toBe('Status: warningschema_changed');
    expect(reasons(container)).toEqual(['schema_changedSchema changed — review required.']);
    expect(root(container)).toHaveAttribute('data-variant', 'preview');
  });

  it.each(Object.entries(SOURCE_OF_STATE))('state %s: status code, tone and icon', (state, source) => {
    const { container } = renderUI(<SourceHealthPanel source={source} />);
    const spec = SOURCE_HEALTH_PANEL_STATES[state as SourceHealthPanelState];
    expect(root(container)).toHaveAttribute('data-state', dataState(state));
    const status = container.querySelector('[data-slot="source-health-panel-status"]')!;
    expect(status).toHaveAttribute('data-tone', spec.tone);
    expect(status).toHaveTextContent(`Status: ${spec.status}`);
    expect(status.querySelector('svg[aria-hidden="true"]')).toHaveAttribute('data-icon', spec.icon);
  });

  it('lists every critical reason with its flag message (Shopify Espagne)', () => {
    const { container } = renderUI(<SourceHealthPanel source={SHOPIFY_ESPAGNE} />);
    expect(statusLine(container)).toBe('Status: criticalsource_expired');
    expect(reasons(container)).toEqual(['source_expiredSource disconnected — token expired. Reconnect required.']);
  });

  it('keeps codes verbatim in French, with the French messages', () => {
    const { container } = renderUI(<SourceHealthPanel source={TIKTOK_ADS_FRANCE} />, { locale: 'fr' });
    expect(screen.getByRole('heading', { name: fr.health.title })).toBeInTheDocument();
    expect(statusLine(container)).toBe('Statut : healthymapping_unconfirmed');
    expect(reasons(container)).toEqual([`mapping_unconfirmed${fr.healthReasons.mapping_unconfirmed}`]);
  });

  it('renders an unknown connection status as Unknown with the raw code', () => {
    expectConsole(/SourceHealthPanel connectionStatus: unknown status "SUSPENDED"/);
    const { container } = renderUI(<SourceHealthPanel source={makeSource({ connectionStatus: 'SUSPENDED' as never })} />);
    expect(root(container)).toHaveAttribute('data-state', 'unknown');
    expect(root(container)).toHaveAttribute('data-raw-code', 'SUSPENDED');
    expect(statusLine(container)).toBe('Status: Unknown (SUSPENDED)');
  });

  it('does not crash on a missing source', () => {
    expectConsole(/SourceHealthPanel: expected a SourceConnection/);
    const { container } = renderUI(<SourceHealthPanel source={null as never} />);
    expect(statusLine(container)).toBe('Status: Unknown');
  });

  it('does not guess without a clock', () => {
    expectConsole(/health needs `now`/);
    const { container } = renderUI(<SourceHealthPanel source={SHOPIFY_FRANCE} />, { now: undefined });
    expect(root(container)).toHaveAttribute('data-state', 'unknown');
  });

  it('falls back to the detail variant on an unknown variant', () => {
    expectConsole(/unknown variant "bogus"/);
    renderUI(<SourceHealthPanel source={SHOPIFY_SUISSE} variant={'bogus' as never} />);
    expect(screen.getByRole('heading', { name: 'Health' })).toBeInTheDocument();
  });

  it('merges className onto the root', () => {
    const { container } = renderUI(<SourceHealthPanel source={SHOPIFY_SUISSE} className="mt-4" />);
    expect(root(container)).toHaveClass('mt-4', 'iu:grid');
  });
});
