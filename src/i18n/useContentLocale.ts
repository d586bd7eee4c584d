'use client';

import { devWarn } from '../domain/dev';
import { useIntegrationsUI } from './IntegrationsUIProvider';
import type { Locale, MessageKey } from './messages/types';
import { CATALOGS, isLocale, translate, type MessageParams } from './translate';

export interface ContentLocale {
  /** The language the content is written in: `contentLocale` when valid, else the page's. */
  textLocale: Locale;
  /** Translates into `textLocale` (the page's own `t` stays for the surrounding UI strings). */
  tc: (key: MessageKey, params?: MessageParams) => string;
  /** `lang` for the content's element: `textLocale` when it differs from the page's, else undefined. */
  lang: Locale | undefined;
}

/**
 * The language of a component's content when it may differ from the page (seed 001's readiness
 * texts and seed 002's legacy-route notice are French on an English page). An unknown
 * `contentLocale` falls back to the page's locale with a development warning naming `componentName`.
 */
export function useContentLocale(contentLocale: unknown, componentName: string): ContentLocale {
  const { locale } = useIntegrationsUI();
  let textLocale: Locale = locale;
  if (contentLocale !== undefined) {
    if (isLocale(contentLocale)) textLocale = contentLocale;
    else devWarn(`${componentName} contentLocale: unknown locale ${JSON.stringify(contentLocale)}; using "${locale}".`);
  }
  const messages = CATALOGS[textLocale];
  return {
    textLocale,
    tc: (key, params) => translate(messages, key, params),
    lang: textLocale !== locale ? textLocale : undefined,
  };
}
