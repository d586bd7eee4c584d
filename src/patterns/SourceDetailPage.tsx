'use client';

import { forwardRef, type HTMLAttributes } from 'react';
import { ActionPreviewList, type PreviewableAction } from '../components/ActionPreviewList';
import { CredentialReadiness } from '../components/CredentialReadiness';
import { CredentialsPanel } from '../components/CredentialsPanel';
import { DataQualityAlertList } from '../components/DataQualityAlert';
import { ExternalAccountsTable } from '../components/ExternalAccountsTable';
import { Notice, NoticeStack } from '../components/Notice';
import { PageSection } from '../components/PageSection';
import { SourceHeader } from '../components/SourceHeader';
import { SourceHealthPanel } from '../components/SourceHealthPanel';
import { SyncHistoryTable } from '../components/SyncHistoryTable';
import { TechnicalStatusList } from '../components/TechnicalStatusList';
import {
  checkArray,
  checkAccounts,
  checkCredentialState,
  checkSource,
  checkSyncRuns,
  deriveQualityFlags,
  isAuthorizedProfile,
  type CredentialAction,
  type CredentialState,
  type ExternalAccount,
  type NoticeId,
  type Profile,
  type SourceAction,
  type SourceConnection,
  type SyncRun,
} from '../domain';
import type { Instant } from '../domain/time';
import { useIntegrationsUI, type Locale } from '../i18n';
import { cn, IU_ROOT } from '../internal/cn';
import { usePageClock } from './usePageClock';
import { SOURCE_DETAIL_NOTICES } from './defaults';
import * as english from '../i18n/messages/en';

/** The English namespaces this module's strings come from (the provider's catalog comes first). */
const ENGLISH = {
  accounts: english.accounts,
  credentialActions: english.credentialActions,
  credentials: english.credentials,
  dataQuality: english.dataQuality,
  health: english.health,
  patterns: english.patterns,
  readiness: english.readiness,
  sourceActions: english.sourceActions,
  syncHistory: english.syncHistory,
  technical: english.technical,
};

/** Which list a previewed action came from. */
export type SourceDetailActionKind = 'source' | 'credential';

export interface SourceDetailPageProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** The source shown. If its profile is not authorized the page shows nothing of it (anti-leak). */
  source: SourceConnection;
  /** Profiles, for the header and the time zone of every absolute time. */
  profiles: readonly Profile[];
  /** Profiles the viewer may see. The source and its accounts must belong to one of them. */
  authorizedProfileIds: readonly string[];
  /** Sync runs, newest first; only the source's own runs are shown. */
  syncRuns: readonly SyncRun[];
  /** External accounts; only the source's own, within the authorized profiles, are shown. */
  accounts: readonly ExternalAccount[];
  /** The source's preview-only actions (fixtures `SOURCE_ACTIONS`). */
  actions: readonly SourceAction[];
  /** Write-only credential state. Without it the credential sections are left out. */
  credentials?: CredentialState | null;
  /** Preview-only credential actions, shown with `credentials` (fixtures `CREDENTIAL_ACTIONS`). @default [] */
  credentialActions?: readonly CredentialAction[];
  /** Notices at the top, in order. @default mock data + mock shell (`SOURCE_DETAIL_NOTICES`) */
  notices?: readonly NoticeId[];
  /** Language of given notices' text when it differs from the page's (e.g. a French legacy-route notice on an English page). @default the page's locale */
  noticeContentLocales?: Partial<Record<NoticeId, Locale>>;
  /** Language of the readiness labels and checklist when the backend sends them in another language than the page's (e.g. French on an English page). @default the page's locale */
  credentialContentLocale?: Locale;
  /** Show the header (name, platform, status, profile). `false` renders the body only, for an app that shows its own. @default true */
  showHeader?: boolean;
  /** Called when the user previews an action. Nothing is executed: the page only says so, under the pressed action. */
  onPreviewAction?: (action: PreviewableAction, kind: SourceDetailActionKind) => void;
  /** Receives a credential typed into a write-only field; the page never keeps it. */
  onSubmitCredential?: (field: 'clientId' | 'clientSecret', value: string) => void;
  /** Clock for freshness, health and relative times. @default the provider's `now` */
  now?: Instant;
}

/**
 * A source's detail screen: header, notices, write-only credentials and
 * their readiness (when the source has credentials), health, technical status, preview-only
 * actions, data quality, sync history and external accounts, in this order. Each section
 * checks its own data; a malformed one shows a contained error and the others still render.
 */
export const SourceDetailPage = forwardRef<HTMLDivElement, SourceDetailPageProps>(function SourceDetailPage(
  {
    source,
    profiles,
    authorizedProfileIds,
    syncRuns,
    accounts,
    actions,
    credentials,
    credentialActions = [],
    notices = SOURCE_DETAIL_NOTICES,
    noticeContentLocales,
    credentialContentLocale,
    showHeader = true,
    onPreviewAction,
    onSubmitCredential,
    now: nowProp,
    className,
    ...rest
  },
  ref,
) {
  const { t } = useIntegrationsUI(ENGLISH);
  const now = usePageClock(nowProp);
  const root = {
    ref,
    'data-slot': 'source-detail-page',
    className: cn(IU_ROOT, 'iu:mx-auto iu:grid iu:w-full iu:max-w-5xl iu:min-w-0 iu:gap-8', className),
    ...rest,
  };

  const sourceProblem = checkSource(source);
  if (sourceProblem) {
    return (
      <div {...root} data-state="error">
        <NoticeStack ids={notices} contentLocales={noticeContentLocales} />
        <PageSection label={t('patterns.detail.source')} problem={sourceProblem} />
      </div>
    );
  }
  // Fail closed: a source of a profile the viewer may not see shows nothing of itself, not even its name.
  if (!isAuthorizedProfile(source.profileId, authorizedProfileIds)) {
    return (
      <div {...root} data-state="unauthorized">
        <NoticeStack ids={notices} contentLocales={noticeContentLocales} />
        <Notice variant="warning">{t('patterns.detail.notAuthorized')}</Notice>
      </div>
    );
  }

  const profile = Array.isArray(profiles) ? profiles.find((p) => p?.id === source.profileId) : undefined;
  const runsProblem = checkSyncRuns(syncRuns);
  const runs = runsProblem ? [] : syncRuns.filter((run) => run.sourceId === source.id);
  const accountsProblem = checkAccounts(accounts);
  const ownAccounts = accountsProblem ? [] : accounts.filter((account) => account.sourceId === source.id);
  const hasCredentials = credentials != null;
  const credentialsProblem = hasCredentials ? checkCredentialState(credentials) : null;
  const actionsProblem = checkArray(actions, 'actions');

  // The list confirms the preview under the pressed action; the app only hears of it.
  const onPreview = (kind: SourceDetailActionKind) => (action: PreviewableAction) => onPreviewAction?.(action, kind);

  return (
    <div {...root} data-state="ready">
      {showHeader ? <SourceHeader source={source} profile={profile} /> : null}
      <NoticeStack ids={notices} contentLocales={noticeContentLocales} />

      {hasCredentials ? (
        <div className="iu:grid iu:min-w-0 iu:gap-8 iu:lg:grid-cols-2">
          <PageSection label={t('credentials.title')} problem={credentialsProblem}>
            <CredentialsPanel credentials={credentials} onSubmit={onSubmitCredential} />
          </PageSection>
          <PageSection label={t('readiness.title')} problem={credentialsProblem}>
            <CredentialReadiness credentials={credentials} contentLocale={credentialContentLocale} />
          </PageSection>
        </div>
      ) : null}

      <div className="iu:grid iu:min-w-0 iu:gap-8 iu:lg:grid-cols-2">
        <PageSection label={t('health.title')}>
          <SourceHealthPanel source={source} now={now} />
        </PageSection>
        <PageSection label={t('technical.title')}>
          <TechnicalStatusList source={source} profile={profile} now={now} />
        </PageSection>
      </div>

      <PageSection label={t('sourceActions.title')} problem={actionsProblem}>
        <ActionPreviewList kind="source" actions={actions} sourceName={source.name} onPreview={onPreview('source')} headingLevel={2} />
      </PageSection>
      {hasCredentials ? (
        <PageSection label={t('credentialActions.title')} problem={checkArray(credentialActions, 'credentialActions')}>
          <ActionPreviewList kind="credential" actions={credentialActions} sourceName={source.name} onPreview={onPreview('credential')} headingLevel={2} />
        </PageSection>
      ) : null}

      <PageSection title={t('dataQuality.title')}>
        <DataQualityAlertList flags={deriveQualityFlags(source, now)} grouped={false} />
      </PageSection>

      <PageSection label={t('syncHistory.title')} problem={runsProblem}>
        <SyncHistoryTable runs={runs} />
      </PageSection>

      <PageSection label={t('accounts.title')} problem={accountsProblem}>
        <ExternalAccountsTable accounts={ownAccounts} authorizedProfileIds={authorizedProfileIds} />
      </PageSection>
    </div>
  );
});

SourceDetailPage.displayName = 'SourceDetailPage';
