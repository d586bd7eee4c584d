import { GUARDRAIL_SCOPES, isOneOf, type Guardrail, type GuardrailScope } from '../../domain';
import type { MessageKey } from '../../i18n';
import type { Tone } from '../../internal/tone';

/**
 * Every state of a guardrail line, defined once: this table feeds the component (`data-state`,
 * tone), the `GuardrailItemState` union, the stories and the `it.each` tests.
 * `unknown`: a guardrail whose scope/id the catalog lacks shows its raw id, neutral.
 */
export const GUARDRAIL_ITEM_STATES = {
  known: { tone: 'neutral', story: 'Known' },
  unknown: { tone: 'neutral', story: 'Unknown' },
} as const satisfies Record<string, { tone: Tone; story: string }>;

export type GuardrailItemState = keyof typeof GUARDRAIL_ITEM_STATES;
export const GUARDRAIL_ITEM_STATE_NAMES = Object.keys(GUARDRAIL_ITEM_STATES) as GuardrailItemState[];

/** The list's title per scope: seed 000 writes "Guardrails (V1):" with a colon, seed 002 without. */
export const GUARDRAIL_TITLES = {
  onboarding: 'guardrails.titleOnboarding',
  settings: 'guardrails.title',
} as const satisfies Record<GuardrailScope, MessageKey>;

export function isGuardrailScope(value: unknown): value is GuardrailScope {
  return isOneOf(GUARDRAIL_SCOPES, value);
}

/** The catalog key of a guardrail's text, or null when the catalog has none (unknown scope or id). */
export function guardrailKey(has: (key: string) => key is MessageKey, guardrail: Guardrail): MessageKey | null {
  if (guardrail == null || typeof guardrail !== 'object' || !isGuardrailScope(guardrail.scope) || typeof guardrail.id !== 'string') return null;
  const key = `guardrails.${guardrail.scope}.${guardrail.id}`;
  return has(key) ? key : null;
}
