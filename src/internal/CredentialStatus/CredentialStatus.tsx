'use client';

import { useIntegrationsUI, type MessageKey } from '../../i18n';
import type { Tone } from '../tone';
import type { IconName } from '../Icon';
import { StatusPill } from '../StatusPill';
import * as english from '../../i18n/messages/en';

/** The English namespaces this module's strings come from (the provider's catalog comes first). */
const ENGLISH = { common: english.common, credentialField: english.credentialField, credentials: english.credentials, readiness: english.readiness };

interface CredentialStatusProps {
  /** The status pill: a row of `CREDENTIAL_STATUS` or `TEMPORARY_TOKEN_STATUS`. */
  spec: { tone: Tone; icon: IconName; label: MessageKey };
}

/**
 * Internal (not exported from the package): the status of a credential as the field, the access
 * token row and CredentialsPanel's status rows show it — pill (icon and label), then "(value never
 * displayed)". Each caller keeps its own wrapper element (`<span>`, `<dd>`).
 */
export function CredentialStatus({ spec }: CredentialStatusProps) {
  const { t } = useIntegrationsUI(ENGLISH);
  return (
    <>
      <StatusPill tone={spec.tone} icon={spec.icon} leading="none">
        {t(spec.label)}
      </StatusPill>{' '}
      <span className="iu:text-xs iu:text-muted-foreground">{t('credentials.valueNeverDisplayed')}</span>
    </>
  );
}
