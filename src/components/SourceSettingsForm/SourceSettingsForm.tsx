'use client';

import { forwardRef, useId, useRef, type HTMLAttributes } from 'react';
import { describe, devWarn } from '../../domain/dev';
import { useIntegrationsUI } from '../../i18n';
import { cn, IU_ROOT } from '../../internal/cn';
import { SectionHeading } from '../../internal/SectionHeading';
import { headingLevelOr } from '../../internal/heading';
import { Button } from '../../internal/Button';
import { FieldError } from '../../internal/FieldError';
import { InlineMessage } from '../../internal/InlineMessage';
import { useControllableState } from '../../internal/useControllableState';
import { SOURCE_NAME_MAX_LENGTH, sourceSettingsStateOf, validateSourceName } from './SourceSettingsForm.props';
import * as english from '../../i18n/messages/en';
import { dataState } from '../../internal/dataState';

/** The English namespaces this module's strings come from (the provider's catalog comes first). */
const ENGLISH = { common: english.common, onboarding: english.onboarding, sourceSettings: english.sourceSettings };

export interface SourceSettingsFormProps extends Omit<HTMLAttributes<HTMLElement>, 'children' | 'defaultValue' | 'onChange'> {
  /** The source name (controlled). Omit it to let the form keep its own. */
  value?: string;
  /** The source name when uncontrolled. @default '' */
  defaultValue?: string;
  /** Called with the name exactly as typed (not trimmed, not cut) on every change, and with `suggestedName` when the suggestion is used. */
  onValueChange?: (name: string) => void;
  /** A name to offer as a one-click button ("Use “Shopify France”") while the field is empty; `undefined` or blank: no suggestion. */
  suggestedName?: string;
  /** Every source needs a label: the input is `required` and an empty name can show the required error. @default true */
  required?: boolean;
  /** The user tried to go on with an empty name (or only spaces): shows the error and marks the input `aria-invalid`. @default false */
  showRequiredError?: boolean;
  /** Longest name in characters; a longer one is refused with a message, never silently cut. @default 80 */
  maxLength?: number;
  /** Level of the form's title heading. @default 3 */
  headingLevel?: 2 | 3 | 4;
}

/**
 * Step 7 of Add Source: the source name (the label shown in every table and alert), with an
 * optional one-click suggestion. Preview only: nothing is saved; the parent reads the name through
 * `onValueChange`. A name longer than `maxLength` stays as typed and is flagged, so that a pasted
 * name is never silently truncated (no native `maxlength`).
 */
export const SourceSettingsForm = forwardRef<HTMLElement, SourceSettingsFormProps>(function SourceSettingsForm(
  {
    value,
    defaultValue = '',
    onValueChange,
    suggestedName,
    required = true,
    showRequiredError = false,
    maxLength: maxLengthProp = SOURCE_NAME_MAX_LENGTH,
    headingLevel = 3,
    className,
    ...rest
  },
  ref,
) {
  const { t } = useIntegrationsUI(ENGLISH);
  const id = useId();
  const ids = { title: `${id}-title`, description: `${id}-description`, input: `${id}-input`, hint: `${id}-hint`, error: `${id}-error` };
  const inputRef = useRef<HTMLInputElement>(null);
  const [name, change] = useControllableState<string>({
    value: value === undefined ? undefined : textOf(value, 'value'),
    defaultValue: () => textOf(defaultValue, 'defaultValue'),
    onChange: onValueChange,
    name: 'SourceSettingsForm value',
  });

  const maxLength = Number.isInteger(maxLengthProp) && maxLengthProp > 0 ? maxLengthProp : SOURCE_NAME_MAX_LENGTH;
  if (maxLength !== maxLengthProp)
    devWarn(`SourceSettingsForm maxLength: expected a positive integer, got ${describe(maxLengthProp)}; using ${SOURCE_NAME_MAX_LENGTH}.`);
  const suggestion = typeof suggestedName === 'string' && suggestedName.trim() !== '' ? suggestedName : null;
  // '' or only spaces simply means "no suggestion"; another type is a caller bug.
  if (suggestedName !== undefined && typeof suggestedName !== 'string') devWarn('SourceSettingsForm suggestedName: expected a string; no suggestion shown.');

  const count = Array.from(name).length;
  const problem = validateSourceName(name, { required, maxLength });
  const state = sourceSettingsStateOf({ name, problem, showRequiredError });
  const error =
    state === 'tooLong' ? t('sourceSettings.tooLongError', { count, max: maxLength }) : state === 'requiredError' ? t('sourceSettings.requiredError') : null;
  const level = headingLevelOr(headingLevel, 3);

  function applySuggestion(next: string) {
    change(next);
    // The button disappears once the field is filled: keep focus in the form, on the field.
    inputRef.current?.focus();
  }

  return (
    <section
      ref={ref}
      data-slot="source-settings-form"
      data-state={dataState(state)}
      className={cn(IU_ROOT, 'iu:grid iu:gap-2 iu:text-sm iu:text-foreground', className)}
      {...rest}
    >
      <SectionHeading level={level} id={ids.title}>
        {t('onboarding.steps.configure_source.title')}
      </SectionHeading>
      <p id={ids.description} data-slot="source-settings-form-description" className="iu:break-words iu:text-muted-foreground">
        {t('onboarding.steps.configure_source.description')}
      </p>
      <div className="iu:grid iu:gap-1">
        <div className="iu:flex iu:flex-wrap iu:items-baseline iu:gap-x-2 iu:gap-y-1">
          <label htmlFor={ids.input} className="iu:font-medium">
            {t('sourceSettings.nameLabel')}
          </label>
          {required ? (
            <span data-slot="source-settings-form-required" aria-hidden="true" className="iu:text-xs iu:font-medium iu:text-muted-foreground">
              {t('common.required')}
            </span>
          ) : null}
        </div>
        <input
          ref={inputRef}
          id={ids.input}
          type="text"
          autoComplete="off"
          spellCheck={false}
          value={name}
          required={required}
          aria-invalid={error ? true : undefined}
          aria-describedby={[error ? ids.error : null, ids.hint].filter(Boolean).join(' ')}
          onChange={(event) => change(event.currentTarget.value)}
          className="iu:w-full iu:min-w-0 iu:rounded-ui iu:border iu:border-border-strong iu:bg-background iu:px-3 iu:py-1.5 iu:text-sm iu:text-foreground iu:focus-visible:outline-2 iu:focus-visible:outline-offset-1 iu:focus-visible:outline-ring iu:aria-invalid:border-critical-fg"
        />
        <div className="iu:flex iu:flex-wrap iu:items-baseline iu:justify-between iu:gap-x-3 iu:gap-y-1 iu:text-xs iu:text-muted-foreground">
          <p id={ids.hint} data-slot="source-settings-form-hint" className="iu:min-w-0 iu:break-words">
            {t('sourceSettings.nameHint')}
          </p>
          <p
            data-slot="source-settings-form-count"
            data-tone={state === 'tooLong' ? 'critical' : undefined}
            className={cn('iu:whitespace-nowrap', state === 'tooLong' && 'iu:font-medium iu:text-(--iu-tone-fg)')}
          >
            {t('sourceSettings.characterCount', { count, max: maxLength })}
          </p>
        </div>
      </div>
      {error ? <FieldError id={ids.error}>{error}</FieldError> : null}
      {suggestion !== null && name.trim() === '' ? (
        <div>
          <Button data-slot="source-settings-form-suggestion" onClick={() => applySuggestion(suggestion)} className="iu:max-w-full iu:break-words iu:text-left">
            {t('sourceSettings.useSuggestion', { name: suggestion })}
          </Button>
        </div>
      ) : null}
      <InlineMessage data-slot="source-settings-form-note" icon="info" className="iu:break-words iu:text-muted-foreground">
        {t('sourceSettings.previewOnly')}
      </InlineMessage>
    </section>
  );
});

/** The name from a prop; anything that is not a string counts as empty. */
function textOf(input: unknown, field: string): string {
  if (typeof input === 'string') return input;
  devWarn(`SourceSettingsForm ${field}: expected a string; showing an empty name.`);
  return '';
}

SourceSettingsForm.displayName = 'SourceSettingsForm';
