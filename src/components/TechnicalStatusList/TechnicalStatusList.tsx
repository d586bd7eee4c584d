'use client';

import { forwardRef, useId, type HTMLAttributes, type ReactNode } from 'react';
import { API_VERSION_REVIEWS, isOneOf, MAPPING_STATUSES, type Profile, type SourceConnection, type TechnicalStatus } from '../../domain';
import { describe, devWarn } from '../../domain/dev';
import type { Instant } from '../../domain/time';
import { safeTimeZone, useIntegrationsUI } from '../../i18n';
import { cn, IU_ROOT } from '../../internal/cn';
import { SectionHeading } from '../../internal/SectionHeading';
import { StatusPill } from '../../internal/StatusPill';
import { headingLevelOr } from '../../internal/heading';
import { rawText, SyncInstantText, useSyncInstant } from '../../internal/LastSyncTime';
import {
  ATTENTION_FLAGS,
  TECHNICAL_STATUS_ROWS,
  TECHNICAL_VALUE_STATES,
  type TechnicalStatusRowId,
  type TechnicalValueState,
} from './TechnicalStatusList.props';
import * as english from '../../i18n/messages/en';
import { dataState } from '../../internal/dataState';

/** The English namespaces this module's strings come from (the provider's catalog comes first). */
const ENGLISH = { common: english.common, technical: english.technical };

export interface TechnicalStatusListProps extends Omit<HTMLAttributes<HTMLElement>, 'children' | 'title'> {
  /** The source whose technical status is listed (enabled flag, `technical`, last successful sync). */
  source: SourceConnection;
  /** The source's profile: the absolute time of the last sync is shown in its time zone. @default the provider's time zone */
  profile?: Pick<Profile, 'id' | 'timeZone'>;
  /** Clock the relative time of the last sync is measured against. @default the provider's `now` */
  now?: Instant;
  /** Level of the section's title heading, to fit the page outline. @default 2 */
  headingLevel?: 2 | 3 | 4;
}

interface Row {
  id: TechnicalStatusRowId;
  state: TechnicalValueState;
  value: ReactNode;
  /** Shown on hover: why a toned value matters. */
  title?: string;
  rawValue?: string;
}

/**
 * The source's technical status as a description list: enabled,
 * API version target (with versions only monitored) and review, the three review flags, mapping
 * status and last successful sync. Values that ask someone to act ("Yes" on schema_changed, a
 * REQUIRED review) carry the warning tone and an icon; bad data reads "Unknown (raw)".
 */
export const TechnicalStatusList = forwardRef<HTMLElement, TechnicalStatusListProps>(function TechnicalStatusList(
  { source, profile, now: nowProp, headingLevel = 2, className, ...rest },
  ref,
) {
  const { t, now: providerNow, timeZone: providerTimeZone } = useIntegrationsUI(ENGLISH);
  const titleId = `${useId()}-title`;
  const now = nowProp ?? providerNow;

  const validSource = source != null && typeof source === 'object';
  if (!validSource) devWarn(`TechnicalStatusList: expected a SourceConnection, got ${describe(source)}.`);
  const tech: Partial<TechnicalStatus> = validSource && source.technical != null && typeof source.technical === 'object' ? source.technical : {};
  if (validSource && tech !== source.technical) devWarn(`TechnicalStatusList technical: expected an object, got ${describe(source.technical)}.`);
  if (profile && validSource && profile.id !== source.profileId) {
    devWarn(`TechnicalStatusList: profile ${describe(profile.id)} is not the profile of source ${describe(source.id)}.`);
  }
  const zone = safeTimeZone(profile?.timeZone ?? providerTimeZone);

  const unknown = (id: TechnicalStatusRowId, field: string, value: unknown): Row => {
    devWarn(`TechnicalStatusList ${field}: unexpected value ${describe(value)}; rendering Unknown.`);
    return { id, state: 'unknown', value: t('common.unknownWithCode', { code: rawText(value) }), rawValue: rawText(value) };
  };

  const rows: Row[] = [];
  const enabled: unknown = validSource ? source.enabled : undefined;
  rows.push(
    typeof enabled === 'boolean' ? { id: 'enabled', state: 'plain', value: t(enabled ? 'common.yes' : 'common.no') } : unknown('enabled', 'enabled', enabled),
  );

  const target: unknown = tech.apiVersionTarget;
  if (typeof target === 'string' && target !== '') {
    const monitored = (Array.isArray(tech.apiVersionMonitored) ? tech.apiVersionMonitored : []).filter(
      (v): v is string => typeof v === 'string' && v !== '' && v !== target,
    );
    rows.push({
      id: 'apiVersionTarget',
      state: 'plain',
      value: (
        <>
          <span data-slot="technical-status-list-api-version-target">{target}</span>
          {monitored.map((version) => (
            <span key={version} data-slot="technical-status-list-api-version-monitored" className="iu:text-xs iu:text-muted-foreground">
              {' · '}
              {t('technical.monitoredOnly', { version })}
            </span>
          ))}
        </>
      ),
    });
  } else if (target != null && target !== '') {
    rows.push(unknown('apiVersionTarget', 'apiVersionTarget', target));
  }

  const review: unknown = tech.apiVersionReview;
  if (isOneOf(API_VERSION_REVIEWS, review)) {
    rows.push({
      id: 'apiVersionReview',
      state: review === 'REQUIRED' ? 'attention' : 'plain',
      value: review,
      title: review === 'REQUIRED' ? t('technical.needsAttention') : undefined,
    });
  } else rows.push(unknown('apiVersionReview', 'apiVersionReview', review));

  for (const flag of ATTENTION_FLAGS) {
    const value: unknown = tech[flag];
    if (typeof value === 'boolean') {
      rows.push({
        id: flag,
        state: value ? 'attention' : 'plain',
        value: t(value ? 'common.yes' : 'common.no'),
        title: value ? t('technical.needsAttention') : undefined,
      });
    } else rows.push(unknown(flag, flag, value));
  }

  const mapping: unknown = tech.mappingStatus;
  if (isOneOf(MAPPING_STATUSES, mapping)) {
    rows.push({ id: 'mappingStatus', state: mapping === 'unconfirmed' ? 'info' : 'plain', value: t(`technical.mapping.${mapping}`) });
  } else rows.push(unknown('mappingStatus', 'mappingStatus', mapping));

  const last = useSyncInstant(validSource ? source.lastSuccessfulSyncAt : undefined, zone, now);
  if (last.kind === 'none') rows.push({ id: 'lastSuccessfulSync', state: 'plain', value: t('common.none') });
  else if (last.kind === 'valid') rows.push({ id: 'lastSuccessfulSync', state: 'plain', value: <SyncInstantText instant={last} /> });
  else rows.push({ id: 'lastSuccessfulSync', state: 'unknown', rawValue: last.rawValue, title: last.rawLabel, value: <SyncInstantText instant={last} /> });

  const attention = rows.some((row) => row.state === 'attention');

  return (
    <section
      ref={ref}
      data-slot="technical-status-list"
      data-state={dataState(attention ? 'attention' : 'nominal')}
      className={cn(IU_ROOT, 'iu:@container iu:grid iu:content-start iu:gap-2 iu:text-sm iu:text-foreground', className)}
      {...rest}
    >
      <SectionHeading level={headingLevelOr(headingLevel, 2)} id={titleId}>
        {t('technical.title')}
      </SectionHeading>
      {/* Term above value in a narrow box (a phone, a side column, large text); side by side from 28rem, the value keeping at least 12rem. */}
      <dl className="iu:grid iu:grid-cols-1 iu:overflow-hidden iu:rounded-ui iu:border iu:border-border iu:bg-surface iu:@md:grid-cols-[minmax(0,auto)_minmax(12rem,1fr)]">
        {rows.map((row) => {
          const spec = TECHNICAL_VALUE_STATES[row.state];
          return (
            <div
              key={row.id}
              data-slot="technical-status-list-row"
              data-row={row.id}
              data-state={dataState(row.state)}
              {...(row.rawValue !== undefined ? { 'data-raw-value': row.rawValue } : {})}
              className="iu:col-span-full iu:grid iu:grid-cols-subgrid iu:items-baseline iu:gap-x-4 iu:gap-y-0.5 iu:border-b iu:border-border iu:px-3 iu:py-2 iu:last:border-b-0"
            >
              <dt className="iu:min-w-0 iu:break-words iu:text-muted-foreground iu:[overflow-wrap:anywhere]">{t(TECHNICAL_STATUS_ROWS[row.id].label)}</dt>
              <dd className="iu:min-w-0 iu:break-words iu:[overflow-wrap:anywhere]">
                {spec.tone ? (
                  <StatusPill data-slot="technical-status-list-value" tone={spec.tone} icon={spec.icon} title={row.title} className="iu:max-w-full">
                    <span className="iu:min-w-0 iu:break-words iu:[overflow-wrap:anywhere]">{row.value}</span>
                  </StatusPill>
                ) : (
                  <span data-slot="technical-status-list-value" className={row.id === 'apiVersionReview' ? 'iu:font-mono iu:text-xs' : undefined}>
                    {row.value}
                  </span>
                )}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
});

TechnicalStatusList.displayName = 'TechnicalStatusList';
