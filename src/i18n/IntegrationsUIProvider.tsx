'use client';

import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Instant } from '../domain/time';
import { formatInstant, formatNumber, safeTimeZone, type FormattedInstant } from './format';
import type { Locale, MessageKey, MessageListKey, Messages } from './messages/types';
import { CATALOGS, isLocale, translate, translateList, type MessageParams } from './translate';

export interface IntegrationsUIContextValue {
  locale: Locale;
  /** Default time zone for absolute times (a component given a profile uses the profile's). */
  timeZone: string;
  /** The clock every relative time is measured against; undefined shows absolute times only. */
  now: Instant | undefined;
  messages: Messages;
  t: (key: MessageKey, params?: MessageParams) => string;
  tList: (key: MessageListKey) => readonly string[];
  formatInstant: (value: unknown, opts?: { timeZone?: string; now?: Instant; field?: string }) => FormattedInstant | null;
  formatNumber: (value: number) => string;
}

function makeValue(locale: Locale, timeZone: string, now: Instant | undefined): IntegrationsUIContextValue {
  const messages = CATALOGS[locale];
  return {
    locale,
    timeZone,
    now,
    messages,
    t: (key, params) => translate(messages, key, params),
    tList: (key) => translateList(messages, key),
    formatInstant: (value, opts = {}) =>
      formatInstant(value, { locale, timeZone: opts.timeZone ?? timeZone, now: opts.now ?? now, field: opts.field }),
    formatNumber: (value) => formatNumber(value, locale),
  };
}

const IntegrationsUIContext = createContext<IntegrationsUIContextValue>(makeValue('en', 'UTC', undefined));

export interface IntegrationsUIProviderProps {
  /** Language of every visible string. @default 'en' */
  locale?: Locale;
  /** IANA time zone for absolute times when no profile gives one. @default 'UTC' */
  timeZone?: string;
  /** The current time for relative times ("3 days ago"); pass your app's clock. Without it only absolute times show. */
  now?: Instant;
  children?: ReactNode;
}

/**
 * Gives every component below it its locale, time zone and clock. Components never read the
 * real clock themselves: the app passes `now`, so tests and stories stay stable.
 */
export function IntegrationsUIProvider({ locale = 'en', timeZone = 'UTC', now, children }: IntegrationsUIProviderProps) {
  const safeLocale: Locale = isLocale(locale) ? locale : 'en';
  const tz = safeTimeZone(timeZone);
  const value = useMemo(() => makeValue(safeLocale, tz, now), [safeLocale, tz, now]);
  return <IntegrationsUIContext.Provider value={value}>{children}</IntegrationsUIContext.Provider>;
}

/** The locale, messages, clock and formatters of the nearest provider (English and UTC without one). */
export function useIntegrationsUI(): IntegrationsUIContextValue {
  return useContext(IntegrationsUIContext);
}
