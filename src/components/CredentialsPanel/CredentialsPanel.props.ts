import type { CredentialState } from '../../domain';
import type { Tone } from '../../internal/tone';
import { configuredStateOf } from '../WriteOnlyCredentialField';

/**
 * Every state of the credentials panel, defined once: this table feeds the component
 * (`data-state`, `data-tone`), the `CredentialsPanelState` union, the stories and the `it.each`
 * tests. The state says which write-only fields hold a value — never what the value is.
 * `malformed`: the credentials object itself is unusable (not an object, fields missing).
 */
export const CREDENTIALS_PANEL_STATES = {
  notConfigured: { tone: 'warning', story: 'Not configured' },
  partiallyConfigured: { tone: 'warning', story: 'Partially configured' },
  configured: { tone: 'success', story: 'Configured' },
  unknown: { tone: 'neutral', story: 'Unknown' },
  malformed: { tone: 'neutral', story: 'Malformed' },
} as const satisfies Record<string, { tone: Tone; story: string }>;

export type CredentialsPanelState = keyof typeof CREDENTIALS_PANEL_STATES;
export const CREDENTIALS_PANEL_STATE_NAMES = Object.keys(CREDENTIALS_PANEL_STATES) as CredentialsPanelState[];

/** The panel state of a (well-formed) credential state. */
export function credentialsPanelStateOf(credentials: Pick<CredentialState, 'clientId' | 'clientSecret'>): Exclude<CredentialsPanelState, 'malformed'> {
  const states = [configuredStateOf(credentials.clientId), configuredStateOf(credentials.clientSecret)];
  if (states.includes('unknown')) return 'unknown';
  const configured = states.filter((s) => s === 'configured').length;
  return configured === 2 ? 'configured' : configured === 1 ? 'partiallyConfigured' : 'notConfigured';
}
