import { ACCESS_TOKEN_CACHE_STATES, isOneOf, type AccessTokenCacheState } from '../../domain';
import type { MessageKey } from '../../i18n';
import type { Tone } from '../../internal/tone';
import type { IconName } from '../../internal/Icon';

/** The status pill of the access token: always temporary (obtained at run time, never stored). */
export const TEMPORARY_TOKEN_STATUS = { tone: 'info', icon: 'clock', label: 'credentials.states.temporary' } as const satisfies {
  tone: Tone;
  icon: IconName;
  label: MessageKey;
};

/** The access token's in-memory cache (seed 001 "Access token cache (memory): inactive"). */
export const ACCESS_TOKEN_STATUS = {
  inactive: { tone: 'neutral', icon: 'circle', label: 'readiness.tokenCacheStates.inactive', story: 'inactive' },
  active: { tone: 'success', icon: 'clock', label: 'readiness.tokenCacheStates.active', story: 'active' },
  unknown: { tone: 'neutral', icon: 'help', label: 'common.unknown', story: 'unknown' },
} as const satisfies Record<AccessTokenCacheState | 'unknown', { tone: Tone; icon: IconName; label: MessageKey; story: string }>;

export type AccessTokenStatusState = keyof typeof ACCESS_TOKEN_STATUS;
export const ACCESS_TOKEN_STATUS_NAMES = Object.keys(ACCESS_TOKEN_STATUS) as AccessTokenStatusState[];

export function accessTokenStateOf(cache: unknown): AccessTokenStatusState {
  return isOneOf(ACCESS_TOKEN_CACHE_STATES, cache) ? cache : 'unknown';
}
