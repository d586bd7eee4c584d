'use client';

import { forwardRef, useId, type HTMLAttributes } from 'react';
import { checkCredentialState, deriveCredentialFlags, type CredentialChecklistItem, type CredentialScope, type CredentialState } from '../../domain';
import { describe, devWarn, toText } from '../../domain/dev';
import { useContentLocale, useIntegrationsUI, type ContentLocale, type Locale } from '../../i18n';
import { cn, IU_ROOT } from '../../internal/cn';
import { SectionHeading } from '../../internal/SectionHeading';
import { StatusPill } from '../../internal/StatusPill';
import { InlineMessage } from '../../internal/InlineMessage';
import { headingLevelOr } from '../../internal/heading';
import { DATA_QUALITY_ALERT_STATES } from '../DataQualityAlert';
import { Icon } from '../../internal/Icon';
import { EmptyState } from '../../internal/TableFrame/EmptyState';
import { ACCESS_TOKEN_STATUS, accessTokenStateOf } from '../AccessTokenStatus';
import {
  CHECKLIST_STATUS_STATES,
  checklistStatusStateOf,
  CREDENTIAL_READINESS_STATES,
  isChecklistItemId,
  readinessStateOf,
  SCOPE_POLICY_STATES,
  scopePolicyStateOf,
  type CredentialReadinessState,
} from './CredentialReadiness.props';
import * as english from '../../i18n/messages/en';
import { dataState } from '../../internal/dataState';

/** The English namespaces this module's strings come from (the provider's catalog comes first). */
const ENGLISH = { common: english.common, dataQuality: english.dataQuality, flags: english.flags, health: english.health, readiness: english.readiness };

export interface CredentialReadinessProps extends Omit<HTMLAttributes<HTMLElement>, 'children' | 'title'> {
  /** What is known about the source's credentials (e.g. the fixtures' `SHOPIFY_SUISSE_CREDENTIALS`). Only codes and statuses are read; nothing else of the object is ever rendered. */
  credentials: CredentialState;
  /** Level of the section's title heading; its sub-sections (Checklist, Source Health, Data Quality) are one level below. @default 2 */
  headingLevel?: 2 | 3 | 4;
  /** Language of the readiness texts (readiness label and action, checklist items, credential flag message) when it differs from the page, e.g. French on an English page. They get a `lang` attribute. @default the provider's locale */
  contentLocale?: Locale;
}

/**
 * The readiness of a source's credentials: the readiness code and what it means, whether
 * real calls are possible, the token cache, the V1 scopes (forbidden ones critical), the six-item
 * checklist, and the credential's Source Health and Data Quality lines. It reads codes and
 * statuses only: no secret value exists in `CredentialState`, and no other field of the object
 * is ever put in the DOM.
 */
export const CredentialReadiness = forwardRef<HTMLElement, CredentialReadinessProps>(function CredentialReadiness(
  { credentials, headingLevel = 2, contentLocale, className, ...rest },
  ref,
) {
  const { t } = useIntegrationsUI(ENGLISH);
  const id = useId();
  const ids = { title: `${id}-title`, scopes: `${id}-scopes`, checklist: `${id}-checklist`, health: `${id}-health`, quality: `${id}-quality` };

  const level = headingLevelOr(headingLevel, 2);
  if (level !== headingLevel) devWarn(`CredentialReadiness headingLevel: expected 2, 3 or 4, got ${describe(headingLevel)}; using 2.`);
  const SubHeading = `h${level + 1}` as 'h3' | 'h4' | 'h5';

  // Readiness texts in their own language; `lang` marks them when it is not the page's.
  const content = useContentLocale(contentLocale, 'CredentialReadiness', ENGLISH);

  const problem = checkCredentialState(credentials);
  if (problem) devWarn(`CredentialReadiness credentials: ${problem}; showing a section error.`);
  // Only a well-formed object is read further (a malformed one may not even be an object).
  const state: CredentialReadinessState | null = problem ? null : readinessStateOf(credentials.readiness);
  if (state === 'unknown') devWarn(`CredentialReadiness readiness: unknown readiness code ${describe(credentials.readiness)}; rendering Unknown.`);

  return (
    // Not a named landmark: a page may show the section twice (e.g. a matrix); the heading and
    // the lists' names give the structure.
    <section
      ref={ref}
      data-slot="credential-readiness"
      data-state={dataState(state ?? 'malformed')}
      data-tone={state === null ? 'neutral' : CREDENTIAL_READINESS_STATES[state].tone}
      className={cn(IU_ROOT, 'iu:grid iu:gap-3 iu:text-sm iu:text-foreground', className)}
      {...rest}
    >
      <SectionHeading level={level} id={ids.title} className="iu:break-words">
        {t('readiness.title')}
      </SectionHeading>
      {state === null ? (
        <EmptyState data-slot="credential-readiness-section-error" icon="help">
          {t('common.sectionError')}
        </EmptyState>
      ) : (
        <CredentialReadinessDetails credentials={credentials} state={state} ids={ids} SubHeading={SubHeading} content={content} />
      )}
    </section>
  );
});

interface CredentialReadinessDetailsProps {
  /** A well-formed credential state (`checkCredentialState` found no problem). */
  credentials: CredentialState;
  state: CredentialReadinessState;
  ids: { scopes: string; checklist: string; health: string; quality: string };
  SubHeading: 'h3' | 'h4' | 'h5';
  content: ContentLocale;
}

/** Everything below the title of a well-formed credential state. */
function CredentialReadinessDetails({ credentials, state, ids, SubHeading, content: { tc, lang } }: CredentialReadinessDetailsProps) {
  const { t } = useIntegrationsUI(ENGLISH);
  const code = credentials.readiness;
  const spec = CREDENTIAL_READINESS_STATES[state];
  const readinessLabel = state === 'unknown' ? t('common.unknownWithCode', { code: toText(code) }) : tc(spec.label);

  const checklist = credentials.checklist.filter((item): item is CredentialChecklistItem => item != null && typeof item === 'object');
  const exchangeOff = checklist.find((item) => item.id === 'exchange_flags')?.status !== 'ok';

  // The cache state is a credential field: an unexpected value is not echoed (it could be a token passed by mistake).
  const cacheState = accessTokenStateOf(credentials.accessTokenCache);
  if (cacheState === 'unknown') devWarn('CredentialReadiness accessTokenCache: expected "inactive" or "active"; showing Unknown (the value is not printed).');
  const cacheSpec = ACCESS_TOKEN_STATUS[cacheState];

  const scopes = credentials.scopes.filter((s): s is CredentialScope => s != null && typeof s === 'object');
  const flags = deriveCredentialFlags(credentials);

  return (
    <>
      <p
        data-slot="credential-readiness-state"
        data-state={dataState(state)}
        data-tone={spec.tone}
        className="iu:flex iu:flex-wrap iu:items-center iu:gap-x-1.5 iu:gap-y-1"
      >
        <span className="iu:font-medium">{t('readiness.label')}</span>{' '}
        <StatusPill
          data-slot="credential-readiness-label"
          icon={spec.icon}
          leading="tight"
          lang={state === 'unknown' ? undefined : lang}
          dashed={state === 'unknown'}
        >
          {readinessLabel}
        </StatusPill>
        {state === 'unknown' ? null : (
          <>
            {' '}
            <code data-slot="credential-readiness-code" className="iu:font-mono iu:text-xs iu:break-all">
              {code}
            </code>
          </>
        )}
      </p>

      <div className="iu:grid iu:gap-1.5">
        <InlineMessage data-slot="credential-readiness-no-secret" icon="eyeOff" iconColour="muted" gap="loose">
          <span className="iu:min-w-0 iu:break-words">{t('readiness.noSecretDisplayed')}</span>
        </InlineMessage>
        {exchangeOff ? (
          <InlineMessage data-slot="credential-readiness-exchange-disabled" tone="warning" icon="pause" iconColour="tone" gap="loose">
            <span className="iu:min-w-0 iu:break-words">{t('readiness.exchangeDisabled')}</span>
          </InlineMessage>
        ) : null}
        <InlineMessage
          data-slot="credential-readiness-token-cache"
          data-state={dataState(cacheState)}
          tone={cacheSpec.tone}
          icon={cacheSpec.icon}
          iconColour="tone"
          gap="loose"
        >
          <span className="iu:min-w-0 iu:break-words">{t('readiness.tokenCache', { state: t(cacheSpec.label) })}</span>
        </InlineMessage>
      </div>

      <div data-slot="credential-readiness-scopes" className="iu:leading-7">
        <span id={ids.scopes} className="iu:me-1 iu:font-medium">
          {t('readiness.scopes')}
        </span>{' '}
        {scopes.length === 0 ? (
          <span className="iu:text-muted-foreground">{t('readiness.scopesEmpty')}</span>
        ) : (
          <ul role="list" aria-labelledby={ids.scopes} className="iu:inline">
            {scopes.map((scope, index) => {
              const policy = scopePolicyStateOf(scope.policy);
              if (policy === 'unknown') devWarn(`CredentialReadiness scopes[${index}].policy: unknown policy ${describe(scope.policy)}; rendering Unknown.`);
              const policySpec = SCOPE_POLICY_STATES[policy];
              return (
                <li
                  key={`${index}-${toText(scope.scope)}`}
                  data-slot="credential-readiness-scope"
                  data-state={dataState(policy)}
                  data-tone={policySpec.tone}
                  className="iu:inline-flex iu:items-center"
                >
                  {index > 0 ? (
                    <span aria-hidden="true" className="iu:px-1.5 iu:text-muted-foreground">
                      {' · '}
                    </span>
                  ) : null}
                  <span
                    className={cn(
                      'iu:inline-flex iu:items-center iu:gap-1',
                      policy === 'forbidden' || policy === 'unknown' ? 'iu:text-(--iu-tone-fg)' : undefined,
                    )}
                  >
                    <Icon name={policySpec.icon} size={14} className="iu:text-(--iu-tone-fg)" />
                    <code className="iu:font-mono iu:text-xs iu:break-all">{toText(scope.scope)}</code>{' '}
                    <span className={policy === 'forbidden' ? 'iu:font-semibold' : undefined}>
                      {policy === 'unknown' ? t('common.unknownWithCode', { code: toText(scope.policy) }) : t(policySpec.label)}
                    </span>
                  </span>
                </li>
              );
            })}
          </ul>
        )}
      </div>

      <div className="iu:grid iu:gap-2">
        <SubHeading id={ids.checklist} className="iu:font-semibold">
          {t('readiness.checklist')}
        </SubHeading>
        {checklist.length === 0 ? (
          <p data-slot="credential-readiness-checklist-empty" className="iu:text-muted-foreground">
            {t('readiness.checklistEmpty')}
          </p>
        ) : (
          <ul role="list" aria-labelledby={ids.checklist} className="iu:grid iu:gap-1.5">
            {checklist.map((item, index) => {
              const status = checklistStatusStateOf(item.status);
              if (status === 'unknown') devWarn(`CredentialReadiness checklist[${index}].status: unknown status ${describe(item.status)}; rendering Unknown.`);
              const known = isChecklistItemId(item.id);
              if (!known) devWarn(`CredentialReadiness checklist[${index}].id: unknown checklist item ${describe(item.id)}; showing its raw id.`);
              const statusSpec = CHECKLIST_STATUS_STATES[status];
              return (
                <li
                  key={`${index}-${toText(item.id)}`}
                  data-slot="credential-readiness-checklist-item"
                  data-item={toText(item.id)}
                  data-state={dataState(status)}
                  className="iu:flex iu:items-start iu:gap-2"
                >
                  <StatusPill
                    data-slot="credential-readiness-checklist-status"
                    tone={statusSpec.tone}
                    icon={statusSpec.icon}
                    leading="tight"
                    dashed={status === 'unknown'}
                    className="iu:shrink-0"
                  >
                    {status === 'unknown' ? t('common.unknownWithCode', { code: toText(item.status) }) : t(statusSpec.label)}
                  </StatusPill>{' '}
                  {known ? (
                    <span lang={lang} className="iu:min-w-0 iu:break-words">
                      {tc(`readiness.checklistItems.${item.id}`)}
                    </span>
                  ) : (
                    <code className="iu:min-w-0 iu:font-mono iu:text-xs iu:break-all">{toText(item.id)}</code>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </div>

      <div className="iu:grid iu:gap-2">
        <SubHeading id={ids.health} className="iu:font-semibold">
          {t('health.sourceHealth')}
        </SubHeading>
        <ul role="list" aria-labelledby={ids.health} className="iu:grid iu:gap-1.5">
          <li
            data-slot="credential-readiness-health"
            data-state={dataState(state)}
            data-tone={spec.tone}
            className="iu:flex iu:flex-wrap iu:items-center iu:gap-x-2 iu:gap-y-1"
          >
            <StatusPill as="code" icon={spec.icon} leading="tight" dashed={state === 'unknown'}>
              <span className="iu:font-mono iu:break-all">{toText(code)}</span>
            </StatusPill>
            <span lang={state === 'unknown' ? undefined : lang} className="iu:font-medium iu:break-words">
              {state === 'unknown' ? t('common.unknown') : tc(spec.label)}
            </span>
            {spec.action ? (
              <span lang={lang} className="iu:min-w-0 iu:break-words iu:text-muted-foreground">
                {tc(spec.action)}
              </span>
            ) : null}
          </li>
        </ul>
      </div>

      <div className="iu:grid iu:gap-2">
        <SubHeading id={ids.quality} className="iu:font-semibold">
          {t('readiness.dataQualityTitle')}
        </SubHeading>
        {flags.length === 0 ? (
          <p data-slot="credential-readiness-quality-empty" className="iu:text-muted-foreground">
            {t('dataQuality.noAlerts')}
          </p>
        ) : (
          <ul role="list" aria-labelledby={ids.quality} className="iu:grid iu:gap-1.5">
            {flags.map((flag) => {
              // Tone and icon of the severity as DataQualityAlert shows it (blocking: critical, ban).
              const severity = DATA_QUALITY_ALERT_STATES[flag.severity];
              return (
                <li
                  key={flag.code}
                  data-slot="credential-readiness-flag"
                  data-code={flag.code}
                  data-tone={severity.tone}
                  className="iu:flex iu:flex-wrap iu:items-center iu:gap-x-2 iu:gap-y-1"
                >
                  <code className="iu:font-mono iu:text-xs iu:break-all">{flag.code}</code>
                  <span lang={lang} className="iu:min-w-0 iu:break-words">
                    {tc(`flags.${flag.code}`)}
                  </span>
                  {/* The severity is a code, shown as-is in every language (seed 001: "blocking"). */}
                  <StatusPill data-slot="credential-readiness-severity" icon={severity.icon} leading="tight">
                    {flag.severity}
                  </StatusPill>
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </>
  );
}

CredentialReadiness.displayName = 'CredentialReadiness';
