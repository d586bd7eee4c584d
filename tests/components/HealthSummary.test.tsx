import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { HEALTH_SUMMARY_METRIC_NAMES, HEALTH_SUMMARY_METRICS, HealthSummary } from '../../src/components/HealthSummary';
import { deriveHealth, summarizeHealth } from '../../src/domain';
import { en } from '../../src/i18n';
import { fr } from '../../src/locales/fr';
import {
  AUTHORIZED_PROFILE_IDS,
  FIXTURE_NOW,
  FOREIGN_SOURCE,
  GA4_FRANCE,
  makeSource,
  PROFILE_FRANCE,
  SHOPIFY_ESPAGNE,
  SHOPIFY_FRANCE,
  SHOPIFY_SUISSE,
  SOURCES,
} from '../../src/fixtures';
import { expectConsole } from '../helpers';
import { messageAt } from '../messages';
import { renderUI } from '../render';

afterEach(cleanup);

/** Seed 002, "Source Health". */
const SEED_ROWS = [
  ['Total sources', '10'],
  ['Connected', '7'],
  ['Expired', '1'],
  ['Permission missing', '1'],
  ['Stale', '1'],
  ['Schema changed', '1'],
  ['Mapping unconfirmed', '1'],
  ['Critical issues', '3'],
];

const rowsOf = (container: HTMLElement) =>
  [...container.querySelectorAll<HTMLElement>('[data-slot="health-summary-row"]')].map((row) => [
    row.querySelector('th')!.textContent,
    row.querySelector('td')!.textContent,
  ]);
const rowOf = (container: HTMLElement, metric: string) => container.querySelector<HTMLElement>(`[data-slot="health-summary-row"][data-metric="${metric}"]`)!;

describe('HealthSummary', () => {
  it('reproduces seed 002 "Source Health": title, marker, columns and the eight rows verbatim', () => {
    const { container } = renderUI(<HealthSummary sources={SOURCES} authorizedProfileIds={AUTHORIZED_PROFILE_IDS} />);
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent(/^Sources — health summaryData may be outdated$/);
    const table = screen.getByRole('table', { name: 'Sources — health summary' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Metric', 'Count']);
    expect(rowsOf(container)).toEqual(SEED_ROWS);
    expect(container.querySelector('[data-slot="health-summary"]')).toHaveAttribute('data-state', 'critical');
  });

  it.each(HEALTH_SUMMARY_METRIC_NAMES)('metric %s: its catalog label and the count of summarizeHealth', (metric) => {
    const { container } = renderUI(<HealthSummary sources={SOURCES} authorizedProfileIds={AUTHORIZED_PROFILE_IDS} />);
    const row = rowOf(container, metric);
    expect(row.querySelector('th')!.textContent).toBe(messageAt(HEALTH_SUMMARY_METRICS[metric].label, en));
    expect(row.querySelector('td')!.textContent).toBe(String(summarizeHealth(SOURCES, FIXTURE_NOW)[metric]));
  });

  it('gives Critical issues above zero the critical tone and icon (never colour alone)', () => {
    const { container } = renderUI(<HealthSummary sources={SOURCES} authorizedProfileIds={AUTHORIZED_PROFILE_IDS} />);
    const alert = rowOf(container, 'critical').querySelector('[data-slot="health-summary-alert"]')!;
    expect(alert).toHaveAttribute('data-tone', 'critical');
    expect(alert.querySelector('svg[aria-hidden="true"][data-icon="octagon"]')).not.toBeNull();
    expect(screen.getByRole('rowheader', { name: 'Critical issues' })).toBeInTheDocument();
  });

  it('all healthy: no critical tone, no marker', () => {
    const healthy = SOURCES.filter((s) => deriveHealth(s, FIXTURE_NOW).codes.length === 0);
    const { container } = renderUI(<HealthSummary sources={healthy} authorizedProfileIds={AUTHORIZED_PROFILE_IDS} />);
    expect(container.querySelector('[data-slot="health-summary"]')).toHaveAttribute('data-state', 'ok');
    expect(container.querySelector('[data-slot="health-summary-alert"]')).toBeNull();
    expect(rowsOf(container)).toEqual([
      ['Total sources', String(healthy.length)],
      ['Connected', String(healthy.length)],
      ['Expired', '0'],
      ['Permission missing', '0'],
      ['Stale', '0'],
      ['Schema changed', '0'],
      ['Mapping unconfirmed', '0'],
      ['Critical issues', '0'],
    ]);
    expect(screen.queryByText('Data may be outdated')).toBeNull();
  });

  it('up to date (every source FRESH) has no marker, whatever the flags', () => {
    renderUI(<HealthSummary sources={[SHOPIFY_FRANCE, GA4_FRANCE, SHOPIFY_SUISSE]} authorizedProfileIds={AUTHORIZED_PROFILE_IDS} />);
    expect(screen.queryByText('Data may be outdated')).toBeNull();
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent(/^Sources — health summary$/);
  });

  it('never counts a source of a foreign profile (anti-leak)', () => {
    const { container } = renderUI(<HealthSummary sources={[...SOURCES, FOREIGN_SOURCE, FOREIGN_SOURCE]} authorizedProfileIds={AUTHORIZED_PROFILE_IDS} />);
    expect(rowsOf(container)).toEqual(SEED_ROWS);
  });

  it('counts only the authorized profiles (France: 5 sources)', () => {
    const { container } = renderUI(<HealthSummary sources={SOURCES} authorizedProfileIds={[PROFILE_FRANCE.id]} />);
    expect(rowOf(container, 'total').querySelector('td')!.textContent).toBe('5');
    expect(rowOf(container, 'critical').querySelector('td')!.textContent).toBe('0');
  });

  it('fails closed: no authorized profile counts nothing', () => {
    expectConsole(/HealthSummary: `authorizedProfileIds` is required/);
    renderUI(<HealthSummary sources={SOURCES} authorizedProfileIds={null as never} />);
    expect(screen.getByText('No source to summarize.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('shows the empty state when there is no source', () => {
    const { container } = renderUI(<HealthSummary sources={[]} authorizedProfileIds={AUTHORIZED_PROFILE_IDS} />);
    expect(container.querySelector('[data-slot="health-summary"]')).toHaveAttribute('data-state', 'empty');
    expect(screen.getByText('No source to summarize.')).toBeInTheDocument();
    expect(screen.queryByText('Data may be outdated')).toBeNull();
  });

  it('formats counts for the locale', () => {
    const many = Array.from({ length: 1200 }, (_, i) => makeSource({ id: `s-${i}` }));
    const { container } = renderUI(<HealthSummary sources={many} authorizedProfileIds={[PROFILE_FRANCE.id]} />);
    expect(rowOf(container, 'total').querySelector('td')!.textContent).toBe('1,200');
    cleanup();
    const french = renderUI(<HealthSummary sources={many} authorizedProfileIds={[PROFILE_FRANCE.id]} />, { locale: 'fr' });
    expect(rowOf(french.container, 'total').querySelector('td')!.textContent).toMatch(/^1\s200$/);
  });

  it('renders in French from the fr catalog', () => {
    renderUI(<HealthSummary sources={SOURCES} authorizedProfileIds={AUTHORIZED_PROFILE_IDS} />, { locale: 'fr' });
    expect(screen.getByRole('table', { name: fr.summary.title })).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: fr.summary.critical })).toBeInTheDocument();
    expect(screen.getByText(fr.common.dataMayBeOutdated)).toBeInTheDocument();
  });

  it('counts an unknown status in the total and in an "Unknown status (CODE)" row, and warns', () => {
    expectConsole(/HealthSummary connectionStatus: unknown status "SUSPENDED"/);
    const { container } = renderUI(
      <HealthSummary sources={[SHOPIFY_FRANCE, makeSource({ connectionStatus: 'SUSPENDED' as never })]} authorizedProfileIds={[PROFILE_FRANCE.id]} />,
    );
    expect(rowOf(container, 'total').querySelector('td')!.textContent).toBe('2');
    const unknown = rowOf(container, 'unknownStatus');
    expect(unknown.querySelector('th')!.textContent).toBe('Unknown status (SUSPENDED)');
    expect(unknown.querySelector('[data-slot="health-summary-alert"]')).toHaveAttribute('data-tone', 'neutral');
    expect(unknown.querySelector('td')!.textContent).toBe('1');
  });

  it('survives sources that are not an array', () => {
    expectConsole(/sources: expected an array/);
    renderUI(<HealthSummary sources={'nope' as never} authorizedProfileIds={AUTHORIZED_PROFILE_IDS} />);
    expect(screen.getByText('No source to summarize.')).toBeInTheDocument();
  });

  it('takes the heading level and merges className', () => {
    const { container } = renderUI(
      <HealthSummary sources={[SHOPIFY_ESPAGNE]} authorizedProfileIds={AUTHORIZED_PROFILE_IDS} headingLevel={4} className="mt-2" />,
    );
    expect(screen.getByRole('heading', { level: 4 })).toHaveTextContent(/^Sources — health summary/);
    expect(container.querySelector('[data-slot="health-summary"]')).toHaveClass('mt-2', 'iu:flex');
  });
});
