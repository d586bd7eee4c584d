'use client';

import { forwardRef, useId, type HTMLAttributes } from 'react';
import type { AccessTokenCacheState } from '../../domain';
import { devWarn } from '../../domain/dev';
import { useIntegrationsUI } from '../../i18n';
import { cn, IU_ROOT } from '../../internal/cn';
import { Icon } from '../../internal/Icon';
import { CredentialStatus } from '../../internal/CredentialStatus/CredentialStatus';
import { ACCESS_TOKEN_STATUS, accessTokenStateOf, TEMPORARY_TOKEN_STATUS } from './AccessTokenStatus.props';
import * as english from '../../i18n/messages/en';
import { dataState } from '../../internal/dataState';

/** The English namespaces this module's strings come from (the provider's catalog comes first). */
const ENGLISH = { common: english.common, credentials: english.credentials, readiness: english.readiness };

export interface AccessTokenStatusProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** State of the in-memory token cache. The token itself never reaches the UI. @default 'inactive' */
  cache?: AccessTokenCacheState;
}

/**
 * The read-only row of the temporary access token: "temporary (in-memory cache)", whether the
 * cache is active, and never the token. There is nothing to enter: the token is obtained at
 * run time from Client ID + Client Secret (client credentials grant).
 */
export const AccessTokenStatus = forwardRef<HTMLDivElement, AccessTokenStatusProps>(function AccessTokenStatus(
  { cache = 'inactive', className, ...rest },
  ref,
) {
  const { t } = useIntegrationsUI(ENGLISH);
  const labelId = `${useId()}-label`;
  const state = accessTokenStateOf(cache);
  if (state === 'unknown') devWarn('AccessTokenStatus: `cache` must be "inactive" or "active"; showing Unknown.');
  const spec = ACCESS_TOKEN_STATUS[state];
  return (
    <div
      ref={ref}
      role="group"
      aria-labelledby={labelId}
      data-slot="access-token-status"
      data-state={dataState(state)}
      className={cn(IU_ROOT, 'iu:grid iu:gap-2 iu:rounded-ui iu:border iu:border-border iu:bg-surface iu:p-3 iu:text-sm iu:text-foreground', className)}
      {...rest}
    >
      <div className="iu:flex iu:flex-wrap iu:items-center iu:justify-between iu:gap-x-3 iu:gap-y-1">
        <span id={labelId} className="iu:font-medium">
          {t('credentials.fields.accessToken')}
        </span>
        <span data-slot="credential-status" className="iu:inline-flex iu:flex-wrap iu:items-center iu:gap-x-1.5 iu:gap-y-1">
          <CredentialStatus spec={TEMPORARY_TOKEN_STATUS} />
        </span>
      </div>
      <p data-slot="access-token-status-cache" data-tone={spec.tone} className="iu:flex iu:items-center iu:gap-1.5 iu:text-xs iu:text-muted-foreground">
        <Icon name={spec.icon} size={14} className="iu:text-(--iu-tone-fg)" />
        {t('readiness.tokenCache', { state: t(spec.label) })}
      </p>
    </div>
  );
});

AccessTokenStatus.displayName = 'AccessTokenStatus';
