import { isOneOf, PLATFORM_IDS, PLATFORM_LIFECYCLES, PLATFORM_PRIORITIES, type Platform, type PlatformLifecycle, type PlatformPriority } from '../../domain';
import type { IntegrationsUIContextValue, MessageKey } from '../../i18n';
import type { Tone } from '../../internal/tone';
import type { IconName } from '../../internal/Icon';

/**
 * A platform's lifecycle, defined once: feeds the card's badge (tone, icon, label), whether the
 * picker lets it be chosen, the reason it gives otherwise, the stories and the `it.each` tests.
 * `unknown` is bad input: neutral, raw code shown, and (failing closed) never choosable.
 */
export const PLATFORM_LIFECYCLE_STATES = {
  active: { tone: 'success', icon: 'check', label: 'platformCard.lifecycle.active', selectable: true, story: 'Active' },
  blocked: { tone: 'warning', icon: 'lock', label: 'platformCard.lifecycle.blocked', selectable: false, story: 'Blocked' },
  planned: { tone: 'info', icon: 'clock', label: 'platformCard.lifecycle.planned', selectable: false, story: 'Planned' },
  unknown: { tone: 'neutral', icon: 'help', label: 'common.unknown', selectable: false, story: 'Unknown' },
} as const satisfies Record<PlatformLifecycle | 'unknown', { tone: Tone; icon: IconName; label: MessageKey; selectable: boolean; story: string }>;

export type PlatformLifecycleState = keyof typeof PLATFORM_LIFECYCLE_STATES;
export const PLATFORM_LIFECYCLE_STATE_NAMES = Object.keys(PLATFORM_LIFECYCLE_STATES) as PlatformLifecycleState[];

/** Priority badge tones: P0 stands out, the later ones stay quiet; `unknown` shows the raw code. */
export const PLATFORM_PRIORITY_STATES = {
  P0: { tone: 'info' },
  P1: { tone: 'neutral' },
  P2: { tone: 'neutral' },
  unknown: { tone: 'neutral' },
} as const satisfies Record<PlatformPriority | 'unknown', { tone: Tone }>;

export type PlatformPriorityState = keyof typeof PLATFORM_PRIORITY_STATES;
export const PLATFORM_PRIORITY_STATE_NAMES = Object.keys(PLATFORM_PRIORITY_STATES) as PlatformPriorityState[];

/** The picker as a whole (root `data-state`). */
export const PLATFORM_PICKER_STATES = {
  noSelection: { story: 'No selection' },
  selected: { story: 'Shopify selected' },
  empty: { story: 'Empty' },
} as const satisfies Record<string, { story: string }>;

export type PlatformPickerState = keyof typeof PLATFORM_PICKER_STATES;
export const PLATFORM_PICKER_STATE_NAMES = Object.keys(PLATFORM_PICKER_STATES) as PlatformPickerState[];

export function lifecycleStateOf(lifecycle: unknown): PlatformLifecycleState {
  return isOneOf(PLATFORM_LIFECYCLES, lifecycle) ? lifecycle : 'unknown';
}

export function priorityStateOf(priority: unknown): PlatformPriorityState {
  return isOneOf(PLATFORM_PRIORITIES, priority) ? priority : 'unknown';
}

/** True when the platform can be chosen: a known platform whose lifecycle is active. */
export function isSelectablePlatform(platform: { id: unknown; lifecycle: unknown }): boolean {
  return isOneOf(PLATFORM_IDS, platform.id) && PLATFORM_LIFECYCLE_STATES[lifecycleStateOf(platform.lifecycle)].selectable;
}

/** Label and notes of a platform from the catalog; an unknown id shows its raw id and no notes. */
export function platformText(platform: { id: unknown }, t: IntegrationsUIContextValue['t'], tList: IntegrationsUIContextValue['tList']) {
  if (isOneOf(PLATFORM_IDS, platform.id)) return { label: t(`platforms.${platform.id}.label`), notes: tList(`platforms.${platform.id}.notes`), known: true };
  return { label: String(platform.id), notes: [] as readonly string[], known: false };
}

/** Why a platform cannot be chosen (null when it can). */
export function platformReason(
  platform: Partial<Pick<Platform, 'blockedBy'>>,
  lifecycle: PlatformLifecycleState,
  t: IntegrationsUIContextValue['t'],
): string | null {
  if (lifecycle === 'blocked')
    return platform.blockedBy ? t('platformCard.blockedReason', { decision: platform.blockedBy }) : t('platformCard.blockedReasonGeneric');
  if (lifecycle === 'planned') return t('platformCard.plannedReason');
  if (lifecycle === 'unknown') return t('platformCard.unknownReason');
  return null;
}
