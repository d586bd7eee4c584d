'use client';

import type { Instant } from '../domain/time';
import { useIntegrationsUI } from '../i18n';

/**
 * The clock of a screen: its `now` prop, else the provider's. Without any clock freshness reads
 * UNKNOWN (the domain warns once in development) rather than reading the real clock.
 */
export function usePageClock(now: Instant | undefined): Instant {
  const { now: providerNow } = useIntegrationsUI();
  return (now ?? providerNow) as Instant;
}
