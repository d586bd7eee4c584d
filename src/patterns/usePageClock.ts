'use client';

import type { Instant } from '../domain/time';
import { useIntegrationsUI } from '../i18n';
import * as english from '../i18n/messages/en';

/** The English namespaces this module's strings come from (the provider's catalog comes first). */
const ENGLISH = { common: english.common };

/**
 * The clock of a screen: its `now` prop, else the provider's. Without any clock freshness reads
 * UNKNOWN (the domain warns once in development) rather than reading the real clock.
 */
export function usePageClock(now: Instant | undefined): Instant {
  const { now: providerNow } = useIntegrationsUI(ENGLISH);
  return (now ?? providerNow) as Instant;
}
