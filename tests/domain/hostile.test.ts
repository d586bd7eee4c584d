/**
 * Regressions of issue 9 ("Hostile data"), part A: each of these crashed or misread on main.
 * The property suites in tests/properties generalise them.
 */
import { afterEach, beforeEach, describe as group, expect, it, vi } from 'vitest';
import {
  connectionLabel,
  credentialActionsFor,
  deriveCredentialFlags,
  deriveFreshness,
  deriveHealth,
  deriveQualityFlags,
  freshnessWindowHours,
  isAuthorizedProfile,
  maskRef,
  MASK,
  parseInstant,
  sortBySeverity,
  visibleAccounts,
  visibleProfiles,
  visibleSources,
} from '../../src/domain';
import { describe, DESCRIBE_MAX_LENGTH } from '../../src/domain/dev';
import { formatAbsolute, formatInstant, formatNumber, formatRelative } from '../../src/i18n/format';
import { EXTERNAL_ACCOUNTS, FIXTURE_NOW, makeSource, PROFILE_FRANCE, PROFILES, SOURCES } from '../../src/fixtures';
import { expectConsole } from '../helpers';

const cyclic = () => {
  const value: Record<string, unknown> = { a: 1 };
  value.self = value;
  return value;
};

group('timestamps outside the Date range', () => {
  // 1.8e308 is Infinity once parsed; MAX_VALUE is the largest finite number.
  it.each([[Number.MAX_VALUE], [-Number.MAX_VALUE], [8640000000000001], [-8640000000000001], [1e21], [Infinity], [-Infinity], [Number.NaN]])(
    'parseInstant(%s) is null, with a warning',
    (value) => {
      expectConsole(/at: expected an ISO-8601 timestamp/);
      expect(parseInstant(value, 'at')).toBeNull();
    },
  );

  it('accepts the edges of the range', () => {
    expect(parseInstant(8.64e15, 'x')?.getTime()).toBe(8.64e15);
    expect(parseInstant(-8.64e15, 'x')?.getTime()).toBe(-8.64e15);
    expect(parseInstant(new Date(-1), 'x')?.toISOString()).toBe('1969-12-31T23:59:59.999Z');
  });

  it('returns a copy, never the caller’s Date', () => {
    const date = new Date(FIXTURE_NOW);
    expect(parseInstant(date, 'x')).not.toBe(date);
  });

  it('rejects an object that only pretends to be a Date', () => {
    expectConsole(/x: expected an ISO-8601 timestamp/);
    expect(parseInstant(Object.create(Date.prototype), 'x')).toBeNull();
  });

  it('a now of 1e21 gives UNKNOWN freshness (was FRESH/STALE)', () => {
    expectConsole(/now: expected an ISO-8601 timestamp with a time zone, got 1e\+21/, /lastSuccessfulSyncAt: .*got 8640000000000001/);
    expect(deriveFreshness(makeSource({ lastSuccessfulSyncAt: FIXTURE_NOW }), 1e21)).toBe('UNKNOWN');
    expect(deriveFreshness(makeSource({ lastSuccessfulSyncAt: 8640000000000001 as never }), FIXTURE_NOW)).toBe('UNKNOWN');
  });

  it('formatAbsolute and formatRelative give "" for an invalid Date instead of throwing', () => {
    const invalid = new Date(Number.NaN);
    expect(formatAbsolute(invalid, 'en', 'UTC')).toBe('');
    expect(formatRelative(invalid, new Date(FIXTURE_NOW), 'en')).toBe('');
    expect(formatRelative(new Date(FIXTURE_NOW), invalid, 'en')).toBe('');
    expect(formatAbsolute(new Date(FIXTURE_NOW), 'en', 'UTC')).toMatch(/2026/);
  });

  it('formatInstant is null for out-of-range epochs and ignores an out-of-range now', () => {
    expectConsole(/lastSuccessfulSyncAt: expected/, /now: expected/);
    expect(formatInstant(Number.MAX_VALUE, { locale: 'en', timeZone: 'UTC', field: 'lastSuccessfulSyncAt' })).toBeNull();
    expect(formatInstant(FIXTURE_NOW, { locale: 'en', timeZone: 'UTC', now: 8640000000000001 })).toMatchObject({ relative: null });
  });

  it('formatters survive a malformed locale, a missing options object and a non-number', () => {
    expectConsole(/locale: "not a locale!" is not a valid locale tag/);
    expect(formatAbsolute(new Date(FIXTURE_NOW), 'not a locale!', 'UTC')).toMatch(/2026/);
    expect(formatInstant(FIXTURE_NOW, undefined as never)?.iso).toBe(FIXTURE_NOW);
    expect(formatNumber(Symbol('x') as never, 'en')).toBe('');
    expect(formatNumber(12n as never, 'en')).toBe('12');
  });
});

group('impossible dates', () => {
  it.each([
    ['2026-02-30T00:00:00Z'],
    ['2026-02-29T00:00:00Z'], // 2026 is not a leap year
    ['2026-13-01T00:00:00Z'],
    ['2026-00-10T00:00:00Z'],
    ['2026-05-00T00:00:00Z'],
    ['2026-05-03T25:00:00Z'],
    ['2026-05-03T24:00:00Z'], // 24:00 is rejected: write 00:00 of the next day
    ['2026-05-03T23:60:00Z'],
    ['2026-05-03T23:59:60Z'], // no leap second
    ['2026-05-03T06:00:00+24:00'],
    ['2026-05-03T06:00:00+01:60'],
  ])('rejects %s', (value) => {
    expectConsole(/field: expected an ISO-8601 timestamp/);
    expect(parseInstant(value, 'field')).toBeNull();
  });

  it.each([
    ['2028-02-29T00:00:00Z', '2028-02-29T00:00:00.000Z'],
    ['2026-05-03T23:30:00-05:30', '2026-05-04T05:00:00.000Z'], // the offset moves the day: still valid
    ['2026-01-01T00:30:00+14:00', '2025-12-31T10:30:00.000Z'],
    ['0000-01-01T00:00:00Z', '0000-01-01T00:00:00.000Z'],
    ['1969-07-20T20:17:40.123456789Z', '1969-07-20T20:17:40.123Z'],
  ])('accepts %s', (value, iso) => {
    expect(parseInstant(value, 'x')?.toISOString()).toBe(iso);
  });

  it('an impossible sync date reads UNKNOWN, not FRESH or STALE', () => {
    expectConsole(/lastSuccessfulSyncAt: expected an ISO-8601 timestamp with a time zone, got "2026-02-30T00:00:00Z"/);
    expect(deriveFreshness(makeSource({ lastSuccessfulSyncAt: '2026-02-30T00:00:00Z' }), '2026-03-02T06:00:00Z')).toBe('UNKNOWN');
  });
});

group('dev warnings never crash their caller (cycles, BigInt…)', () => {
  it('deriveFreshness with a cyclic or BigInt `enabled`', () => {
    expectConsole(/enabled: expected a boolean, got \{"a":1,"self":\[Circular\]\}/, /enabled: expected a boolean, got 10n/);
    expect(deriveFreshness(makeSource({ enabled: cyclic() as never }), FIXTURE_NOW)).toBe('FRESH');
    expect(deriveFreshness(makeSource({ enabled: 10n as never }), FIXTURE_NOW)).toBe('FRESH');
  });

  it('deriveHealth and deriveQualityFlags with a cyclic platform', () => {
    expectConsole(/platformId: unknown platform \{"a":1,"self":\[Circular\]\}/);
    const source = makeSource({ platformId: cyclic() as never, lastSuccessfulSyncAt: '2026-04-01T00:00:00Z' });
    expect(deriveHealth(source, FIXTURE_NOW).status).toBe('warning');
    expect(deriveQualityFlags(source, FIXTURE_NOW).map((f) => f.code)).toEqual(['source_stale']);
  });

  it('parseInstant, maskRef and connectionLabel with BigInt and cycles', () => {
    expectConsole(
      /at: expected an ISO-8601 timestamp with a time zone, got 12n/,
      /externalRef: expected a non-empty string, got \{"a":1,"self":\[Circular\]\}/,
      /connectionStatus: unknown status 3n/,
    );
    expect(parseInstant(12n, 'at')).toBeNull();
    expect(maskRef(cyclic())).toBe(MASK);
    expect(connectionLabel({ connectionStatus: 3n as never, enabled: true })).toBe('unknown');
  });

  it('a source id without a string form does not crash the flags', () => {
    const id = Object.create(null) as never;
    expect(deriveQualityFlags(makeSource({ id, connectionStatus: 'EXPIRED' }), FIXTURE_NOW)[0]).toMatchObject({ code: 'source_expired' });
    expect(deriveCredentialFlags({ sourceId: id } as never)[0]).toMatchObject({ code: 'credential_missing' });
  });
});

group('describe() of the dev warnings', () => {
  it.each([
    [undefined, 'undefined'],
    [null, 'null'],
    ['a"b', '"a\\"b"'],
    [Number.NaN, 'NaN'],
    [12n, '12n'],
    [Symbol('s'), 'Symbol(s)'],
    [{ a: [1, 'x'] }, '{"a":[1,"x"]}'],
    [new Date(0), '"1970-01-01T00:00:00.000Z"'],
    [new Date(Number.NaN), 'Invalid Date'],
  ])('%s → %s', (value, text) => {
    expect(describe(value)).toBe(text);
  });

  it('never throws', () => {
    const getter = Object.defineProperty({}, 'x', {
      enumerable: true,
      get: () => {
        throw new Error('no');
      },
    });
    const proxy = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('no');
        },
        getPrototypeOf: () => {
          throw new Error('no');
        },
      },
    );
    const toJSON = {
      toJSON: () => {
        throw new Error('no');
      },
    };
    expect(describe(cyclic())).toBe('{"a":1,"self":[Circular]}');
    expect(describe(getter)).toBe('{"x":[throws]}');
    expect(describe(proxy)).toBe('[unprintable]');
    expect(describe(toJSON)).toMatch(/toJSON/);
    expect(describe(Object.create(null))).toBe('{}');
    expect(describe(function named() {})).toBe('[function "named"]');
  });

  it('cuts huge strings and objects', () => {
    expect(describe('x'.repeat(1e6)).length).toBeLessThanOrEqual(DESCRIBE_MAX_LENGTH + 3);
    expect(describe(Array.from({ length: 10_000 }, (_, i) => ({ i }))).length).toBeLessThanOrEqual(DESCRIBE_MAX_LENGTH + 3);
  });
});

group('maskRef never returns its input', () => {
  it.each([
    ['fgh_ij', '•••_•••'],
    ['ab', '•••'],
    ['shop', '•••'],
    ['•••1', '•••'],
  ])('%s → %s', (ref, masked) => {
    expect(maskRef(ref)).toBe(masked);
  });

  it('keeps the seeds’ masks', () => {
    expect(EXTERNAL_ACCOUNTS.map((a) => maskRef(a.externalRef))).toEqual(['shop_ch_•••1', 'tt_•••_fr', 'shop_fr_•••2']);
  });
});

group('totals', () => {
  it('sortBySeverity: not an array gives none; null items and unknown severities go last', () => {
    expect(sortBySeverity(undefined as never)).toEqual([]);
    expect(sortBySeverity(5 as never)).toEqual([]);
    const flags = [{ severity: 'fatal' }, null, { severity: 'info' }, { severity: 'critical' }] as never[];
    expect(sortBySeverity(flags)).toEqual([{ severity: 'critical' }, { severity: 'info' }, { severity: 'fatal' }, null]);
  });

  it('credentialActionsFor(undefined) gives the five actions, Replace unavailable', () => {
    const actions = credentialActionsFor(undefined as never);
    expect(actions).toHaveLength(5);
    expect(actions.find((a) => a.id === 'replace')?.availability).toBe('unavailable');
  });

  it('freshnessWindowHours(undefined) is the default window', () => {
    expectConsole(/platformId: unknown platform undefined/);
    expect(freshnessWindowHours(undefined as never)).toBe(24);
  });
});

group('anti-leak fails closed', () => {
  let warn: ReturnType<typeof vi.spyOn>;
  beforeEach(() => (warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)));
  afterEach(() => warn.mockRestore());

  it('an `includes` property on the authorized list authorizes nothing more', () => {
    const ids = Object.assign([PROFILE_FRANCE.id], { includes: () => true });
    expect(visibleSources(SOURCES, ids).every((s) => s.profileId === PROFILE_FRANCE.id)).toBe(true);
    expect(visibleProfiles(PROFILES, ids).map((p) => p.id)).toEqual([PROFILE_FRANCE.id]);
    expect(visibleAccounts(EXTERNAL_ACCOUNTS, ids).every((a) => a.profileId === PROFILE_FRANCE.id)).toBe(true);
  });

  it('an empty id is never authorized', () => {
    expect(isAuthorizedProfile('', [''])).toBe(false);
  });
});
