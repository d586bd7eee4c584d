// Internal: shared by SourceStatusTable (Last sync cell) and TechnicalStatusList (last successful sync row).
export { LastSyncTime, SyncInstantText, useSyncInstant, rawText, type SyncInstant, type LastSyncTimeDisplay } from './LastSyncTime';
