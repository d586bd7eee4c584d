import { toText } from './dev';
import { CREDENTIAL_ACTION_IDS, DATA_QUALITY_SEVERITY, SEVERITIES, type DataQualityCode, type Severity } from './enums';
import { deriveFreshness } from './freshness';
import type { Instant } from './time';
import type { CredentialAction, CredentialState, DataQualityFlag, SourceConnection } from './types';

function flag(code: DataQualityCode, sourceId: string): DataQualityFlag {
  return { code, severity: DATA_QUALITY_SEVERITY[code], sourceId };
}

// An unknown severity (or a malformed flag) sorts after the known ones: never dropped, never first.
const rank = (flag: unknown): number => {
  const index = SEVERITIES.indexOf((flag as { severity?: unknown } | null)?.severity as Severity);
  return index === -1 ? SEVERITIES.length : index;
};

/**
 * Sorts flags from the most to the least severe, keeping the given order within a severity
 * (unknown severities and malformed entries last). Not an array: none.
 */
export function sortBySeverity<T extends { severity: Severity }>(flags: readonly T[]): T[] {
  if (!Array.isArray(flags)) return [];
  return Array.from(flags).sort((a, b) => rank(a) - rank(b));
}

/**
 * The data-quality flags of one source (its connection, technical status and freshness),
 * most severe first. Credential flags are separate (`deriveCredentialFlags`): a missing
 * credential blocks set-up but does not make synced data wrong.
 */
export function deriveQualityFlags(source: SourceConnection, now: Instant): DataQualityFlag[] {
  if (source == null || typeof source !== 'object') return [];
  const flags: DataQualityFlag[] = [];
  const id = toText(source.id);
  if (source.connectionStatus === 'EXPIRED') flags.push(flag('source_expired', id));
  if (source.connectionStatus === 'DISCONNECTED') flags.push(flag('source_disconnected', id));
  if (source.connectionStatus === 'PERMISSION_MISSING') flags.push(flag('permission_missing', id));
  if (source.technical?.schemaChanged === true) flags.push(flag('schema_changed', id));
  if (deriveFreshness(source, now) === 'STALE') flags.push(flag('source_stale', id));
  if (source.technical?.mappingStatus === 'unconfirmed') flags.push(flag('mapping_unconfirmed', id));
  return sortBySeverity(flags);
}

/** Both write-only credentials are stored (their values are never known, only that they exist). */
function bothConfigured(credential: Pick<CredentialState, 'clientId' | 'clientSecret'>): boolean {
  return credential?.clientId === 'configured' && credential?.clientSecret === 'configured';
}

/** `credential_missing` (blocking) while either write-only credential is not configured. */
export function deriveCredentialFlags(credential: CredentialState | null | undefined): DataQualityFlag[] {
  if (credential == null || typeof credential !== 'object') return [];
  return bothConfigured(credential) ? [] : [flag('credential_missing', toText(credential.sourceId))];
}

/**
 * The five credential actions for a credential set: Replace is unavailable until both
 * Client ID and Client Secret are configured; nothing ever performs a real action.
 */
export function credentialActionsFor(credential: Pick<CredentialState, 'clientId' | 'clientSecret'>): CredentialAction[] {
  const configured = bothConfigured(credential);
  return CREDENTIAL_ACTION_IDS.map((id): CredentialAction =>
    id === 'replace' && !configured
      ? { id, availability: 'unavailable', reason: 'credentialActions.reasons.notConfigured', performsRealAction: false }
      : { id, availability: 'available', performsRealAction: false },
  );
}

/** Flags of many sources, in source order then severity (the order of the settings page's alert list). */
export function deriveAllQualityFlags(sources: readonly SourceConnection[], now: Instant): DataQualityFlag[] {
  return (Array.isArray(sources) ? sources : []).flatMap((s) => deriveQualityFlags(s, now));
}
