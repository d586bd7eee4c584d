import type { Instant } from '../../domain/time';
import { useIntegrationsUI } from '../../i18n';
import { VisuallyHidden } from '../VisuallyHidden';
import type { SourceStatusTimeDisplay } from './states';

/** A raw value as a person can read it back ("yesterday", 42). */
function rawText(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

interface LastSyncTimeProps {
  /** The source's `lastSuccessfulSyncAt` (null: never synced). */
  value: unknown;
  /** IANA zone of the absolute time (the source's profile). */
  timeZone: string;
  now: Instant | undefined;
  display: SourceStatusTimeDisplay;
}

/**
 * The "Last sync" cell shared by both views: the age for the eye, the exact instant in
 * `<time dateTime>` and the absolute time in the profile's zone on hover and for screen readers;
 * "—" (read as "No successful sync yet") when there is none; "Invalid date" with the raw value
 * for an unreadable timestamp, never a crash. `iso` prints the seed's text render instead (the
 * ISO instant, nothing when there is none), the absolute time staying in the hover title.
 */
export function LastSyncTime({ value, timeZone, now, display }: LastSyncTimeProps) {
  const { t, formatInstant } = useIntegrationsUI();
  if (value == null) {
    // The seed's text render prints nothing for a source that never synced.
    if (display === 'iso') return <span data-slot="last-sync" data-time="none" />;
    return (
      <span data-slot="last-sync" data-time="none" title={t('freshness.neverSynced')} className="text-muted-foreground">
        <span aria-hidden="true">{t('common.none')}</span>
        <VisuallyHidden>{t('freshness.neverSynced')}</VisuallyHidden>
      </span>
    );
  }
  const formatted = formatInstant(value, { timeZone, now, field: 'lastSuccessfulSyncAt' });
  if (!formatted) {
    const raw = t('time.rawValue', { value: rawText(value) });
    return (
      <span data-slot="last-sync" data-time="invalid" data-raw-value={rawText(value)} title={raw}>
        {t('time.invalidDate')}
        <VisuallyHidden> ({raw})</VisuallyHidden>
      </span>
    );
  }
  // Which zone the absolute time is in: the three profiles' zones share an offset in summer.
  const absolute = t('time.inTimeZone', { time: formatted.absolute, timeZone });
  const shown = display === 'iso' ? formatted.iso : (formatted.relative ?? absolute);
  return (
    <span data-slot="last-sync" data-time="valid">
      <time dateTime={formatted.iso} title={absolute} className="whitespace-nowrap">
        {shown}
      </time>
      {display === 'relative' && shown !== absolute ? <VisuallyHidden> ({absolute})</VisuallyHidden> : null}
    </span>
  );
}
