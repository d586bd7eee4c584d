import { isOneOf, PREREQUISITE_STATUSES, type PrerequisiteStatus } from '../../domain';
import type { MessageKey } from '../../i18n';
import type { Tone } from '../../internal/tone';
import type { IconName } from '../../internal/Icon';

/**
 * A prerequisite's status, defined once: feeds the Status cell (icon, tone, the code shown as-is),
 * the stories and the `it.each` tests. `unknown` is bad input: neutral, with the raw code.
 */
export const PREREQUISITE_STATUS_STATES = {
  not_checked: { tone: 'neutral', icon: 'hourglass', label: 'prerequisites.statuses.not_checked', story: 'not_checked (mock)' },
  ok: { tone: 'success', icon: 'check', label: 'prerequisites.statuses.ok', story: 'ok' },
  failed: { tone: 'critical', icon: 'octagon', label: 'prerequisites.statuses.failed', story: 'failed' },
  unknown: { tone: 'neutral', icon: 'help', label: 'common.unknown', story: 'Unknown status (bad input)' },
} as const satisfies Record<PrerequisiteStatus | 'unknown', { tone: Tone; icon: IconName; label: MessageKey; story: string }>;

export type PrerequisiteStatusState = keyof typeof PREREQUISITE_STATUS_STATES;
export const PREREQUISITE_STATUS_STATE_NAMES = Object.keys(PREREQUISITE_STATUS_STATES) as PrerequisiteStatusState[];

/**
 * The table as a whole (root `data-state`): `failed` as soon as one row failed, `ok` when every
 * row is ok, `pending` otherwise (not checked yet or unknown), `empty` without rows.
 */
export const PREREQUISITES_TABLE_STATES = {
  pending: { story: 'not_checked (mock)' },
  ok: { story: 'ok' },
  failed: { story: 'failed' },
  empty: { story: 'Empty' },
} as const satisfies Record<string, { story: string }>;

export type PrerequisitesTableState = keyof typeof PREREQUISITES_TABLE_STATES;
export const PREREQUISITES_TABLE_STATE_NAMES = Object.keys(PREREQUISITES_TABLE_STATES) as PrerequisitesTableState[];

export function prerequisiteStatusStateOf(status: unknown): PrerequisiteStatusState {
  return isOneOf(PREREQUISITE_STATUSES, status) ? status : 'unknown';
}

export function tableStateOf(prerequisites: readonly { status: unknown }[]): PrerequisitesTableState {
  if (prerequisites.length === 0) return 'empty';
  const states = prerequisites.map((p) => prerequisiteStatusStateOf(p.status));
  if (states.includes('failed')) return 'failed';
  return states.every((s) => s === 'ok') ? 'ok' : 'pending';
}

/** The table's columns, in order; each header is `prerequisites.columns.<id>`. */
export const PREREQUISITES_COLUMN_IDS = ['prerequisite', 'required', 'status'] as const;
export type PrerequisitesColumnId = (typeof PREREQUISITES_COLUMN_IDS)[number];
