import { describe, expect, it } from 'vitest';
import { maskRef, MASK, parseInstant, visibleAccounts, visibleSources } from '../../src/domain';
import { AUTHORIZED_PROFILE_IDS, EXTERNAL_ACCOUNTS, FOREIGN_ACCOUNTS, FOREIGN_PROFILE, FOREIGN_SOURCE, PROFILE_SUISSE, SOURCES } from '../../src/fixtures';
import { expectConsole } from '../helpers';

describe('anti-leak filters', () => {
  const mixed = [...EXTERNAL_ACCOUNTS, ...FOREIGN_ACCOUNTS];

  it('never lets an account of an unauthorized profile through', () => {
    const shown = visibleAccounts(mixed, AUTHORIZED_PROFILE_IDS);
    expect(shown).toEqual(EXTERNAL_ACCOUNTS);
    expect(shown.some((a) => a.profileId === FOREIGN_PROFILE.id)).toBe(false);
  });

  it('scopes to one profile', () => {
    expect(visibleAccounts(mixed, [PROFILE_SUISSE.id]).map((a) => a.name)).toEqual(['cyspera-ch.myshopify.com']);
    expect(visibleSources(SOURCES, [PROFILE_SUISSE.id]).map((s) => s.name)).toEqual(['Shopify Suisse', 'GA4 Suisse', 'Google Ads Suisse', 'Meta Ads Suisse']);
  });

  it('fails closed: no authorized profile shows nothing', () => {
    expect(visibleSources([...SOURCES, FOREIGN_SOURCE], [])).toEqual([]);
    expect(visibleSources(SOURCES, undefined as never)).toEqual([]);
  });

  it('treats a non-list as empty, with a warning', () => {
    expectConsole(/accounts: expected an array/);
    expect(visibleAccounts(null as never, AUTHORIZED_PROFILE_IDS)).toEqual([]);
  });

  it('keeps the foreign source out of the ten', () => {
    expect(visibleSources([...SOURCES, FOREIGN_SOURCE], AUTHORIZED_PROFILE_IDS)).toHaveLength(10);
  });
});

describe('maskRef', () => {
  it('reproduces the masked refs of seeds 001 and 003', () => {
    expect(EXTERNAL_ACCOUNTS.map((a) => maskRef(a.externalRef))).toEqual(['shop_ch_•••1', 'tt_•••_fr', 'shop_fr_•••2']);
  });

  it.each([
    ['shop_ch_20931', 'shop_ch_•••1'],
    ['tt_7034418_fr', 'tt_•••_fr'],
    ['shop_ch_1', 'shop_ch_•••'], // too short to show a character
    ['act_1234567890', 'act_•••0'],
    ['1234567890', '•••0'],
    ['ABC_secret_value', '•••_•••_•••e'],
  ])('%s → %s', (ref, masked) => {
    expect(maskRef(ref)).toBe(masked);
  });

  it('never reveals more than one character of an identifier', () => {
    const ref = 'shop_ch_98765432101234';
    const masked = maskRef(ref);
    expect(masked).not.toMatch(/\d{2}/);
  });

  it('masks bad input whole, with a warning', () => {
    expectConsole(/externalRef: expected a non-empty string/);
    expect(maskRef(undefined)).toBe(MASK);
    expect(maskRef('   ')).toBe(MASK);
  });
});

describe('parseInstant', () => {
  it('reads ISO instants with a zone, epochs and dates', () => {
    expect(parseInstant('2026-05-03T06:00:00Z', 'x')?.toISOString()).toBe('2026-05-03T06:00:00.000Z');
    expect(parseInstant('2026-05-03T08:00:00+02:00', 'x')?.toISOString()).toBe('2026-05-03T06:00:00.000Z');
    expect(parseInstant(0, 'x')?.toISOString()).toBe('1970-01-01T00:00:00.000Z');
  });

  it.each([['2026-13-40T99:00:00Z'], ['2026-05-03'], [''], [Number.NaN], [{}], [new Date('nope')]])('rejects %s', (value) => {
    expectConsole(/field: expected an ISO-8601 timestamp/);
    expect(parseInstant(value, 'field')).toBeNull();
  });
});
