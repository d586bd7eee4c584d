import {
  CHECKLIST_STATUSES,
  CREDENTIAL_CHECKLIST_ITEMS,
  CREDENTIAL_READINESS_CODES,
  isOneOf,
  SCOPE_POLICIES,
  type ChecklistStatus,
  type CredentialChecklistItemId,
  type CredentialReadinessCode,
  type ScopePolicy,
} from '../../domain';
import type { MessageKey } from '../../i18n';
import type { Tone } from '../../internal/tone';
import type { IconName } from '../../internal/Icon';

/**
 * Every readiness state, defined once: this table feeds the component (tone, icon, label and
 * action keys), the `CredentialReadinessState` union, the stories (one per entry) and the
 * `it.each` tests. READY is the only success; every other code is a warning (set-up incomplete);
 * `unknown` is a code the library does not know, shown neutral with its raw code.
 */
export const CREDENTIAL_READINESS_STATES = {
  SECRET_REFS_MISSING: {
    tone: 'warning',
    icon: 'key',
    label: 'readiness.codes.SECRET_REFS_MISSING.label',
    action: 'readiness.codes.SECRET_REFS_MISSING.action',
    story: 'Secret refs missing',
  },
  SECRET_MANAGER_MISSING: {
    tone: 'warning',
    icon: 'lock',
    label: 'readiness.codes.SECRET_MANAGER_MISSING.label',
    action: 'readiness.codes.SECRET_MANAGER_MISSING.action',
    story: 'Secret manager missing',
  },
  EXCHANGE_DISABLED: {
    tone: 'warning',
    icon: 'pause',
    label: 'readiness.codes.EXCHANGE_DISABLED.label',
    action: 'readiness.codes.EXCHANGE_DISABLED.action',
    story: 'Exchange disabled',
  },
  READY: { tone: 'success', icon: 'check', label: 'readiness.codes.READY.label', action: 'readiness.codes.READY.action', story: 'Ready' },
  unknown: { tone: 'neutral', icon: 'help', label: 'common.unknown', action: null, story: 'Unknown' },
} as const satisfies Record<CredentialReadinessCode | 'unknown', { tone: Tone; icon: IconName; label: MessageKey; action: MessageKey | null; story: string }>;

export type CredentialReadinessState = keyof typeof CREDENTIAL_READINESS_STATES;
export const CREDENTIAL_READINESS_STATE_NAMES = Object.keys(CREDENTIAL_READINESS_STATES) as CredentialReadinessState[];

/** A checklist item's status: icon and text ("To do" / "OK"), never colour alone. */
export const CHECKLIST_STATUS_STATES = {
  todo: { tone: 'warning', icon: 'circle', label: 'readiness.checklistStatus.todo' },
  ok: { tone: 'success', icon: 'check', label: 'readiness.checklistStatus.ok' },
  unknown: { tone: 'neutral', icon: 'help', label: 'common.unknown' },
} as const satisfies Record<ChecklistStatus | 'unknown', { tone: Tone; icon: IconName; label: MessageKey }>;

export type ChecklistStatusState = keyof typeof CHECKLIST_STATUS_STATES;
export const CHECKLIST_STATUS_STATE_NAMES = Object.keys(CHECKLIST_STATUS_STATES) as ChecklistStatusState[];

/** A scope's V1 policy: forbidden scopes are critical (icon and tone), never colour alone. */
export const SCOPE_POLICY_STATES = {
  v1_minimal: { tone: 'success', icon: 'check', label: 'readiness.scopePolicies.v1_minimal' },
  out_of_v1: { tone: 'neutral', icon: 'pause', label: 'readiness.scopePolicies.out_of_v1' },
  forbidden: { tone: 'critical', icon: 'ban', label: 'readiness.scopePolicies.forbidden' },
  unknown: { tone: 'neutral', icon: 'help', label: 'common.unknown' },
} as const satisfies Record<ScopePolicy | 'unknown', { tone: Tone; icon: IconName; label: MessageKey }>;

export type ScopePolicyState = keyof typeof SCOPE_POLICY_STATES;
export const SCOPE_POLICY_STATE_NAMES = Object.keys(SCOPE_POLICY_STATES) as ScopePolicyState[];

export function readinessStateOf(code: unknown): CredentialReadinessState {
  return isOneOf(CREDENTIAL_READINESS_CODES, code) ? code : 'unknown';
}

export function checklistStatusStateOf(status: unknown): ChecklistStatusState {
  return isOneOf(CHECKLIST_STATUSES, status) ? status : 'unknown';
}

export function scopePolicyStateOf(policy: unknown): ScopePolicyState {
  return isOneOf(SCOPE_POLICIES, policy) ? policy : 'unknown';
}

export function isChecklistItemId(id: unknown): id is CredentialChecklistItemId {
  return isOneOf(CREDENTIAL_CHECKLIST_ITEMS, id);
}
