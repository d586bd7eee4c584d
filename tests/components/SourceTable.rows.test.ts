import { describe, expect, it } from 'vitest';
import { rowWindow, SOURCE_TABLE_ROW_HEIGHT } from '../../src/components/SourceTable/SourceTable';
import { nextSort, sourceTableRows, type SourceTableView } from '../../src/components/SourceTable/rows';
import { FIXTURE_NOW, makeSource, SOURCES } from '../../src/fixtures';

const context = { profileName: (id: string) => ({ 'profile-fr': 'Profile France', 'profile-ch': 'Profile Suisse' })[id] ?? id, now: FIXTURE_NOW };
const view = (partial: Partial<SourceTableView>): SourceTableView => ({ sort: null, filters: {}, ...partial });
const names = (rows: readonly { name: string }[]) => rows.map((s) => s.name);

describe('SourceTable row model', () => {
  it('keeps the given order without a sort, and filters before it sorts', () => {
    expect(names(sourceTableRows(SOURCES, view({}), context))).toEqual(names(SOURCES));
    const connected = sourceTableRows(SOURCES, view({ filters: { status: 'connected' }, sort: { column: 'source', desc: true } }), context);
    expect(connected.length).toBeGreaterThan(0);
    expect(names(connected)).toEqual(names(connected).toSorted((a, b) => b.toLowerCase().localeCompare(a.toLowerCase())));
  });

  it('searches source, profile and platform names, case-insensitively', () => {
    const rows = [
      makeSource({ id: 'a', name: 'Alpha', profileId: 'profile-ch', platformId: 'GA4' }),
      makeSource({ id: 'b', name: 'Beta', profileId: 'profile-fr', platformId: 'SHOPIFY' }),
    ];
    expect(names(sourceTableRows(rows, view({ filters: { search: 'SUISSE' } }), context))).toEqual(['Alpha']);
    expect(names(sourceTableRows(rows, view({ filters: { search: 'shop' } }), context))).toEqual(['Beta']);
    expect(names(sourceTableRows(rows, view({ filters: { search: 'bet' } }), context))).toEqual(['Beta']);
  });

  it('sorts missing or unreadable sync times last in both directions, ties in the given order', () => {
    const rows = [
      makeSource({ id: 'never', name: 'Never', lastSuccessfulSyncAt: null }),
      makeSource({ id: 'old', name: 'Old', lastSuccessfulSyncAt: '2026-05-01T00:00:00Z' }),
      makeSource({ id: 'bad', name: 'Bad', lastSuccessfulSyncAt: 'not a date' }),
      makeSource({ id: 'new', name: 'New', lastSuccessfulSyncAt: '2026-05-03T00:00:00Z' }),
    ];
    expect(names(sourceTableRows(rows, view({ sort: { column: 'lastSync', desc: true } }), context))).toEqual(['New', 'Old', 'Never', 'Bad']);
    expect(names(sourceTableRows(rows, view({ sort: { column: 'lastSync', desc: false } }), context))).toEqual(['Old', 'New', 'Never', 'Bad']);
  });

  it('matches no row on a freshness filter without a clock', () => {
    expect(sourceTableRows(SOURCES, view({ filters: { freshness: 'FRESH' } }), { ...context, now: undefined })).toEqual([]);
  });

  it('cycles a header: first direction, the other, then the given order', () => {
    expect(nextSort(null, 'source')).toEqual({ column: 'source', desc: false });
    expect(nextSort({ column: 'source', desc: false }, 'source')).toEqual({ column: 'source', desc: true });
    expect(nextSort({ column: 'source', desc: true }, 'source')).toBeNull();
    // Last sync reads newest first.
    expect(nextSort({ column: 'source', desc: true }, 'lastSync')).toEqual({ column: 'lastSync', desc: true });
    expect(nextSort({ column: 'lastSync', desc: true }, 'lastSync')).toEqual({ column: 'lastSync', desc: false });
  });
});

describe('SourceTable row window', () => {
  it('renders the rows in view plus 8 on each side, clamped to the list', () => {
    const inView = Math.ceil(560 / SOURCE_TABLE_ROW_HEIGHT);
    expect(rowWindow(10_000, 0, 560)).toEqual({ start: 0, end: inView + 8, height: 560 });
    expect(rowWindow(10_000, 100, 560)).toEqual({ start: 92, end: 100 + inView + 8, height: 560 });
    expect(rowWindow(10_000, 99_999, 560)).toEqual({ start: 10_000 - inView - 8, end: 10_000, height: 560 });
    expect(rowWindow(3, 50, 560)).toEqual({ start: 0, end: 3, height: 560 });
  });

  it('falls back to 560 px for a height that is not a positive number', () => {
    for (const bad of [0, -1, Number.NaN, Number.POSITIVE_INFINITY, '400', undefined]) expect(rowWindow(1000, 0, bad).height).toBe(560);
  });
});
