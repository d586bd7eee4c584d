/**
 * Property-based suite of the i18n formatters (issue 9, part A): hostile instants, dates, `now`,
 * locales, time zones and numbers never throw and give a defined string (or null) of the right
 * shape. Seed, runs and time budget: FC_PARAMS (see arbitraries.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseInstant } from '../../src/domain';
import { formatAbsolute, formatInstant, formatNumber, formatRelative, safeLocale, safeTimeZone } from '../../src/i18n/format';
import { FIXTURE_NOW } from '../../src/fixtures';
import { captureWarnings, check, hostileDatum, hostileInstant, hostileNumber, hostileString, PROPERTY_TIMEOUT_MS } from './arbitraries';

const T = PROPERTY_TIMEOUT_MS;
const localeArb = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('en', 'fr', 'de-CH', 'ar-EG', 'he', 'ja-JP-u-ca-japanese', 'th-TH-u-nu-thai', 'EN-us') },
  { weight: 2, arbitrary: hostileString },
  { weight: 1, arbitrary: hostileDatum },
);
const timeZoneArb = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('UTC', 'Europe/Paris', 'Europe/Zurich', 'Pacific/Kiritimati', 'America/St_Johns', 'Asia/Kathmandu') },
  { weight: 2, arbitrary: hostileString },
  { weight: 1, arbitrary: hostileDatum },
);
/** Dates of any kind: valid (pre-1970, the Date range's edges), invalid, and objects posing as Dates. */
const dateArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.date(),
  fc.constantFrom(new Date(8.64e15), new Date(-8.64e15), new Date(Number.NaN), new Date(-1)),
  fc.constant(null).map(() => Object.create(Date.prototype) as unknown),
  hostileDatum,
);
const noDomainCrash = /^\[integrations-ui\] (timestamp|now|at|locale|lastSuccessfulSyncAt):/;

describe('properties: formatters', () => {
  it(
    'formatInstant: null or { iso, absolute, relative } of strings; null warns naming the field; deterministic',
    () => {
      check(
        fc.property(hostileInstant, fc.oneof(fc.constant(undefined), hostileInstant), localeArb, timeZoneArb, (value, now, locale, timeZone) => {
          const opts = { locale: locale as string, timeZone: timeZone as string, now: now as string, field: 'at' };
          const { result, warnings } = captureWarnings(() => formatInstant(value, opts));
          for (const w of warnings) expect(w).toMatch(noDomainCrash);
          if (result === null) {
            expect(warnings.join('\n')).toMatch(/^\[integrations-ui\] at: expected an ISO-8601 timestamp/m);
            return;
          }
          expect(typeof result.iso).toBe('string');
          expect(typeof result.absolute).toBe('string');
          expect(result.absolute).not.toBe('');
          expect(result.relative === null || (typeof result.relative === 'string' && result.relative !== '')).toBe(true);
          // The machine-readable value reads back as the same instant.
          expect(new Date(result.iso).getTime()).toBe(captureWarnings(() => parseInstant(value, 'at')).result!.getTime());
          expect(captureWarnings(() => formatInstant(value, opts)).result).toEqual(result);
        }),
      );
    },
    T,
  );

  it(
    'formatInstant: survives a missing or hostile options object',
    () => {
      check(
        fc.property(hostileInstant, fc.oneof(fc.constant(undefined), hostileDatum), (value, opts) => {
          const { result } = captureWarnings(() => formatInstant(value, opts as never));
          expect(result === null || typeof result === 'object').toBe(true);
        }),
      );
    },
    T,
  );

  it(
    'formatAbsolute: a string for any Date, locale and zone ("" exactly when the Date is invalid)',
    () => {
      check(
        fc.property(dateArb, localeArb, timeZoneArb, (date, locale, timeZone) => {
          const { result } = captureWarnings(() => formatAbsolute(date as Date, locale as string, timeZone as string));
          expect(typeof result).toBe('string');
          const valid = date instanceof Date && captureWarnings(() => parseInstant(date, 'd')).result !== null;
          expect(result === '').toBe(!valid);
        }),
      );
    },
    T,
  );

  it(
    'formatRelative: a string for any two Dates and locale ("" when either is invalid)',
    () => {
      check(
        fc.property(dateArb, fc.oneof(dateArb, fc.constant(new Date(FIXTURE_NOW))), localeArb, (date, now, locale) => {
          const { result } = captureWarnings(() => formatRelative(date as Date, now as Date, locale as string));
          expect(typeof result).toBe('string');
          const valid = (d: unknown) => d instanceof Date && captureWarnings(() => parseInstant(d, 'd')).result !== null;
          expect(result === '').toBe(!(valid(date) && valid(now)));
        }),
      );
    },
    T,
  );

  it(
    'formatNumber: a string for any value and locale (non-empty for a number)',
    () => {
      check(
        fc.property(fc.oneof(hostileNumber, fc.bigInt(), hostileDatum), localeArb, (value, locale) => {
          const { result } = captureWarnings(() => formatNumber(value as number, locale as string));
          expect(typeof result).toBe('string');
          if (typeof value === 'number' || typeof value === 'bigint') expect(result).not.toBe('');
        }),
      );
    },
    T,
  );

  it(
    'safeTimeZone / safeLocale: always something Intl accepts',
    () => {
      check(
        fc.property(timeZoneArb, localeArb, (timeZone, locale) => {
          const { result: tz } = captureWarnings(() => safeTimeZone(timeZone as string));
          const { result: tag } = captureWarnings(() => safeLocale(locale));
          expect(() => new Intl.DateTimeFormat(tag, { timeZone: tz })).not.toThrow();
        }),
      );
    },
    T,
  );
});
