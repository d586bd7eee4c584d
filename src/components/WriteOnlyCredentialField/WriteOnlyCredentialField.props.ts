import { CREDENTIAL_FIELD_STATES, isOneOf, type CredentialFieldState } from '../../domain';
import type { MessageKey } from '../../i18n';
import type { Tone } from '../../internal/tone';
import type { IconName } from '../../internal/Icon';

/**
 * Every state a WriteOnlyCredentialField can be in, defined once: this table feeds the component
 * (`data-state`, the frame's tone through cva), the `WriteOnlyCredentialFieldState` union, the
 * stories (one per entry, named `story`) and the `it.each` tests. `editing` says whether the
 * state shows the password input (the others show the status and a Replace button).
 *
 * Precedence when several apply: disabled › persistenceDisabled › invalid › submitted ›
 * replacing › configured › notConfigured.
 */
export const WRITE_ONLY_CREDENTIAL_FIELD_STATES = {
  notConfigured: { story: 'Not configured', tone: 'neutral', className: 'iu:border-border' },
  configured: { story: 'Configured', tone: 'neutral', className: 'iu:border-border' },
  replacing: { story: 'Replacing', tone: 'info', className: 'iu:border-(--iu-tone-border)' },
  persistenceDisabled: { story: 'Persistence disabled', tone: 'warning', className: 'iu:border-(--iu-tone-border)' },
  invalid: { story: 'Invalid', tone: 'critical', className: 'iu:border-(--iu-tone-border)' },
  submitted: { story: 'Submitted', tone: 'success', className: 'iu:border-(--iu-tone-border)' },
  disabled: { story: 'Disabled', tone: 'neutral', className: 'iu:border-dashed iu:border-border' },
} as const satisfies Record<string, { story: string; tone: Tone; className: string }>;

export type WriteOnlyCredentialFieldState = keyof typeof WRITE_ONLY_CREDENTIAL_FIELD_STATES;
export const WRITE_ONLY_CREDENTIAL_FIELD_STATE_NAMES = Object.keys(WRITE_ONLY_CREDENTIAL_FIELD_STATES) as WriteOnlyCredentialFieldState[];

/** cva variants keyed by state: the frame's border. */
export const WRITE_ONLY_CREDENTIAL_FIELD_VARIANTS = Object.fromEntries(
  WRITE_ONLY_CREDENTIAL_FIELD_STATE_NAMES.map((state) => [state, WRITE_ONLY_CREDENTIAL_FIELD_STATES[state].className]),
) as { [S in WriteOnlyCredentialFieldState]: (typeof WRITE_ONLY_CREDENTIAL_FIELD_STATES)[S]['className'] };

/** The write-only fields a user can enter (seed 001); the access token is read-only (`AccessTokenStatus`). */
export const CREDENTIAL_FIELD_NAMES = ['clientId', 'clientSecret'] as const;
export type CredentialFieldName = (typeof CREDENTIAL_FIELD_NAMES)[number];

/** Catalog label of each write-only field (WriteOnlyCredentialField, CredentialsPanel's status rows). */
export const CREDENTIAL_FIELD_LABELS = {
  clientId: 'credentials.fields.clientId',
  clientSecret: 'credentials.fields.clientSecret',
} as const satisfies Record<CredentialFieldName, MessageKey>;

/** The status pill of a stored value: whether one exists, never what it is. */
export const CREDENTIAL_STATUS = {
  not_configured: { tone: 'neutral', icon: 'circle', label: 'credentials.states.not_configured' },
  configured: { tone: 'success', icon: 'check', label: 'credentials.states.configured' },
  unknown: { tone: 'neutral', icon: 'help', label: 'common.unknown' },
} as const satisfies Record<CredentialFieldState | 'unknown', { tone: Tone; icon: IconName; label: MessageKey }>;

/** A secret longer than this is refused (not truncated) unless the `maxLength` prop says otherwise. */
export const DEFAULT_SECRET_MAX_LENGTH = 512;

/**
 * Normalises the `configured` prop. A value outside the table is `unknown`: the caller is told in
 * development, but the value itself is never echoed (it could be a secret passed by mistake).
 */
export function configuredStateOf(configured: unknown): CredentialFieldState | 'unknown' {
  if (configured === true) return 'configured';
  if (configured === false) return 'not_configured';
  if (isOneOf(CREDENTIAL_FIELD_STATES, configured)) return configured;
  return 'unknown';
}

/** The facts a field's state is read from, at one moment. */
export interface FieldFacts {
  disabled: boolean;
  persistenceEnabled: boolean;
  invalid: boolean;
  submitted: boolean;
  replacing: boolean;
  configured: boolean;
}

/** The field's state: the first that applies, in the precedence of `WRITE_ONLY_CREDENTIAL_FIELD_STATES`. */
export function fieldStateOf(facts: FieldFacts): WriteOnlyCredentialFieldState {
  if (facts.disabled) return 'disabled';
  if (!facts.persistenceEnabled) return 'persistenceDisabled';
  if (facts.invalid) return 'invalid';
  if (facts.submitted) return 'submitted';
  if (facts.replacing) return 'replacing';
  return facts.configured ? 'configured' : 'notConfigured';
}

/** Why a typed value cannot be submitted, or null when it can. Never looks at more than its length. */
export type SecretValidationError = 'empty' | 'tooLong';

export function validateSecret(value: string, maxLength: number): SecretValidationError | null {
  const trimmed = value.trim();
  if (trimmed.length === 0) return 'empty';
  if (trimmed.length > maxLength) return 'tooLong';
  return null;
}
