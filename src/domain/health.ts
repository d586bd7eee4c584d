import type { DataQualityCode, HealthStatus } from './enums';
import { deriveQualityFlags } from './flags';
import { deriveFreshness } from './freshness';
import type { Instant } from './time';
import type { SourceConnection } from './types';

export interface SourceHealth {
  status: HealthStatus;
  /** Every flag code behind the status, most severe first (info codes included). */
  codes: DataQualityCode[];
}

/**
 * A source's health: critical if any critical or blocking flag, warning if any warning flag,
 * else healthy. Info flags do not lower it (TikTok Ads France is healthy with
 * mapping_unconfirmed) but are listed in `codes`.
 */
export function deriveHealth(source: SourceConnection, now: Instant): SourceHealth {
  const flags = deriveQualityFlags(source, now);
  const has = (...severities: string[]) => flags.some((f) => severities.includes(f.severity));
  const status: HealthStatus = has('critical', 'blocking') ? 'critical' : has('warning') ? 'warning' : 'healthy';
  return { status, codes: flags.map((f) => f.code) };
}

/** Source counts by health, as the settings page's health summary shows them. */
export interface HealthCounts {
  total: number;
  connected: number;
  expired: number;
  permissionMissing: number;
  stale: number;
  schemaChanged: number;
  mappingUnconfirmed: number;
  critical: number;
}

/** Counts the sources by health for the health summary. `connected` counts CONNECTED sources, disabled or not. */
export function summarizeHealth(sources: readonly SourceConnection[], now: Instant): HealthCounts {
  const list = Array.isArray(sources) ? sources.filter((s) => s != null && typeof s === 'object') : [];
  const count = (predicate: (s: SourceConnection) => boolean) => list.filter(predicate).length;
  return {
    total: list.length,
    connected: count((s) => s.connectionStatus === 'CONNECTED'),
    expired: count((s) => s.connectionStatus === 'EXPIRED'),
    permissionMissing: count((s) => s.connectionStatus === 'PERMISSION_MISSING'),
    stale: count((s) => deriveFreshness(s, now) === 'STALE'),
    schemaChanged: count((s) => s.technical?.schemaChanged === true),
    mappingUnconfirmed: count((s) => s.technical?.mappingStatus === 'unconfirmed'),
    critical: count((s) => deriveHealth(s, now).status === 'critical'),
  };
}

/** True when any source is not FRESH: summary sections then say "Data may be outdated". */
export function isDataOutdated(sources: readonly SourceConnection[], now: Instant): boolean {
  return (Array.isArray(sources) ? sources : []).some((s) => deriveFreshness(s, now) !== 'FRESH');
}
