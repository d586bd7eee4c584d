import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DATA_QUALITY_TABLE_ROW_STATES, DataQualityTable } from '../../src/components/DataQualityTable';
import { DATA_QUALITY_CODES, DATA_QUALITY_SEVERITY, deriveAllQualityFlags, SEVERITIES, type DataQualityFlag } from '../../src/domain';
import { en } from '../../src/i18n';
import { fr } from '../../src/locales/fr';
import { FIXTURE_NOW, SOURCES } from '../../src/fixtures';
import { expectConsole } from '../helpers';
import { renderUI } from '../render';
import { dataState } from '../../src/internal/dataState';

afterEach(cleanup);

const SEED_FLAGS = deriveAllQualityFlags(SOURCES, FIXTURE_NOW);

/** Seed 002, "Data Quality Alerts" table. */
const SEED_ROWS = [
  ['warning', 'schema_changed', 'Schema changed — review required.'],
  ['info', 'mapping_unconfirmed', 'Field mapping unconfirmed — metrics hidden from widgets.'],
  ['warning', 'source_stale', 'Data may be outdated — last successful sync exceeds the freshness window'],
  ['critical', 'permission_missing', 'Missing permission/scope — cannot sync fully.'],
  ['critical', 'source_disconnected', 'Source disconnected.'],
  ['critical', 'source_expired', 'Source disconnected — token expired. Reconnect required.'],
];

const rowEls = (container: HTMLElement) => [...container.querySelectorAll<HTMLElement>('[data-slot="data-quality-table-row"]')];
const cellsOf = (row: HTMLElement) =>
  [...row.querySelectorAll('td')].map((td) => {
    const copy = td.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('[hidden]').forEach((n) => n.remove());
    return copy.textContent;
  });

/** One flag per severity, from the catalogue's code → severity table. */
const ONE_PER_SEVERITY: DataQualityFlag[] = SEVERITIES.map((severity) => {
  const code = DATA_QUALITY_CODES.find((c) => DATA_QUALITY_SEVERITY[c] === severity)!;
  return { code, severity, sourceId: 'x' };
});

describe('DataQualityTable', () => {
  it('deriveAllQualityFlags gives seed 002 six flags in the seed order', () => {
    expect(SEED_FLAGS.map((f) => [f.severity, f.code])).toEqual(SEED_ROWS.map(([severity, code]) => [severity, code]));
  });

  it('reproduces seed 002 "Data Quality — open flags": title, marker, columns and rows verbatim', () => {
    const { container } = renderUI(<DataQualityTable flags={SEED_FLAGS} outdated />);
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent(/^Data Quality — open flagsData may be outdated$/);
    const table = screen.getByRole('table', { name: 'Data Quality — open flags' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Severity', 'Code', 'Message']);
    expect(rowEls(container).map(cellsOf)).toEqual(SEED_ROWS);
  });

  it.each(ONE_PER_SEVERITY.map((f) => [f.severity, f] as const))(
    'severity %s: lowercase code verbatim, icon, tone, localized label as description',
    (severity, flag) => {
      const { container } = renderUI(<DataQualityTable flags={[flag]} />);
      const row = rowEls(container)[0]!;
      expect(row).toHaveAttribute('data-state', dataState(severity));
      const chip = row.querySelector('[data-slot="data-quality-table-severity"]')!;
      expect(chip.textContent).toBe(severity);
      expect(chip).toHaveAttribute('data-tone', DATA_QUALITY_TABLE_ROW_STATES[severity].tone);
      expect(chip.querySelector(`svg[aria-hidden="true"][data-icon="${DATA_QUALITY_TABLE_ROW_STATES[severity].icon}"]`)).not.toBeNull();
      expect(chip.closest('td')).toHaveAccessibleDescription(en.severity[severity]);
      expect(row.querySelector('[data-slot="data-quality-table-message"]')!.textContent).toBe(en.flags[flag.code]);
    },
  );

  it('keeps the given order (no re-sorting by severity)', () => {
    const reversed = [...SEED_FLAGS].reverse();
    const { container } = renderUI(<DataQualityTable flags={reversed} />);
    expect(rowEls(container).map((row) => row.dataset.code)).toEqual(reversed.map((f) => f.code));
  });

  it('has no marker by default (outdated defaults to false)', () => {
    renderUI(<DataQualityTable flags={SEED_FLAGS} />);
    expect(screen.queryByText('Data may be outdated')).toBeNull();
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent(/^Data Quality — open flags$/);
  });

  it('shows "No data quality alert" when there is no flag', () => {
    const { container } = renderUI(<DataQualityTable flags={[]} />);
    expect(container.querySelector('[data-slot="data-quality-table"]')).toHaveAttribute('data-state', 'empty');
    expect(screen.getByText('No data quality alert')).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('renders an unknown code as an Unknown row with the raw code, and warns', () => {
    expectConsole(/DataQualityTable flags\[0\]\.code: unknown code "quota_exceeded"/);
    const { container } = renderUI(<DataQualityTable flags={[{ code: 'quota_exceeded', severity: 'warning' }]} />);
    const row = rowEls(container)[0]!;
    expect(row).toHaveAttribute('data-state', 'unknown');
    expect(row).toHaveAttribute('data-raw-code', 'quota_exceeded');
    expect(cellsOf(row)).toEqual(['warning', 'Unknown (quota_exceeded)', en.dataQuality.unknownFlag]);
  });

  it('renders an unknown severity as Unknown with the raw value (neutral), keeping the message', () => {
    expectConsole(/DataQualityTable flags\[0\]\.severity: unknown severity "urgent"/);
    const { container } = renderUI(<DataQualityTable flags={[{ code: 'source_stale', severity: 'urgent' }]} />);
    const row = rowEls(container)[0]!;
    expect(row).toHaveAttribute('data-state', 'unknown');
    const chip = row.querySelector('[data-slot="data-quality-table-severity"]')!;
    expect(chip).toHaveAttribute('data-tone', 'neutral');
    expect(cellsOf(row)).toEqual(['Unknown (urgent)', 'source_stale', en.flags.source_stale]);
  });

  it('survives a non-object flag and a non-array list', () => {
    expectConsole(/DataQualityTable flags\[1\]: expected a flag/, /DataQualityTable flags: expected an array/);
    const { container } = renderUI(<DataQualityTable flags={[SEED_FLAGS[0]!, null as never]} />);
    expect(cellsOf(rowEls(container)[1]!)).toEqual(['Unknown', 'Unknown', en.dataQuality.unknownFlag]);
    cleanup();
    renderUI(<DataQualityTable flags={'nope' as never} />);
    expect(screen.getByText('No data quality alert')).toBeInTheDocument();
  });

  it('renders in French: headers and messages translated, codes and severities verbatim', () => {
    const { container } = renderUI(<DataQualityTable flags={SEED_FLAGS} outdated />, { locale: 'fr' });
    expect(screen.getByRole('table', { name: fr.dataQuality.openFlags })).toBeInTheDocument();
    expect(screen.getByText(fr.common.dataMayBeOutdated)).toBeInTheDocument();
    const first = rowEls(container)[0]!;
    expect(cellsOf(first)).toEqual(['warning', 'schema_changed', fr.flags.schema_changed]);
    expect(first.querySelector('td')).toHaveAccessibleDescription(fr.severity.warning);
  });

  it('takes the heading level and merges className', () => {
    const { container } = renderUI(<DataQualityTable flags={SEED_FLAGS} headingLevel={2} className="mt-4" />);
    expect(screen.getByRole('heading', { level: 2 })).toBeInTheDocument();
    expect(container.querySelector('[data-slot="data-quality-table"]')).toHaveClass('mt-4', 'iu:flex');
  });
});
