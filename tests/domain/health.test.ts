import { describe, expect, it } from 'vitest';
import {
  connectionLabel,
  CONNECTION_STATUSES,
  deriveAllQualityFlags,
  deriveCredentialFlags,
  deriveHealth,
  deriveQualityFlags,
  isDataOutdated,
  sortBySeverity,
  summarizeHealth,
} from '../../src/domain';
import {
  FIXTURE_NOW,
  GA4_FRANCE,
  makeCredentialState,
  makeSource,
  SHOPIFY_ESPAGNE,
  SHOPIFY_FRANCE,
  SHOPIFY_SUISSE,
  SHOPIFY_SUISSE_CREDENTIALS,
  SOURCES,
  TIKTOK_ADS_FRANCE,
} from '../../src/fixtures';
import { expectConsole } from '../helpers';

describe('connectionLabel', () => {
  it('gives the status labels of seed 002 "Source Sync Status"', () => {
    expect(SOURCES.map(connectionLabel)).toEqual([
      'connected',
      'connected',
      'connected',
      'connected',
      'connectedDisabled',
      'connected',
      'connected',
      'permissionMissing',
      'disconnected',
      'expired',
    ]);
  });

  it.each(CONNECTION_STATUSES)('maps %s to a known label', (connectionStatus) => {
    expect(connectionLabel(makeSource({ connectionStatus }))).not.toBe('unknown');
  });

  it('maps an unknown status to unknown, with a warning', () => {
    expectConsole(/connectionStatus: unknown status "PAUSED"/);
    expect(connectionLabel(makeSource({ connectionStatus: 'PAUSED' as never }))).toBe('unknown');
  });
});

describe('deriveQualityFlags', () => {
  it("reproduces seed 002's open flags, in the seed's order", () => {
    expect(deriveAllQualityFlags(SOURCES, FIXTURE_NOW).map((f) => [f.severity, f.code])).toEqual([
      ['warning', 'schema_changed'],
      ['info', 'mapping_unconfirmed'],
      ['warning', 'source_stale'],
      ['critical', 'permission_missing'],
      ['critical', 'source_disconnected'],
      ['critical', 'source_expired'],
    ]);
  });

  it('sorts one source’s flags from most to least severe', () => {
    const source = makeSource({ connectionStatus: 'EXPIRED', technical: { schemaChanged: true, mappingStatus: 'unconfirmed' } });
    expect(deriveQualityFlags(source, FIXTURE_NOW).map((f) => f.code)).toEqual(['source_expired', 'schema_changed', 'mapping_unconfirmed']);
  });

  it('keeps the given order within a severity', () => {
    const flags = [
      { code: 'a', severity: 'info' },
      { code: 'b', severity: 'critical' },
      { code: 'c', severity: 'info' },
      { code: 'd', severity: 'blocking' },
    ] as const;
    expect(sortBySeverity(flags).map((f) => f.code)).toEqual(['b', 'd', 'a', 'c']);
  });

  it('flags missing credentials as blocking, apart from the source flags (seed 001)', () => {
    expect(deriveQualityFlags(SHOPIFY_SUISSE, FIXTURE_NOW)).toEqual([]);
    expect(deriveCredentialFlags(SHOPIFY_SUISSE_CREDENTIALS)).toEqual([{ code: 'credential_missing', severity: 'blocking', sourceId: 'shopify-ch' }]);
    expect(deriveCredentialFlags(makeCredentialState({ clientId: 'configured', clientSecret: 'configured' }))).toEqual([]);
    expect(deriveCredentialFlags(undefined)).toEqual([]);
  });

  it('returns no flag rather than crashing on a missing source', () => {
    expect(deriveQualityFlags(null as never, FIXTURE_NOW)).toEqual([]);
    expect(deriveAllQualityFlags('nope' as never, FIXTURE_NOW)).toEqual([]);
  });
});

describe('deriveHealth', () => {
  it.each([
    [SHOPIFY_FRANCE, 'warning', ['schema_changed']],
    [TIKTOK_ADS_FRANCE, 'healthy', ['mapping_unconfirmed']], // info does not lower health
    [SHOPIFY_SUISSE, 'healthy', []],
    [GA4_FRANCE, 'healthy', []],
    [SHOPIFY_ESPAGNE, 'critical', ['source_expired']],
  ] as const)('%s is %s', (source, status, codes) => {
    expect(deriveHealth(source, FIXTURE_NOW)).toEqual({ status, codes });
  });
});

describe('summarizeHealth', () => {
  it('reproduces the health summary of seed 002 exactly', () => {
    expect(summarizeHealth(SOURCES, FIXTURE_NOW)).toEqual({
      total: 10,
      connected: 7,
      expired: 1,
      permissionMissing: 1,
      stale: 1,
      schemaChanged: 1,
      mappingUnconfirmed: 1,
      critical: 3,
    });
  });

  it('is all zeros for no source, and skips holes in the list', () => {
    expect(summarizeHealth([], FIXTURE_NOW).total).toBe(0);
    expect(summarizeHealth([GA4_FRANCE, null as never], FIXTURE_NOW).total).toBe(1);
  });

  it('says the data may be outdated as soon as one source is not fresh', () => {
    expect(isDataOutdated(SOURCES, FIXTURE_NOW)).toBe(true);
    expect(isDataOutdated([GA4_FRANCE, SHOPIFY_FRANCE], FIXTURE_NOW)).toBe(false);
  });
});
