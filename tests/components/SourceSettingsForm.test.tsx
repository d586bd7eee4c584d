import { cleanup, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  SOURCE_NAME_MAX_LENGTH,
  SOURCE_SETTINGS_FORM_STATE_NAMES,
  SourceSettingsForm,
  validateSourceName,
  type SourceSettingsFormState,
} from '../../src/components/SourceSettingsForm';
import { SHOPIFY_FRANCE } from '../../src/fixtures';
import { en } from '../../src/i18n';
import { fr } from '../../src/locales/fr';
import { expectConsole } from '../helpers';
import { renderUI } from '../render';
import { dataState } from '../../src/internal/dataState';

afterEach(cleanup);

type Props = Parameters<typeof SourceSettingsForm>[0];
const NAME = SHOPIFY_FRANCE.name;
const TOO_LONG = 'x'.repeat(SOURCE_NAME_MAX_LENGTH + 1);

const root = (container: HTMLElement) => container.querySelector('[data-slot="source-settings-form"]')!;
const input = () => screen.getByRole('textbox', { name: 'Source name' });

/** Props that put the form in each state of its table. */
const PROPS_OF_STATE: Record<SourceSettingsFormState, Partial<Props>> = {
  empty: { value: '' },
  filled: { value: NAME },
  requiredError: { value: '   ', showRequiredError: true },
  tooLong: { value: TOO_LONG },
};

describe('SourceSettingsForm', () => {
  it('shows the seed 000 step lines verbatim', () => {
    const { container } = renderUI(<SourceSettingsForm />);
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent(/^Configure source$/);
    expect(container.querySelector('[data-slot="source-settings-form-description"]')!.textContent).toBe('Set source name and options.');
  });

  it('is a labelled, required text input with the hint as its description', () => {
    const { container } = renderUI(<SourceSettingsForm />);
    expect(input()).toBeRequired();
    expect(input()).toHaveValue('');
    expect(input()).not.toHaveAttribute('aria-invalid');
    expect(input()).not.toHaveAttribute('maxlength');
    expect(input()).toHaveAccessibleDescription('Shown in every table and alert (Source label required).');
    expect(container.querySelector('[data-slot="source-settings-form-count"]')!.textContent).toBe('0/80 characters');
    expect(screen.getByText(en.sourceSettings.previewOnly)).toBeInTheDocument();
  });

  it.each(SOURCE_SETTINGS_FORM_STATE_NAMES)('state %s is reflected on the root', (state) => {
    const { container } = renderUI(<SourceSettingsForm {...PROPS_OF_STATE[state]} />);
    expect(root(container)).toHaveAttribute('data-state', dataState(state));
    const invalid = state === 'requiredError' || state === 'tooLong';
    if (invalid) expect(input()).toHaveAttribute('aria-invalid', 'true');
    else expect(input()).not.toHaveAttribute('aria-invalid');
  });

  it('suggestion: shown while empty, one click sets the name, reports it and focuses the field', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    renderUI(<SourceSettingsForm suggestedName={NAME} onValueChange={onValueChange} />);
    await user.click(screen.getByRole('button', { name: 'Use “Shopify France”' }));
    expect(onValueChange).toHaveBeenCalledExactlyOnceWith(NAME);
    expect(input()).toHaveValue(NAME);
    expect(input()).toHaveFocus();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('suggestion: hidden once a name is typed, back when the field is emptied', async () => {
    const user = userEvent.setup();
    renderUI(<SourceSettingsForm suggestedName={NAME} />);
    await user.type(input(), 'A');
    expect(screen.queryByRole('button')).toBeNull();
    await user.clear(input());
    expect(screen.getByRole('button', { name: `Use “${NAME}”` })).toBeInTheDocument();
  });

  it('uncontrolled: typing updates the field and reports the raw value', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    renderUI(<SourceSettingsForm defaultValue="Shop" onValueChange={onValueChange} />);
    await user.type(input(), ' FR ');
    expect(input()).toHaveValue('Shop FR ');
    expect(onValueChange).toHaveBeenLastCalledWith('Shop FR ');
  });

  it('controlled: shows the value and only reports changes', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    renderUI(<SourceSettingsForm value={NAME} onValueChange={onValueChange} />);
    await user.type(input(), '!');
    expect(onValueChange).toHaveBeenCalledExactlyOnceWith(`${NAME}!`);
    expect(input()).toHaveValue(NAME);
  });

  it('required error: empty or only spaces, with message and description', () => {
    renderUI(<SourceSettingsForm value="   " showRequiredError />);
    expect(screen.getByRole('alert')).toHaveTextContent('Enter a source name: every source needs a label.');
    expect(input()).toHaveAccessibleDescription(`${en.sourceSettings.requiredError} ${en.sourceSettings.nameHint}`);
  });

  it('no required error once named, or when not required', () => {
    renderUI(<SourceSettingsForm value={NAME} showRequiredError />);
    expect(screen.queryByRole('alert')).toBeNull();
    cleanup();
    renderUI(<SourceSettingsForm required={false} showRequiredError />);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(input()).not.toBeRequired();
  });

  it('too long: refused with a message, never cut', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    const { container } = renderUI(<SourceSettingsForm defaultValue={'x'.repeat(80)} onValueChange={onValueChange} />);
    expect(screen.queryByRole('alert')).toBeNull();
    await user.type(input(), 'y');
    expect(input()).toHaveValue(`${'x'.repeat(80)}y`);
    expect(onValueChange).toHaveBeenLastCalledWith(`${'x'.repeat(80)}y`);
    expect(screen.getByRole('alert')).toHaveTextContent('The source name is too long (81/80 characters): shorten it, it is never cut.');
    expect(input()).toHaveAttribute('aria-invalid', 'true');
    expect(container.querySelector('[data-slot="source-settings-form-count"]')).toHaveAttribute('data-tone', 'critical');
  });

  it('too long: a pasted long name stays whole; maxLength is configurable', () => {
    renderUI(<SourceSettingsForm maxLength={10} />);
    fireEvent.change(input(), { target: { value: 'Shopify France EU' } });
    expect(input()).toHaveValue('Shopify France EU');
    expect(screen.getByRole('alert')).toHaveTextContent('(17/10 characters)');
  });

  it('validateSourceName counts characters and trims only to check emptiness', () => {
    expect(validateSourceName('')).toBe('required');
    expect(validateSourceName('  ')).toBe('required');
    expect(validateSourceName('', { required: false })).toBeNull();
    expect(validateSourceName(NAME)).toBeNull();
    expect(validateSourceName('é'.repeat(80))).toBeNull();
    expect(validateSourceName('🛒'.repeat(80))).toBeNull();
    expect(validateSourceName(TOO_LONG)).toBe('tooLong');
  });

  it('bad input: a non-string value shows an empty field', () => {
    expectConsole(/SourceSettingsForm value: expected a string/);
    const { container } = renderUI(<SourceSettingsForm value={42 as never} />);
    expect(input()).toHaveValue('');
    expect(root(container)).toHaveAttribute('data-state', 'empty');
  });

  it('bad input: a bad maxLength falls back to 80, a bad suggestion is not shown', () => {
    expectConsole(/SourceSettingsForm maxLength: expected a positive integer, got -1/, /SourceSettingsForm suggestedName: expected a string/);
    const { container } = renderUI(<SourceSettingsForm maxLength={-1} suggestedName={42 as never} />);
    expect(container.querySelector('[data-slot="source-settings-form-count"]')!.textContent).toBe('0/80 characters');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('an empty suggestion is no suggestion, without a warning', () => {
    renderUI(<SourceSettingsForm suggestedName="  " />);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('uses the heading level it is given', () => {
    renderUI(<SourceSettingsForm headingLevel={4} />);
    expect(screen.getByRole('heading', { level: 4 })).toHaveTextContent(en.onboarding.steps.configure_source.title);
  });

  it('renders in French from the fr catalog', () => {
    renderUI(<SourceSettingsForm suggestedName={NAME} showRequiredError />, { locale: 'fr' });
    expect(screen.getByRole('heading')).toHaveTextContent(fr.onboarding.steps.configure_source.title);
    expect(screen.getByRole('textbox', { name: fr.sourceSettings.nameLabel })).toHaveAccessibleDescription(
      `${fr.sourceSettings.requiredError} ${fr.sourceSettings.nameHint}`,
    );
    expect(screen.getByRole('button', { name: 'Utiliser « Shopify France »' })).toBeInTheDocument();
    expect(screen.getByText(fr.sourceSettings.previewOnly)).toBeInTheDocument();
  });

  it('merges className onto the root', () => {
    const { container } = renderUI(<SourceSettingsForm className="mt-4" />);
    expect(root(container)).toHaveClass('mt-4', 'iu:grid');
  });
});
