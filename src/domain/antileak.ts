import { devWarn } from './dev';

interface ProfileScoped {
  profileId: string;
}

/**
 * Whether a profile id is among the authorized ones. Fail closed: no (or no valid) authorized
 * list means nothing is authorized, never everything.
 */
export function isAuthorizedProfile(profileId: unknown, authorizedProfileIds: readonly string[]): boolean {
  // Array.prototype.includes, not the list's own: an `includes` property must not authorize anything.
  return (
    Array.isArray(authorizedProfileIds) && typeof profileId === 'string' && profileId !== '' && Array.prototype.includes.call(authorizedProfileIds, profileId)
  );
}

function authorizedFilter<T>(items: readonly T[], authorizedProfileIds: readonly string[], what: string, profileOf: (item: T) => string): T[] {
  if (!Array.isArray(items)) {
    devWarn(`${what}: expected an array.`);
    return [];
  }
  return items.filter((item) => item != null && isAuthorizedProfile(profileOf(item), authorizedProfileIds));
}

const scopedProfile = (item: ProfileScoped) => item.profileId;

/**
 * Anti-leak filter: only the external accounts of the authorized profiles. Every component
 * that lists or links accounts goes through it.
 */
export function visibleAccounts<T extends ProfileScoped>(accounts: readonly T[], authorizedProfileIds: readonly string[]): T[] {
  return authorizedFilter(accounts, authorizedProfileIds, 'accounts', scopedProfile);
}

/** Anti-leak filter for sources: only those of the authorized profiles. */
export function visibleSources<T extends ProfileScoped>(sources: readonly T[], authorizedProfileIds: readonly string[]): T[] {
  return authorizedFilter(sources, authorizedProfileIds, 'sources', scopedProfile);
}

/**
 * Anti-leak filter for the profiles themselves (the profile picker): only the authorized ones,
 * fail closed like the others (no authorized id, nothing listed).
 */
export function visibleProfiles<T extends { id: string }>(profiles: readonly T[], authorizedProfileIds: readonly string[]): T[] {
  return authorizedFilter(profiles, authorizedProfileIds, 'profiles', (profile) => profile.id);
}

/**
 * Anti-leak filter for linking accounts to a new source (Add Source, select accounts): the
 * accounts of the authorized profiles (`visibleAccounts`), then only those of `profileId` — an
 * account of another authorized profile must never be linked to this profile's source — and, when
 * `platformId` is given, only those on that platform (an account without a platform is dropped:
 * fail closed). No profile, no account. Entries that are not objects are skipped with a warning.
 */
export function linkableAccounts<T extends ProfileScoped & { platformId?: string }>(
  accounts: readonly T[],
  authorizedProfileIds: readonly string[],
  profileId: string | null | undefined,
  platformId?: string | null,
): T[] {
  if (!Array.isArray(accounts)) {
    devWarn('accounts: expected an array.');
    return [];
  }
  const objects = accounts.filter((account) => {
    const ok = account != null && typeof account === 'object';
    // Only the type is logged: a stray string could be a raw reference.
    if (!ok) devWarn(`accounts: skipped an entry that is not an account (${account === null ? 'null' : typeof account}).`);
    return ok;
  });
  if (typeof profileId !== 'string' || profileId === '') return [];
  return visibleAccounts(objects, authorizedProfileIds).filter(
    (account) => account.profileId === profileId && (platformId == null || account.platformId === platformId),
  );
}
