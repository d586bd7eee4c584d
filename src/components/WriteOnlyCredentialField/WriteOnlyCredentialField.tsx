'use client';

import { cva } from 'class-variance-authority';
import { forwardRef, useEffect, useId, useRef, useState, type DOMAttributes, type HTMLAttributes, type KeyboardEvent, type SyntheticEvent } from 'react';
import { isOneOf, type CredentialFieldState } from '../../domain';
import { describe, devWarn } from '../../domain/dev';
import { useIntegrationsUI } from '../../i18n';
import { cn, IU_ROOT } from '../../internal/cn';
import { buttonVariants } from '../../internal/Button';
import { Icon } from '../../internal/Icon';
import { InlineMessage } from '../../internal/InlineMessage';
import { CredentialStatus } from '../../internal/CredentialStatus/CredentialStatus';
import {
  configuredStateOf,
  CREDENTIAL_FIELD_LABELS,
  CREDENTIAL_FIELD_NAMES,
  CREDENTIAL_STATUS,
  DEFAULT_SECRET_MAX_LENGTH,
  fieldStateOf,
  validateSecret,
  WRITE_ONLY_CREDENTIAL_FIELD_STATES,
  WRITE_ONLY_CREDENTIAL_FIELD_VARIANTS,
  type CredentialFieldName,
  type SecretValidationError,
} from './WriteOnlyCredentialField.props';
import * as english from '../../i18n/messages/en';
import { dataState } from '../../internal/dataState';

/** The English namespaces this module's strings come from (the provider's catalog comes first). */
const ENGLISH = { common: english.common, credentialField: english.credentialField, credentials: english.credentials };

const frame = cva('iu:grid iu:gap-2 iu:rounded-ui iu:border iu:bg-surface iu:p-3 iu:text-sm iu:text-foreground', {
  variants: { state: WRITE_ONLY_CREDENTIAL_FIELD_VARIANTS },
  defaultVariants: { state: 'notConfigured' },
});

const primaryButton = buttonVariants({ variant: 'primary' });
const secondaryButton = buttonVariants({ variant: 'secondary' });

/**
 * Root props: no event handler (a change/input/key listener on the root would see the secret as
 * it bubbles), no value. The only way out for a typed value is `onSubmit`.
 */
type RootProps = Omit<HTMLAttributes<HTMLDivElement>, keyof DOMAttributes<HTMLDivElement> | 'defaultValue' | 'defaultChecked'>;

/** Drops, at run time too, any prop that could receive or carry a value; names them (never their values) in development. */
export function withoutValueChannels(component: string, rest: Record<string, unknown>): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  const dropped: string[] = [];
  for (const [key, value] of Object.entries(rest)) {
    if (/^on[A-Z]/.test(key) || key === 'value' || key === 'defaultValue' || key === 'children' || key === 'dangerouslySetInnerHTML') dropped.push(key);
    else kept[key] = value;
  }
  if (dropped.length > 0)
    devWarn(
      `${component}: ignored ${dropped.join(', ')} — a write-only ${component === 'WriteOnlyCredentialField' ? 'field' : 'panel'} takes no value and reports only through onSubmit.`,
    );
  return kept;
}

const stop = (event: SyntheticEvent) => event.stopPropagation();

/**
 * Handlers for the secret's input that keep its events inside the field: an ancestor's
 * `onChange`/`onInput`/`onPaste`/key handler (a page, a form library, an analytics listener on
 * the document) would otherwise read the typed value from `event.target` or the keys one by one.
 * Escape and Tab still propagate (a host dialog closes, focus moves), carrying no character.
 */
const CONTAINED_INPUT_EVENTS = {
  onChange: stop,
  onBeforeInput: stop,
  onPaste: stop,
  onCopy: stop,
  onCut: stop,
  onDrop: stop,
  onSelect: stop,
  onKeyUp: (event: KeyboardEvent) => {
    if (event.key !== 'Escape' && event.key !== 'Tab') event.stopPropagation();
  },
  onKeyPress: stop,
  onCompositionStart: stop,
  onCompositionUpdate: stop,
  onCompositionEnd: stop,
} as const;

export interface WriteOnlyCredentialFieldProps extends RootProps {
  /** Which write-only credential this is; its label comes from the catalog (`credentials.fields.*`). */
  field: CredentialFieldName;
  /** Whether a value is stored — a boolean or the domain's `CredentialFieldState`. Never the value itself. @default false */
  configured?: boolean | CredentialFieldState;
  /** Backend feature flags allow saving. When off, the field says why and nothing can be typed or submitted. @default false */
  persistenceEnabled?: boolean;
  /** Disables every control (the parent is saving, the source is disabled…). @default false */
  disabled?: boolean;
  /** Receives the typed value, trimmed, exactly once per valid submit; the input is emptied right after, even if this throws. */
  onSubmit: (value: string) => void;
  /** Longest accepted value in characters: a longer one is refused with a message, never silently truncated. @default 512 */
  maxLength?: number;
  /** Overrides the catalog label. @default the catalog label of `field` */
  label?: string;
}

/**
 * One write-only secret (Client ID, Client Secret). It never receives, holds after submit, or
 * displays a stored value: the typed value lives only in the uncontrolled password input (not in
 * React state or props), goes to `onSubmit` once, and the input is emptied. A stored value is
 * shown as "configured (value never displayed)" with Replace, which opens an empty input.
 */
export const WriteOnlyCredentialField = forwardRef<HTMLDivElement, WriteOnlyCredentialFieldProps>(function WriteOnlyCredentialField(
  { field, configured = false, persistenceEnabled = false, disabled = false, onSubmit, maxLength: maxLengthProp, label, className, ...rest },
  ref,
) {
  const { t } = useIntegrationsUI(ENGLISH);
  const id = useId();
  const ids = { label: `${id}-label`, input: `${id}-input`, help: `${id}-help`, reason: `${id}-reason`, error: `${id}-error` };

  const [mode, setMode] = useState<'idle' | 'replacing'>('idle');
  const [error, setError] = useState<SecretValidationError | null>(null);
  const [submitted, setSubmitted] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const replaceRef = useRef<HTMLButtonElement>(null);
  // Where focus goes once the view has switched (input opened by Replace; Replace after Cancel/submit).
  const pendingFocus = useRef<'input' | 'replace' | null>(null);

  const status = configuredStateOf(configured);
  if (status === 'unknown') {
    devWarn('WriteOnlyCredentialField: `configured` must be a boolean, "configured" or "not_configured"; showing Unknown (the value is not printed).');
  }
  let maxLength = DEFAULT_SECRET_MAX_LENGTH;
  if (maxLengthProp !== undefined) {
    if (Number.isInteger(maxLengthProp) && maxLengthProp > 0) maxLength = maxLengthProp;
    else devWarn(`WriteOnlyCredentialField: maxLength must be a positive integer; using ${DEFAULT_SECRET_MAX_LENGTH}.`);
  }
  let fieldLabel: string;
  // A label that is not text (an object, a symbol…) falls back to the catalog's.
  if (typeof label === 'string' || (typeof label === 'number' && Number.isFinite(label))) fieldLabel = String(label);
  else if (label != null) {
    devWarn(`WriteOnlyCredentialField label: expected a text, got ${typeof label}; using the catalog label.`);
    fieldLabel = isOneOf(CREDENTIAL_FIELD_NAMES, field) ? t(CREDENTIAL_FIELD_LABELS[field]) : t('common.unknown');
  } else if (isOneOf(CREDENTIAL_FIELD_NAMES, field)) fieldLabel = t(CREDENTIAL_FIELD_LABELS[field]);
  else {
    devWarn(`WriteOnlyCredentialField: unknown field ${describe(field)}; pass \`label\`.`);
    fieldLabel = t('common.unknown');
  }

  const isConfigured = status === 'configured';
  const replacing = isConfigured && mode === 'replacing';
  const editing = !isConfigured || replacing;
  const canSubmit = !disabled && persistenceEnabled;

  const state = fieldStateOf({ disabled, persistenceEnabled, invalid: error !== null, submitted, replacing, configured: isConfigured });

  useEffect(() => {
    const target = pendingFocus.current;
    if (target === 'input' && editing) {
      pendingFocus.current = null;
      inputRef.current?.focus();
    } else if (target === 'replace' && !editing) {
      pendingFocus.current = null;
      // Only when focus was lost with the unmounted input/button: never steal it from elsewhere.
      const active = document.activeElement;
      if (!active || active === document.body || !active.isConnected) replaceRef.current?.focus();
    }
  }, [editing]);

  function submit() {
    const input = inputRef.current;
    if (!input || !canSubmit) return;
    const problem = validateSecret(input.value, maxLength);
    if (problem) {
      // The typed value stays in the input: nothing the user typed or pasted is lost.
      setError(problem);
      setSubmitted(false);
      input.focus();
      return;
    }
    try {
      onSubmit(input.value.trim());
    } finally {
      input.value = '';
      setError(null);
      setSubmitted(true);
      setMode('idle');
      pendingFocus.current = 'replace';
    }
  }

  function startReplacing() {
    if (!canSubmit) return;
    setError(null);
    setSubmitted(false);
    setMode('replacing');
    pendingFocus.current = 'input';
  }

  function cancelReplacing() {
    if (inputRef.current) inputRef.current.value = '';
    setError(null);
    setMode('idle');
    pendingFocus.current = 'replace';
  }

  function handleInput(event: SyntheticEvent) {
    event.stopPropagation();
    pendingFocus.current = null;
    if (submitted) setSubmitted(false);
    if (error && inputRef.current) setError(validateSecret(inputRef.current.value, maxLength));
  }

  function handleKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== 'Escape' && event.key !== 'Tab') event.stopPropagation();
    if (event.key === 'Enter') {
      // Never let Enter submit a surrounding form (which could serialise the field into a URL).
      event.preventDefault();
      submit();
    } else if (event.key === 'Escape' && replacing) {
      // Consumed: a host dialog around the field must not close as well.
      event.preventDefault();
      event.stopPropagation();
      cancelReplacing();
    }
  }

  const spec = CREDENTIAL_STATUS[status];
  const reason = persistenceEnabled ? undefined : ids.reason;
  const describedBy = [ids.help, error ? ids.error : null, reason].filter(Boolean).join(' ');

  return (
    <div
      ref={ref}
      role="group"
      aria-labelledby={ids.label}
      data-slot="write-only-credential-field"
      data-state={dataState(state)}
      data-tone={WRITE_ONLY_CREDENTIAL_FIELD_STATES[state].tone}
      data-field={typeof field === 'string' ? field : 'unknown'}
      data-configured={status}
      data-persistence={persistenceEnabled ? 'enabled' : 'disabled'}
      className={cn(IU_ROOT, frame({ state }), className)}
      {...withoutValueChannels('WriteOnlyCredentialField', rest)}
    >
      <div className="iu:flex iu:flex-wrap iu:items-center iu:justify-between iu:gap-x-3 iu:gap-y-1">
        {editing ? (
          <label id={ids.label} htmlFor={ids.input} className="iu:font-medium">
            {fieldLabel}
          </label>
        ) : (
          <span id={ids.label} className="iu:font-medium">
            {fieldLabel}
          </span>
        )}
        <span data-slot="credential-status" className="iu:inline-flex iu:flex-wrap iu:items-center iu:gap-x-1.5 iu:gap-y-1">
          <CredentialStatus spec={spec} />
        </span>
      </div>

      {editing ? (
        <div className="iu:flex iu:flex-wrap iu:gap-2">
          <input
            ref={inputRef}
            id={ids.input}
            type="password"
            autoComplete="new-password"
            spellCheck={false}
            autoCapitalize="off"
            autoCorrect="off"
            disabled={disabled || !persistenceEnabled}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            {...CONTAINED_INPUT_EVENTS}
            onInput={handleInput}
            onKeyDown={handleKeyDown}
            className="iu:min-w-0 iu:flex-1 iu:basis-48 iu:rounded-ui iu:border iu:border-border-strong iu:bg-background iu:px-3 iu:py-1.5 iu:font-mono iu:text-sm iu:text-foreground iu:focus-visible:outline-2 iu:focus-visible:outline-offset-1 iu:focus-visible:outline-ring iu:disabled:cursor-not-allowed iu:disabled:border-border iu:disabled:bg-muted iu:aria-invalid:border-critical-fg"
          />
          <button
            type="button"
            aria-label={t('credentialField.saveField', { field: fieldLabel })}
            disabled={disabled}
            aria-disabled={!disabled && !persistenceEnabled ? true : undefined}
            aria-describedby={reason}
            onClick={submit}
            className={primaryButton}
          >
            {t('credentialField.save')}
          </button>
          {replacing ? (
            <button
              type="button"
              aria-label={t('credentialField.cancelField', { field: fieldLabel })}
              disabled={disabled}
              onClick={cancelReplacing}
              className={secondaryButton}
            >
              {t('credentialField.cancel')}
            </button>
          ) : null}
        </div>
      ) : (
        <div>
          <button
            ref={replaceRef}
            type="button"
            aria-label={t('credentialField.replaceField', { field: fieldLabel })}
            disabled={disabled}
            aria-disabled={!disabled && !persistenceEnabled ? true : undefined}
            aria-describedby={reason}
            onClick={startReplacing}
            className={secondaryButton}
          >
            <Icon name="key" size={14} />
            {t('credentialField.replace')}
          </button>
        </div>
      )}

      {editing ? (
        <p id={ids.help} className="iu:text-xs iu:text-muted-foreground">
          {t('credentials.neverDisplayedAgain')}
        </p>
      ) : null}
      {reason ? (
        <InlineMessage
          id={ids.reason}
          data-slot="write-only-credential-field-persistence-reason"
          tone="warning"
          icon="lock"
          iconSize={14}
          gap="normal"
          className="iu:text-xs iu:text-(--iu-tone-fg)"
        >
          {t('credentials.persistenceDisabled')}
        </InlineMessage>
      ) : null}
      {error ? (
        <InlineMessage
          id={ids.error}
          role="alert"
          data-slot="write-only-credential-field-error"
          tone="critical"
          icon="alert"
          iconSize={14}
          gap="normal"
          className="iu:text-xs iu:font-medium iu:text-(--iu-tone-fg)"
        >
          {t(`credentialField.errors.${error}`, { field: fieldLabel, max: maxLength })}
        </InlineMessage>
      ) : null}
      {/* Always mounted so that screen readers announce the confirmation when it appears. */}
      <p
        role="status"
        data-slot="write-only-credential-field-submitted"
        data-tone="success"
        className="iu:flex iu:items-center iu:gap-1.5 iu:text-xs iu:font-medium iu:text-(--iu-tone-fg) iu:empty:hidden"
      >
        {submitted ? (
          <>
            <Icon name="check" size={14} />
            {t('credentialField.submitted')}
          </>
        ) : null}
      </p>
    </div>
  );
});

WriteOnlyCredentialField.displayName = 'WriteOnlyCredentialField';
