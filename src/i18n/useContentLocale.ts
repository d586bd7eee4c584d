'use client';

import { describe, devWarn } from '../domain/dev';
import { bindMessages, catalogOf, hasCatalog, useIntegrationsUI } from './IntegrationsUIProvider';
import type { Locale, MessageKey, Messages } from './messages/types';
import { canonicalLocale, type MessageParams } from './translate';

export interface ContentLocale {
  /** The language the content is written in: `contentLocale` when the app has its catalog, else the page's. */
  textLocale: Locale;
  /** Translates into `textLocale` (the page's own `t` stays for the surrounding UI strings). */
  tc: (key: MessageKey, params?: MessageParams) => string;
  /** `lang` for the content's element: `textLocale` when it differs from the page's, else undefined. */
  lang: Locale | undefined;
}

/**
 * The language of a component's content when it may differ from the page's (readiness texts or a
 * notice that the backend sends in French on an English page). The locale's catalog must be among
 * the provider's `catalogs` (English is built in); otherwise the page's locale is used, with a
 * development warning naming `componentName`.
 */
export function useContentLocale(contentLocale: unknown, componentName: string, english: Partial<Messages>): ContentLocale {
  const { locale, catalogs } = useIntegrationsUI();
  let textLocale: Locale = locale;
  if (contentLocale !== undefined) {
    const tag = canonicalLocale(contentLocale);
    if (tag !== null && hasCatalog(catalogs, tag)) textLocale = tag;
    else devWarn(`${componentName} contentLocale: no catalog for ${describe(contentLocale)}; using "${locale}".`);
  }
  return {
    textLocale,
    tc: bindMessages(textLocale, catalogOf(catalogs, textLocale), english).t,
    lang: textLocale !== locale ? textLocale : undefined,
  };
}
