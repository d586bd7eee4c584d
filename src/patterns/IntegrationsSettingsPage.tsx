'use client';

import { forwardRef, type HTMLAttributes, type ReactElement } from 'react';
import { DataQualityAlertList } from '../components/DataQualityAlert';
import { DataQualityTable } from '../components/DataQualityTable';
import { GuardrailList } from '../components/GuardrailList';
import { HealthSummary } from '../components/HealthSummary';
import { Notice, NoticeStack } from '../components/Notice';
import { PageSection } from '../components/PageSection';
import { PageTitle } from '../components/PageTitle';
import { SourceStatusTable } from '../components/SourceStatusTable';
import { SourceTable } from '../components/SourceTable';
import {
  checkArray,
  checkProfiles,
  checkSources,
  deriveAllQualityFlags,
  firstProblem,
  isDataOutdated,
  visibleSources,
  type DataQualityFlag,
  type Guardrail,
  type NoticeId,
  type Profile,
  type SourceConnection,
} from '../domain';
import type { Instant } from '../domain/time';
import { useIntegrationsUI, type Locale } from '../i18n';
import { cn, IU_ROOT } from '../internal/cn';
import { usePageClock } from './usePageClock';
import { INTEGRATIONS_SETTINGS_NOTICES } from './defaults';
import * as english from '../i18n/messages/en';

/** The English namespaces this module's strings come from (the provider's catalog comes first). */
const ENGLISH = {
  dataQuality: english.dataQuality,
  flags: english.flags,
  guardrails: english.guardrails,
  health: english.health,
  patterns: english.patterns,
  sourceTable: english.sourceTable,
};

const SETTINGS_TABLE_COLUMNS = ['source', 'profile', 'platform', 'status', 'detail'] as const;

const BANNER_VARIANT = { critical: 'critical', blocking: 'critical', warning: 'warning', info: 'info' } as const;

export interface IntegrationsSettingsPageProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** Every source the app knows; only those of `authorizedProfileIds` are ever shown (anti-leak). */
  sources: readonly SourceConnection[];
  /** Profiles, for names and time zones. */
  profiles: readonly Profile[];
  /** Profiles the viewer may see. Empty shows no source: the page fails closed. */
  authorizedProfileIds: readonly string[];
  /** The guardrail lines at the bottom of the page (e.g. the fixtures' `SETTINGS_GUARDRAILS`). */
  guardrails: readonly Guardrail[];
  /** Notices at the top, in order. @default legacy route, mock data, Shopify credentials (`INTEGRATIONS_SETTINGS_NOTICES`) */
  notices?: readonly NoticeId[];
  /** Language of given notices' text when it differs from the page's (e.g. a French legacy-route notice on an English page). @default the page's locale */
  noticeContentLocales?: Partial<Record<NoticeId, Locale>>;
  /** Called when the user opens a source's detail ("View details"; not used with `renderDetailsLink`). */
  onOpenSource?: (source: SourceConnection) => void;
  /** Renders each source's "View details" as the app's link, e.g. `(s) => <Link to={'/sources/' + s.id} />` (SourceTable's `renderDetailsLink`). @default a button that calls `onOpenSource` */
  renderDetailsLink?: (source: SourceConnection) => ReactElement;
  /** Shows the sources table's loading state. @default false */
  loading?: boolean;
  /** Clock for freshness, health and relative times. @default the provider's `now` */
  now?: Instant;
}

/** One banner per distinct open flag, in order of first appearance. */
function distinctByCode(flags: readonly DataQualityFlag[]): DataQualityFlag[] {
  const seen = new Set<string>();
  return flags.filter((f) => (seen.has(f.code) ? false : (seen.add(f.code), true)));
}

/**
 * The integrations settings screen: notices, the open-issue banners, connected
 * sources, sync status, health summary, data freshness, data quality alerts and the guardrails.
 * Every list goes through the anti-leak filter first; a section whose data is malformed shows a
 * contained error and the others still render.
 */
export const IntegrationsSettingsPage = forwardRef<HTMLDivElement, IntegrationsSettingsPageProps>(function IntegrationsSettingsPage(
  {
    sources,
    profiles,
    authorizedProfileIds,
    guardrails,
    notices = INTEGRATIONS_SETTINGS_NOTICES,
    noticeContentLocales,
    onOpenSource,
    renderDetailsLink,
    loading = false,
    now: nowProp,
    className,
    ...rest
  },
  ref,
) {
  const { t } = useIntegrationsUI(ENGLISH);
  const now = usePageClock(nowProp);
  const sourcesProblem = checkSources(sources);
  const tableProblem = firstProblem(sourcesProblem, checkProfiles(profiles));
  const visible = sourcesProblem ? [] : visibleSources(sources, authorizedProfileIds);
  const flags = sourcesProblem ? [] : deriveAllQualityFlags(visible, now);
  const outdated = !sourcesProblem && isDataOutdated(visible, now);
  const guardrailsProblem = checkArray(guardrails, 'guardrails');

  return (
    <div
      ref={ref}
      data-slot="integrations-settings-page"
      className={cn(IU_ROOT, 'iu:mx-auto iu:grid iu:w-full iu:max-w-6xl iu:min-w-0 iu:gap-8', className)}
      {...rest}
    >
      {/* The seed's screen opens with its notices: the title is for assistive technology. */}
      <PageTitle variant="visuallyHidden">{t('patterns.settings.title')}</PageTitle>
      <NoticeStack ids={notices} contentLocales={noticeContentLocales} />

      {flags.length > 0 ? (
        <PageSection label={t('patterns.settings.openIssues')}>
          <ul aria-label={t('patterns.settings.openIssues')} className="iu:grid iu:gap-2">
            {distinctByCode(flags).map((flag) => (
              <li key={flag.code}>
                <Notice variant={BANNER_VARIANT[flag.severity]}>{t(`flags.${flag.code}`)}</Notice>
              </li>
            ))}
          </ul>
        </PageSection>
      ) : null}

      <PageSection label={t('sourceTable.caption')} problem={tableProblem}>
        {/* Freshness has its own section below: the table keeps the seed's five columns, statuses as stored codes. */}
        <SourceTable
          sources={visible}
          authorizedProfileIds={authorizedProfileIds}
          profiles={profiles}
          columns={SETTINGS_TABLE_COLUMNS}
          statusDisplay="code"
          loading={loading}
          onOpenSource={onOpenSource}
          renderDetailsLink={renderDetailsLink}
          now={now}
        />
      </PageSection>

      <PageSection title={t('patterns.settings.syncStatus')} problem={tableProblem} landmark={false}>
        <SourceStatusTable view="sync" sources={visible} authorizedProfileIds={authorizedProfileIds} profiles={profiles} now={now} />
      </PageSection>

      <div className="iu:grid iu:min-w-0 iu:gap-8 iu:lg:grid-cols-2">
        <PageSection title={t('health.sourceHealth')} problem={sourcesProblem} landmark={false}>
          <HealthSummary sources={visible} authorizedProfileIds={authorizedProfileIds} now={now} />
        </PageSection>
        <PageSection title={t('patterns.settings.dataFreshness')} problem={tableProblem} landmark={false}>
          <SourceStatusTable view="freshness" sources={visible} authorizedProfileIds={authorizedProfileIds} profiles={profiles} now={now} />
        </PageSection>
      </div>

      <PageSection title={t('dataQuality.alertsTitle')} problem={sourcesProblem} landmark={false}>
        <DataQualityTable flags={flags} outdated={outdated} />
        <DataQualityAlertList flags={flags} grouped={false} showCode={false} />
      </PageSection>

      <PageSection label={t('guardrails.title')} problem={guardrailsProblem}>
        <GuardrailList guardrails={guardrails} />
      </PageSection>
    </div>
  );
});

IntegrationsSettingsPage.displayName = 'IntegrationsSettingsPage';
