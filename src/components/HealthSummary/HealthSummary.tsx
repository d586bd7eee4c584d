'use client';

import { forwardRef, useId, useMemo, type HTMLAttributes } from 'react';
import { CONNECTION_STATUSES, isDataOutdated, isOneOf, summarizeHealth, visibleSources, type HealthCounts, type SourceConnection } from '../../domain';
import { describe, devWarn, toText } from '../../domain/dev';
import type { Instant } from '../../domain/time';
import { useIntegrationsUI } from '../../i18n';
import { cn, IU_ROOT } from '../../internal/cn';
import { StatusPill } from '../../internal/StatusPill';
import { headingLevelOr } from '../../internal/heading';
import { SectionTitle } from '../../internal/TableFrame/SectionTitle';
import { TableFrame } from '../../internal/TableFrame';
import { HEALTH_SUMMARY_METRIC_NAMES, HEALTH_SUMMARY_METRICS, type HealthSummaryState } from './HealthSummary.props';
import * as english from '../../i18n/messages/en';
import { dataState } from '../../internal/dataState';

/** The English namespaces this module's strings come from (the provider's catalog comes first). */
const ENGLISH = { common: english.common, summary: english.summary };

export interface HealthSummaryProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** The sources to summarize; only those of `authorizedProfileIds` are counted. */
  sources: readonly SourceConnection[];
  /** Profiles the viewer may see (anti-leak, required). Empty or missing counts nothing: the summary fails closed. */
  authorizedProfileIds: readonly string[];
  /** Clock for freshness (Stale, Critical issues) and the "Data may be outdated" marker. @default the provider's `now` */
  now?: Instant;
  /** Level of the summary's title heading. @default 3 */
  headingLevel?: 2 | 3 | 4;
}

const TD = 'iu:px-3 iu:py-2 iu:align-middle';

/**
 * The sources' health summary: a Metric / Count table (Total sources, Connected,
 * Expired, Permission missing, Stale, Schema changed, Mapping unconfirmed, Critical issues) from
 * `summarizeHealth`, counts formatted for the locale. Critical issues above zero take the
 * critical tone and icon. The title carries "Data may be outdated" when any counted source is
 * not FRESH. Sources with a connection status the library does not know are counted in the
 * total and get an extra "Unknown status (CODE)" row, so the numbers always add up.
 */
export const HealthSummary = forwardRef<HTMLDivElement, HealthSummaryProps>(function HealthSummary(
  { sources, authorizedProfileIds, now: nowProp, headingLevel = 3, className, ...rest },
  ref,
) {
  const { t, formatNumber, now: providerNow } = useIntegrationsUI(ENGLISH);
  const now = nowProp ?? providerNow;
  const id = useId();
  const titleId = `${id}-title`;

  if (!Array.isArray(authorizedProfileIds)) {
    devWarn('HealthSummary: `authorizedProfileIds` is required; nothing is counted (fail closed).');
  }
  if (now === undefined) devWarn('HealthSummary: freshness needs `now` (prop or IntegrationsUIProvider); Stale cannot be counted.');
  // Anti-leak: nothing outside the authorized profiles is counted.
  const visible = useMemo(() => visibleSources(sources, authorizedProfileIds), [sources, authorizedProfileIds]);
  const counts = useMemo(() => (now === undefined ? null : summarizeHealth(visible, now)), [visible, now]);
  const unknown = visible.filter((s) => !isOneOf(CONNECTION_STATUSES, s.connectionStatus));
  const unknownCodes = [...new Set(unknown.map((s) => toText(s.connectionStatus)))];
  const unknownCount = unknown.length;
  if (unknownCodes.length > 0)
    devWarn(`HealthSummary connectionStatus: unknown status ${unknownCodes.map((c) => describe(c)).join(', ')}; counted in the total only.`);

  const state: HealthSummaryState = visible.length === 0 ? 'empty' : (counts?.critical ?? 0) > 0 ? 'critical' : 'ok';
  const outdated = visible.length > 0 && (now === undefined || isDataOutdated(visible, now));
  const valueOf = (metric: keyof HealthCounts): number | null => (metric === 'total' ? visible.length : counts ? counts[metric] : null);

  return (
    <div
      ref={ref}
      data-slot="health-summary"
      data-state={dataState(state)}
      data-outdated={outdated ? 'true' : 'false'}
      className={cn(IU_ROOT, 'iu:flex iu:w-full iu:min-w-0 iu:flex-col iu:gap-2 iu:text-sm iu:text-foreground', className)}
      {...rest}
    >
      <SectionTitle level={headingLevelOr(headingLevel, 3)} titleId={titleId} title={t('summary.title')} outdated={outdated} />
      <TableFrame
        titleId={titleId}
        slot="health-summary-scroll"
        columns={[
          { id: 'metric', label: t('summary.metric') },
          { id: 'count', label: t('summary.count'), align: 'right' },
        ]}
        empty={state === 'empty' ? t('summary.empty') : null}
      >
        {HEALTH_SUMMARY_METRIC_NAMES.map((metric) => {
          const spec = HEALTH_SUMMARY_METRICS[metric];
          const value = valueOf(metric);
          const alert = spec.alert && value !== null && value > 0 ? spec.alert : null;
          return (
            <tr
              key={metric}
              data-slot="health-summary-row"
              data-metric={metric}
              data-count={value ?? ''}
              className="iu:border-b iu:border-border iu:last:border-b-0"
            >
              <th scope="row" className={cn(TD, 'iu:text-left iu:font-medium iu:break-words')}>
                {t(spec.label)}
              </th>
              <td className={cn(TD, 'iu:text-right iu:tabular-nums')}>
                {alert ? (
                  <StatusPill data-slot="health-summary-alert" tone={alert.tone} icon={alert.icon} size="inherit" weight="semibold">
                    {formatNumber(value!)}
                  </StatusPill>
                ) : value === null ? (
                  <span className="iu:text-muted-foreground">{t('common.unknown')}</span>
                ) : (
                  formatNumber(value)
                )}
              </td>
            </tr>
          );
        })}
        {unknownCount > 0 ? (
          <tr data-slot="health-summary-row" data-metric="unknownStatus" data-count={unknownCount} className="iu:border-b iu:border-border iu:last:border-b-0">
            <th scope="row" className={cn(TD, 'iu:text-left iu:font-medium iu:break-words')}>
              {t('summary.unknownStatus', { codes: unknownCodes.join(', ') })}
            </th>
            <td className={cn(TD, 'iu:text-right iu:tabular-nums')}>
              <StatusPill data-slot="health-summary-alert" tone="neutral" icon="help" size="inherit" weight="semibold" dashed>
                {formatNumber(unknownCount)}
              </StatusPill>
            </td>
          </tr>
        ) : null}
      </TableFrame>
    </div>
  );
});

HealthSummary.displayName = 'HealthSummary';
