/**
 * Property-based suite of the domain (issue 9, part A): for hostile input every exported domain
 * function returns a defined result of the right type, never throws, keeps its invariants and
 * names the offending field in its dev warnings. Seed, runs and time budget: FC_PARAMS.
 */
import fc from 'fast-check';
import { describe as group, expect, it } from 'vitest';
import { describe, DESCRIBE_MAX_LENGTH } from '../../src/domain/dev';
import {
  checkAccounts,
  checkArray,
  checkCredentialState,
  checkProfiles,
  checkSource,
  checkSources,
  checkSyncRuns,
  CONNECTION_LABELS,
  CREDENTIAL_ACTION_IDS,
  connectionLabel,
  credentialActionsFor,
  DATA_QUALITY_CODES,
  DATA_QUALITY_SEVERITY,
  deriveAllQualityFlags,
  deriveCredentialFlags,
  deriveFreshness,
  deriveHealth,
  deriveQualityFlags,
  firstProblem,
  FRESHNESS_STATES,
  freshnessWindowHours,
  HEALTH_STATUSES,
  isAuthorizedProfile,
  isDataOutdated,
  linkableAccounts,
  MASK,
  maskRef,
  parseInstant,
  SEVERITIES,
  sortBySeverity,
  summarizeHealth,
  visibleAccounts,
  visibleProfiles,
  visibleSources,
  type DataQualityFlag,
  type SourceConnection,
} from '../../src/domain';
import { FIXTURE_NOW, FOREIGN_PROFILE } from '../../src/fixtures';
import {
  captureWarnings,
  check,
  hostileAccount,
  hostileAuthorizedIds,
  hostileDatum,
  hostileInstant,
  hostileList,
  hostileProfile,
  hostileSource,
  hostileString,
  hostileValue,
  PROPERTY_TIMEOUT_MS,
} from './arbitraries';

const T = PROPERTY_TIMEOUT_MS;
const PREFIX = '[integrations-ui] ';
/** Every domain warning starts with the field (or list) it is about. */
const DOMAIN_FIELDS = /^\[integrations-ui\] (source|enabled|lastSuccessfulSyncAt|now|platformId|connectionStatus|externalRef|accounts|sources|profiles|at)\b/;
const nowArb = fc.oneof({ weight: 3, arbitrary: fc.constant<unknown>(FIXTURE_NOW) }, { weight: 2, arbitrary: hostileInstant });

const inRange = (d: Date) => Number.isFinite(d.getTime()) && Math.abs(d.getTime()) <= 8.64e15;
const isCount = (n: number, max: number) => Number.isInteger(n) && n >= 0 && n <= max;
const rank = (f: unknown) => {
  const i = SEVERITIES.indexOf((f as DataQualityFlag | null)?.severity as never);
  return i === -1 ? SEVERITIES.length : i;
};
const isSorted = (flags: readonly unknown[]) => flags.every((f, i) => i === 0 || rank(flags[i - 1]) <= rank(f));

function expectValidFlags(flags: DataQualityFlag[]) {
  expect(Array.isArray(flags)).toBe(true);
  for (const f of flags) {
    expect(DATA_QUALITY_CODES).toContain(f.code);
    expect(f.severity).toBe(DATA_QUALITY_SEVERITY[f.code]);
    expect(typeof f.sourceId).toBe('string');
  }
  expect(isSorted(flags)).toBe(true);
}

group('properties: time', () => {
  it(
    'parseInstant: a valid in-range Date or null; null always warns naming the field; deterministic',
    () => {
      check(
        fc.property(hostileInstant, (value) => {
          const { result, warnings } = captureWarnings(() => parseInstant(value, 'at'));
          if (result === null) {
            expect(warnings).toHaveLength(1);
            expect(warnings[0]).toMatch(/^\[integrations-ui\] at: expected an ISO-8601 timestamp/);
          } else {
            expect(result).toBeInstanceOf(Date);
            expect(inRange(result)).toBe(true);
            expect(result).not.toBe(value);
            expect(warnings).toEqual([]);
          }
          expect(captureWarnings(() => parseInstant(value, 'at')).result).toEqual(result);
        }),
      );
    },
    T,
  );

  it(
    'parseInstant: an accepted ISO string names the very fields written (no roll-over)',
    () => {
      check(
        fc.property(
          hostileInstant.filter((v) => typeof v === 'string'),
          (value) => {
            const { result } = captureWarnings(() => parseInstant(value, 'at'));
            if (result === null) return;
            const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?[^Z+-]*(Z|([+-])(\d{2}):(\d{2}))$/.exec(value as string)!;
            const offset = m[7] === 'Z' ? 0 : (m[8] === '-' ? -1 : 1) * (Number(m[9]) * 60 + Number(m[10]));
            const local = new Date(result.getTime() + offset * 60_000);
            expect([local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate(), local.getUTCHours(), local.getUTCMinutes()]).toEqual(
              [m[1], m[2], m[3], m[4], m[5]].map(Number),
            );
          },
        ),
      );
    },
    T,
  );
});

group('properties: freshness and status', () => {
  it(
    'deriveFreshness: one of FRESHNESS_STATES, deterministic, warnings name a field',
    () => {
      check(
        fc.property(hostileSource, nowArb, (source, now) => {
          const { result, warnings } = captureWarnings(() => deriveFreshness(source as SourceConnection, now as string));
          expect(FRESHNESS_STATES).toContain(result);
          expect(captureWarnings(() => deriveFreshness(source as SourceConnection, now as string)).result).toBe(result);
          for (const w of warnings) expect(w).toMatch(DOMAIN_FIELDS);
        }),
      );
    },
    T,
  );

  it(
    'deriveFreshness: an invalid or out-of-range now is UNKNOWN (or MISSING/UNKNOWN by the source), never FRESH/STALE',
    () => {
      check(
        fc.property(
          hostileSource,
          fc.constantFrom(1e21, -1e21, 8640000000000001, Infinity, Number.NaN, new Date(Number.NaN), '2026-02-30T00:00:00Z'),
          (source, now) => {
            const { result, warnings } = captureWarnings(() => deriveFreshness(source as SourceConnection, now as string));
            expect(['UNKNOWN', 'MISSING']).toContain(result);
            if (result === 'UNKNOWN' && (source as SourceConnection | null)?.enabled === true && (source as SourceConnection).lastSuccessfulSyncAt != null)
              expect(warnings.join('\n')).toMatch(/ (now|lastSuccessfulSyncAt): expected an ISO-8601/);
          },
        ),
      );
    },
    T,
  );

  it(
    'freshnessWindowHours: a positive number of hours; connectionLabel: a known label',
    () => {
      check(
        fc.property(hostileSource, (source) => {
          const { result: hours } = captureWarnings(() => freshnessWindowHours(source as SourceConnection));
          expect(hours).toBeGreaterThan(0);
          const { result: label, warnings } = captureWarnings(() => connectionLabel(source as SourceConnection));
          expect(CONNECTION_LABELS).toContain(label);
          if (label === 'unknown') expect(warnings[0]).toMatch(/^\[integrations-ui\] connectionStatus: unknown status/);
        }),
      );
    },
    T,
  );
});

group('properties: flags and health', () => {
  it(
    'deriveQualityFlags / deriveHealth: known codes with their severity, sorted, consistent status, deterministic',
    () => {
      check(
        fc.property(hostileSource, nowArb, (source, now) => {
          const { result: flags } = captureWarnings(() => deriveQualityFlags(source as SourceConnection, now as string));
          expectValidFlags(flags);
          const { result: health, warnings } = captureWarnings(() => deriveHealth(source as SourceConnection, now as string));
          expect(HEALTH_STATUSES).toContain(health.status);
          expect(health.codes).toEqual(flags.map((f) => f.code));
          const severities = flags.map((f) => f.severity);
          const expected = severities.some((s) => s === 'critical' || s === 'blocking') ? 'critical' : severities.includes('warning') ? 'warning' : 'healthy';
          expect(health.status).toBe(expected);
          expect(captureWarnings(() => deriveHealth(source as SourceConnection, now as string)).result).toEqual(health);
          for (const w of warnings) expect(w).toMatch(DOMAIN_FIELDS);
        }),
      );
    },
    T,
  );

  it(
    'deriveAllQualityFlags: the flags of each object item, in order',
    () => {
      check(
        fc.property(hostileList(hostileSource), (sources) => {
          const { result } = captureWarnings(() => deriveAllQualityFlags(sources as SourceConnection[], FIXTURE_NOW));
          expect(Array.isArray(result)).toBe(true);
          const items = Array.isArray(sources) ? (sources as unknown[]).filter(() => true) : [];
          const expected = captureWarnings(() => items.flatMap((s) => deriveQualityFlags(s as SourceConnection, FIXTURE_NOW))).result;
          expect(result).toEqual(expected);
        }),
      );
    },
    T,
  );

  it(
    'sortBySeverity: same items, ordered by severity (unknown and malformed last), stable',
    () => {
      const flagArb = fc.oneof(fc.record({ severity: fc.oneof(fc.constantFrom(...SEVERITIES), hostileString), n: fc.nat() }), hostileDatum);
      check(
        fc.property(fc.oneof(fc.array(flagArb, { maxLength: 20 }), hostileDatum), (flags) => {
          const sorted = sortBySeverity(flags as never[]);
          expect(Array.isArray(sorted)).toBe(true);
          if (!Array.isArray(flags)) return void expect(sorted).toEqual([]);
          expect(sorted).toHaveLength(flags.length);
          const defined = sorted.filter((f) => f !== undefined);
          expect(isSorted(defined)).toBe(true);
          // Stable: within a rank, the given order.
          for (let r = 0; r <= SEVERITIES.length; r += 1) {
            expect(defined.filter((f) => rank(f) === r)).toEqual((flags as unknown[]).filter((f) => f !== undefined && rank(f) === r));
          }
        }),
      );
    },
    T,
  );

  it(
    'deriveCredentialFlags / credentialActionsFor: at most one blocking flag; five actions, none real',
    () => {
      check(
        fc.property(hostileDatum, (credential) => {
          const flags = deriveCredentialFlags(credential as never);
          expect(flags.length).toBeLessThanOrEqual(1);
          expectValidFlags(flags);
          const actions = credentialActionsFor(credential as never);
          expect(actions.map((a) => a.id)).toEqual([...CREDENTIAL_ACTION_IDS]);
          expect(actions.every((a) => a.performsRealAction === false)).toBe(true);
        }),
      );
    },
    T,
  );

  it(
    'summarizeHealth: integer counts, never negative, ≤ total; total = object items; deterministic',
    () => {
      check(
        fc.property(hostileList(hostileSource), nowArb, (sources, now) => {
          const { result: counts, warnings } = captureWarnings(() => summarizeHealth(sources as SourceConnection[], now as string));
          const objects = Array.isArray(sources) ? (sources as unknown[]).filter((s) => s != null && typeof s === 'object').length : 0;
          expect(counts.total).toBe(objects);
          for (const [key, value] of Object.entries(counts)) expect(isCount(value, counts.total), key).toBe(true);
          expect(counts.connected + counts.expired + counts.permissionMissing).toBeLessThanOrEqual(counts.total);
          expect(captureWarnings(() => summarizeHealth(sources as SourceConnection[], now as string)).result).toEqual(counts);
          for (const w of warnings) expect(w).toMatch(DOMAIN_FIELDS);
          const { result: outdated } = captureWarnings(() => isDataOutdated(sources as SourceConnection[], now as string));
          expect(typeof outdated).toBe('boolean');
        }),
      );
    },
    T,
  );
});

group('properties: anti-leak', () => {
  const authorizedSet = (ids: unknown): string[] =>
    Array.isArray(ids) ? (Array.prototype.filter.call(ids, (id: unknown) => typeof id === 'string' && id !== '') as string[]) : [];

  it.each([
    ['visibleSources', visibleSources, hostileSource, (x: { profileId: unknown }) => x.profileId],
    ['visibleAccounts', visibleAccounts, hostileAccount, (x: { profileId: unknown }) => x.profileId],
    ['visibleProfiles', visibleProfiles, hostileProfile, (x: { id: unknown }) => x.id],
  ] as const)(
    '%s: fails closed, a subset of its input, never an unauthorized profile',
    (_name, filter, item, profileOf) => {
      check(
        fc.property(hostileList(item), hostileAuthorizedIds, (items, ids) => {
          const { result, warnings } = captureWarnings(() => (filter as (a: unknown, b: unknown) => unknown[])(items, ids));
          expect(Array.isArray(result)).toBe(true);
          for (const w of warnings) expect(w).toMatch(/^\[integrations-ui\] (sources|accounts|profiles): expected an array/);
          const allowed = authorizedSet(ids);
          if (allowed.length === 0) expect(result).toEqual([]);
          const given = new Set(Array.isArray(items) ? (items as unknown[]) : []);
          for (const shown of result) {
            expect(given.has(shown)).toBe(true);
            const profile = (profileOf as (x: unknown) => unknown)(shown);
            expect(typeof profile).toBe('string');
            expect(allowed).toContain(profile);
            if (!allowed.includes(FOREIGN_PROFILE.id)) expect(profile).not.toBe(FOREIGN_PROFILE.id);
          }
          expect(captureWarnings(() => (filter as (a: unknown, b: unknown) => unknown[])(items, ids)).result).toEqual(result);
        }),
      );
    },
    T,
  );

  it(
    'linkableAccounts: only accounts of that one authorized profile (and platform)',
    () => {
      check(
        fc.property(
          hostileList(hostileAccount),
          hostileAuthorizedIds,
          fc.oneof(fc.constantFrom('prof_fr', 'prof_ch', FOREIGN_PROFILE.id), hostileDatum),
          fc.oneof(fc.constant(undefined), fc.constantFrom('SHOPIFY', 'TIKTOK_ADS'), hostileDatum),
          (accounts, ids, profileId, platformId) => {
            const { result } = captureWarnings(() => linkableAccounts(accounts as never, ids as never, profileId as never, platformId as never));
            expect(Array.isArray(result)).toBe(true);
            for (const account of result) {
              expect(account.profileId).toBe(profileId);
              expect(isAuthorizedProfile(account.profileId, ids as never)).toBe(true);
              if (platformId != null) expect(account.platformId).toBe(platformId);
            }
          },
        ),
      );
    },
    T,
  );

  it(
    'isAuthorizedProfile: a boolean, true only for a non-empty string among the ids',
    () => {
      check(
        fc.property(fc.oneof(fc.constantFrom('prof_fr', ''), hostileDatum), hostileAuthorizedIds, (profileId, ids) => {
          const result = isAuthorizedProfile(profileId, ids as never);
          expect(result).toBe(typeof profileId === 'string' && authorizedSet(ids).includes(profileId));
        }),
      );
    },
    T,
  );
});

group('properties: masking', () => {
  const VOCABULARY = /^[a-z]{1,4}$/;
  const refArb = fc.oneof(
    hostileString,
    fc
      .array(fc.oneof(fc.stringMatching(/^[a-z]{1,4}$/), fc.stringMatching(/^[A-Za-z0-9]{1,12}$/), fc.constant(MASK)), { minLength: 1, maxLength: 5 })
      .map((s) => s.join('_')),
    hostileDatum,
  );

  it(
    'maskRef: a string, never its input (unless made of masks only), at most one character of an identifier',
    () => {
      check(
        fc.property(refArb, (ref) => {
          const { result: masked, warnings } = captureWarnings(() => maskRef(ref));
          expect(typeof masked).toBe('string');
          if (typeof ref !== 'string' || ref.trim() === '') {
            expect(masked).toBe(MASK);
            expect(warnings[0]).toMatch(/^\[integrations-ui\] externalRef: expected a non-empty string/);
            return;
          }
          const masksOnly = ref.split('_').every((s) => s === MASK);
          if (!masksOnly) expect(masked).not.toBe(ref);
          const input = ref.split('_');
          const output = masked.split('_');
          expect(output).toHaveLength(input.length);
          output.forEach((segment, i) => {
            if (segment === input[i] && VOCABULARY.test(segment)) return;
            expect(segment.startsWith(MASK)).toBe(true);
            expect(segment.length - MASK.length).toBeLessThanOrEqual(1);
          });
          expect(maskRef(ref)).toBe(masked);
        }),
      );
    },
    T,
  );
});

group('properties: shape checks', () => {
  it.each([
    ['checkSource', checkSource],
    ['checkSources', checkSources],
    ['checkProfiles', checkProfiles],
    ['checkSyncRuns', checkSyncRuns],
    ['checkAccounts', checkAccounts],
    ['checkCredentialState', checkCredentialState],
    ['checkArray', (v: unknown) => checkArray(v, 'list')],
  ] as const)(
    '%s: a problem string or null, deterministic',
    (_name, checkFn) => {
      check(
        fc.property(fc.oneof(hostileSource, hostileList(hostileSource), hostileList(hostileAccount), hostileList(hostileProfile)), (value) => {
          const problem = (checkFn as (v: unknown) => string | null)(value);
          expect(problem === null || typeof problem === 'string').toBe(true);
          expect((checkFn as (v: unknown) => string | null)(value)).toBe(problem);
          expect(firstProblem(problem, 'later')).toBe(problem ?? 'later');
        }),
      );
    },
    T,
  );
});

group('properties: dev warnings', () => {
  it(
    'describe: never throws, bounded, deterministic, for anything (traps, cycles, BigInt, huge)',
    () => {
      check(
        fc.property(fc.oneof(hostileValue, hostileList(hostileValue)), (value) => {
          const text = describe(value);
          expect(typeof text).toBe('string');
          expect(text.length).toBeLessThanOrEqual(DESCRIBE_MAX_LENGTH + 3);
          expect(describe(value)).toBe(text);
        }),
      );
    },
    T,
  );
});

it('warnings start with the package prefix', () => {
  const { warnings } = captureWarnings(() => maskRef(null));
  expect(warnings[0]!.startsWith(PREFIX)).toBe(true);
});
