import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  PROFILE_AVAILABILITY_STATE_NAMES,
  PROFILE_AVAILABILITY_STATES,
  PROFILE_PICKER_STATE_NAMES,
  ProfilePicker,
  type ProfilePickerState,
} from '../../src/components/ProfilePicker';
import { visibleProfiles } from '../../src/domain/antileak';
import { en } from '../../src/i18n';
import { fr } from '../../src/locales/fr';
import { AUTHORIZED_PROFILE_IDS, FOREIGN_PROFILE, PROFILE_FRANCE, PROFILE_SUISSE, PROFILES } from '../../src/fixtures';
import { expectConsole } from '../helpers';
import { messageAt } from '../messages';
import { renderUI } from '../render';
import { dataState } from '../../src/internal/dataState';

afterEach(cleanup);

const optionTexts = (container: HTMLElement) => [...container.querySelectorAll('[data-slot="profile-picker-option"]')].map((o) => o.textContent);

/** Props that put the picker in each state of its table. */
const PROPS_OF_STATE: Record<ProfilePickerState, Partial<Parameters<typeof ProfilePicker>[0]>> = {
  noSelection: {},
  selected: { value: PROFILE_FRANCE.id },
  requiredError: { showRequiredError: true },
  empty: { authorizedProfileIds: [] },
};

describe('ProfilePicker', () => {
  it('shows the seed 000 lines verbatim', () => {
    const { container } = renderUI(<ProfilePicker profiles={PROFILES} authorizedProfileIds={AUTHORIZED_PROFILE_IDS} />);
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent(/^Select profile \(required\)$/);
    expect(optionTexts(container)).toEqual([
      'Profile FranceEUR · Europe/Parisavailable',
      'Profile SuisseCHF · Europe/Zurichavailable',
      'Profile EspagneEUR · Europe/Madridavailable',
    ]);
    expect(container.querySelector('[data-slot="profile-picker-note"]')!.textContent).toBe(
      'Anti-leak: only authorized Profiles are listed. Add Source requires a Profile.',
    );
  });

  it('is a required radio group named by its title, with one native radio per profile', () => {
    renderUI(<ProfilePicker profiles={PROFILES} authorizedProfileIds={AUTHORIZED_PROFILE_IDS} />);
    const group = screen.getByRole('radiogroup', { name: 'Select profile (required)' });
    expect(group).toHaveAttribute('aria-required', 'true');
    expect(group).not.toHaveAttribute('aria-invalid');
    expect(group).toHaveAccessibleDescription(en.profiles.antiLeak);
    expect(within(group).getAllByRole('radio')).toHaveLength(3);
    expect(screen.getByRole('radio', { name: /Profile France/ })).not.toBeChecked();
  });

  it.each(PROFILE_PICKER_STATE_NAMES)('state %s is reflected on the root', (state) => {
    const { container } = renderUI(<ProfilePicker profiles={PROFILES} authorizedProfileIds={AUTHORIZED_PROFILE_IDS} {...PROPS_OF_STATE[state]} />);
    expect(container.querySelector('[data-slot="profile-picker"]')).toHaveAttribute('data-state', dataState(state));
  });

  it.each(PROFILE_AVAILABILITY_STATE_NAMES.filter((s) => s !== 'unknown'))('availability %s shows its label, tone and icon', (availability) => {
    const { container } = renderUI(<ProfilePicker profiles={[{ ...PROFILE_FRANCE, availability }]} authorizedProfileIds={[PROFILE_FRANCE.id]} />);
    const badge = container.querySelector('[data-slot="profile-picker-availability"]')!;
    expect(badge.textContent).toBe(messageAt(PROFILE_AVAILABILITY_STATES[availability].label, en));
    expect(badge).toHaveAttribute('data-tone', PROFILE_AVAILABILITY_STATES[availability].tone);
    expect(badge.querySelector('svg[aria-hidden="true"]')).not.toBeNull();
    if (PROFILE_AVAILABILITY_STATES[availability].selectable) expect(screen.getByRole('radio')).toBeEnabled();
    else expect(screen.getByRole('radio')).toBeDisabled();
  });

  it('anti-leak: never lists a profile outside the authorized ids', () => {
    renderUI(<ProfilePicker profiles={[...PROFILES, FOREIGN_PROFILE]} authorizedProfileIds={AUTHORIZED_PROFILE_IDS} />);
    expect(screen.queryByText(FOREIGN_PROFILE.name)).toBeNull();
    expect(document.body.innerHTML).not.toContain(FOREIGN_PROFILE.id);
    expect(screen.getAllByRole('radio')).toHaveLength(3);
  });

  it('anti-leak: a value pointing at an unauthorized profile selects nothing', () => {
    expectConsole(/ProfilePicker value: not an authorized profile/);
    const { container } = renderUI(
      <ProfilePicker profiles={[...PROFILES, FOREIGN_PROFILE]} authorizedProfileIds={AUTHORIZED_PROFILE_IDS} value={FOREIGN_PROFILE.id} />,
    );
    expect(screen.getAllByRole('radio').every((r) => !(r as HTMLInputElement).checked)).toBe(true);
    expect(container.querySelector('[data-slot="profile-picker"]')).toHaveAttribute('data-state', 'no-selection');
  });

  it('visibleProfiles fails closed', () => {
    expect(visibleProfiles([...PROFILES, FOREIGN_PROFILE], [PROFILE_SUISSE.id])).toEqual([PROFILE_SUISSE]);
    expect(visibleProfiles(PROFILES, [])).toEqual([]);
    expect(visibleProfiles(PROFILES, undefined as never)).toEqual([]);
    expectConsole(/profiles: expected an array/);
    expect(visibleProfiles(null as never, AUTHORIZED_PROFILE_IDS)).toEqual([]);
  });

  it('shows the empty state (and still the note) when no profile is authorized', () => {
    const { container } = renderUI(<ProfilePicker profiles={PROFILES} authorizedProfileIds={[]} />);
    expect(screen.queryByRole('radio')).toBeNull();
    expect(container.querySelector('[data-slot="empty-state"]')!.textContent).toBe(en.profiles.empty);
    expect(screen.getByText(en.profiles.antiLeak)).toBeInTheDocument();
  });

  it('uncontrolled: selecting a profile checks it and reports its id', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    renderUI(<ProfilePicker profiles={PROFILES} authorizedProfileIds={AUTHORIZED_PROFILE_IDS} onValueChange={onValueChange} />);
    await user.click(screen.getByRole('radio', { name: /Profile Suisse/ }));
    expect(onValueChange).toHaveBeenCalledExactlyOnceWith(PROFILE_SUISSE.id);
    expect(screen.getByRole('radio', { name: /Profile Suisse/ })).toBeChecked();
  });

  it('controlled: shows the value and only reports changes', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    renderUI(<ProfilePicker profiles={PROFILES} authorizedProfileIds={AUTHORIZED_PROFILE_IDS} value={PROFILE_FRANCE.id} onValueChange={onValueChange} />);
    expect(screen.getByRole('radio', { name: /Profile France/ })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: /Profile Suisse/ }));
    expect(onValueChange).toHaveBeenCalledExactlyOnceWith(PROFILE_SUISSE.id);
    expect(screen.getByRole('radio', { name: /Profile France/ })).toBeChecked();
  });

  it('an unavailable profile is disabled and cannot be selected', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    const profiles = [PROFILE_FRANCE, { ...PROFILE_SUISSE, availability: 'unavailable' as const }];
    renderUI(<ProfilePicker profiles={profiles} authorizedProfileIds={AUTHORIZED_PROFILE_IDS} onValueChange={onValueChange} />);
    const suisse = screen.getByRole('radio', { name: /Profile Suisse/ });
    expect(suisse).toBeDisabled();
    expect(suisse.closest('label')).toHaveTextContent('Profile SuisseCHF · Europe/Zurichunavailable');
    await user.click(suisse);
    expect(onValueChange).not.toHaveBeenCalled();
  });

  it('required error: message, aria-invalid and description while no profile is selected', () => {
    renderUI(<ProfilePicker profiles={PROFILES} authorizedProfileIds={AUTHORIZED_PROFILE_IDS} showRequiredError />);
    const group = screen.getByRole('radiogroup');
    expect(group).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent(en.profiles.requiredError);
    expect(group).toHaveAccessibleDescription(`${en.profiles.requiredError} ${en.profiles.antiLeak}`);
  });

  it('no required error once a profile is selected', () => {
    renderUI(<ProfilePicker profiles={PROFILES} authorizedProfileIds={AUTHORIZED_PROFILE_IDS} showRequiredError value={PROFILE_FRANCE.id} />);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('radiogroup')).not.toHaveAttribute('aria-invalid');
  });

  it('not required: plain title, no aria-required, never an error', () => {
    renderUI(<ProfilePicker profiles={PROFILES} authorizedProfileIds={AUTHORIZED_PROFILE_IDS} required={false} showRequiredError />);
    expect(screen.getByRole('radiogroup', { name: en.profiles.select })).not.toHaveAttribute('aria-required');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('renders an unknown availability as Unknown with the raw code, not selectable', () => {
    expectConsole(/ProfilePicker availability: unknown availability "paused"/);
    const { container } = renderUI(
      <ProfilePicker profiles={[{ ...PROFILE_FRANCE, availability: 'paused' as never }]} authorizedProfileIds={[PROFILE_FRANCE.id]} />,
    );
    const badge = container.querySelector('[data-slot="profile-picker-availability"]')!;
    expect(badge).toHaveTextContent('Unknown (paused)');
    expect(badge).toHaveAttribute('data-tone', 'neutral');
    expect(screen.getByRole('radio')).toBeDisabled();
  });

  it('uses the heading level it is given', () => {
    renderUI(<ProfilePicker profiles={PROFILES} authorizedProfileIds={AUTHORIZED_PROFILE_IDS} headingLevel={2} />);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(en.profiles.selectRequired);
  });

  it('renders in French from the fr catalog', () => {
    renderUI(<ProfilePicker profiles={PROFILES} authorizedProfileIds={AUTHORIZED_PROFILE_IDS} showRequiredError />, { locale: 'fr' });
    expect(screen.getByRole('heading')).toHaveTextContent(fr.profiles.selectRequired);
    expect(screen.getByText(fr.profiles.antiLeak)).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(fr.profiles.requiredError);
    expect(screen.getAllByText(fr.profiles.availability.available)).toHaveLength(3);
  });

  it('merges className onto the root', () => {
    const { container } = renderUI(<ProfilePicker profiles={PROFILES} authorizedProfileIds={AUTHORIZED_PROFILE_IDS} className="mt-4" />);
    expect(container.querySelector('[data-slot="profile-picker"]')).toHaveClass('mt-4', 'iu:grid');
  });
});
