'use client';

import { forwardRef, type HTMLAttributes } from 'react';
import { deriveQualityFlags, type SourceConnection } from '../../domain';
import { describe, devWarn, toText } from '../../domain/dev';
import type { Instant } from '../../domain/time';
import { useIntegrationsUI } from '../../i18n';
import { cn, IU_ROOT } from '../../internal/cn';
import { Tooltip } from '../../internal/Tooltip';
import { VisuallyHidden } from '../../internal/VisuallyHidden';
import { StatusPill, type StatusPillSize } from '../../internal/StatusPill';
import { HEALTH_BADGE_STATES, isHealthBadgeState, stateOfSource, type HealthBadgeView, type HealthBadgeSize, type HealthBadgeState } from './HealthBadge.props';
import * as english from '../../i18n/messages/en';
import { dataState } from '../../internal/dataState';

/** The English namespaces this module's strings come from (the provider's catalog comes first). */
const ENGLISH = {
  common: english.common,
  connection: english.connection,
  flags: english.flags,
  freshness: english.freshness,
  health: english.health,
  healthReasons: english.healthReasons,
};

/** The pill size of each badge size. */
const PILL_SIZE = { sm: 'compact', md: 'md' } as const satisfies Record<HealthBadgeSize, StatusPillSize>;

export interface HealthBadgeProps extends Omit<HTMLAttributes<HTMLSpanElement>, 'children'> {
  /** The state to show. A string outside the table renders the neutral Unknown badge with that raw code. */
  state?: HealthBadgeState | (string & {});
  /** Derive state and reason from a source instead of passing `state` (ignored when `state` is given). */
  source?: SourceConnection;
  /** With `source`: which of its facts the badge shows, its connection status or its health (flags). @default 'connection' */
  view?: HealthBadgeView;
  /** Why the source is in this state, shown in the tooltip and read by screen readers. Derived from `source` when omitted. */
  reason?: string;
  /** ISO time the reason applies to (e.g. the last successful sync), shown in the tooltip. Derived from `source` when omitted. */
  reasonTime?: string | null;
  /** IANA time zone of the reason's time (the source's profile). @default the provider's time zone */
  timeZone?: string;
  /** Clock for the health view (freshness) and relative times. @default the provider's `now` */
  now?: Instant;
  /** Density. @default 'md' */
  size?: HealthBadgeSize;
  /** Visible text instead of the state's label, e.g. the stored code "CONNECTED" in a code-level table; the label stays what assistive technology reads. @default the state's label */
  text?: string;
}

/**
 * A source's state at a glance: icon, text and colour, never colour alone. When there is a
 * reason the badge becomes a focusable button whose tooltip gives it and the time it applies
 * (keyboard and pointer); the tooltip is the button's accessible description even while closed.
 * Such a badge shows that there is more: its text is underlined with dots and the pointer
 * becomes the help cursor.
 */
export const HealthBadge = forwardRef<HTMLSpanElement, HealthBadgeProps>(function HealthBadge(
  { state, source, view = 'connection', reason, reasonTime, timeZone, now: nowProp, size = 'md', text, className, ...rest },
  ref,
) {
  const { t, formatInstant, now: providerNow } = useIntegrationsUI(ENGLISH);
  const now = nowProp ?? providerNow;

  let resolved: HealthBadgeState;
  let rawCode: string | null = null;
  if (state !== undefined) {
    if (isHealthBadgeState(state)) resolved = state;
    else {
      devWarn(`HealthBadge state: unknown state ${describe(state)}; rendering Unknown.`);
      resolved = 'unknown';
      rawCode = toText(state);
    }
  } else if (source) {
    resolved = stateOfSource(source, view, now);
    if (resolved === 'unknown' && view === 'connection') rawCode = toText(source.connectionStatus);
  } else {
    devWarn('HealthBadge: pass `state` or `source`.');
    resolved = 'unknown';
  }

  const derivedReason =
    reason ??
    (source && now !== undefined
      ? deriveQualityFlags(source, now)
          .map((f) => (view === 'health' && f.code === 'mapping_unconfirmed' ? t('healthReasons.mapping_unconfirmed') : t(`flags.${f.code}`)))
          .join(' ') || undefined
      : undefined);
  const time = reasonTime !== undefined ? reasonTime : (source?.lastSuccessfulSyncAt ?? null);
  const formatted = derivedReason && time ? formatInstant(time, { timeZone, now, field: 'reasonTime' }) : null;

  const spec = HEALTH_BADGE_STATES[resolved];
  const label = rawCode !== null ? t('common.unknownWithCode', { code: rawCode }) : t(spec.label);

  // A badge with a tooltip says so: its text is underlined with dots, in its own tone.
  const cue = derivedReason ? 'iu:underline iu:decoration-dotted iu:decoration-1 iu:underline-offset-2' : undefined;
  const body = (
    <StatusPill
      ref={ref}
      data-slot="health-badge"
      data-state={dataState(resolved)}
      tone={spec.tone}
      icon={spec.icon}
      size={Object.hasOwn(PILL_SIZE, size) ? PILL_SIZE[size] : 'md'}
      {...(rawCode !== null ? { 'data-raw-code': rawCode } : {})}
      className={cn(IU_ROOT, 'iu:max-w-full iu:whitespace-nowrap', className)}
      {...rest}
    >
      {text !== undefined && text !== label ? (
        <>
          <span data-slot="health-badge-text" aria-hidden="true" className={cn('iu:truncate iu:font-mono', cue)}>
            {text}
          </span>
          <VisuallyHidden data-slot="health-badge-label">{label}</VisuallyHidden>
        </>
      ) : (
        <span data-slot="health-badge-label" className={cn('iu:truncate', cue)}>
          {label}
        </span>
      )}
    </StatusPill>
  );

  if (!derivedReason) return body;
  return (
    <Tooltip
      content={
        <>
          <span className="iu:block">{derivedReason}</span>
          {formatted ? (
            <span className="iu:mt-1 iu:block iu:text-muted-foreground">
              {t('freshness.lastSync')}: <time dateTime={formatted.iso}>{formatted.absolute}</time>
              {formatted.relative ? ` (${formatted.relative})` : null}
            </span>
          ) : null}
        </>
      }
    >
      <button
        type="button"
        data-slot="health-badge-trigger"
        className="iu:inline-flex iu:max-w-full iu:cursor-help iu:rounded-full iu:focus-visible:outline-2 iu:focus-visible:outline-offset-2 iu:focus-visible:outline-ring"
      >
        {body}
      </button>
    </Tooltip>
  );
});

HealthBadge.displayName = 'HealthBadge';
