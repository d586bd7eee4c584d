'use client';

import { cva } from 'class-variance-authority';
import { forwardRef, useId, type HTMLAttributes, type ReactNode } from 'react';
import { SEVERITIES, type DataQualityFlag, type Severity, type SourceConnection } from '../../domain';
import { describe, devWarn, toText } from '../../domain/dev';
import { headingLevelOr } from '../../internal/heading';
import { pageSizeOr, useShowMore } from '../../internal/useShowMore';
import { useIntegrationsUI } from '../../i18n';
import { cn, IU_ROOT } from '../../internal/cn';
import { TONE_BOX } from '../../internal/tone';
import { Icon } from '../../internal/Icon';
import {
  DATA_QUALITY_ALERT_STATES,
  isDataQualityCode,
  isSeverity,
  RECOMMENDED_ACTION_BY_CODE,
  RECOMMENDED_ACTION_IDS,
  stateOfFlag,
  type DataQualityAlertState,
  type RecommendedActionId,
} from './DataQualityAlert.props';
import * as english from '../../i18n/messages/en';
import { dataState } from '../../internal/dataState';

/** The English namespaces this module's strings come from (the provider's catalog comes first). */
const ENGLISH = { common: english.common, dataQuality: english.dataQuality, flags: english.flags, severity: english.severity };

/**
 * A flag as the domain functions return it, or as raw data may bring it (a code or severity the
 * library does not know yet): the latter renders the neutral Unknown alert instead of crashing.
 */
export type DataQualityFlagInput = DataQualityFlag | { code: string; severity: string; sourceId?: string };

/** The severity emphasis of the alert's leading border. */
const SEVERITY_BORDER = {
  critical: 'iu:border-l-4',
  blocking: 'iu:border-l-4',
  warning: 'iu:border-l-4',
  info: 'iu:border-l-2',
  unknown: 'iu:border-l-2 iu:border-dashed',
} as const satisfies Record<DataQualityAlertState, string>;

const alert = cva(cn(TONE_BOX, 'iu:gap-3 iu:px-3 iu:py-2.5 iu:text-sm iu:text-foreground'), {
  variants: { state: SEVERITY_BORDER },
  defaultVariants: { state: 'unknown' },
});

export interface DataQualityAlertProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children' | 'role'> {
  /** The flag to show, from `deriveQualityFlags`, `deriveAllQualityFlags` or `deriveCredentialFlags`. An unknown code or severity renders the neutral Unknown alert with the raw code. */
  flag: DataQualityFlagInput;
  /** Name of the flag's source, shown under the message ("Source: Shopify France"). Omitted when not given. */
  sourceName?: string;
  /** Show the flag's code (e.g. `schema_changed`) next to the severity. The raw code of an unknown flag is always shown. @default true */
  showCode?: boolean;
  /** A preview-only recommended action: `true` for the code's suggestion (schema_changed → "Run field mapping check (preview)"), an id for a specific one. @default false */
  recommendedAction?: boolean | RecommendedActionId;
}

/** Warns (in development) about a flag the alert renders as Unknown. */
function warnBadFlag(flag: unknown): void {
  if (flag == null || typeof flag !== 'object') {
    devWarn(`DataQualityAlert: expected a flag { code, severity, sourceId }, got ${describe(flag)}; rendering Unknown.`);
    return;
  }
  const { code, severity } = flag as { code?: unknown; severity?: unknown };
  if (!isDataQualityCode(code)) devWarn(`DataQualityAlert: unknown code ${describe(code)}; rendering Unknown.`);
  else if (!isSeverity(severity)) devWarn(`DataQualityAlert: unknown severity ${describe(severity)} for code ${describe(code)}; rendering Unknown.`);
}

/**
 * One data-quality flag: severity (text and icon, never colour alone), code, catalog message,
 * and optionally the source and a preview-only recommended action. Critical and blocking alerts
 * are announced (`role="alert"`); warnings and info are not, so they never interrupt.
 */
export const DataQualityAlert = forwardRef<HTMLDivElement, DataQualityAlertProps>(function DataQualityAlert(
  { flag, sourceName, showCode = true, recommendedAction = false, className, ...rest },
  ref,
) {
  const { t } = useIntegrationsUI(ENGLISH);
  const state = stateOfFlag(flag);
  const spec = DATA_QUALITY_ALERT_STATES[state];
  if (state === 'unknown') warnBadFlag(flag);

  const rawCode = flag != null && typeof flag === 'object' && flag.code != null ? toText(flag.code) : null;
  const rawSeverity = flag != null && typeof flag === 'object' && flag.severity != null ? toText(flag.severity) : null;
  const code = flag != null && isDataQualityCode(flag.code) ? flag.code : null;

  // A known code with an unknown severity keeps its message and shows the raw severity.
  const label = state === 'unknown' && code && rawSeverity ? t('common.unknownWithCode', { code: rawSeverity }) : t(spec.label);
  const message = code ? t(`flags.${code}`) : t('dataQuality.unknownFlag');

  let action: RecommendedActionId | null = null;
  if (recommendedAction === true) action = code ? RECOMMENDED_ACTION_BY_CODE[code] : null;
  else if (typeof recommendedAction === 'string') {
    if ((RECOMMENDED_ACTION_IDS as readonly string[]).includes(recommendedAction)) action = recommendedAction;
    else devWarn(`DataQualityAlert: unknown recommendedAction ${describe(recommendedAction)}; none shown.`);
  }

  return (
    <div
      ref={ref}
      data-slot="data-quality-alert"
      data-state={dataState(state)}
      data-tone={spec.tone}
      {...(code ? { 'data-code': code } : {})}
      {...(state === 'unknown' ? { 'data-raw-code': rawCode ?? '', 'data-raw-severity': rawSeverity ?? '' } : {})}
      role={spec.announce ? 'alert' : undefined}
      className={cn(IU_ROOT, alert({ state }), className)}
      {...rest}
    >
      <Icon name={spec.icon} size={16} className="iu:mt-0.5 iu:text-(--iu-tone-fg)" />
      <div className="iu:min-w-0 iu:flex-1 iu:space-y-1">
        <p className="iu:flex iu:flex-wrap iu:items-baseline iu:gap-x-2 iu:gap-y-0.5">
          <span data-slot="data-quality-alert-severity" className="iu:text-xs iu:font-semibold iu:uppercase iu:tracking-wide iu:text-(--iu-tone-fg)">
            {label}
          </span>
          {showCode || state === 'unknown' ? (
            <code data-slot="data-quality-alert-code" className="iu:break-all iu:font-mono iu:text-xs iu:text-(--iu-tone-fg)">
              {rawCode ?? t('common.none')}
            </code>
          ) : null}
        </p>
        <p data-slot="data-quality-alert-message">{message}</p>
        {sourceName ? (
          <p data-slot="data-quality-alert-source" className="iu:text-xs iu:text-muted-foreground">
            {t('dataQuality.source', { source: sourceName })}
          </p>
        ) : null}
        {action ? (
          <p data-slot="data-quality-alert-recommended-action" className="iu:text-xs">
            <span className="iu:font-medium">{t('dataQuality.recommendedActions')}</span> {t(`dataQuality.recommended.${action}`)}
          </p>
        ) : null}
      </div>
    </div>
  );
});

type HeadingLevel = 2 | 3 | 4 | 5 | 6;

export interface DataQualityAlertListProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** The flags to show, e.g. `deriveAllQualityFlags(sources, now)` plus `deriveCredentialFlags(...)`. None → "No data quality alert". */
  flags: readonly DataQualityFlagInput[];
  /** Sources to resolve each flag's `sourceId` to a name (pass them through `visibleSources`). Without it no source is named. */
  sources?: readonly Pick<SourceConnection, 'id' | 'name'>[];
  /** Group by severity (critical, blocking, warning, info; every group always shown, with its count); `false` lists flags in the given order. @default true */
  grouped?: boolean;
  /** Show each flag's code next to its severity. @default true */
  showCode?: boolean;
  /** Show each alert's suggested preview-only action. @default false */
  recommendedActions?: boolean;
  /** Level of the group headings, to fit the surrounding outline. @default 3 */
  headingLevel?: HeadingLevel;
  /** Alerts shown at first (per group when grouped) and added by each "Show more" press; `Infinity` shows every alert. @default 50 */
  pageSize?: number;
}

/** One list of alerts rendered in pages, with its "Show more" footer. */
function PagedAlerts({
  items,
  pageSize,
  slot,
  labelledBy,
  render,
}: {
  items: readonly { flag: DataQualityFlagInput; index: number }[];
  pageSize: number;
  slot: string;
  labelledBy?: string;
  render: (flag: DataQualityFlagInput, index: number) => ReactNode;
}) {
  const { visible, footer } = useShowMore(items, pageSize, slot);
  return (
    <>
      <ul aria-labelledby={labelledBy} className="iu:space-y-2">
        {visible.map(({ flag, index }) => render(flag, index))}
      </ul>
      {footer}
    </>
  );
}

const GROUP_ORDER: readonly (Severity | 'unknown')[] = [...SEVERITIES, 'unknown'];

/**
 * Flags grouped by severity, most severe first, WITHOUT ever hiding lower severities: the four
 * groups are always rendered with their counts (an empty one says so), and flags the library does
 * not recognise get a trailing Unknown group. With no flag at all it reads "No data quality alert".
 */
export const DataQualityAlertList = forwardRef<HTMLDivElement, DataQualityAlertListProps>(function DataQualityAlertList(
  { flags, sources, grouped = true, showCode = true, recommendedActions = false, headingLevel = 3, pageSize: pageSizeProp, className, ...rest },
  ref,
) {
  const { t, formatNumber } = useIntegrationsUI(ENGLISH);
  const baseId = useId();
  let list: readonly DataQualityFlagInput[] = flags;
  if (!Array.isArray(flags)) {
    devWarn(`DataQualityAlertList: flags must be an array, got ${describe(flags)}.`);
    list = [];
  }

  const pageSize = pageSizeOr(pageSizeProp, 'DataQualityAlertList');
  const names = new Map((Array.isArray(sources) ? sources : []).filter((s) => s != null).map((s) => [toText(s.id), s.name]));
  const nameOf = (flag: DataQualityFlagInput): string | undefined => {
    if (!sources || flag == null || flag.sourceId == null) return undefined;
    const name = names.get(toText(flag.sourceId));
    if (name === undefined) devWarn(`DataQualityAlertList: no source with id ${describe(flag.sourceId)} among \`sources\`; not named.`);
    return name;
  };
  const renderAlert = (flag: DataQualityFlagInput, index: number) => (
    <li key={`${toText(flag?.code)}:${toText(flag?.sourceId)}:${index}`}>
      <DataQualityAlert flag={flag} sourceName={nameOf(flag)} showCode={showCode} recommendedAction={recommendedActions} />
    </li>
  );

  const root = { ref, 'data-slot': 'data-quality-alert-list', ...rest } as const;

  if (list.length === 0) {
    return (
      <div {...root} data-state="empty" className={cn(IU_ROOT, 'iu:text-sm iu:text-muted-foreground', className)}>
        <p data-slot="data-quality-alert-list-empty">{t('dataQuality.noAlerts')}</p>
      </div>
    );
  }

  if (!grouped) {
    return (
      <div {...root} data-state="flat" className={cn(IU_ROOT, 'iu:space-y-2', className)}>
        <PagedAlerts items={list.map((flag, index) => ({ flag, index }))} pageSize={pageSize} slot="data-quality-alert-list-alerts" render={renderAlert} />
      </div>
    );
  }

  const level = headingLevelOr<HeadingLevel>(headingLevel, 3, [2, 3, 4, 5, 6]);
  if (level !== headingLevel) devWarn(`DataQualityAlertList headingLevel: expected 2 to 6, got ${describe(headingLevel)}; using 3.`);
  const Heading = `h${level}` as const;
  const indexed = list.map((flag, index) => ({ flag, index, state: stateOfFlag(flag) as DataQualityAlertState }));
  return (
    <div {...root} data-state="grouped" className={cn(IU_ROOT, 'iu:space-y-4', className)}>
      {GROUP_ORDER.map((severity) => {
        const members = indexed.filter((item) => item.state === severity);
        // The four severities are always shown (a zero is information too); Unknown only when present.
        if (severity === 'unknown' && members.length === 0) return null;
        const spec = DATA_QUALITY_ALERT_STATES[severity];
        const headingId = `${baseId}-${severity}`;
        return (
          <div key={severity} data-slot="data-quality-alert-list-group" data-severity={severity} data-count={members.length} className="iu:space-y-2">
            <Heading id={headingId} data-tone={spec.tone} className="iu:flex iu:items-center iu:gap-2 iu:text-sm iu:font-semibold iu:text-foreground">
              <Icon name={spec.icon} size={14} className="iu:text-(--iu-tone-fg)" />
              {t('dataQuality.groupHeading', { severity: t(spec.label), count: formatNumber(members.length) })}
            </Heading>
            {members.length > 0 ? (
              <PagedAlerts items={members} pageSize={pageSize} slot="data-quality-alert-list-group" labelledBy={headingId} render={renderAlert} />
            ) : (
              <p data-slot="data-quality-alert-list-group-empty" className="iu:text-sm iu:text-muted-foreground">
                {t('dataQuality.groupEmpty')}
              </p>
            )}
          </div>
        );
      })}
    </div>
  );
});

DataQualityAlert.displayName = 'DataQualityAlert';
DataQualityAlertList.displayName = 'DataQualityAlertList';
