import type { PlatformId } from './enums';

/**
 * Freshness window per platform: a successful sync older than this makes a source STALE.
 * GA4 documents 24–48 h of processing delay, so it gets the upper bound; the daily-syncing
 * platforms get a day.
 */
export const FRESHNESS_WINDOW_HOURS = {
  SHOPIFY: 24,
  GA4: 48,
  GOOGLE_ADS: 24,
  META_ADS: 24,
  TIKTOK_ADS: 24,
  TIKTOK_ORGANIC: 24,
} as const satisfies Record<PlatformId, number>;

/** Used when a source names a platform the library does not know. */
export const DEFAULT_FRESHNESS_WINDOW_HOURS = 24;
