import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CREDENTIALS_PANEL_STATE_NAMES, CREDENTIALS_PANEL_STATES, CredentialsPanel, type CredentialsPanelState } from '../../src/components/CredentialsPanel';
import type { CredentialState } from '../../src/domain';
import { makeCredentialState, SHOPIFY_SUISSE_CREDENTIALS } from '../../src/fixtures';
import { en, translate } from '../../src/i18n';
import { fr } from '../../src/locales/fr';
import { expectConsole } from '../helpers';
import { renderUI } from '../render';
import { lines, seed } from '../seed-files';
import { dataState } from '../../src/internal/dataState';

afterEach(cleanup);

const seedLines = lines(seed('001'));
/** Seed 001's credentials section: from its title to the flags line. */
const SECTION = seedLines.slice(seedLines.indexOf(en.credentials.title), seedLines.indexOf(en.readiness.title));

/** A made-up value: the tests prove it never reaches the DOM. */
const SECRET = 'shpss_panel-test-not-a-real-secret-91b2';

const EXAMPLES: Record<CredentialsPanelState, CredentialState> = {
  notConfigured: SHOPIFY_SUISSE_CREDENTIALS,
  partiallyConfigured: makeCredentialState({ clientId: 'configured' }),
  configured: makeCredentialState({ clientId: 'configured', clientSecret: 'configured', accessTokenCache: 'active' }),
  unknown: makeCredentialState({ clientSecret: 'maybe' as never }),
  malformed: null as never,
};

const panel = (container: HTMLElement) => container.querySelector<HTMLElement>('[data-slot="credentials-panel"]')!;
const count = (text: string, part: string) => text.split(part).length - 1;

describe('CredentialsPanel', () => {
  it('renders every line of the seed 001 section, in the seed order, each once', () => {
    const { container } = renderUI(<CredentialsPanel credentials={SHOPIFY_SUISSE_CREDENTIALS} />);
    const text = panel(container).textContent!;
    expect(SECTION).toEqual([
      'Shopify credentials — write-only',
      'Values are never displayed again. Persistence is gated by feature flags.',
      'Credentials are write-only: they can be replaced but are never read back. No secret value is ever displayed.',
      'Client IDnot configured (value never displayed)',
      'Client Secretnot configured (value never displayed)',
      'Access tokentemporary (in-memory cache) (value never displayed)',
      'Credentials are write-only and will never be displayed again.',
      'Persistence is disabled until backend flags are enabled.',
      'valueDisplayed: false · performsRealAction: false · persistenceEnabled: false',
    ]);
    let from = 0;
    for (const line of SECTION) {
      const at = text.indexOf(line, from);
      expect(at, line).toBeGreaterThanOrEqual(0);
      from = at + line.length;
    }
    for (const line of SECTION) expect(count(text, line), line).toBe(1);
    expect(text).toBe(SECTION.join(''));
    expect(container.querySelector('input')).toBeNull();
  });

  it('gives the title as a heading of the given level (default 2)', () => {
    renderUI(<CredentialsPanel credentials={SHOPIFY_SUISSE_CREDENTIALS} headingLevel={3} />);
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent(en.credentials.title);
    cleanup();
    renderUI(<CredentialsPanel credentials={SHOPIFY_SUISSE_CREDENTIALS} />);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(en.credentials.title);
  });

  it('composes the two write-only fields and the access token status once a value can be saved', () => {
    const { container } = renderUI(<CredentialsPanel credentials={makeCredentialState({ persistenceEnabled: true })} onSubmit={vi.fn()} />);
    expect([...container.querySelectorAll('[data-slot="write-only-credential-field"]')].map((f) => f.getAttribute('data-field'))).toEqual([
      'clientId',
      'clientSecret',
    ]);
    expect(container.querySelectorAll('[data-slot="access-token-status"]')).toHaveLength(1);
    expect(screen.getByRole('group', { name: 'Client ID' })).toHaveAttribute('data-state', 'not-configured');
    expect(container.querySelector('[data-slot="credentials-panel-credential-rows"]')).toBeNull();
  });

  it('shows status rows, not disabled inputs, while persistence is off (even with onSubmit)', () => {
    const { container } = renderUI(<CredentialsPanel credentials={SHOPIFY_SUISSE_CREDENTIALS} onSubmit={vi.fn()} />);
    expect(container.querySelector('input')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
    expect([...container.querySelectorAll('[data-slot="credentials-panel-credential-row"]')].map((r) => r.textContent)).toEqual(SECTION.slice(3, 6));
  });

  it.each(CREDENTIALS_PANEL_STATE_NAMES)('state %s', (state) => {
    if (state === 'unknown') expectConsole(/CredentialsPanel credentials.clientSecret: expected "configured" or "not_configured"/);
    if (state === 'malformed') expectConsole(/CredentialsPanel credentials: credentials is not an object/);
    const { container } = renderUI(<CredentialsPanel credentials={EXAMPLES[state]} />);
    expect(panel(container)).toHaveAttribute('data-state', dataState(state));
    expect(panel(container)).toHaveAttribute('data-tone', CREDENTIALS_PANEL_STATES[state].tone);
  });

  it('shows configured credentials as configured, never their value', () => {
    const { container } = renderUI(<CredentialsPanel credentials={EXAMPLES.configured} />);
    expect(count(panel(container).textContent!, en.credentials.neverDisplayedAgain)).toBe(1);
    expect(panel(container).textContent).toContain('Client IDconfigured (value never displayed)');
    expect(panel(container).textContent).toContain('Client Secretconfigured (value never displayed)');
  });

  it('says persistence is disabled only while it is', () => {
    const on = makeCredentialState({ persistenceEnabled: true });
    const { container } = renderUI(<CredentialsPanel credentials={on} onSubmit={vi.fn()} />);
    expect(panel(container).textContent).not.toContain(en.credentials.persistenceDisabled);
    expect(panel(container).textContent).toContain('valueDisplayed: false · performsRealAction: false · persistenceEnabled: true');
    expect(panel(container)).toHaveAttribute('data-persistence', 'enabled');
  });

  it('fails closed: a persistence flag that is not literally true stays off', () => {
    const { container } = renderUI(<CredentialsPanel credentials={{ ...SHOPIFY_SUISSE_CREDENTIALS, persistenceEnabled: 'yes' as never }} onSubmit={vi.fn()} />);
    expect(panel(container).textContent).toContain('persistenceEnabled: false');
    expect(panel(container).textContent).toContain(en.credentials.persistenceDisabled);
  });

  it('hands a typed value over with its field, once, and keeps nothing', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    const { container } = renderUI(<CredentialsPanel credentials={makeCredentialState({ persistenceEnabled: true })} onSubmit={onSubmit} />);
    const input = screen.getByLabelText<HTMLInputElement>('Client Secret', { selector: 'input' });
    await user.type(input, SECRET);
    await user.click(screen.getByRole('button', { name: 'Save Client Secret' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onSubmit).toHaveBeenCalledWith('clientSecret', SECRET);
    expect(input.value).toBe('');
    expect(container.innerHTML).not.toContain(SECRET);
  });

  it('never lets an event handler given to the panel see the typed secret (only onSubmit may)', async () => {
    expectConsole(/CredentialsPanel: ignored onInput, onChange, onKeyUp, onKeyDown/);
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    const spies = { onInput: vi.fn(), onChange: vi.fn(), onKeyUp: vi.fn(), onKeyDown: vi.fn() };
    renderUI(<CredentialsPanel credentials={makeCredentialState({ persistenceEnabled: true })} onSubmit={onSubmit} {...(spies as object)} />);
    await user.type(screen.getByLabelText<HTMLInputElement>('Client Secret', { selector: 'input' }), `${SECRET}{Enter}`);
    expect(onSubmit).toHaveBeenCalledExactlyOnceWith('clientSecret', SECRET);
    for (const spy of Object.values(spies)) expect(spy).not.toHaveBeenCalled();
    expect(globalThis.__consoleGuard!.messages().join('\n')).not.toContain(SECRET);
  });

  it('has no input without onSubmit (a value would otherwise be swallowed)', () => {
    const { container } = renderUI(<CredentialsPanel credentials={makeCredentialState({ persistenceEnabled: true })} />);
    expect(container.querySelector('input')).toBeNull();
    expect(panel(container).textContent).not.toContain(en.credentials.persistenceDisabled);
  });

  it('disables the fields when told', () => {
    renderUI(<CredentialsPanel credentials={makeCredentialState({ persistenceEnabled: true })} onSubmit={vi.fn()} disabled />);
    for (const input of screen.getAllByLabelText(/Client (ID|Secret)/, { selector: 'input' })) expect(input).toBeDisabled();
  });

  it('never puts anything but codes and statuses in the DOM, whatever extra the object carries', () => {
    const leaky = { ...SHOPIFY_SUISSE_CREDENTIALS, clientSecretValue: 'sk_live_x', accessToken: 'shpat_leak' } as CredentialState;
    const { container } = renderUI(<CredentialsPanel credentials={leaky} />);
    expect(container.innerHTML).not.toContain('sk_live_x');
    expect(container.innerHTML).not.toContain('shpat_leak');
  });

  it('does not echo an unexpected credential field value (it could be a secret passed by mistake)', () => {
    expectConsole(/`configured` must be a boolean/, /AccessTokenStatus: `cache` must be/);
    const { container } = renderUI(
      <CredentialsPanel
        credentials={makeCredentialState({ persistenceEnabled: true, clientSecret: 'sk_live_oops' as never, accessTokenCache: 'shpat_oops' as never })}
        onSubmit={vi.fn()}
      />,
    );
    expect(container.innerHTML).not.toContain('sk_live_oops');
    expect(container.innerHTML).not.toContain('shpat_oops');
    expect(panel(container).textContent).toContain('Client SecretUnknown (value never displayed)');
    cleanup();
    expectConsole(/CredentialsPanel credentials.clientSecret: expected/);
    const rows = renderUI(<CredentialsPanel credentials={makeCredentialState({ clientSecret: 'sk_live_oops' as never })} />);
    expect(rows.container.innerHTML).not.toContain('sk_live_oops');
    expect(panel(rows.container).textContent).toContain('Client SecretUnknown (value never displayed)');
  });

  it('shows a contained section error for malformed credentials', () => {
    expectConsole(/CredentialsPanel credentials: credentials.checklist is missing/);
    const { container } = renderUI(<CredentialsPanel credentials={{ ...SHOPIFY_SUISSE_CREDENTIALS, checklist: undefined } as never} />);
    expect(screen.getByText(en.common.sectionError)).toBeInTheDocument();
    expect(container.querySelector('input')).toBeNull();
    expect(panel(container).textContent).toContain('persistenceEnabled: false');
  });

  it('renders in French', () => {
    const { container } = renderUI(<CredentialsPanel credentials={SHOPIFY_SUISSE_CREDENTIALS} />, { locale: 'fr' });
    const text = panel(container).textContent!;
    for (const key of ['title', 'subtitle', 'writeOnly', 'neverDisplayedAgain', 'persistenceDisabled'] as const) expect(text).toContain(fr.credentials[key]);
    expect(text).toContain(translate(fr, 'credentials.flagsLine', { persistenceEnabled: 'false' }));
  });

  it('merges className and warns on a bad heading level', () => {
    expectConsole(/CredentialsPanel headingLevel: expected 2, 3 or 4, got 1/);
    const { container } = renderUI(<CredentialsPanel credentials={SHOPIFY_SUISSE_CREDENTIALS} className="mt-2" headingLevel={1 as never} />);
    expect(panel(container)).toHaveClass('mt-2', 'iu:grid');
    expect(screen.getByRole('heading', { level: 2 })).toBeInTheDocument();
  });
});
