import type { Profile, SourceConnection } from '../../domain';

/**
 * What the header knows of the source's profile, defined once (root `data-profile`, stories,
 * tests): `known` shows its name; `unknown` (no profile given, or one that is not the source's)
 * shows the raw profileId as "Unknown (…)" rather than a name that might be wrong.
 */
export const SOURCE_HEADER_PROFILE_STATES = {
  known: { story: 'TikTok Ads France' },
  unknown: { story: 'Unknown profile' },
} as const satisfies Record<string, { story: string }>;

export type SourceHeaderProfileState = keyof typeof SOURCE_HEADER_PROFILE_STATES;
export const SOURCE_HEADER_PROFILE_STATE_NAMES = Object.keys(SOURCE_HEADER_PROFILE_STATES) as SourceHeaderProfileState[];

export function profileStateOf(source: Pick<SourceConnection, 'profileId'>, profile: Pick<Profile, 'id'> | undefined): SourceHeaderProfileState {
  return profile != null && typeof profile === 'object' && profile.id === source?.profileId ? 'known' : 'unknown';
}
