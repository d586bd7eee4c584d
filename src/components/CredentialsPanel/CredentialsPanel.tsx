'use client';

import { forwardRef, useId, type DOMAttributes, type HTMLAttributes } from 'react';
import { checkCredentialState, type CredentialState } from '../../domain';
import { describe, devWarn, toText } from '../../domain/dev';
import { useIntegrationsUI } from '../../i18n';
import { cn, IU_ROOT } from '../../internal/cn';
import { SectionHeading } from '../../internal/SectionHeading';
import { headingLevelOr } from '../../internal/heading';
import { EmptyState } from '../../internal/TableFrame/EmptyState';
import { AccessTokenStatus } from '../AccessTokenStatus';
import { TEMPORARY_TOKEN_STATUS } from '../AccessTokenStatus/AccessTokenStatus.props';
import { CREDENTIAL_FIELD_NAMES, CREDENTIAL_STATUS, configuredStateOf, WriteOnlyCredentialField, type CredentialFieldName } from '../WriteOnlyCredentialField';
import { CredentialStatus } from '../../internal/CredentialStatus/CredentialStatus';
import { withoutValueChannels } from '../WriteOnlyCredentialField/WriteOnlyCredentialField';
import { CREDENTIAL_FIELD_LABELS } from '../WriteOnlyCredentialField/WriteOnlyCredentialField.props';
import { CREDENTIALS_PANEL_STATES, credentialsPanelStateOf, type CredentialsPanelState } from './CredentialsPanel.props';
import { InlineMessage } from '../../internal/InlineMessage';
import * as english from '../../i18n/messages/en';
import { dataState } from '../../internal/dataState';

/** The English namespaces this module's strings come from (the provider's catalog comes first). */
const ENGLISH = { common: english.common, credentials: english.credentials };

/** A credential row: term above value in a narrow box, side by side from 24rem. */
const row =
  'iu:flex iu:flex-col iu:items-start iu:gap-x-3 iu:gap-y-1 iu:px-3 iu:py-2 iu:@sm:flex-row iu:@sm:flex-wrap iu:@sm:items-center iu:@sm:justify-between';

/**
 * Root props without any event handler: a change/input/key listener on the section would see a
 * typed secret as it bubbles out of a field. A value leaves the panel through `onSubmit` only.
 */
type RootProps = Omit<HTMLAttributes<HTMLElement>, keyof DOMAttributes<HTMLElement> | 'title' | 'defaultValue' | 'defaultChecked'>;

export interface CredentialsPanelProps extends RootProps {
  /** What is known about the source's write-only credentials: configured or not, never a value (e.g. the fixtures' `SHOPIFY_SUISSE_CREDENTIALS`). */
  credentials: CredentialState;
  /** Receives a typed value once per valid submit, with its field; the panel keeps nothing. Without it (or while persistence is off) no input is shown. */
  onSubmit?: (field: CredentialFieldName, value: string) => void;
  /** Disables every control (the parent is saving, the source is disabled…). @default false */
  disabled?: boolean;
  /** Level of the section's title heading. @default 2 */
  headingLevel?: 2 | 3 | 4;
}

/**
 * A source's write-only credentials. No value is ever received or displayed: only
 * whether Client ID and Client Secret are configured. While nothing can be saved (backend flags
 * keep persistence off, or no `onSubmit`) it shows the status rows, then "never displayed
 * again", the persistence reason and the flags line, each once. Once a value can be saved it
 * composes two `WriteOnlyCredentialField`s (each with its own help) and `AccessTokenStatus`.
 */
export const CredentialsPanel = forwardRef<HTMLElement, CredentialsPanelProps>(function CredentialsPanel(
  { credentials, onSubmit, disabled = false, headingLevel = 2, className, ...rest },
  ref,
) {
  const { t } = useIntegrationsUI(ENGLISH);
  const titleId = `${useId()}-title`;

  const level = headingLevelOr(headingLevel, 2);
  if (level !== headingLevel) devWarn(`CredentialsPanel headingLevel: expected 2, 3 or 4, got ${describe(headingLevel)}; using 2.`);

  const problem = checkCredentialState(credentials);
  if (problem) devWarn(`CredentialsPanel credentials: ${problem}; showing a section error.`);
  const state: CredentialsPanelState = problem ? 'malformed' : credentialsPanelStateOf(credentials);
  // Fail closed: anything but a literal `true` keeps persistence off.
  const persistenceEnabled = !problem && credentials.persistenceEnabled === true;
  // Inputs only where a value can go somewhere: a receiver and persistence on. Otherwise the
  // fields would be disabled inputs each repeating the same help and reason (seed 001 shows
  // status rows and those lines once).
  const editable = !problem && onSubmit !== undefined && persistenceEnabled;
  // At run time too: an untyped caller's handler on the section would see the typed secret bubble.
  const rootProps = withoutValueChannels('CredentialsPanel', rest);

  return (
    // Not a named landmark: a page may show the section twice (e.g. a matrix); the heading and
    // the lists' names give the structure.
    <section
      ref={ref}
      data-slot="credentials-panel"
      data-state={dataState(state)}
      data-tone={CREDENTIALS_PANEL_STATES[state].tone}
      data-persistence={persistenceEnabled ? 'enabled' : 'disabled'}
      className={cn(IU_ROOT, 'iu:@container iu:grid iu:gap-3 iu:text-sm iu:text-foreground', className)}
      {...rootProps}
    >
      <div className="iu:grid iu:gap-1">
        <SectionHeading level={level} id={titleId} className="iu:break-words">
          {t('credentials.title')}
        </SectionHeading>
        <p className="iu:text-muted-foreground">{t('credentials.subtitle')}</p>
      </div>
      {problem ? (
        <EmptyState data-slot="credentials-panel-section-error" data-tone="neutral" icon="help">
          {t('common.sectionError')}
        </EmptyState>
      ) : (
        <>
          <InlineMessage data-slot="credentials-panel-write-only" icon="eyeOff" iconColour="muted" gap="loose">
            <span className="iu:min-w-0 iu:break-words">{t('credentials.writeOnly')}</span>
          </InlineMessage>
          {editable ? (
            <div className="iu:grid iu:gap-2">
              {CREDENTIAL_FIELD_NAMES.map((field) => (
                <WriteOnlyCredentialField
                  key={field}
                  field={field}
                  configured={credentials[field]}
                  persistenceEnabled={persistenceEnabled}
                  disabled={disabled}
                  onSubmit={(value) => onSubmit(field, value)}
                />
              ))}
              <AccessTokenStatus cache={credentials.accessTokenCache} />
            </div>
          ) : (
            <dl
              data-slot="credentials-panel-credential-rows"
              className="iu:grid iu:divide-y iu:divide-border iu:rounded-ui iu:border iu:border-border iu:bg-surface"
            >
              {CREDENTIAL_FIELD_NAMES.map((field) => {
                const status = configuredStateOf(credentials[field]);
                if (status === 'unknown')
                  devWarn(`CredentialsPanel credentials.${field}: expected "configured" or "not_configured"; showing Unknown (the value is not printed).`);
                return (
                  <div key={field} data-slot="credentials-panel-credential-row" data-field={field} data-state={dataState(status)} className={row}>
                    <dt className="iu:min-w-0 iu:font-medium iu:[overflow-wrap:anywhere]">{t(CREDENTIAL_FIELD_LABELS[field])}</dt>
                    <dd className="iu:inline-flex iu:min-w-0 iu:max-w-full iu:flex-wrap iu:items-center iu:gap-x-1.5 iu:gap-y-1">
                      <CredentialStatus spec={CREDENTIAL_STATUS[status]} />
                    </dd>
                  </div>
                );
              })}
              <div data-slot="credentials-panel-credential-row" data-field="accessToken" data-state="temporary" className={row}>
                <dt className="iu:min-w-0 iu:font-medium iu:[overflow-wrap:anywhere]">{t('credentials.fields.accessToken')}</dt>
                <dd className="iu:inline-flex iu:min-w-0 iu:max-w-full iu:flex-wrap iu:items-center iu:gap-x-1.5 iu:gap-y-1">
                  <CredentialStatus spec={TEMPORARY_TOKEN_STATUS} />
                </dd>
              </div>
            </dl>
          )}
          {editable ? null : (
            <div className="iu:grid iu:gap-1">
              <p data-slot="credentials-panel-never-displayed">{t('credentials.neverDisplayedAgain')}</p>
              {persistenceEnabled ? null : (
                <InlineMessage data-slot="credentials-panel-persistence-reason" tone="warning" icon="lock" gap="normal" className="iu:text-(--iu-tone-fg)">
                  <span className="iu:min-w-0 iu:break-words">{t('credentials.persistenceDisabled')}</span>
                </InlineMessage>
              )}
            </div>
          )}
        </>
      )}
      <p data-slot="credentials-panel-flags" className="iu:font-mono iu:text-xs iu:break-words iu:text-muted-foreground">
        {t('credentials.flagsLine', { persistenceEnabled: toText(persistenceEnabled) })}
      </p>
    </section>
  );
});

CredentialsPanel.displayName = 'CredentialsPanel';
