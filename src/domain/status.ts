import { describe, devWarn } from './dev';
import type { ConnectionLabel } from './enums';
import type { SourceConnection } from './types';

/**
 * The label key a person reads for a source's connection (the "Source Sync Status" table):
 * a connected but disabled source reads "Connected (disabled)"; an expired one
 * "Disconnected — token expired". An unrecognised status gives `unknown`.
 */
export function connectionLabel(source: Pick<SourceConnection, 'connectionStatus' | 'enabled'>): ConnectionLabel {
  switch (source?.connectionStatus) {
    case 'CONNECTED':
      return source.enabled === false ? 'connectedDisabled' : 'connected';
    case 'EXPIRED':
      return 'expired';
    case 'PERMISSION_MISSING':
      return 'permissionMissing';
    case 'DISCONNECTED':
      return 'disconnected';
    default:
      devWarn(`connectionStatus: unknown status ${describe(source?.connectionStatus)}.`);
      return 'unknown';
  }
}
