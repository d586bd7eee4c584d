import { devWarn } from './dev';

/** Anything a caller may hand us as "now": a Date, an epoch in ms or an ISO string. */
export type Instant = Date | number | string;

// Strict ISO-8601 with a time and an explicit zone: `Date.parse` alone accepts too much
// ("2026-05-03" is read as UTC midnight, "May 3" as local time) and would hide bad data.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Reads an instant, or returns null (with one development warning naming `field`) when the
 * value is not a valid ISO-8601 timestamp with a time zone, a finite epoch, or a valid Date.
 */
export function parseInstant(value: unknown, field: string): Date | null {
  if (value instanceof Date) {
    if (!Number.isNaN(value.getTime())) return value;
  } else if (typeof value === 'number') {
    if (Number.isFinite(value)) return new Date(value);
  } else if (typeof value === 'string' && ISO_INSTANT.test(value)) {
    const ms = Date.parse(value);
    if (!Number.isNaN(ms)) return new Date(ms);
  }
  devWarn(`${field}: expected an ISO-8601 timestamp with a time zone, got ${JSON.stringify(value)}.`);
  return null;
}

export const HOUR_MS = 3_600_000;
