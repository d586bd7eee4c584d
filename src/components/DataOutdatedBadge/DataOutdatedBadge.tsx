'use client';

import { forwardRef, type HTMLAttributes } from 'react';
import { describe, devWarn } from '../../domain/dev';
import { useIntegrationsUI } from '../../i18n';
import { cn, IU_ROOT } from '../../internal/cn';
import { StatusPill } from '../../internal/StatusPill';
import { DATA_OUTDATED_BADGE_STATES } from './DataOutdatedBadge.props';
import * as english from '../../i18n/messages/en';

/** The English namespaces this module's strings come from (the provider's catalog comes first). */
const ENGLISH = { common: english.common };

export interface DataOutdatedBadgeProps extends Omit<HTMLAttributes<HTMLSpanElement>, 'children'> {
  /** Whether the section's data may be outdated, e.g. `isDataOutdated(visibleSources(…), now)`. `false` renders nothing. */
  outdated: boolean;
}

/**
 * The "Data may be outdated" marker placed next to a section title when any source it covers is
 * not FRESH. Text, icon and the stale tone: never colour alone. When the data is up to
 * date it renders nothing (no quiet "up to date" state: the absence of the marker says it).
 * A non-boolean `outdated` shows the marker (and warns): a possibly stale screen must never lose
 * its warning because of bad input.
 */
export const DataOutdatedBadge = forwardRef<HTMLSpanElement, DataOutdatedBadgeProps>(function DataOutdatedBadge({ outdated, className, ...rest }, ref) {
  const { t } = useIntegrationsUI(ENGLISH);
  if (typeof outdated !== 'boolean') {
    devWarn(`DataOutdatedBadge outdated: expected a boolean, got ${describe(outdated)}; showing the marker.`);
  } else if (!outdated) {
    return null;
  }
  const spec = DATA_OUTDATED_BADGE_STATES.outdated;
  return (
    <StatusPill
      ref={ref}
      data-slot="data-outdated-badge"
      data-state="outdated"
      tone={spec.tone}
      icon={spec.icon}
      leading="fixed"
      className={cn(IU_ROOT, 'iu:max-w-full', className)}
      {...rest}
    >
      <span className="iu:break-words">{t(spec.label)}</span>
    </StatusPill>
  );
});

DataOutdatedBadge.displayName = 'DataOutdatedBadge';
