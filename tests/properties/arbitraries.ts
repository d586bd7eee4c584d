/**
 * Hostile data for property-based tests (fast-check), shared by the domain, formatter and
 * component suites: valid sources, accounts and profiles built from the fixtures, then
 * corrupted the way an API payload can be (missing/null/wrong-type fields, NaN, dates out of
 * range, unicode and markup strings, unknown enum values, duplicate ids, holes, cycles, BigInt,
 * 0 to 10,000 items).
 *
 * Settings come from the environment so that CI stays fast and a nightly can go deep:
 * `FC_SEED` (default 20260503) and `FC_RUNS` (default 60) — see README, "Property-based tests".
 */
import fc from 'fast-check';
import { describe, resetDevWarnings } from '../../src/domain/dev';
import { CONNECTION_STATUSES, MAPPING_STATUSES, PLATFORM_IDS } from '../../src/domain';
import type { ExternalAccount, Profile, SourceConnection } from '../../src/domain';
import { EXTERNAL_ACCOUNTS, FIXTURE_NOW, FOREIGN_ACCOUNTS, FOREIGN_PROFILE, FOREIGN_SOURCE, PROFILES, SOURCES } from '../../src/fixtures';

const envNumber = (name: string, fallback: number): number => {
  const raw = typeof process !== 'undefined' ? process.env[name] : undefined;
  const value = raw === undefined || raw === '' ? Number.NaN : Number(raw);
  return Number.isSafeInteger(value) ? value : fallback;
};

/** fast-check parameters of every property: fixed seed (printed on failure), runs, time budget. */
export const FC_PARAMS = {
  seed: envNumber('FC_SEED', 20260503),
  numRuns: envNumber('FC_RUNS', 60),
  // Per property: past it, fast-check stops generating and reports how many runs it did.
  interruptAfterTimeLimit: envNumber('FC_TIME_LIMIT_MS', 4000),
  markInterruptAsFailure: false,
} satisfies fc.Parameters<unknown>;

/** Runs a property with FC_PARAMS (fast-check's reporter prints the seed and the shrunk counterexample). */
export function check<Ts extends [unknown, ...unknown[]]>(property: fc.IPropertyWithHooks<Ts> | fc.IAsyncPropertyWithHooks<Ts>) {
  return fc.assert(property as fc.IRawProperty<Ts>, FC_PARAMS as fc.Parameters<Ts>);
}

/** A test timeout that leaves room for the time budget of each property. */
export const PROPERTY_TIMEOUT_MS = FC_PARAMS.interruptAfterTimeLimit * 3 + 10_000;

// ---------------------------------------------------------------- leaves

/** Strings nobody expects: unicode (RTL, zero-width, emoji, lone surrogates), markup, huge. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.constantFrom(
    '',
    ' ',
    '\u202Eevil\u202C', // right-to-left override
    'שלום عربي',
    'a\u200Bb\u200D\uFEFF', // zero-width
    '👩‍👩‍👧‍👦🏳️‍🌈',
    '\uD800', // lone surrogate
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '"><b>{{x}}</b>',
    '${process.env}',
    '__proto__',
    'constructor',
    'toString',
    'null',
    'undefined',
    'NaN',
    '2026-02-30T00:00:00Z',
  ),
  fc.nat({ max: 20 }).map((n) => 'x'.repeat(10_000 + n)),
);

/** Numbers at and beyond the edges: NaN, ±Infinity, -0, out of the Date range, huge. */
export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(
    Number.NaN,
    Infinity,
    -Infinity,
    -0,
    0,
    Number.MAX_VALUE,
    -Number.MAX_VALUE,
    8.64e15,
    -8.64e15,
    8640000000000001,
    -8640000000000001,
    1e21,
    Number.MAX_SAFE_INTEGER,
    Number.MIN_VALUE,
  ),
);

/** ISO-looking timestamps: valid, impossible (Feb 30, month 13, hour 25, 24:00), zoneless, pre-1970, far. */
export const isoLike: fc.Arbitrary<string> = fc.oneof(
  fc.date({ min: new Date(-8.64e15), max: new Date(8.64e15), noInvalidDate: true }).map((d) => d.toISOString()),
  fc
    .record({
      y: fc.integer({ min: 0, max: 9999 }),
      mo: fc.integer({ min: 0, max: 13 }),
      d: fc.integer({ min: 0, max: 32 }),
      h: fc.integer({ min: 0, max: 25 }),
      mi: fc.integer({ min: 0, max: 61 }),
      s: fc.integer({ min: 0, max: 61 }),
      zone: fc.constantFrom('Z', '+02:00', '-05:30', '+14:00', '-23:59', '+24:00', '+01:60', ''),
    })
    .map(({ y, mo, d, h, mi, s, zone }) => {
      const p = (n: number, w = 2) => String(n).padStart(w, '0');
      return `${p(y, 4)}-${p(mo)}-${p(d)}T${p(h)}:${p(mi)}:${p(s)}${zone}`;
    }),
  fc.constantFrom(
    '2026-02-30T00:00:00Z',
    '2026-13-01T00:00:00Z',
    '2026-05-03T25:00:00Z',
    '2026-05-03T24:00:00Z',
    '1969-12-31T23:59:59Z',
    '0000-01-01T00:00:00Z',
    '2026-05-03',
    'yesterday',
    FIXTURE_NOW,
  ),
);

/** Anything an `Instant` parameter can receive. */
export const hostileInstant: fc.Arbitrary<unknown> = fc.oneof(
  isoLike,
  hostileNumber,
  fc.date(), // includes Invalid Date
  fc.constant(new Date(Number.NaN)),
  hostileString,
  fc.constantFrom(undefined, null, true, {}, [], 10n),
);

/** An object that refers to itself (also through an array). */
export function cyclic(): Record<string, unknown> {
  const a: Record<string, unknown> = { id: 'cyc', name: 'cyclic' };
  a.self = a;
  a.list = [a, { parent: a }];
  return a;
}

/** Values that break naive code: cycles, BigInt, symbols, functions, throwing getters, proxies, Object.create(null). */
export const exoticValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null).map(() => cyclic()),
  fc.bigInt(),
  fc.constant(Symbol('hostile')),
  fc.constant(() => 'fn'),
  fc.constant(null).map(() => Object.create(null) as object),
  fc.constant(null).map(() =>
    Object.defineProperty({}, 'id', {
      enumerable: true,
      get() {
        throw new Error('getter');
      },
    }),
  ),
  fc.constant(null).map(() => ({
    toJSON() {
      throw new Error('toJSON');
    },
    toString() {
      throw new Error('toString');
    },
  })),
  fc.constant(null).map(
    () =>
      new Proxy(
        {},
        {
          get() {
            throw new Error('proxy get');
          },
          ownKeys() {
            throw new Error('proxy keys');
          },
          getPrototypeOf() {
            throw new Error('proxy prototype');
          },
        },
      ),
  ),
  fc.constant(null).map(() => {
    const holes = new Array(5);
    holes[2] = null;
    return holes;
  }),
  fc.constant(new Date(Number.NaN)),
);

/** A JSON-ish value of any kind, nested a little. */
export const anyJson: fc.Arbitrary<unknown> = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.anything({ maxDepth: 2 }));

/** Anything at all: the field or argument a component or function should survive. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: anyJson },
  { weight: 2, arbitrary: hostileString },
  { weight: 2, arbitrary: hostileNumber },
  { weight: 1, arbitrary: hostileInstant },
  { weight: 2, arbitrary: exoticValue },
  { weight: 1, arbitrary: fc.constantFrom(undefined, null, true, false, [], {}) },
);

/**
 * Values that break naive code but not a careful `obj.field` read: everything of `hostileValue`
 * except throwing getters and proxies (the domain reads fields directly; components guard them).
 */
export const hostileDatum: fc.Arbitrary<unknown> = hostileValue.filter((v) => !isTrap(v));

function isTrap(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  try {
    for (const key of Object.keys(value)) void (value as Record<string, unknown>)[key];
    void Object.getPrototypeOf(value);
    return false;
  } catch {
    return true;
  }
}

// ---------------------------------------------------------------- records

/** Replaces, removes or nulls some fields of a valid record, with values of `field`. */
export function corrupt<T extends object>(valid: fc.Arbitrary<T>, field: fc.Arbitrary<unknown> = hostileDatum): fc.Arbitrary<T> {
  return fc.tuple(valid, fc.array(fc.tuple(fc.constantFrom('set', 'delete', 'null'), fc.nat(), field), { maxLength: 4 })).map(([record, edits]) => {
    const copy: Record<string, unknown> = { ...(record as Record<string, unknown>) };
    const keys = Object.keys(record);
    for (const [kind, index, value] of edits) {
      const key = keys[index % keys.length]!;
      if (kind === 'delete') delete copy[key];
      else copy[key] = kind === 'null' ? null : value;
    }
    return copy as T;
  });
}

const technicalOf = (base: SourceConnection['technical']) =>
  fc.record({
    ...Object.fromEntries(Object.entries(base).map(([k, v]) => [k, fc.constant(v)])),
    schemaChanged: fc.oneof(fc.boolean(), hostileDatum),
    mappingStatus: fc.oneof(fc.constantFrom(...MAPPING_STATUSES), hostileDatum),
  });

/** A valid source: one of the fixtures, with any platform, status and a timestamp around now. */
export const validSource: fc.Arbitrary<SourceConnection> = fc
  .record({
    base: fc.constantFrom(...SOURCES, FOREIGN_SOURCE),
    platformId: fc.constantFrom(...PLATFORM_IDS),
    connectionStatus: fc.constantFrom(...CONNECTION_STATUSES),
    enabled: fc.boolean(),
    lastSuccessfulSyncAt: fc.oneof(
      fc.constant(null),
      fc.integer({ min: -30 * 24, max: 2 }).map((hours) => new Date(Date.parse(FIXTURE_NOW) - hours * 3_600_000).toISOString()),
    ),
  })
  .map(({ base, ...fields }) => ({ ...base, ...fields }));

/** Sources as an API may send them: valid, corrupted (fields and technical), unknown enums, not objects. */
export const hostileSource: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 2, arbitrary: validSource },
  { weight: 4, arbitrary: corrupt(validSource) },
  {
    weight: 2,
    arbitrary: validSource.chain((s) => technicalOf(s.technical).map((technical) => ({ ...s, technical, lastSuccessfulSyncAt: s.lastSuccessfulSyncAt }))),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(validSource, hostileInstant, fc.oneof(hostileString, fc.constantFrom('LINKEDIN', 'connected', 'shopify')))
      .map(([s, at, code]) => ({ ...s, lastSuccessfulSyncAt: at, connectionStatus: code, platformId: code })),
  },
  { weight: 1, arbitrary: hostileDatum },
);

export const validAccount: fc.Arbitrary<ExternalAccount> = fc.constantFrom(...EXTERNAL_ACCOUNTS, ...FOREIGN_ACCOUNTS);
export const hostileAccount: fc.Arbitrary<unknown> = fc.oneof(validAccount, corrupt(validAccount), hostileDatum);

export const validProfile: fc.Arbitrary<Profile> = fc.constantFrom(...PROFILES, FOREIGN_PROFILE as Profile);
export const hostileProfile: fc.Arbitrary<unknown> = fc.oneof(validProfile, corrupt(validProfile), hostileDatum);

// ---------------------------------------------------------------- lists

/**
 * Lists as an API may send them: 0 to a few dozen items, duplicates, holes, null items, and now
 * and then 10,000 items (one item repeated, so that generation stays cheap).
 */
export function hostileList<T>(item: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.array(item, { maxLength: 12 }) },
    { weight: 2, arbitrary: fc.array(item, { maxLength: 6 }).map((items) => [...items, ...items]) }, // duplicates
    {
      weight: 2,
      arbitrary: fc.array(item, { maxLength: 6 }).map((items) => {
        const holes: unknown[] = new Array(items.length * 2 + 1);
        items.forEach((value, i) => (holes[i * 2] = value));
        holes[1] = null;
        return holes;
      }),
    },
    { weight: 1, arbitrary: item.map((one) => Array.from({ length: 10_000 }, () => one)) },
    { weight: 1, arbitrary: fc.constant([]) },
    { weight: 1, arbitrary: hostileDatum },
  );
}

/** An `authorizedProfileIds` argument: valid ids, unknown, duplicated, non-strings, non-arrays. */
export const hostileAuthorizedIds: fc.Arbitrary<unknown> = fc.oneof(
  fc.subarray([...PROFILES.map((p) => p.id)]),
  fc.array(fc.oneof(fc.constantFrom(...PROFILES.map((p) => p.id), FOREIGN_PROFILE.id, ''), hostileDatum), { maxLength: 6 }),
  fc.constantFrom(...PROFILES.map((p) => p.id)).map((id) => [id, id, id]),
  fc.constantFrom(...PROFILES.map((p) => p.id)).map((id) => Object.assign([], { includes: () => true, 0: id })),
  hostileDatum,
);

// ---------------------------------------------------------------- dev warnings

/**
 * Runs `fn` with console.warn captured (the console guard never sees these) and the
 * once-per-message cache reset, so that every run's warnings are its own.
 */
export function captureWarnings<T>(fn: () => T): { result: T; warnings: string[] } {
  const warnings: string[] = [];
  const original = console.warn;
  resetDevWarnings();
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map((a) => (typeof a === 'string' ? a : describe(a))).join(' '));
  };
  try {
    return { result: fn(), warnings };
  } finally {
    console.warn = original;
    resetDevWarnings();
  }
}
