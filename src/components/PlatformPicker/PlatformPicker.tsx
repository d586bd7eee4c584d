'use client';

import { forwardRef, useId, type HTMLAttributes, type KeyboardEvent } from 'react';
import type { Platform, PlatformId } from '../../domain';
import { describe, devWarn, toText } from '../../domain/dev';
import { useIntegrationsUI } from '../../i18n';
import { cn, IU_ROOT } from '../../internal/cn';
import { SectionHeading } from '../../internal/SectionHeading';
import { headingLevelOr } from '../../internal/heading';
import { EmptyState } from '../../internal/TableFrame/EmptyState';
import { useControllableState } from '../../internal/useControllableState';
import { useRovingFocus } from '../../internal/useRovingFocus';
import { PlatformCard, platformCardIds } from './PlatformCard';
import { isSelectablePlatform, lifecycleStateOf } from './PlatformPicker.props';
import * as english from '../../i18n/messages/en';
import { dataState } from '../../internal/dataState';

/** The English namespaces this module's strings come from (the provider's catalog comes first). */
const ENGLISH = { common: english.common, platformCard: english.platformCard, platforms: english.platforms };

export interface PlatformPickerProps extends Omit<HTMLAttributes<HTMLElement>, 'children' | 'defaultValue' | 'onChange'> {
  /** The platforms in display order (fixture `PLATFORMS`). */
  platforms: readonly Platform[];
  /** The chosen platform (controlled); `null` for none. Omit it to let the picker keep its own choice. */
  value?: PlatformId | null;
  /** The chosen platform when uncontrolled. @default null */
  defaultValue?: PlatformId | null;
  /** Called with the platform id when the user chooses a platform; only ever called for an active one. */
  onValueChange?: (platformId: PlatformId) => void;
  /** Called when the user activates (click, Space, Enter) a blocked or planned card: it cannot be chosen, the value does not change. */
  onUnavailableSelect?: (platformId: PlatformId) => void;
  /** Level of the picker's title heading. @default 3 */
  headingLevel?: 2 | 3 | 4;
  /** Nothing can be chosen (e.g. a wizard step not reachable yet): the cards stay readable, out of the tab order, `aria-disabled`. @default false */
  disabled?: boolean;
}

/**
 * Step 2 of Add Source: the platform cards as one radio group (single choice, arrow keys,
 * Home/End, Space/Enter). Blocked and planned platforms stay focusable so their reason can be
 * read (`aria-disabled` + `aria-describedby`), arrows move onto them without choosing them, and
 * activating one only reports it through `onUnavailableSelect`.
 */
export const PlatformPicker = forwardRef<HTMLElement, PlatformPickerProps>(function PlatformPicker(
  { platforms, value, defaultValue = null, onValueChange, onUnavailableSelect, headingLevel = 3, disabled = false, className, ...rest },
  ref,
) {
  const { t } = useIntegrationsUI(ENGLISH);
  const id = useId();
  const titleId = `${id}-title`;
  const [requested, setRequested] = useControllableState<PlatformId | null, PlatformId>({ value, defaultValue, name: 'PlatformPicker value' });

  let list: readonly Platform[] = platforms;
  if (!Array.isArray(platforms)) {
    devWarn('PlatformPicker: `platforms` must be an array; showing none.');
    list = [];
  }
  list = list.filter((p) => p != null);
  // A radio group: arrows wrap from the last card to the first (WAI-ARIA radio group pattern).
  const roving = useRovingFocus<HTMLDivElement>(list.length, { loop: true });

  const checkedIndex = requested == null ? -1 : list.findIndex((p) => p.id === requested && isSelectablePlatform(p));
  // A value that cannot be chosen (blocked, planned, unknown) is never shown as chosen.
  if (requested != null && checkedIndex === -1) devWarn(`PlatformPicker value: ${describe(requested)} is not a choosable platform; showing no selection.`);
  const tabStop = checkedIndex >= 0 ? checkedIndex : (roving.focused ?? 0);

  const level = headingLevelOr(headingLevel, 3);

  function choose(platform: Platform) {
    if (!isSelectablePlatform(platform)) return;
    if (platform.id !== requested) onValueChange?.(platform.id);
    setRequested(platform.id);
  }

  function activate(platform: Platform) {
    if (disabled) return;
    if (isSelectablePlatform(platform)) choose(platform);
    else onUnavailableSelect?.(platform.id);
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>, index: number) {
    if (disabled) return;
    if (event.key === ' ' || event.key === 'Enter') {
      event.preventDefault();
      activate(list[index]!);
      return;
    }
    const next = roving.onKeyDown(event, index);
    if (next === null) return;
    // As in any radio group, moving onto a platform chooses it; moving onto an unavailable one
    // only focuses it (reading its reason is not an attempt to choose it).
    if (isSelectablePlatform(list[next]!)) choose(list[next]!);
  }

  return (
    <section
      ref={ref}
      data-slot="platform-picker"
      data-state={dataState(list.length === 0 ? 'empty' : checkedIndex >= 0 ? 'selected' : 'noSelection')}
      data-disabled={disabled || undefined}
      className={cn(IU_ROOT, 'iu:grid iu:gap-2 iu:text-sm iu:text-foreground', className)}
      {...rest}
    >
      <SectionHeading level={level} id={titleId}>
        {t('platformCard.choosePlatform')}
      </SectionHeading>
      {list.length === 0 ? (
        <EmptyState>{t('platformCard.empty')}</EmptyState>
      ) : (
        <div
          role="radiogroup"
          aria-labelledby={titleId}
          aria-disabled={disabled || undefined}
          className="iu:grid iu:grid-cols-[repeat(auto-fill,minmax(min(100%,20rem),1fr))] iu:gap-3"
        >
          {list.map((platform, index) => {
            const cardId = `${id}-${index}`;
            const ids = platformCardIds(cardId);
            const selectable = isSelectablePlatform(platform);
            const lifecycle = lifecycleStateOf(platform.lifecycle);
            const describedBy = [ids.priority, ids.lifecycle, platform.widgetEligible ? null : ids.widget, lifecycle === 'active' ? null : ids.reason]
              .filter(Boolean)
              .join(' ');
            return (
              <PlatformCard
                key={`${index}-${toText(platform.id)}`}
                ref={roving.itemRef(index)}
                id={cardId}
                platform={platform}
                selected={index === checkedIndex}
                role="radio"
                aria-checked={index === checkedIndex}
                aria-disabled={selectable && !disabled ? undefined : true}
                aria-labelledby={ids.label}
                aria-describedby={describedBy}
                // Disabled: out of reach of the keyboard and of script focus alike (no tabindex at all).
                tabIndex={disabled ? undefined : index === tabStop ? 0 : -1}
                onClick={() => activate(platform)}
                onKeyDown={(event) => onKeyDown(event, index)}
                onFocus={() => roving.onItemFocus(index)}
                className={cn(
                  'iu:focus-visible:outline-2 iu:focus-visible:outline-offset-2 iu:focus-visible:outline-ring',
                  selectable && !disabled ? 'iu:cursor-pointer iu:hover:border-border-strong' : 'iu:cursor-not-allowed',
                )}
              />
            );
          })}
        </div>
      )}
    </section>
  );
});

PlatformPicker.displayName = 'PlatformPicker';
