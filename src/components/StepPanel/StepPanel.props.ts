import type { MessageKey } from '../../i18n';
import type { IconName } from '../../internal/Icon';
import type { Tone } from '../../internal/tone';

/**
 * The states of one wizard step's panel. `gated` is an upcoming step that cannot be reached yet
 * (a required step before it is incomplete): its content stays visible and readable for orientation, its controls disabled.
 */
export const STEP_PANEL_STATES = {
  current: { story: 'Current', tone: 'info', icon: 'play', status: 'onboarding.progress.current' },
  complete: { story: 'Complete', tone: 'success', icon: 'check', status: 'onboarding.progress.complete' },
  upcoming: { story: 'Upcoming', tone: 'neutral', icon: 'circle', status: 'onboarding.progress.upcoming' },
  gated: { story: 'Gated', tone: 'neutral', icon: 'lock', status: 'onboarding.progress.upcoming' },
  blocked: { story: 'Blocked', tone: 'critical', icon: 'ban', status: 'onboarding.progress.blocked' },
} as const satisfies Record<string, { story: string; tone: Tone; icon: IconName; status: MessageKey }>;

export type StepPanelState = keyof typeof STEP_PANEL_STATES;
export const STEP_PANEL_STATE_NAMES = Object.keys(STEP_PANEL_STATES) as StepPanelState[];

export function isStepPanelState(value: unknown): value is StepPanelState {
  return typeof value === 'string' && Object.hasOwn(STEP_PANEL_STATES, value);
}
