'use client';

import { forwardRef, type HTMLAttributes, type ReactNode } from 'react';
import { isOneOf, PLATFORM_IDS, type Profile, type SourceConnection } from '../../domain';
import { describe, devWarn, toText } from '../../domain/dev';
import { useIntegrationsUI } from '../../i18n';
import { cn, IU_ROOT } from '../../internal/cn';
import { headingLevelOr } from '../../internal/heading';
import { HealthBadge } from '../HealthBadge';
import { profileStateOf } from './SourceHeader.props';
import * as english from '../../i18n/messages/en';
import { dataState } from '../../internal/dataState';

/** The English namespaces this module's strings come from (the provider's catalog comes first). */
const ENGLISH = { common: english.common, platforms: english.platforms, profiles: english.profiles };

export interface SourceHeaderProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children' | 'title'> {
  /** The source shown: its name is the heading, with its platform and connection status. */
  source: SourceConnection;
  /** The source's profile, named in "Profile: … · platform". Missing (or another profile's) → the raw profileId as Unknown. */
  profile?: Profile;
  /** Level of the source name's heading (1 on the source page). @default 1 */
  headingLevel?: 1 | 2 | 3;
  /** Controls at the right of the header (e.g. preview-only action buttons); they wrap under the title on narrow screens. */
  actions?: ReactNode;
}

/**
 * The top of a source's detail page: the source name as heading, its platform and
 * connection status (HealthBadge, so "Connected (disabled)" reads with icon and tone), and the
 * profile it belongs to. Never names a profile it cannot vouch for.
 */
export const SourceHeader = forwardRef<HTMLDivElement, SourceHeaderProps>(function SourceHeader(
  { source, profile, headingLevel = 1, actions, className, ...rest },
  ref,
) {
  const { t } = useIntegrationsUI(ENGLISH);
  const Heading = `h${headingLevelOr(headingLevel, 1, [1, 2, 3])}` as const;
  const valid = source != null && typeof source === 'object';
  if (!valid) devWarn(`SourceHeader: expected a SourceConnection, got ${describe(source)}.`);

  const name = valid && typeof source.name === 'string' && source.name.trim() !== '' ? source.name : null;
  if (valid && name === null) devWarn(`SourceHeader name: expected a non-empty string, got ${describe(source.name)}.`);

  const platformId: unknown = valid ? source.platformId : undefined;
  const platformKnown = isOneOf(PLATFORM_IDS, platformId);
  if (valid && !platformKnown) devWarn(`SourceHeader platformId: unknown platform ${describe(platformId)}; rendering Unknown.`);
  const platform = platformKnown ? t(`platforms.${platformId}.label`) : t('common.unknownWithCode', { code: toText(platformId) });

  const profileState = valid ? profileStateOf(source, profile) : 'unknown';
  if (valid && profileState === 'unknown') {
    devWarn(
      profile
        ? `SourceHeader profile: ${describe(profile.id)} is not the profile of source ${describe(source.id)} (${describe(source.profileId)}); rendering Unknown.`
        : `SourceHeader profile: no profile given for ${describe(valid ? source.profileId : undefined)}; rendering Unknown.`,
    );
  }
  const profileName = profileState === 'known' && profile ? profile.name : t('common.unknownWithCode', { code: toText(valid ? source.profileId : undefined) });

  return (
    <div
      ref={ref}
      data-slot="source-header"
      data-profile={profileState}
      {...(platformKnown ? {} : { 'data-raw-platform': toText(platformId) })}
      className={cn(IU_ROOT, 'iu:flex iu:flex-wrap iu:items-start iu:justify-between iu:gap-x-6 iu:gap-y-3 iu:text-foreground', className)}
      {...rest}
    >
      <div className="iu:grid iu:min-w-0 iu:gap-1.5">
        <Heading className="iu:break-words iu:text-2xl iu:font-semibold iu:leading-tight iu:[overflow-wrap:anywhere]">{name ?? t('common.unknown')}</Heading>
        <p data-slot="source-header-platform-line" className="iu:flex iu:flex-wrap iu:items-center iu:gap-2 iu:text-sm">
          <span data-slot="source-header-platform" className="iu:font-medium">
            {platform}
          </span>
          {valid ? <HealthBadge source={source} view="connection" size="sm" /> : <HealthBadge state="unknown" size="sm" />}
        </p>
        <p data-slot="source-header-profile-line" data-state={dataState(profileState)} className="iu:break-words iu:text-sm iu:text-muted-foreground">
          {t('profiles.profileLine', { profile: profileName, platform })}
        </p>
      </div>
      {actions ? (
        <div data-slot="source-header-actions" className="iu:flex iu:flex-wrap iu:items-center iu:gap-2">
          {actions}
        </div>
      ) : null}
    </div>
  );
});

SourceHeader.displayName = 'SourceHeader';
