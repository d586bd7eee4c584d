/**
 * The shape checks a page runs per section (src/domain/validate.ts): the fixtures pass, and each
 * kind of malformation is named with its path, first problem first. (The properties suite checks
 * they never throw on any input; this pins what they say.)
 */
import { describe, expect, it } from 'vitest';
import { checkAccounts, checkArray, checkCredentialState, checkProfiles, checkSource, checkSources, checkSyncRuns, firstProblem } from '../../src/domain';
import { EXTERNAL_ACCOUNTS, PROFILES, SHOPIFY_FRANCE, SHOPIFY_SUISSE_CREDENTIALS, SOURCES, SYNC_RUNS } from '../../src/fixtures';

describe('every fixture has the shape its section expects', () => {
  it.each([
    ['checkSources', () => checkSources(SOURCES)],
    ['checkProfiles', () => checkProfiles(PROFILES)],
    ['checkSyncRuns', () => checkSyncRuns(SYNC_RUNS)],
    ['checkAccounts', () => checkAccounts(EXTERNAL_ACCOUNTS)],
    ['checkCredentialState', () => checkCredentialState(SHOPIFY_SUISSE_CREDENTIALS)],
    ['checkArray', () => checkArray([], 'actions')],
  ])('%s → null', (_, run) => expect(run()).toBeNull());
});

describe('the first problem, with its path', () => {
  it.each([
    ['not an object', () => checkSource('shopify-fr'), 'source is not an object'],
    ['an array is not an object', () => checkSource([SHOPIFY_FRANCE]), 'source is not an object'],
    ['a missing field', () => checkSource({ ...SHOPIFY_FRANCE, name: undefined }), 'source.name is missing or has the wrong type'],
    ['a wrong type', () => checkSource({ ...SHOPIFY_FRANCE, enabled: 'yes' }), 'source.enabled is missing or has the wrong type'],
    [
      'a nested field',
      () => checkSource({ ...SHOPIFY_FRANCE, technical: { ...SHOPIFY_FRANCE.technical, schemaChanged: 1 } }),
      'source.technical.schemaChanged is missing or has the wrong type',
    ],
    [
      'a null last sync is allowed, a number is not',
      () => checkSource({ ...SHOPIFY_FRANCE, lastSuccessfulSyncAt: 0 }),
      'source.lastSuccessfulSyncAt is missing or has the wrong type',
    ],
    ['not an array', () => checkSources({ 0: SHOPIFY_FRANCE }), 'sources is not an array'],
    ['the failing item of a list', () => checkSources([SHOPIFY_FRANCE, null]), 'sources[1] is not an object'],
    ['a custom name', () => checkProfiles([{ ...PROFILES[0], timeZone: 1 }], 'page.profiles'), 'page.profiles[0].timeZone is missing or has the wrong type'],
    ['a negative count', () => checkSyncRuns([{ ...SYNC_RUNS[0], failed: -1 }]), 'syncRuns[0].failed is missing or has the wrong type'],
    ['a non-finite count', () => checkSyncRuns([{ ...SYNC_RUNS[0], fetched: Number.NaN }]), 'syncRuns[0].fetched is missing or has the wrong type'],
    [
      'an account without selected',
      () => checkAccounts([{ ...EXTERNAL_ACCOUNTS[0], selected: undefined }]),
      'accounts[0].selected is missing or has the wrong type',
    ],
    [
      'credentials with a non-array checklist',
      () => checkCredentialState({ ...SHOPIFY_SUISSE_CREDENTIALS, checklist: 'ok' }),
      'credentials.checklist is missing or has the wrong type',
    ],
    ['checkArray on an object', () => checkArray({ length: 0 }, 'actions'), 'actions is not an array'],
  ])('%s', (_, run, problem) => expect(run()).toBe(problem));

  it('a hole in a list is a problem (an API never sends one)', () => {
    // eslint-disable-next-line no-sparse-arrays -- the hole is the point
    expect(checkSources([SHOPIFY_FRANCE, , SHOPIFY_FRANCE])).toBe('sources[1] is not an object');
  });

  it('firstProblem returns the first non-null problem, or null', () => {
    expect(firstProblem(null, 'b', 'c')).toBe('b');
    expect(firstProblem(null, null)).toBeNull();
    expect(firstProblem()).toBeNull();
  });
});
