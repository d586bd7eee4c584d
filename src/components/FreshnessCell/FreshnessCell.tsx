'use client';

import { cva } from 'class-variance-authority';
import { forwardRef, type HTMLAttributes, type ReactNode } from 'react';
import { freshnessWindowHours, isOneOf, type Profile, type SourceConnection } from '../../domain';
import { describe, devWarn } from '../../domain/dev';
import type { Instant } from '../../domain/time';
import { safeTimeZone, useIntegrationsUI } from '../../i18n';
import { cn, IU_ROOT } from '../../internal/cn';
import { StatusPill } from '../../internal/StatusPill';
import { SyncInstantText, useSyncInstant } from '../../internal/LastSyncTime';
import { FRESHNESS_CELL_LAYOUTS, FRESHNESS_CELL_STATES, freshnessOfSource, type FreshnessCellLayout } from './FreshnessCell.props';
import * as english from '../../i18n/messages/en';
import { dataState } from '../../internal/dataState';

/** The English namespaces this module's strings come from (the provider's catalog comes first). */
const ENGLISH = { freshness: english.freshness };

const root = cva('iu:relative iu:flex iu:min-w-0 iu:text-sm', {
  variants: {
    layout: {
      stacked: 'iu:flex-col iu:items-start iu:gap-1',
      inline: 'iu:flex-row iu:flex-wrap iu:items-center iu:gap-x-2 iu:gap-y-0.5',
    } satisfies Record<FreshnessCellLayout, string>,
  },
  defaultVariants: { layout: 'stacked' },
});

export interface FreshnessCellProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** The source whose data freshness is shown (its enabled flag, platform and last successful sync). */
  source: SourceConnection;
  /** The source's profile: absolute times are shown in its time zone. */
  profile?: Pick<Profile, 'id' | 'timeZone'>;
  /** IANA time zone of the absolute time; overrides `profile`. @default the profile's, else the provider's time zone */
  timeZone?: string;
  /** Clock the freshness and the relative age are measured against. @default the provider's `now` */
  now?: Instant;
  /** Label above the time (table cells) or beside it. @default 'stacked' */
  layout?: FreshnessCellLayout;
  /** Also print the absolute time (otherwise it is on hover and for screen readers only). @default false */
  showAbsolute?: boolean;
}

/**
 * How current a source's data is: label (Fresh, Stale, Missing, Unknown) with icon and tone,
 * the age relative to `now` for the eye, the absolute time in the profile's time zone in a
 * `<time dateTime>` (hover title and screen-reader text), and the platform's freshness window
 * when stale. An unreadable timestamp shows "Invalid date" with its raw value, never a crash.
 */
export const FreshnessCell = forwardRef<HTMLDivElement, FreshnessCellProps>(function FreshnessCell(
  { source, profile, timeZone, now: nowProp, layout: layoutProp = 'stacked', showAbsolute = false, className, ...rest },
  ref,
) {
  const { t, now: providerNow, timeZone: providerTimeZone } = useIntegrationsUI(ENGLISH);
  const now = nowProp ?? providerNow;
  const layout: FreshnessCellLayout = isOneOf(FRESHNESS_CELL_LAYOUTS, layoutProp) ? layoutProp : 'stacked';
  if (layout !== layoutProp) devWarn(`FreshnessCell layout: unknown layout ${describe(layoutProp)}; using "stacked".`);
  const state = freshnessOfSource(source, now);
  const spec = FRESHNESS_CELL_STATES[state];

  if (profile && source && profile.id !== source.profileId) {
    devWarn(`FreshnessCell: profile ${describe(profile.id)} is not the profile of source ${describe(source.id)}.`);
  }
  const zone = safeTimeZone(timeZone ?? profile?.timeZone ?? providerTimeZone);
  const instant = useSyncInstant(source?.lastSuccessfulSyncAt, zone, now);
  const timeState = instant.kind;
  const disabled = source?.enabled === false;

  let time: ReactNode = null;
  if (instant.kind === 'valid') {
    time = (
      <>
        {/* With `showAbsolute` the absolute time is printed: no hidden copy for screen readers. */}
        <SyncInstantText instant={instant} slot="freshness-cell-time" describe={!showAbsolute} />
        {showAbsolute && instant.relative !== null ? <span data-slot="freshness-cell-absolute"> · {instant.absolute}</span> : null}
      </>
    );
  } else if (instant.kind === 'invalid') {
    time = (
      <span data-slot="freshness-cell-invalid" title={instant.rawLabel}>
        <SyncInstantText instant={instant} />
      </span>
    );
  }
  const note = disabled ? t('freshness.disabled') : state === 'MISSING' ? t('freshness.neverSynced') : null;

  return (
    <div
      ref={ref}
      data-slot="freshness-cell"
      data-state={dataState(state)}
      data-time={timeState}
      data-layout={layout}
      {...(instant.kind === 'invalid' ? { 'data-raw-value': instant.rawValue } : {})}
      className={cn(IU_ROOT, root({ layout }), className)}
      {...rest}
    >
      <StatusPill data-slot="freshness-cell-label" tone={spec.tone} icon={spec.icon} leading="fixed" className="iu:max-w-full iu:whitespace-nowrap">
        <span className="iu:truncate">{t(spec.label)}</span>
      </StatusPill>
      {time || note ? (
        <span data-slot="freshness-cell-detail" className="iu:min-w-0 iu:text-xs iu:leading-4 iu:text-muted-foreground">
          {time}
          {time && note ? ' · ' : null}
          {note}
        </span>
      ) : null}
      {state === 'STALE' ? (
        <span data-slot="freshness-cell-window" className="iu:text-xs iu:leading-4 iu:text-muted-foreground">
          {t('freshness.window', { hours: freshnessWindowHours(source) })}
        </span>
      ) : null}
    </div>
  );
});

FreshnessCell.displayName = 'FreshnessCell';
