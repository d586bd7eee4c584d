'use client';

import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { describe, devWarn } from '../domain/dev';
import type { Instant } from '../domain/time';
import { formatInstant, formatNumber, safeTimeZone, type FormattedInstant } from './format';
import type { Catalogs, Locale, MessageKey, MessageListKey, Messages } from './messages/types';
import { canonicalLocale, hasMessage, translate, translateList, type CatalogChain, type MessageParams } from './translate';

/** What the provider holds: the page's locale, the app's catalogs, its time zone and clock. */
interface IntegrationsUISettings {
  locale: Locale;
  /** The catalog of `locale` (undefined for English, which each component ships with). */
  catalog: Messages | undefined;
  catalogs: Catalogs;
  timeZone: string;
  now: Instant | undefined;
}

export interface IntegrationsUIContextValue {
  /** The page's locale: English unless the provider was given another locale and its catalog. */
  locale: Locale;
  /** Default time zone for absolute times (a component given a profile uses the profile's). */
  timeZone: string;
  /** The clock every relative time is measured against; undefined shows absolute times only. */
  now: Instant | undefined;
  /** The catalogs the app passed to the provider, by locale (English is built in). */
  catalogs: Catalogs;
  /** Translates a key into the page's locale. */
  t: (key: MessageKey, params?: MessageParams) => string;
  /** Reads a list of lines in the page's locale. */
  tList: (key: MessageListKey) => readonly string[];
  /** True when the key has a message (for keys built from data). */
  has: (key: string) => key is MessageKey;
  formatInstant: (value: unknown, opts?: { timeZone?: string; now?: Instant; field?: string }) => FormattedInstant | null;
  formatNumber: (value: number) => string;
}

const DEFAULT_SETTINGS: IntegrationsUISettings = { locale: 'en', catalog: undefined, catalogs: {}, timeZone: 'UTC', now: undefined };
const IntegrationsUIContext = createContext<IntegrationsUISettings>(DEFAULT_SETTINGS);

/** The catalog of `locale` among the app's catalogs; undefined for English or when none was given. */
export function catalogOf(catalogs: Catalogs, locale: Locale): Messages | undefined {
  return locale === 'en' ? undefined : catalogs[locale];
}

/** True when text can be shown in `locale`: English (built in), or a locale whose catalog the app passed. */
export function hasCatalog(catalogs: Catalogs, locale: Locale): boolean {
  return locale === 'en' || catalogs[locale] !== undefined;
}

/** Binds the translation and formatting functions to a locale and a component's English namespaces. */
export function bindMessages(locale: Locale, catalog: Messages | undefined, english: Partial<Messages> | undefined) {
  const chain: CatalogChain = [catalog, english];
  return {
    t: (key: MessageKey, params?: MessageParams) => translate(chain, key, params),
    tList: (key: MessageListKey) => translateList(chain, key),
    has: (key: string): key is MessageKey => hasMessage(chain, key),
  };
}

export interface IntegrationsUIProviderProps {
  /** Language of every visible string: `'en'`, or a locale whose catalog is in `catalogs`. @default 'en' */
  locale?: Locale;
  /** Catalogs of the locales the app uses besides English, e.g. `{ fr }` from `integrations-ui/locales/fr`. @default {} */
  catalogs?: Catalogs;
  /** IANA time zone for absolute times when no profile gives one. @default 'UTC' */
  timeZone?: string;
  /** The current time for relative times ("3 days ago"); pass your app's clock. Without it only absolute times show. */
  now?: Instant;
  children?: ReactNode;
}

/**
 * Gives every component below it its locale, catalogs, time zone and clock. English is built
 * in; another language is a catalog the app imports (`integrations-ui/locales/fr`) or writes
 * (`satisfies Messages`) and passes in `catalogs`. Components never read the real clock: the
 * app passes `now`, so server and client render the same.
 */
export function IntegrationsUIProvider({ locale = 'en', catalogs = DEFAULT_SETTINGS.catalogs, timeZone = 'UTC', now, children }: IntegrationsUIProviderProps) {
  const tz = safeTimeZone(timeZone);
  const value = useMemo((): IntegrationsUISettings => {
    const safeCatalogs: Catalogs = catalogs !== null && typeof catalogs === 'object' ? catalogs : {};
    const tag = canonicalLocale(locale);
    let resolved: Locale = 'en';
    if (tag === null) devWarn(`IntegrationsUIProvider locale: ${describe(locale)} is not a language tag; using "en".`);
    else if (!hasCatalog(safeCatalogs, tag)) devWarn(`IntegrationsUIProvider locale: no catalog for "${tag}" in \`catalogs\`; using "en".`);
    else resolved = tag;
    return { locale: resolved, catalog: catalogOf(safeCatalogs, resolved), catalogs: safeCatalogs, timeZone: tz, now };
  }, [locale, catalogs, tz, now]);
  return <IntegrationsUIContext.Provider value={value}>{children}</IntegrationsUIContext.Provider>;
}

/**
 * The locale, clock and formatters of the nearest provider (English and UTC without one), with
 * `t` reading the provider's catalog, then `english`: the English namespaces the calling
 * component uses (declared once at module level, so that bundles keep only those).
 */
export function useIntegrationsUI(english?: Partial<Messages>): IntegrationsUIContextValue {
  return contextValue(useContext(IntegrationsUIContext), english ?? NO_ENGLISH);
}

const NO_ENGLISH: Partial<Messages> = {};
// One value per provider settings and English namespaces (module-level constants): a table of
// 10,000 badges shares one set of bound functions instead of building its own per cell.
const values = new WeakMap<IntegrationsUISettings, WeakMap<Partial<Messages>, IntegrationsUIContextValue>>();

function contextValue(settings: IntegrationsUISettings, english: Partial<Messages>): IntegrationsUIContextValue {
  let byEnglish = values.get(settings);
  if (!byEnglish) values.set(settings, (byEnglish = new WeakMap()));
  let value = byEnglish.get(english);
  if (!value) {
    const { locale, catalog, catalogs, timeZone, now } = settings;
    value = {
      locale,
      timeZone,
      now,
      catalogs,
      ...bindMessages(locale, catalog, english),
      formatInstant: (input, opts = {}) => formatInstant(input, { locale, timeZone: opts.timeZone ?? timeZone, now: opts.now ?? now, field: opts.field }),
      formatNumber: (input) => formatNumber(input, locale),
    };
    byEnglish.set(english, value);
  }
  return value;
}
