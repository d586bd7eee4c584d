import { describe, devWarn } from './dev';
import { isOneOf, PLATFORM_IDS, type Freshness } from './enums';
import { DEFAULT_FRESHNESS_WINDOW_HOURS, FRESHNESS_WINDOW_HOURS } from './platforms';
import { HOUR_MS, parseInstant, type Instant } from './time';
import type { SourceConnection } from './types';

/** The freshness window of a source's platform, in hours (a default for an unknown platform). */
export function freshnessWindowHours(source: Pick<SourceConnection, 'platformId'>): number {
  const platformId: unknown = source?.platformId;
  if (isOneOf(PLATFORM_IDS, platformId)) return FRESHNESS_WINDOW_HOURS[platformId];
  devWarn(`platformId: unknown platform ${describe(platformId)}; using a ${DEFAULT_FRESHNESS_WINDOW_HOURS} h freshness window.`);
  return DEFAULT_FRESHNESS_WINDOW_HOURS;
}

/**
 * How current a source's data is:
 * - UNKNOWN when the source is disabled (nothing is expected of it), or the data is unreadable
 *   (malformed or future timestamp, invalid `now`);
 * - MISSING when it never synced successfully;
 * - STALE when the last successful sync is older than the platform's freshness window;
 * - FRESH otherwise.
 */
export function deriveFreshness(source: Pick<SourceConnection, 'enabled' | 'lastSuccessfulSyncAt' | 'platformId'>, now: Instant): Freshness {
  if (source == null || typeof source !== 'object') {
    devWarn('source: expected a SourceConnection object.');
    return 'UNKNOWN';
  }
  if (source.enabled === false) return 'UNKNOWN';
  if (source.enabled !== true) devWarn(`enabled: expected a boolean, got ${describe(source.enabled)}.`);
  if (source.lastSuccessfulSyncAt == null) return 'MISSING';
  const last = parseInstant(source.lastSuccessfulSyncAt, 'lastSuccessfulSyncAt');
  const at = parseInstant(now, 'now');
  if (!last || !at) return 'UNKNOWN';
  const age = at.getTime() - last.getTime();
  if (age < 0) {
    const written = typeof source.lastSuccessfulSyncAt === 'string' ? source.lastSuccessfulSyncAt : last.toISOString();
    devWarn(`lastSuccessfulSyncAt: ${written} is in the future of now (${at.toISOString()}).`);
    return 'UNKNOWN';
  }
  return age > freshnessWindowHours(source) * HOUR_MS ? 'STALE' : 'FRESH';
}
