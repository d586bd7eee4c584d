import { describe, expect, it } from 'vitest';
import { deriveFreshness, freshnessWindowHours, FRESHNESS_STATES } from '../../src/domain';
import { FIXTURE_NOW, GA4_SUISSE, makeSource, SOURCES } from '../../src/fixtures';
import { expectConsole } from '../helpers';

describe('deriveFreshness', () => {
  it('reproduces the freshness column of seed 002', () => {
    expect(SOURCES.map((s) => [s.name, deriveFreshness(s, FIXTURE_NOW)])).toEqual([
      ['Shopify France', 'FRESH'],
      ['GA4 France', 'FRESH'],
      ['Google Ads France', 'FRESH'],
      ['Meta Ads France', 'FRESH'],
      ['TikTok Ads France', 'UNKNOWN'],
      ['Shopify Suisse', 'FRESH'],
      ['GA4 Suisse', 'STALE'],
      ['Google Ads Suisse', 'MISSING'],
      ['Meta Ads Suisse', 'MISSING'],
      ['Shopify Espagne', 'MISSING'],
    ]);
  });

  it('is UNKNOWN for a disabled source even when it synced', () => {
    expect(deriveFreshness(makeSource({ enabled: false, lastSuccessfulSyncAt: FIXTURE_NOW }), FIXTURE_NOW)).toBe('UNKNOWN');
  });

  it('is MISSING without a successful sync', () => {
    expect(deriveFreshness(makeSource({ lastSuccessfulSyncAt: null }), FIXTURE_NOW)).toBe('MISSING');
  });

  it.each([
    ['SHOPIFY', '2026-05-02T06:10:00Z', 'FRESH'], // exactly 24 h: still inside the window
    ['SHOPIFY', '2026-05-02T06:09:00Z', 'STALE'],
    ['GA4', '2026-05-01T06:10:00Z', 'FRESH'], // GA4: 48 h
    ['GA4', '2026-05-01T06:09:00Z', 'STALE'],
  ] as const)('%s synced at %s is %s (platform window)', (platformId, at, expected) => {
    expect(deriveFreshness(makeSource({ platformId, lastSuccessfulSyncAt: at }), FIXTURE_NOW)).toBe(expected);
  });

  it('accepts now as a Date, an epoch or an ISO string', () => {
    const ms = Date.parse(FIXTURE_NOW);
    for (const now of [FIXTURE_NOW, ms, new Date(ms)]) expect(deriveFreshness(GA4_SUISSE, now)).toBe('STALE');
  });

  it('is UNKNOWN for a malformed timestamp, with one warning naming the field', () => {
    expectConsole(/lastSuccessfulSyncAt: expected an ISO-8601 timestamp/);
    expect(deriveFreshness(makeSource({ lastSuccessfulSyncAt: 'yesterday' }), FIXTURE_NOW)).toBe('UNKNOWN');
    expect(deriveFreshness(makeSource({ lastSuccessfulSyncAt: 'yesterday' }), FIXTURE_NOW)).toBe('UNKNOWN');
  });

  it('rejects a date without a time zone rather than guessing one', () => {
    expectConsole(/lastSuccessfulSyncAt/);
    expect(deriveFreshness(makeSource({ lastSuccessfulSyncAt: '2026-05-03T06:00:00' }), FIXTURE_NOW)).toBe('UNKNOWN');
  });

  it('is UNKNOWN for a sync in the future of now', () => {
    expectConsole(/lastSuccessfulSyncAt: 2026-06-01T00:00:00Z is in the future/);
    expect(deriveFreshness(makeSource({ lastSuccessfulSyncAt: '2026-06-01T00:00:00Z' }), FIXTURE_NOW)).toBe('UNKNOWN');
  });

  it('is UNKNOWN for an invalid now', () => {
    expectConsole(/now: expected an ISO-8601 timestamp/);
    expect(deriveFreshness(GA4_SUISSE, 'not a date')).toBe('UNKNOWN');
  });

  it('is UNKNOWN for a missing source', () => {
    expectConsole(/source: expected a SourceConnection object/);
    expect(deriveFreshness(undefined as never, FIXTURE_NOW)).toBe('UNKNOWN');
  });

  it('uses a default window for an unknown platform, and says so', () => {
    expectConsole(/platformId: unknown platform "PINTEREST"/);
    expect(freshnessWindowHours({ platformId: 'PINTEREST' as never })).toBe(24);
  });

  it('only ever returns one of the four states', () => {
    const results = SOURCES.map((s) => deriveFreshness(s, FIXTURE_NOW));
    expect(results.every((r) => (FRESHNESS_STATES as readonly string[]).includes(r))).toBe(true);
  });
});
