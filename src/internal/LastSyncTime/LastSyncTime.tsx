'use client';

import type { Instant } from '../../domain/time';
import { useIntegrationsUI } from '../../i18n';
import { VisuallyHidden } from '../VisuallyHidden';
import * as english from '../../i18n/messages/en';
import { toText } from '../../domain/dev';

/** The English namespaces this module's strings come from (the provider's catalog comes first). */
const ENGLISH = { common: english.common, freshness: english.freshness, time: english.time };

/** A raw value as a person can read it back ("yesterday", 42). */
export function rawText(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? toText(value);
  } catch {
    return toText(value);
  }
}

/** A last successful sync, read: none yet, unreadable (with the raw value), or a valid instant. */
export type SyncInstant =
  | { kind: 'none' }
  | { kind: 'invalid'; rawValue: string; /** "Raw value: …", for the title and screen readers. */ rawLabel: string }
  | { kind: 'valid'; iso: string; relative: string | null; /** The absolute time, naming its zone. */ absolute: string };

/**
 * Reads a `lastSuccessfulSyncAt` for display in `timeZone`. The absolute time names its zone:
 * the profiles' zones share an offset in summer. An unreadable value warns once (formatInstant).
 */
export function useSyncInstant(value: unknown, timeZone: string, now: Instant | undefined): SyncInstant {
  const { t, formatInstant } = useIntegrationsUI(ENGLISH);
  if (value == null) return { kind: 'none' };
  const formatted = formatInstant(value, { timeZone, now, field: 'lastSuccessfulSyncAt' });
  if (!formatted) return { kind: 'invalid', rawValue: rawText(value), rawLabel: t('time.rawValue', { value: rawText(value) }) };
  return { kind: 'valid', iso: formatted.iso, relative: formatted.relative, absolute: t('time.inTimeZone', { time: formatted.absolute, timeZone }) };
}

interface SyncInstantTextProps {
  instant: Extract<SyncInstant, { kind: 'valid' | 'invalid' }>;
  /** What a valid instant reads as. @default the relative age, else the absolute time */
  shown?: string;
  /** Also read the absolute time to screen readers (when `shown` is not already it). @default true */
  describe?: boolean;
  /** Classes of the `<time>`. */
  className?: string;
  /** `data-slot` of the `<time>`, for a caller that styles or tests it (FreshnessCell's `freshness-cell-time`). */
  slot?: string;
}

/**
 * A valid instant as `<time dateTime>` with the absolute time on hover and, after a relative age,
 * for screen readers; an unreadable one as "Invalid date" with its raw value for screen readers.
 */
export function SyncInstantText({ instant, shown, describe = true, className, slot }: SyncInstantTextProps) {
  const { t } = useIntegrationsUI(ENGLISH);
  if (instant.kind === 'invalid') {
    return (
      <>
        {t('time.invalidDate')}
        <VisuallyHidden> ({instant.rawLabel})</VisuallyHidden>
      </>
    );
  }
  const text = shown ?? instant.relative ?? instant.absolute;
  return (
    <>
      <time data-slot={slot} dateTime={instant.iso} title={instant.absolute} className={className}>
        {text}
      </time>
      {describe && text !== instant.absolute ? <VisuallyHidden> ({instant.absolute})</VisuallyHidden> : null}
    </>
  );
}

/** How a "Last sync" cell reads: the age for the eye, or the ISO instant (the seed's text render). */
export type LastSyncTimeDisplay = 'relative' | 'iso';

interface LastSyncTimeProps {
  /** The source's `lastSuccessfulSyncAt` (null: never synced). */
  value: unknown;
  /** IANA zone of the absolute time (the source's profile). */
  timeZone: string;
  now: Instant | undefined;
  display: LastSyncTimeDisplay;
}

/**
 * The "Last sync" cell of the overview tables: the age for the eye, the exact instant in
 * `<time dateTime>` and the absolute time in the profile's zone on hover and for screen readers;
 * "—" (read as "No successful sync yet") when there is none; "Invalid date" with the raw value
 * for an unreadable timestamp, never a crash. `iso` prints the seed's text render instead (the
 * ISO instant, nothing when there is none), the absolute time staying in the hover title.
 */
export function LastSyncTime({ value, timeZone, now, display }: LastSyncTimeProps) {
  const { t } = useIntegrationsUI(ENGLISH);
  const instant = useSyncInstant(value, timeZone, now);
  if (instant.kind === 'none') {
    // The seed's text render prints nothing for a source that never synced.
    if (display === 'iso') return <span data-slot="last-sync-time" data-time="none" />;
    return (
      <span data-slot="last-sync-time" data-time="none" title={t('freshness.neverSynced')} className="iu:text-muted-foreground">
        <span aria-hidden="true">{t('common.none')}</span>
        <VisuallyHidden>{t('freshness.neverSynced')}</VisuallyHidden>
      </span>
    );
  }
  if (instant.kind === 'invalid') {
    return (
      <span data-slot="last-sync-time" data-time="invalid" data-raw-value={instant.rawValue} title={instant.rawLabel}>
        <SyncInstantText instant={instant} />
      </span>
    );
  }
  return (
    <span data-slot="last-sync-time" data-time="valid">
      <SyncInstantText
        instant={instant}
        shown={display === 'iso' ? instant.iso : undefined}
        describe={display === 'relative'}
        className="iu:whitespace-nowrap"
      />
    </span>
  );
}
