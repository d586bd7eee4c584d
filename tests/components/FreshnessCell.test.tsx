import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  FRESHNESS_CELL_LAYOUT_NAMES,
  FRESHNESS_CELL_STATE_NAMES,
  FRESHNESS_CELL_STATES,
  FreshnessCell,
  freshnessOfSource,
} from '../../src/components/FreshnessCell';
import { deriveFreshness } from '../../src/domain';
import { en } from '../../src/i18n';
import { fr } from '../../src/locales/fr';
import {
  FIXTURE_NOW,
  GA4_SUISSE,
  GOOGLE_ADS_SUISSE,
  makeSource,
  PROFILE_FRANCE,
  PROFILE_SUISSE,
  PROFILES,
  SHOPIFY_FRANCE,
  SHOPIFY_SUISSE,
  SOURCES,
  TIKTOK_ADS_FRANCE,
} from '../../src/fixtures';
import { expectConsole } from '../helpers';
import { renderUI } from '../render';
import { dataState } from '../../src/internal/dataState';

afterEach(cleanup);

const cellOf = (container: HTMLElement) => container.querySelector('[data-slot="freshness-cell"]')!;
const sampleOf = (state: string) => SOURCES.find((s) => deriveFreshness(s, FIXTURE_NOW) === state)!;
const profileOf = (profileId: string) => PROFILES.find((p) => p.id === profileId)!;

describe('FreshnessCell', () => {
  it.each(FRESHNESS_CELL_STATE_NAMES)('state %s shows its catalog label, an icon and its tone', (state) => {
    const source = sampleOf(state);
    const { container } = renderUI(<FreshnessCell source={source} profile={profileOf(source.profileId)} />);
    const cell = cellOf(container);
    expect(cell).toHaveAttribute('data-state', dataState(state));
    const label = cell.querySelector('[data-slot="freshness-cell-label"]')!;
    expect(label).toHaveAttribute('data-tone', FRESHNESS_CELL_STATES[state].tone);
    expect(label.textContent).toBe(en.freshness[state]);
    expect(label.querySelector(`svg[aria-hidden="true"][data-icon="${FRESHNESS_CELL_STATES[state].icon}"]`)).not.toBeNull();
  });

  it('reproduces the freshness column of seed 002 for the ten sources', () => {
    const states = SOURCES.map((source) => {
      cleanup();
      const { container } = renderUI(<FreshnessCell source={source} profile={profileOf(source.profileId)} />);
      return cellOf(container).querySelector('[data-slot="freshness-cell-label"]')!.textContent;
    });
    expect(states).toEqual(['Fresh', 'Fresh', 'Fresh', 'Fresh', 'Unknown', 'Fresh', 'Stale', 'Missing', 'Missing', 'Missing']);
  });

  it('shows the age for the eye and the absolute time in a <time dateTime>, on hover and for screen readers', () => {
    renderUI(<FreshnessCell source={GA4_SUISSE} profile={PROFILE_SUISSE} />);
    const time = screen.getByText('3 days ago');
    expect(time.tagName).toBe('TIME');
    expect(time).toHaveAttribute('dateTime', '2026-04-30T05:30:00Z');
    expect(time.title).toMatch(/^Apr 30, 2026, 07:30\sAM GMT\+2 \(Europe\/Zurich\)$/);
    // Not printed, but read: the visually hidden copy of the absolute time.
    const hidden = time.parentElement!.querySelector('[data-slot="visually-hidden"]')!;
    expect(hidden).toHaveClass('iu:sr-only');
    expect(hidden.textContent).toContain(time.title);
  });

  it.each(PROFILES.map((p) => [p.timeZone, p] as const))('prints the absolute time in the profile time zone %s', (timeZone, profile) => {
    const source = { ...SHOPIFY_FRANCE, profileId: profile.id };
    const { container } = renderUI(<FreshnessCell source={source} profile={profile} showAbsolute />, { timeZone: 'UTC' });
    const absolute = container.querySelector('[data-slot="freshness-cell-absolute"]')!;
    expect(absolute.textContent).toMatch(new RegExp(`May 3, 2026, 08:00\\sAM GMT\\+2 \\(${timeZone.replace('/', '\\/')}\\)$`));
  });

  it('converts to a zone with another offset (timeZone overrides the profile)', () => {
    renderUI(<FreshnessCell source={SHOPIFY_FRANCE} profile={PROFILE_FRANCE} timeZone="America/New_York" showAbsolute />);
    expect(screen.getByText('10 minutes ago')).toHaveAttribute('title', expect.stringMatching(/^May 3, 2026, 02:00\sAM EDT \(America\/New_York\)$/));
  });

  it("falls back to the provider's time zone without a profile", () => {
    renderUI(<FreshnessCell source={SHOPIFY_FRANCE} />, { timeZone: 'UTC' });
    expect(screen.getByText('10 minutes ago').title).toMatch(/06:00\sAM UTC \(UTC\)$/);
  });

  it('gives the freshness window of the platform when stale, and only then', () => {
    renderUI(<FreshnessCell source={GA4_SUISSE} profile={PROFILE_SUISSE} />);
    expect(screen.getByText('Freshness window: 48 h')).toBeInTheDocument();
    cleanup();
    // A Shopify source two days old: Shopify's window is 24 h.
    renderUI(<FreshnessCell source={{ ...SHOPIFY_SUISSE, lastSuccessfulSyncAt: GA4_SUISSE.lastSuccessfulSyncAt }} profile={PROFILE_SUISSE} />);
    expect(screen.getByText('Freshness window: 24 h')).toBeInTheDocument();
    cleanup();
    renderUI(<FreshnessCell source={SHOPIFY_FRANCE} profile={PROFILE_FRANCE} />);
    expect(document.querySelector('[data-slot="freshness-cell-window"]')).toBeNull();
    expect(screen.queryByText(/Freshness window/)).toBeNull();
  });

  it('says why there is no time: never synced (MISSING) or disabled (UNKNOWN)', () => {
    renderUI(<FreshnessCell source={GOOGLE_ADS_SUISSE} profile={PROFILE_SUISSE} />);
    expect(screen.getByText(en.freshness.neverSynced)).toBeInTheDocument();
    expect(document.querySelector('time')).toBeNull();
    cleanup();
    const { container } = renderUI(<FreshnessCell source={TIKTOK_ADS_FRANCE} profile={PROFILE_FRANCE} />);
    expect(screen.getByText(en.freshness.disabled)).toBeInTheDocument();
    expect(cellOf(container)).toHaveAttribute('data-time', 'none');
  });

  it('keeps the last sync of a disabled source visible next to "Source disabled"', () => {
    renderUI(<FreshnessCell source={{ ...SHOPIFY_FRANCE, enabled: false }} profile={PROFILE_FRANCE} />);
    expect(screen.getByText('10 minutes ago')).toBeInTheDocument();
    expect(screen.getByText(/Source disabled/)).toBeInTheDocument();
  });

  it('renders an invalid timestamp as "Invalid date" with the raw value, without crashing', () => {
    expectConsole(/lastSuccessfulSyncAt: expected an ISO-8601 timestamp with a time zone, got "2026-05-03 06:00"/);
    const { container } = renderUI(<FreshnessCell source={makeSource({ lastSuccessfulSyncAt: '2026-05-03 06:00' })} profile={PROFILE_FRANCE} />);
    const cell = cellOf(container);
    expect(cell).toHaveAttribute('data-state', 'unknown');
    expect(cell).toHaveAttribute('data-time', 'invalid');
    expect(cell).toHaveAttribute('data-raw-value', '2026-05-03 06:00');
    const invalid = screen.getByText(en.time.invalidDate);
    expect(invalid).toHaveAttribute('title', 'Raw value: 2026-05-03 06:00');
    expect(cell).toHaveTextContent('Invalid date (Raw value: 2026-05-03 06:00)');
    expect(cell.querySelector('time')).toBeNull();
  });

  it('shows a non-string raw value readably', () => {
    expectConsole(/lastSuccessfulSyncAt: expected an ISO-8601 timestamp/);
    renderUI(<FreshnessCell source={makeSource({ lastSuccessfulSyncAt: { at: 'noon' } as never })} />);
    expect(screen.getByText(en.time.invalidDate)).toHaveAttribute('title', 'Raw value: {"at":"noon"}');
  });

  it('does not call a timestamp in the future fresh', () => {
    expectConsole(/is in the future of now/);
    const { container } = renderUI(<FreshnessCell source={makeSource({ lastSuccessfulSyncAt: '2026-05-03T08:10:00Z' })} />);
    expect(cellOf(container)).toHaveAttribute('data-state', 'unknown');
    expect(screen.getByText('in 2 hours')).toBeInTheDocument();
  });

  it('does not guess the freshness without a clock, and still shows the absolute time', () => {
    expectConsole(/freshness needs `now`/);
    const { container } = render(<FreshnessCell source={SHOPIFY_FRANCE} profile={PROFILE_FRANCE} />);
    expect(cellOf(container)).toHaveAttribute('data-state', 'unknown');
    expect(container.querySelector('time')!.textContent).toMatch(/^May 3, 2026, 08:00\sAM GMT\+2 \(Europe\/Paris\)$/);
    expect(freshnessOfSource(SHOPIFY_FRANCE, FIXTURE_NOW)).toBe('FRESH');
  });

  it('measures against the `now` prop before the provider clock', () => {
    renderUI(<FreshnessCell source={SHOPIFY_FRANCE} profile={PROFILE_FRANCE} now="2026-05-05T06:00:00Z" />);
    expect(screen.getByText('2 days ago')).toBeInTheDocument();
    expect(screen.getByText(en.freshness.STALE)).toBeInTheDocument();
  });

  it("warns when the profile is not the source's", () => {
    expectConsole(/profile "profile-ch" is not the profile of source "shopify-fr"/);
    renderUI(<FreshnessCell source={SHOPIFY_FRANCE} profile={PROFILE_SUISSE} />);
  });

  it.each(FRESHNESS_CELL_LAYOUT_NAMES)('layout %s is on the root, with className merged', (layout) => {
    const { container } = renderUI(<FreshnessCell source={SHOPIFY_FRANCE} layout={layout} className="mt-2" />);
    const cell = cellOf(container);
    expect(cell).toHaveAttribute('data-layout', layout);
    expect(cell).toHaveClass('mt-2', 'iu:flex', layout === 'inline' ? 'iu:flex-row' : 'iu:flex-col');
  });

  it('renders in French from the fr catalog', () => {
    renderUI(<FreshnessCell source={GA4_SUISSE} profile={PROFILE_SUISSE} />, { locale: 'fr' });
    expect(screen.getByText(fr.freshness.STALE)).toBeInTheDocument();
    expect(screen.getByText('il y a 3 jours')).toBeInTheDocument();
    expect(screen.getByText('Fenêtre de fraîcheur : 48 h')).toBeInTheDocument();
  });
});
