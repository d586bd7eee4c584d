'use client';

import { cva } from 'class-variance-authority';
import { forwardRef, useId, type HTMLAttributes } from 'react';
import type { Platform } from '../../domain';
import { describe, devWarn, toText } from '../../domain/dev';
import { useIntegrationsUI } from '../../i18n';
import { cn, IU_ROOT } from '../../internal/cn';
import { StatusPill } from '../../internal/StatusPill';
import { InlineMessage } from '../../internal/InlineMessage';
import {
  lifecycleStateOf,
  PLATFORM_LIFECYCLE_STATES,
  PLATFORM_PRIORITY_STATES,
  platformReason,
  platformText,
  priorityStateOf,
  type PlatformLifecycleState,
} from './PlatformPicker.props';
import * as english from '../../i18n/messages/en';
import { dataState } from '../../internal/dataState';

/** The English namespaces this module's strings come from (the provider's catalog comes first). */
const ENGLISH = { common: english.common, platformCard: english.platformCard, platforms: english.platforms };

const card = cva(
  'iu:grid iu:grid-cols-[minmax(0,1fr)] iu:content-start iu:gap-2 iu:rounded-ui iu:border iu:p-3 iu:text-left iu:text-sm iu:text-foreground iu:min-w-0 iu:break-words iu:[overflow-wrap:anywhere]',
  {
    variants: {
      lifecycle: {
        active: 'iu:bg-surface',
        blocked: 'iu:border-dashed iu:bg-muted',
        planned: 'iu:border-dashed iu:bg-muted',
        unknown: 'iu:border-dashed iu:bg-muted',
      } satisfies Record<PlatformLifecycleState, string>,
      selected: { true: 'iu:border-ring iu:ring-1 iu:ring-ring', false: 'iu:border-border' },
    },
    defaultVariants: { lifecycle: 'active', selected: false },
  },
);

const BADGE = 'iu:whitespace-nowrap';

/** Ids of a card's parts, derived from its `id`, so a picker can name and describe the card with them. */
export function platformCardIds(base: string) {
  return {
    label: `${base}-label`,
    priority: `${base}-priority`,
    lifecycle: `${base}-lifecycle`,
    widget: `${base}-widget`,
    reason: `${base}-reason`,
  } as const;
}

export interface PlatformCardProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** The platform to describe (fixture `PLATFORMS`); its label and notes come from the catalog `platforms.<id>`. */
  platform: Platform;
  /** Shows the card as the chosen one (border and a "selected" badge: never colour alone). @default false */
  selected?: boolean;
}

const asList = (value: unknown): readonly string[] => (Array.isArray(value) ? value.map(String) : []);

/**
 * One platform as the platform picker shows it: label, priority and lifecycle badges, "not widget
 * eligible", capabilities, the catalog's notes verbatim, risks (omitted when none) and, for a
 * blocked or planned platform, why it cannot be chosen. Display only: `PlatformPicker` makes
 * it choosable.
 */
export const PlatformCard = forwardRef<HTMLDivElement, PlatformCardProps>(function PlatformCard(
  { platform: platformProp, selected = false, id: idProp, className, ...rest },
  ref,
) {
  // A hole or a null in the caller's list: an Unknown card, never a crash.
  const platform: Platform = platformProp != null && typeof platformProp === 'object' ? platformProp : ({ id: undefined } as unknown as Platform);
  if (platform !== platformProp) devWarn(`PlatformCard platform: expected a platform, got ${describe(platformProp)}; rendering Unknown.`);
  const { t, tList } = useIntegrationsUI(ENGLISH);
  const autoId = useId();
  const ids = platformCardIds(idProp ?? autoId);

  const text = platformText(platform, t, tList);
  if (!text.known) devWarn(`PlatformCard platform.id: unknown platform ${describe(platform.id)}; showing its raw id.`);
  const lifecycle = lifecycleStateOf(platform.lifecycle);
  if (lifecycle === 'unknown') devWarn(`PlatformCard platform.lifecycle: unknown lifecycle ${describe(platform.lifecycle)}; rendering Unknown.`);
  const priority = priorityStateOf(platform.priority);
  if (priority === 'unknown') devWarn(`PlatformCard platform.priority: unknown priority ${describe(platform.priority)}; rendering Unknown.`);
  const spec = PLATFORM_LIFECYCLE_STATES[lifecycle];
  const reason = platformReason(platform, lifecycle, t);
  const capabilities = asList(platform.capabilities);
  const risks = asList(platform.risks);

  return (
    <div
      ref={ref}
      id={idProp}
      data-slot="platform-card"
      data-state={dataState(lifecycle)}
      data-platform={toText(platform.id)}
      data-selected={selected || undefined}
      className={cn(IU_ROOT, card({ lifecycle, selected }), className)}
      {...rest}
    >
      <p data-slot="platform-card-header" className="iu:flex iu:flex-wrap iu:items-center iu:gap-x-2 iu:gap-y-1">
        <span id={ids.label} data-slot="platform-card-label" className="iu:min-w-0 iu:break-words iu:text-base iu:font-semibold">
          {text.label}
        </span>{' '}
        <StatusPill id={ids.priority} data-slot="platform-card-priority" tone={PLATFORM_PRIORITY_STATES[priority].tone} leading="none" className={BADGE}>
          {priority === 'unknown' ? t('common.unknownWithCode', { code: toText(platform.priority) }) : priority}
        </StatusPill>{' '}
        <StatusPill id={ids.lifecycle} data-slot="platform-card-lifecycle" tone={spec.tone} icon={spec.icon} leading="none" className={BADGE}>
          {lifecycle === 'unknown' ? t('common.unknownWithCode', { code: toText(platform.lifecycle) }) : t(spec.label)}
        </StatusPill>
        {platform.widgetEligible ? null : (
          <StatusPill id={ids.widget} data-slot="platform-card-widget-eligibility" tone="neutral" icon="eyeOff" leading="none" dashed className={BADGE}>
            {t('platformCard.notWidgetEligible')}
          </StatusPill>
        )}
        {selected ? (
          <StatusPill data-slot="platform-card-selected" tone="info" icon="check" leading="none" className={BADGE}>
            {t('platformCard.selected')}
          </StatusPill>
        ) : null}
      </p>
      <p data-slot="platform-card-capabilities">
        <span className="iu:font-medium">{t('platformCard.capabilities')}</span> {capabilities.length > 0 ? capabilities.join(', ') : t('common.none')}
      </p>
      {text.notes.length > 0 ? (
        <ul data-slot="platform-card-notes" className="iu:list-disc iu:space-y-0.5 iu:pl-5 iu:text-muted-foreground">
          {text.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
      {risks.length > 0 ? (
        <p data-slot="platform-card-risks">
          <span className="iu:font-medium">{t('platformCard.risks')}</span> {risks.join(', ')}
        </p>
      ) : null}
      {reason ? (
        <InlineMessage
          id={ids.reason}
          data-slot="platform-card-reason"
          tone={spec.tone}
          icon={spec.icon}
          iconSize={14}
          iconColour="tone"
          className="iu:font-medium"
        >
          {reason}
        </InlineMessage>
      ) : null}
    </div>
  );
});

PlatformCard.displayName = 'PlatformCard';
