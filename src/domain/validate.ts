/**
 * Shape checks for the data a screen section receives from the app (an API payload may be
 * anything). A page runs them per section: a section whose data fails shows a contained error
 * and the rest of the page renders. Each returns the first problem found, or null when the
 * data can be rendered. They check structure only; unknown *values* (a new status code) are
 * not malformed: components render them as Unknown.
 */
import type { SourceConnection } from './types';

export type ShapeProblem = string | null;

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';

function fields(value: unknown, what: string, spec: Record<string, (v: unknown) => boolean>): ShapeProblem {
  if (!isObject(value)) return `${what} is not an object`;
  for (const [key, check] of Object.entries(spec)) {
    if (!check(value[key])) return `${what}.${key} is missing or has the wrong type`;
  }
  return null;
}

function list(value: unknown, what: string, item: (v: unknown, what: string) => ShapeProblem): ShapeProblem {
  if (!Array.isArray(value)) return `${what} is not an array`;
  for (let i = 0; i < value.length; i += 1) {
    const problem = item(value[i], `${what}[${i}]`);
    if (problem) return problem;
  }
  return null;
}

/** Only that `value` is an array (its items are checked where they are read). */
export function checkArray(value: unknown, what: string): ShapeProblem {
  return list(value, what, () => null);
}

const nullableString = (v: unknown) => v === null || isString(v);

/** A SourceConnection: ids, names, status fields and the technical status object. */
export function checkSource(value: unknown, what = 'source'): ShapeProblem {
  return (
    fields(value, what, {
      id: isString,
      name: isString,
      profileId: isString,
      platformId: isString,
      connectionStatus: isString,
      enabled: (v) => typeof v === 'boolean',
      lastSuccessfulSyncAt: nullableString,
      technical: isObject,
    }) ??
    fields((value as SourceConnection).technical, `${what}.technical`, {
      apiVersionTarget: nullableString,
      apiVersionReview: isString,
      schemaChanged: (v) => typeof v === 'boolean',
      changelogReviewRequired: (v) => typeof v === 'boolean',
      fieldMappingCheckRequired: (v) => typeof v === 'boolean',
      mappingStatus: isString,
    })
  );
}

export function checkSources(value: unknown, what = 'sources'): ShapeProblem {
  return list(value, what, checkSource);
}

export function checkProfiles(value: unknown, what = 'profiles'): ShapeProblem {
  return list(value, what, (v, w) => fields(v, w, { id: isString, name: isString, currency: isString, timeZone: isString }));
}

const isCount = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0;

export function checkSyncRuns(value: unknown, what = 'syncRuns'): ShapeProblem {
  return list(value, what, (v, w) =>
    fields(v, w, { id: isString, status: isString, fetched: isCount, processed: isCount, failed: isCount, apiVersion: nullableString, error: nullableString }),
  );
}

export function checkAccounts(value: unknown, what = 'accounts'): ShapeProblem {
  return list(value, what, (v, w) =>
    fields(v, w, { id: isString, profileId: isString, name: isString, externalRef: isString, selected: (s) => typeof s === 'boolean' }),
  );
}

export function checkCredentialState(value: unknown, what = 'credentials'): ShapeProblem {
  return fields(value, what, {
    clientId: isString,
    clientSecret: isString,
    accessTokenCache: isString,
    readiness: isString,
    checklist: Array.isArray,
    scopes: Array.isArray,
  });
}

/** Runs checks in order and returns the first problem. */
export function firstProblem(...problems: ShapeProblem[]): ShapeProblem {
  return problems.find((p) => p !== null) ?? null;
}
