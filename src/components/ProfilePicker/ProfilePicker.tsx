'use client';

import { forwardRef, useId, type HTMLAttributes } from 'react';
import type { Profile } from '../../domain';
import { visibleProfiles } from '../../domain/antileak';
import { describe, devWarn, toText } from '../../domain/dev';
import { useIntegrationsUI } from '../../i18n';
import { cn, IU_ROOT } from '../../internal/cn';
import { SectionHeading } from '../../internal/SectionHeading';
import { StatusPill } from '../../internal/StatusPill';
import { headingLevelOr } from '../../internal/heading';
import { textOf } from '../../internal/text';
import { FieldError } from '../../internal/FieldError';
import { EmptyState } from '../../internal/TableFrame/EmptyState';
import { useControllableState } from '../../internal/useControllableState';
import { availabilityStateOf, pickerStateOf, PROFILE_AVAILABILITY_STATES } from './ProfilePicker.props';
import * as english from '../../i18n/messages/en';
import { dataState } from '../../internal/dataState';

/** The English namespaces this module's strings come from (the provider's catalog comes first). */
const ENGLISH = { common: english.common, profiles: english.profiles };

export interface ProfilePickerProps extends Omit<HTMLAttributes<HTMLElement>, 'children' | 'defaultValue' | 'onChange'> {
  /** Every profile the app knows; only those in `authorizedProfileIds` are ever listed (anti-leak). */
  profiles: readonly Profile[];
  /** Ids of the profiles the user may add a source to. Fail closed: an empty list shows no profile at all. */
  authorizedProfileIds: readonly string[];
  /** The selected profile id (controlled); `null` for none. Omit it to let the picker keep its own selection. */
  value?: string | null;
  /** The selected profile id when uncontrolled. @default null */
  defaultValue?: string | null;
  /** Called with the profile id when the user selects an available profile. */
  onValueChange?: (profileId: string) => void;
  /** Adding a source needs a profile: the title says so and the group is `aria-required`. @default true */
  required?: boolean;
  /** The user tried to go on without a profile: shows the error message and marks the group `aria-invalid`. @default false */
  showRequiredError?: boolean;
  /** Level of the picker's title heading. @default 3 */
  headingLevel?: 2 | 3 | 4;
}

/**
 * Step 1 of Add Source: a single-choice list of the authorized profiles (name, currency · time
 * zone, availability), as native radios so arrow keys and forms work as everywhere else.
 * Profiles outside `authorizedProfileIds` are never rendered, not even hidden; an unavailable
 * profile is shown but disabled.
 */
export const ProfilePicker = forwardRef<HTMLElement, ProfilePickerProps>(function ProfilePicker(
  {
    profiles,
    authorizedProfileIds,
    value,
    defaultValue = null,
    onValueChange,
    required = true,
    showRequiredError = false,
    headingLevel = 3,
    className,
    ...rest
  },
  ref,
) {
  const { t } = useIntegrationsUI(ENGLISH);
  const id = useId();
  const titleId = `${id}-title`;
  const errorId = `${id}-error`;
  const noteId = `${id}-note`;
  const [requested, setRequested] = useControllableState<string | null, string>({ value, defaultValue, onChange: onValueChange, name: 'ProfilePicker value' });

  // One option per id: a duplicate would repeat a radio (and its React key); the first wins.
  const seen = new Set<string>();
  const list = visibleProfiles(profiles, authorizedProfileIds).filter((profile) => {
    if (seen.has(profile.id)) {
      devWarn(`ProfilePicker profiles: skipped a duplicate profile id ${describe(profile.id)}.`);
      return false;
    }
    seen.add(profile.id);
    return true;
  });
  // A value outside the listed profiles (another merchant's, a stale id) selects nothing.
  const current = requested != null && list.some((p) => p.id === requested) ? requested : null;
  if (requested != null && current === null) devWarn('ProfilePicker value: not an authorized profile; showing no selection.');

  const showError = required && showRequiredError && current === null && list.length > 0;
  const state = pickerStateOf({ count: list.length, selected: current !== null, showError });
  const level = headingLevelOr(headingLevel, 3);

  function select(profile: Profile) {
    if (!PROFILE_AVAILABILITY_STATES[availabilityStateOf(profile.availability)].selectable) return;
    setRequested(profile.id);
  }

  return (
    <section
      ref={ref}
      data-slot="profile-picker"
      data-state={dataState(state)}
      className={cn(IU_ROOT, 'iu:grid iu:gap-2 iu:text-sm iu:text-foreground', className)}
      {...rest}
    >
      <SectionHeading level={level} id={titleId}>
        {t(required ? 'profiles.selectRequired' : 'profiles.select')}
      </SectionHeading>
      {list.length === 0 ? (
        <EmptyState>{t('profiles.empty')}</EmptyState>
      ) : (
        <div
          role="radiogroup"
          aria-labelledby={titleId}
          aria-required={required || undefined}
          aria-invalid={showError || undefined}
          aria-describedby={showError ? `${errorId} ${noteId}` : noteId}
          className="iu:grid iu:gap-2"
        >
          {list.map((profile) => {
            const availability = availabilityStateOf(profile.availability);
            const spec = PROFILE_AVAILABILITY_STATES[availability];
            if (availability === 'unknown') {
              devWarn(`ProfilePicker availability: unknown availability ${describe(profile.availability)}; rendering Unknown, not selectable.`);
            }
            const checked = current === profile.id;
            return (
              <label
                key={profile.id}
                data-slot="profile-picker-option"
                data-state={dataState(availability)}
                data-checked={checked || undefined}
                className={cn(
                  'iu:flex iu:items-start iu:gap-3 iu:rounded-ui iu:border iu:px-3 iu:py-2',
                  'iu:has-[:focus-visible]:outline-2 iu:has-[:focus-visible]:outline-offset-2 iu:has-[:focus-visible]:outline-ring',
                  spec.selectable
                    ? 'iu:cursor-pointer iu:hover:border-border-strong iu:hover:bg-muted'
                    : 'iu:cursor-not-allowed iu:border-dashed iu:text-muted-foreground',
                  !spec.selectable || checked ? 'iu:bg-muted' : 'iu:bg-surface',
                  showError ? 'iu:border-critical-border' : checked ? 'iu:border-ring' : 'iu:border-border',
                )}
              >
                <input
                  type="radio"
                  name={`${id}-profile`}
                  value={profile.id}
                  checked={checked}
                  disabled={!spec.selectable}
                  onChange={() => select(profile)}
                  className="iu:mt-0.5 iu:size-4 iu:shrink-0 iu:accent-accent"
                />
                <span className="iu:flex iu:min-w-0 iu:flex-1 iu:flex-wrap iu:items-baseline iu:gap-x-2 iu:gap-y-1">
                  <span data-slot="profile-picker-name" className="iu:min-w-0 iu:break-words iu:font-medium">
                    {textOf(profile.name, 'ProfilePicker profile.name', profile.id)}
                  </span>
                  <span data-slot="profile-picker-details" className="iu:min-w-0 iu:break-words iu:text-muted-foreground">
                    {t('profiles.details', {
                      currency: textOf(profile.currency, 'ProfilePicker profile.currency'),
                      timeZone: textOf(profile.timeZone, 'ProfilePicker profile.timeZone'),
                    })}
                  </span>
                  <StatusPill
                    data-slot="profile-picker-availability"
                    tone={spec.tone}
                    icon={spec.icon}
                    leading="none"
                    className="iu:self-center iu:whitespace-nowrap"
                  >
                    {availability === 'unknown' ? t('common.unknownWithCode', { code: toText(profile.availability) }) : t(spec.label)}
                  </StatusPill>
                </span>
              </label>
            );
          })}
        </div>
      )}
      {showError ? <FieldError id={errorId}>{t('profiles.requiredError')}</FieldError> : null}
      <p id={noteId} data-slot="profile-picker-note" className="iu:text-muted-foreground">
        {t('profiles.antiLeak')}
      </p>
    </section>
  );
});

ProfilePicker.displayName = 'ProfilePicker';
