import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DATA_QUALITY_ALERT_STATE_NAMES,
  DATA_QUALITY_ALERT_STATES,
  DataQualityAlert,
  DataQualityAlertList,
  RECOMMENDED_ACTION_BY_CODE,
  stateOfFlag,
  type DataQualityFlagInput,
} from '../../src/components/DataQualityAlert';
import {
  DATA_QUALITY_CODES,
  DATA_QUALITY_SEVERITY,
  deriveAllQualityFlags,
  deriveCredentialFlags,
  deriveQualityFlags,
  SEVERITIES,
  type DataQualityCode,
  type DataQualityFlag,
} from '../../src/domain';
import { en } from '../../src/i18n';
import { fr } from '../../src/locales/fr';
import { FIXTURE_NOW, GA4_FRANCE, SHOPIFY_FRANCE, SHOPIFY_SUISSE, SHOPIFY_SUISSE_CREDENTIALS, SOURCES, TIKTOK_ADS_FRANCE } from '../../src/fixtures';
import { expectConsole } from '../helpers';
import { messageAt } from '../messages';
import { renderUI } from '../render';
import { dataState } from '../../src/internal/dataState';

afterEach(cleanup);

const SEED_002_FLAGS = deriveAllQualityFlags(SOURCES, FIXTURE_NOW);
const ALL_FLAGS: DataQualityFlag[] = [...SEED_002_FLAGS, ...deriveCredentialFlags(SHOPIFY_SUISSE_CREDENTIALS)];
const flagOf = (code: DataQualityCode) => ALL_FLAGS.find((f) => f.code === code)!;
const UNKNOWN_CODE: DataQualityFlagInput = { ...flagOf('schema_changed'), code: 'schema_renamed' };
const UNKNOWN_SEVERITY: DataQualityFlagInput = { ...flagOf('schema_changed'), severity: 'fatal' };

const alertOf = (container: HTMLElement) => container.querySelector<HTMLElement>('[data-slot="data-quality-alert"]')!;

describe('DataQualityAlert', () => {
  it('the fixtures derive every code of DOMAIN.md (so each state and code is exercised below)', () => {
    expect(new Set(ALL_FLAGS.map((f) => f.code))).toEqual(new Set(DATA_QUALITY_CODES));
  });

  it.each(SEVERITIES)('severity %s shows its catalog label, an icon, its tone, and is announced only when critical or blocking', (severity) => {
    const flag = ALL_FLAGS.find((f) => f.severity === severity)!;
    const spec = DATA_QUALITY_ALERT_STATES[severity];
    const { container } = renderUI(<DataQualityAlert flag={flag} />);
    const alert = alertOf(container);
    expect(alert).toHaveAttribute('data-state', dataState(severity));
    expect(alert).toHaveAttribute('data-tone', spec.tone);
    expect(alert.querySelector('[data-slot="data-quality-alert-severity"]')!.textContent).toBe(messageAt(spec.label, en));
    expect(alert.querySelector(`svg[data-icon="${spec.icon}"][aria-hidden="true"]`)).not.toBeNull();
    if (severity === 'critical' || severity === 'blocking') {
      expect(screen.getByRole('alert')).toBe(alert);
    } else {
      expect(screen.queryByRole('alert')).toBeNull();
      expect(screen.queryByRole('status')).toBeNull();
      expect(alert).not.toHaveAttribute('aria-live');
    }
  });

  it('the state table announces exactly critical and blocking', () => {
    expect(DATA_QUALITY_ALERT_STATE_NAMES.filter((state) => DATA_QUALITY_ALERT_STATES[state].announce)).toEqual(['critical', 'blocking']);
  });

  it.each(DATA_QUALITY_CODES)('code %s shows its severity, the code and the catalog message', (code) => {
    const { container } = renderUI(<DataQualityAlert flag={flagOf(code)} />);
    const alert = alertOf(container);
    expect(alert).toHaveAttribute('data-code', code);
    expect(alert).toHaveAttribute('data-state', dataState(DATA_QUALITY_SEVERITY[code]));
    expect(alert.querySelector('[data-slot="data-quality-alert-code"]')!.textContent).toBe(code);
    expect(alert.querySelector('[data-slot="data-quality-alert-message"]')!.textContent).toBe(en.flags[code]);
  });

  it.each(DATA_QUALITY_CODES)('code %s can show its preview-only recommended action', (code) => {
    const { container } = renderUI(<DataQualityAlert flag={flagOf(code)} recommendedAction />);
    expect(container.querySelector('[data-slot="data-quality-alert-recommended-action"]')!.textContent).toBe(
      `${en.dataQuality.recommendedActions} ${en.dataQuality.recommended[RECOMMENDED_ACTION_BY_CODE[code]]}`,
    );
    expect(screen.queryByRole('button')).toBeNull();
  });

  it("reproduces seed 000's data quality preview for Shopify France", () => {
    const [flag] = deriveQualityFlags(SHOPIFY_FRANCE, FIXTURE_NOW);
    const { container } = renderUI(<DataQualityAlert flag={flag!} recommendedAction />);
    const alert = alertOf(container);
    expect(alert).toHaveTextContent(/^Warning\s*schema_changedSchema changed — review required\./);
    expect(alert).toHaveTextContent('Recommended actions (preview): Run field mapping check (preview)');
    // The seed shows WARNING: upper case is presentation, the text stays readable.
    expect(alert.querySelector('[data-slot="data-quality-alert-severity"]')).toHaveClass('iu:uppercase');
  });

  it('shows no recommended action unless asked, and a specific one when given', () => {
    const { container, rerender } = renderUI(<DataQualityAlert flag={flagOf('source_stale')} />);
    expect(container.querySelector('[data-slot="data-quality-alert-recommended-action"]')).toBeNull();
    rerender(<DataQualityAlert flag={flagOf('source_stale')} recommendedAction="reconnect" />);
    expect(screen.getByText(en.dataQuality.recommended.reconnect)).toBeInTheDocument();
  });

  it('names the source when given, and can hide the code (seed 002 flat list)', () => {
    const { container } = renderUI(<DataQualityAlert flag={flagOf('schema_changed')} sourceName={SHOPIFY_FRANCE.name} showCode={false} />);
    expect(screen.getByText('Source: Shopify France')).toBeInTheDocument();
    expect(container.querySelector('[data-slot="data-quality-alert-code"]')).toBeNull();
  });

  it('renders credential_missing in French as seed 001 shows it', () => {
    const [flag] = deriveCredentialFlags(SHOPIFY_SUISSE_CREDENTIALS);
    renderUI(<DataQualityAlert flag={flag!} sourceName={SHOPIFY_SUISSE.name} />, { locale: 'fr' });
    expect(screen.getByText('Identifiants Shopify non configurés.')).toBeInTheDocument();
    expect(screen.getByText(fr.severity.blocking)).toBeInTheDocument();
    expect(screen.getByText('Source : Shopify Suisse')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveAttribute('data-code', 'credential_missing');
  });

  it('renders an unknown code as a neutral, unannounced Unknown alert with the raw code, and warns', () => {
    expectConsole(/DataQualityAlert: unknown code "schema_renamed"/);
    const { container } = renderUI(<DataQualityAlert flag={UNKNOWN_CODE} recommendedAction />);
    const alert = alertOf(container);
    expect(alert).toHaveAttribute('data-state', 'unknown');
    expect(alert).toHaveAttribute('data-tone', 'neutral');
    expect(alert).toHaveAttribute('data-raw-code', 'schema_renamed');
    expect(alert.querySelector('[data-slot="data-quality-alert-severity"]')!.textContent).toBe('Unknown');
    expect(alert.querySelector('[data-slot="data-quality-alert-code"]')!.textContent).toBe('schema_renamed');
    expect(alert.querySelector('[data-slot="data-quality-alert-message"]')!.textContent).toBe(en.dataQuality.unknownFlag);
    expect(container.querySelector('[data-slot="data-quality-alert-recommended-action"]')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows the raw code of an unknown flag even with showCode off', () => {
    expectConsole(/unknown code "schema_renamed"/);
    const { container } = renderUI(<DataQualityAlert flag={UNKNOWN_CODE} showCode={false} />);
    expect(container.querySelector('[data-slot="data-quality-alert-code"]')!.textContent).toBe('schema_renamed');
  });

  it('renders a known code with an unknown severity as Unknown (raw severity), keeping its message', () => {
    expectConsole(/DataQualityAlert: unknown severity "fatal" for code "schema_changed"/);
    const { container } = renderUI(<DataQualityAlert flag={UNKNOWN_SEVERITY} />);
    const alert = alertOf(container);
    expect(alert).toHaveAttribute('data-state', 'unknown');
    expect(alert).toHaveAttribute('data-raw-severity', 'fatal');
    expect(alert.querySelector('[data-slot="data-quality-alert-severity"]')!.textContent).toBe('Unknown (fatal)');
    expect(alert.querySelector('[data-slot="data-quality-alert-message"]')!.textContent).toBe(en.flags.schema_changed);
  });

  it('does not crash on a missing flag or an unknown recommended action', () => {
    expectConsole(/expected a flag/, /unknown recommendedAction "teleport"/);
    const { container } = renderUI(
      <>
        <DataQualityAlert flag={null as never} />
        <DataQualityAlert flag={flagOf('schema_changed')} recommendedAction={'teleport' as never} />
      </>,
    );
    const [first, second] = container.querySelectorAll('[data-slot="data-quality-alert"]');
    expect(first).toHaveAttribute('data-state', 'unknown');
    expect(first!.querySelector('[data-slot="data-quality-alert-code"]')!.textContent).toBe(en.common.none);
    expect(second!.querySelector('[data-slot="data-quality-alert-recommended-action"]')).toBeNull();
  });

  it('stateOfFlag maps known flags to their severity and anything else to unknown', () => {
    expect(stateOfFlag(flagOf('source_expired'))).toBe('critical');
    expect(stateOfFlag(UNKNOWN_CODE)).toBe('unknown');
    expect(stateOfFlag(UNKNOWN_SEVERITY)).toBe('unknown');
    expect(stateOfFlag(undefined)).toBe('unknown');
  });

  it('merges className and forwards the ref to the root', () => {
    let node: HTMLDivElement | null = null;
    const { container } = renderUI(<DataQualityAlert ref={(el) => void (node = el)} flag={flagOf('schema_changed')} className="mt-4" />);
    expect(alertOf(container)).toHaveClass('mt-4', 'iu:rounded-ui');
    expect(node).toBe(alertOf(container));
  });
});

describe('DataQualityAlertList', () => {
  const groupsOf = (container: HTMLElement) => [...container.querySelectorAll<HTMLElement>('[data-slot="data-quality-alert-list-group"]')];

  it('groups seed 002 flags by severity, most severe first, always showing every severity with its count', () => {
    const { container } = renderUI(<DataQualityAlertList flags={SEED_002_FLAGS} sources={SOURCES} />);
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Critical (3)', 'Blocking (0)', 'Warning (2)', 'Info (1)']);
    const codes = groupsOf(container).map((g) => [...g.querySelectorAll('[data-slot="data-quality-alert"]')].map((a) => a.getAttribute('data-code')));
    expect(codes).toEqual([['permission_missing', 'source_disconnected', 'source_expired'], [], ['schema_changed', 'source_stale'], ['mapping_unconfirmed']]);
    expect(within(groupsOf(container)[1]!).getByText(en.dataQuality.groupEmpty)).toBeInTheDocument();
    // Nothing is hidden: every flag is in the document and visible.
    expect(container.querySelectorAll('[data-slot="data-quality-alert"]')).toHaveLength(SEED_002_FLAGS.length);
    for (const flag of SEED_002_FLAGS) expect(screen.getByText(en.flags[flag.code])).toBeVisible();
    expect(screen.getAllByRole('alert')).toHaveLength(3);
  });

  it.each(SEVERITIES)('keeps the %s group even when only another severity has flags', (severity) => {
    const other = ALL_FLAGS.filter((f) => f.severity !== severity);
    const { container } = renderUI(<DataQualityAlertList flags={other} />);
    const group = container.querySelector(`[data-slot="data-quality-alert-list-group"][data-severity="${severity}"]`)!;
    expect(group).toHaveAttribute('data-count', '0');
    expect(group).toHaveTextContent(`${messageAt(DATA_QUALITY_ALERT_STATES[severity].label, en) as string} (0)`);
  });

  it('labels each group list by its heading and resolves source names', () => {
    renderUI(<DataQualityAlertList flags={ALL_FLAGS} sources={SOURCES} headingLevel={2} />);
    const list = screen.getByRole('list', { name: 'Blocking (1)' });
    expect(within(list).getByText('Source: Shopify Suisse')).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(SEVERITIES.length);
  });

  it('lists flags in the given order when not grouped (seed 002)', () => {
    const { container } = renderUI(<DataQualityAlertList flags={SEED_002_FLAGS} grouped={false} showCode={false} />);
    expect(screen.queryByRole('heading')).toBeNull();
    expect([...container.querySelectorAll('[data-slot="data-quality-alert-message"]')].map((m) => m.textContent)).toEqual(
      SEED_002_FLAGS.map((f) => en.flags[f.code]),
    );
    expect([...container.querySelectorAll('[data-slot="data-quality-alert-severity"]')].map((s) => s.textContent)).toEqual(
      SEED_002_FLAGS.map((f) => messageAt(`severity.${f.severity}`, en)),
    );
  });

  it('says "No data quality alert" when there is no flag (seed 001)', () => {
    const { container } = renderUI(<DataQualityAlertList flags={deriveQualityFlags(GA4_FRANCE, FIXTURE_NOW)} />);
    expect(screen.getByText('No data quality alert')).toBeInTheDocument();
    expect(container.querySelector('[data-slot="data-quality-alert-list"]')).toHaveAttribute('data-state', 'empty');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('renders in French', () => {
    renderUI(<DataQualityAlertList flags={deriveQualityFlags(TIKTOK_ADS_FRANCE, FIXTURE_NOW)} />, { locale: 'fr' });
    expect(screen.getByRole('heading', { name: `${fr.severity.info} (1)` })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: `${fr.severity.critical} (0)` })).toBeInTheDocument();
    expect(screen.getByText(fr.flags.mapping_unconfirmed)).toBeInTheDocument();
    cleanup();
    renderUI(<DataQualityAlertList flags={[]} />, { locale: 'fr' });
    expect(screen.getByText(fr.dataQuality.noAlerts)).toBeInTheDocument();
  });

  it('puts unrecognised flags in a trailing Unknown group instead of dropping them', () => {
    expectConsole(/unknown code "schema_renamed"/, /unknown severity "fatal"/);
    const { container } = renderUI(<DataQualityAlertList flags={[UNKNOWN_CODE, ...SEED_002_FLAGS, UNKNOWN_SEVERITY]} />);
    const groups = groupsOf(container);
    expect(groups.map((g) => g.dataset.severity)).toEqual([...SEVERITIES, 'unknown']);
    expect(groups.at(-1)).toHaveAttribute('data-count', '2');
    expect(screen.getByRole('heading', { name: 'Unknown (2)' })).toBeInTheDocument();
  });

  it('survives a non-array flags prop and a flag whose source is not among `sources`', () => {
    expectConsole(/flags must be an array/, /no source with id "shopify-fr" among `sources`/);
    renderUI(<DataQualityAlertList flags={'oops' as never} />);
    expect(screen.getByText('No data quality alert')).toBeInTheDocument();
    cleanup();
    renderUI(<DataQualityAlertList flags={deriveQualityFlags(SHOPIFY_FRANCE, FIXTURE_NOW)} sources={[GA4_FRANCE]} />);
    expect(screen.getByText(en.flags.schema_changed)).toBeInTheDocument();
    expect(screen.queryByText(/^Source:/)).toBeNull();
  });
});
