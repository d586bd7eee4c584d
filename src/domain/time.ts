import { describe, devWarn, toText } from './dev';

/** Anything a caller may hand us as "now": a Date, an epoch in ms or an ISO string. */
export type Instant = Date | number | string;

/** The range of a JavaScript Date: ±8.64e15 ms (±100,000,000 days) around the epoch. */
export const MAX_EPOCH_MS = 8.64e15;

// Strict ISO-8601 with a time and an explicit zone: `Date.parse` alone accepts too much
// ("2026-05-03" is read as UTC midnight, "May 3" as local time) and would hide bad data.
const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|([+-])(\d{2}):(\d{2}))$/;

const inRange = (ms: number) => Number.isFinite(ms) && Math.abs(ms) <= MAX_EPOCH_MS;

/**
 * The epoch of an ISO string, or null when it does not name a real instant. `Date.parse` rolls
 * impossible fields over (`2026-02-30` becomes March 2, `T25:00` the next day): the parsed
 * instant, read back in the string's own offset, must give the very fields that were written.
 * So `24:00` is rejected too (write `00:00` of the next day: one instant, one spelling), as are
 * a leap second `:60` and an offset beyond ±23:59.
 */
function parseIsoString(value: string): number | null {
  const match = ISO_INSTANT.exec(value);
  if (!match) return null;
  const [, year, month, day, hour, minute, second = '00', zone, sign, offsetHours = '0', offsetMinutes = '0'] = match;
  if (Number(offsetHours) > 23 || Number(offsetMinutes) > 59) return null;
  const ms = Date.parse(value);
  if (!inRange(ms)) return null;
  const offset = zone === 'Z' ? 0 : (sign === '-' ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes));
  const local = new Date(ms + offset * 60_000);
  const same =
    local.getUTCFullYear() === Number(year) &&
    local.getUTCMonth() + 1 === Number(month) &&
    local.getUTCDate() === Number(day) &&
    local.getUTCHours() === Number(hour) &&
    local.getUTCMinutes() === Number(minute) &&
    local.getUTCSeconds() === Number(second);
  return same ? ms : null;
}

function epochOf(value: unknown): number | null {
  if (value instanceof Date) {
    try {
      // Not `value.getTime()`: an object can inherit from Date.prototype without being a Date.
      const ms = Date.prototype.getTime.call(value);
      return inRange(ms) ? ms : null;
    } catch {
      return null;
    }
  }
  if (typeof value === 'number') return inRange(value) ? value : null;
  if (typeof value === 'string') return parseIsoString(value);
  return null;
}

/**
 * Reads an instant, or returns null (with one development warning naming `field`) when the
 * value is not a valid ISO-8601 timestamp with a time zone naming a real date and time, an
 * epoch in ms or a valid Date, inside the Date range (±8.64e15 ms). Always a new Date: the
 * caller's object is never returned (nor mutated).
 */
export function parseInstant(value: unknown, field: string): Date | null {
  const ms = epochOf(value);
  if (ms !== null) return new Date(ms);
  devWarn(`${toText(field)}: expected an ISO-8601 timestamp with a time zone, got ${describe(value)}.`);
  return null;
}

export const HOUR_MS = 3_600_000;
