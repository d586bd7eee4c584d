import { parseInstant, type Instant } from '../domain/time';
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
const cache = new Map<string, Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.NumberFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let f = cache.get(key) as T | undefined;
  if (!f) {
    f = make();
    cache.set(key, f);
  }
  return f;
}

/** A time zone Intl accepts, else UTC (an invalid zone must not crash a whole table). */
export function safeTimeZone(timeZone: string | undefined): string {
  if (!timeZone) return 'UTC';
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return timeZone;
  } catch {
    return 'UTC';
  }
}

export function formatAbsolute(date: Date, locale: Locale, timeZone: string): string {
  const tz = safeTimeZone(timeZone);
  return cached(`dt|${locale}|${tz}`, () =>
    new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone: tz,
      timeZoneName: 'short',
    }),
  ).format(date);
}

/** "3 days ago", "in 2 hours", "now": the largest whole unit, so a glance is enough. */
export function formatRelative(date: Date, now: Date, locale: Locale): string {
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  const rtf = cached(`rt|${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
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
  const date = parseInstant(value, opts.field ?? 'timestamp');
  if (!date) return null;
  const now = opts.now === undefined ? null : parseInstant(opts.now, 'now');
  return {
    iso: date.toISOString().replace('.000Z', 'Z'),
    absolute: formatAbsolute(date, opts.locale, opts.timeZone),
    relative: now ? formatRelative(date, now, opts.locale) : null,
  };
}

export function formatNumber(value: number, locale: Locale): string {
  return cached(`n|${locale}`, () => new Intl.NumberFormat(locale)).format(value);
}
