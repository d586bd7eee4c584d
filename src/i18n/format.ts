import { describe, devWarn } from '../domain/dev';
import { MAX_EPOCH_MS, parseInstant, type Instant } from '../domain/time';
import type { Locale } from './messages/types';

export interface FormattedInstant {
  /** Machine-readable ISO-8601 value for `<time dateTime>`. */
  iso: string;
  /** Absolute date and time in the given time zone, with the zone's abbreviation. */
  absolute: string;
  /** Relative to `now` ("3 days ago"), or null when no `now` is known. */
  relative: string | null;
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

// Intl formatters are costly to build and a table may format thousands of cells: cache them.
// Bounded: an app switching among endless locale tags must not grow it forever.
const cache = new Map<string, Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.NumberFormat>();
const MAX_CACHED = 100;
function cached<T extends Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let f = cache.get(key) as T | undefined;
  if (!f) {
    f = make();
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(key, f);
  }
  return f;
}

/** A locale tag Intl accepts, else English (a malformed tag must not crash a whole table). */
export function safeLocale(locale: unknown): string {
  if (typeof locale !== 'string' || locale === '') return 'en';
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en';
  } catch {
    devWarn(`locale: ${describe(locale)} is not a valid locale tag; formatting in English.`);
    return 'en';
  }
}

/** The epoch of a valid Date inside the Date range, else null (never throws, even on a fake Date). */
function epochOf(date: unknown): number | null {
  if (!(date instanceof Date)) return null;
  try {
    const ms = Date.prototype.getTime.call(date);
    return Number.isFinite(ms) && Math.abs(ms) <= MAX_EPOCH_MS ? ms : null;
  } catch {
    return null;
  }
}

const checkedZones = new Map<string, string>();

/** A time zone Intl accepts, else UTC (an invalid zone must not crash a whole table). */
export function safeTimeZone(timeZone: string | undefined): string {
  if (typeof timeZone !== 'string' || timeZone === '') return 'UTC';
  // Building a DateTimeFormat costs ~0.1 ms: remember the answer (bounded, like the formatters).
  const known = checkedZones.get(timeZone);
  if (known !== undefined) return known;
  let zone = 'UTC';
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    zone = timeZone;
  } catch {
    // not a zone Intl knows: UTC
  }
  if (checkedZones.size >= MAX_CACHED) checkedZones.clear();
  checkedZones.set(timeZone, zone);
  return zone;
}

/**
 * Absolute date and time in `timeZone` (UTC when invalid), in `locale` (English when invalid).
 * An invalid Date gives '' (`formatInstant` returns null instead, for the "Invalid date" state).
 */
export function formatAbsolute(date: Date, locale: Locale, timeZone: string): string {
  const ms = epochOf(date);
  if (ms === null) return '';
  const tz = safeTimeZone(timeZone);
  const tag = safeLocale(locale);
  return cached(
    `dt|${tag}|${tz}`,
    () =>
      new Intl.DateTimeFormat(tag, {
        year: 'numeric',
        month: 'short',
        day: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        timeZone: tz,
        timeZoneName: 'short',
      }),
  ).format(ms);
}

/**
 * "3 days ago", "in 2 hours", "now": the largest whole unit, so a glance is enough.
 * '' when either Date is invalid.
 */
export function formatRelative(date: Date, now: Date, locale: Locale): string {
  const at = epochOf(date);
  const reference = epochOf(now);
  if (at === null || reference === null) return '';
  const seconds = Math.round((at - reference) / 1000);
  const tag = safeLocale(locale);
  const rtf = cached(`rt|${tag}`, () => new Intl.RelativeTimeFormat(tag, { numeric: 'auto' }));
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size || unit === 'second') return rtf.format(Math.trunc(seconds / size), unit);
  }
  return rtf.format(0, 'second');
}

/**
 * Formats an instant for display: absolute in the profile's time zone, relative to `now`.
 * Returns null for an invalid value (the caller renders its "Invalid date" state).
 */
export function formatInstant(value: unknown, opts: { locale: Locale; timeZone: string; now?: Instant; field?: string }): FormattedInstant | null {
  const { locale, timeZone, now: nowValue, field } = opts ?? ({} as Partial<typeof opts>);
  const date = parseInstant(value, typeof field === 'string' ? field : 'timestamp');
  if (!date) return null;
  const now = nowValue === undefined ? null : parseInstant(nowValue, 'now');
  return {
    iso: date.toISOString().replace('.000Z', 'Z'),
    absolute: formatAbsolute(date, locale ?? 'en', timeZone ?? 'UTC'),
    relative: now ? formatRelative(date, now, locale ?? 'en') : null,
  };
}

/** A number in `locale` (English when invalid); a value that is not a number (or BigInt) gives ''. */
export function formatNumber(value: number, locale: Locale): string {
  if (typeof value !== 'number' && typeof value !== 'bigint') return '';
  const tag = safeLocale(locale);
  return cached(`n|${tag}`, () => new Intl.NumberFormat(tag)).format(value);
}
