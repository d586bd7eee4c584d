import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CHECKLIST_STATUS_STATES,
  CREDENTIAL_READINESS_STATE_NAMES,
  CREDENTIAL_READINESS_STATES,
  CredentialReadiness,
  SCOPE_POLICY_STATES,
  type CredentialReadinessState,
} from '../../src/components/CredentialReadiness';
import { CREDENTIAL_CHECKLIST_ITEMS, type CredentialState } from '../../src/domain';
import { makeCredentialState, SHOPIFY_SUISSE_CREDENTIALS } from '../../src/fixtures';
import { en } from '../../src/i18n';
import { fr } from '../../src/locales/fr';
import { expectConsole } from '../helpers';
import { renderUI } from '../render';
import { lines, seed } from '../seed-files';
import { dataState } from '../../src/internal/dataState';

afterEach(cleanup);

const seedLines = lines(seed('001')).map((l) => l.replace(/^• /, ''));
/** Seed 001's readiness section: from its title to the line before "Health". */
const SECTION = seedLines.slice(seedLines.indexOf(en.readiness.title), seedLines.indexOf(en.health.title));

const checklist = (status: (id: (typeof CREDENTIAL_CHECKLIST_ITEMS)[number]) => 'todo' | 'ok') =>
  CREDENTIAL_CHECKLIST_ITEMS.map((id) => ({ id, status: status(id) }));

const EXAMPLES: Record<CredentialReadinessState, CredentialState> = {
  SECRET_REFS_MISSING: SHOPIFY_SUISSE_CREDENTIALS,
  SECRET_MANAGER_MISSING: makeCredentialState({
    clientId: 'configured',
    clientSecret: 'configured',
    readiness: 'SECRET_MANAGER_MISSING',
    checklist: checklist((id) => (id === 'secret_manager' || id === 'exchange_flags' ? 'todo' : 'ok')),
  }),
  EXCHANGE_DISABLED: makeCredentialState({
    clientId: 'configured',
    clientSecret: 'configured',
    readiness: 'EXCHANGE_DISABLED',
    checklist: checklist((id) => (id === 'exchange_flags' ? 'todo' : 'ok')),
  }),
  READY: makeCredentialState({ clientId: 'configured', clientSecret: 'configured', readiness: 'READY', checklist: checklist(() => 'ok') }),
  unknown: { ...SHOPIFY_SUISSE_CREDENTIALS, readiness: 'SECRET_ROTATION_DUE' as never },
};

const root = (container: HTMLElement) => container.querySelector<HTMLElement>('[data-slot="credential-readiness"]')!;
const texts = (container: HTMLElement, slot: string) => [...container.querySelectorAll(`[data-slot="${slot}"]`)].map((e) => e.textContent);

describe('CredentialReadiness', () => {
  it('renders seed 001 line for line with the readiness texts in French on an English page', () => {
    const { container } = renderUI(<CredentialReadiness credentials={SHOPIFY_SUISSE_CREDENTIALS} contentLocale="fr" />);
    expect(SECTION).toHaveLength(17);
    expect(root(container).textContent).toBe(SECTION.join(''));
    expect(container.querySelector('[data-slot="credential-readiness-state"]')!.textContent).toBe(
      'Readiness: Références de secrets manquantes SECRET_REFS_MISSING',
    );
    expect(texts(container, 'credential-readiness-checklist-item')).toEqual(SECTION.slice(7, 13));
    expect(container.querySelector('[data-slot="credential-readiness-label"]')).toHaveAttribute('lang', 'fr');
  });

  it('renders the English lines of seed 001 verbatim in en', () => {
    const { container } = renderUI(<CredentialReadiness credentials={SHOPIFY_SUISSE_CREDENTIALS} />);
    const text = root(container).textContent!;
    for (const line of [
      'Shopify credentials — readiness',
      'No secret value is displayed. Real Shopify calls are disabled by default. This view is a preview.',
      'Real Shopify exchange is disabled (feature flags OFF by default).',
      'Access token cache (memory): inactive (token value never shown)',
      'Scopes: read_orders (V1 minimal) · read_all_orders out of V1 · read_customers forbidden · PII Level 2 forbidden',
      'Checklist',
      'Source Health',
      'Data Quality (preview)',
    ]) {
      expect(SECTION).toContain(line);
      expect(text).toContain(line);
    }
    expect(container.querySelector('[data-slot="credential-readiness-state"]')!.textContent).toBe('Readiness: Secret references missing SECRET_REFS_MISSING');
    expect(texts(container, 'credential-readiness-checklist-item')[0]).toBe('To do Client ID reference present');
    expect(texts(container, 'credential-readiness-flag')).toEqual(['credential_missingShopify credentials not configured.blocking']);
  });

  it('renders the French readiness, checklist and flag lines verbatim in fr', () => {
    const { container } = renderUI(<CredentialReadiness credentials={SHOPIFY_SUISSE_CREDENTIALS} />, { locale: 'fr' });
    expect(container.querySelector('[data-slot="credential-readiness-state"]')!.textContent).toBe(
      'Préparation : Références de secrets manquantes SECRET_REFS_MISSING',
    );
    const items = texts(container, 'credential-readiness-checklist-item');
    expect(items.map((t) => t!.replace(/^(À faire|OK) /, ''))).toEqual([
      'Référence Client ID présente',
      'Référence Client Secret présente',
      'Secret manager (Infisical) configuré',
      'Scopes V1 (read_orders) couverts, aucun scope interdit',
      "Flags d'échange réel activés (staging)",
      'Plan adapté à la production multi-client (Pro)',
    ]);
    expect(texts(container, 'credential-readiness-health')).toEqual([
      'SECRET_REFS_MISSINGRéférences de secrets manquantesSaisir Client ID / Client Secret (write-only) pour créer les références.',
    ]);
    expect(texts(container, 'credential-readiness-flag')).toEqual(['credential_missingIdentifiants Shopify non configurés.blocking']);
    for (const line of [...texts(container, 'credential-readiness-health'), ...texts(container, 'credential-readiness-flag')]) expect(SECTION).toContain(line);
    expect(root(container).textContent).toContain(fr.readiness.dataQualityTitle);
    expect(container.querySelector('[lang]')).toBeNull();
  });

  it.each(CREDENTIAL_READINESS_STATE_NAMES)('state %s: label, code, tone and icon', (state) => {
    if (state === 'unknown') expectConsole(/CredentialReadiness readiness: unknown readiness code "SECRET_ROTATION_DUE"/);
    const { container } = renderUI(<CredentialReadiness credentials={EXAMPLES[state]} />);
    const spec = CREDENTIAL_READINESS_STATES[state];
    const line = container.querySelector('[data-slot="credential-readiness-state"]')!;
    expect(root(container)).toHaveAttribute('data-state', dataState(state));
    expect(line).toHaveAttribute('data-tone', spec.tone);
    expect(line.querySelector(`svg[data-icon="${spec.icon}"]`)).not.toBeNull();
    if (state === 'unknown') {
      expect(line.textContent).toBe('Readiness: Unknown (SECRET_ROTATION_DUE)');
      expect(texts(container, 'credential-readiness-health')).toEqual(['SECRET_ROTATION_DUEUnknown']);
    } else {
      expect(line.textContent).toBe(`Readiness: ${en.readiness.codes[state].label} ${state}`);
      expect(texts(container, 'credential-readiness-health')).toEqual([`${state}${en.readiness.codes[state].label}${en.readiness.codes[state].action}`]);
    }
  });

  it('makes READY a success and every other code a warning', () => {
    expect(Object.fromEntries(CREDENTIAL_READINESS_STATE_NAMES.map((s) => [s, CREDENTIAL_READINESS_STATES[s].tone]))).toEqual({
      SECRET_REFS_MISSING: 'warning',
      SECRET_MANAGER_MISSING: 'warning',
      EXCHANGE_DISABLED: 'warning',
      READY: 'success',
      unknown: 'neutral',
    });
  });

  it('says the real exchange is disabled only while its checklist item is not OK', () => {
    const { container } = renderUI(<CredentialReadiness credentials={EXAMPLES.READY} />);
    expect(root(container).textContent).not.toContain(en.readiness.exchangeDisabled);
    expect(texts(container, 'credential-readiness-checklist-item').every((t) => t!.startsWith('OK '))).toBe(true);
    expect(texts(container, 'credential-readiness-flag')).toEqual([]);
    expect(screen.getByText(en.dataQuality.noAlerts)).toBeInTheDocument();
    cleanup();
    const disabled = renderUI(<CredentialReadiness credentials={EXAMPLES.EXCHANGE_DISABLED} />);
    expect(root(disabled.container).textContent).toContain(en.readiness.exchangeDisabled);
  });

  it('shows the token cache state', () => {
    const { container } = renderUI(<CredentialReadiness credentials={makeCredentialState({ accessTokenCache: 'active' })} />);
    expect(texts(container, 'credential-readiness-token-cache')).toEqual(['Access token cache (memory): active (token value never shown)']);
  });

  it('marks forbidden scopes critical with an icon, and names the scope list', () => {
    const { container } = renderUI(<CredentialReadiness credentials={SHOPIFY_SUISSE_CREDENTIALS} />);
    const scopes = [...container.querySelectorAll('[data-slot="credential-readiness-scope"]')];
    expect(scopes.map((s) => s.getAttribute('data-state'))).toEqual(['v1-minimal', 'out-of-v1', 'forbidden', 'forbidden']);
    for (const scope of scopes.slice(2)) {
      expect(scope).toHaveAttribute('data-tone', SCOPE_POLICY_STATES.forbidden.tone);
      expect(scope.querySelector('svg[data-icon="ban"]')).not.toBeNull();
    }
    expect(screen.getByRole('list', { name: 'Scopes:' })).toBeInTheDocument();
  });

  it('gives each checklist status an icon and text, and names the lists after their headings', () => {
    const { container } = renderUI(<CredentialReadiness credentials={SHOPIFY_SUISSE_CREDENTIALS} />);
    const statuses = [...container.querySelectorAll('[data-slot="credential-readiness-checklist-status"]')];
    expect(statuses.map((s) => s.textContent)).toEqual(['To do', 'To do', 'To do', 'OK', 'To do', 'OK']);
    expect(statuses[0]!.querySelector(`svg[data-icon="${CHECKLIST_STATUS_STATES.todo.icon}"]`)).not.toBeNull();
    expect(statuses[3]!.querySelector(`svg[data-icon="${CHECKLIST_STATUS_STATES.ok.icon}"]`)).not.toBeNull();
    expect(screen.getByRole('list', { name: 'Checklist' }).children).toHaveLength(6);
    expect(screen.getByRole('list', { name: 'Source Health' })).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Data Quality (preview)' })).toBeInTheDocument();
  });

  it.each([2, 3, 4] as const)('title at level %i, sub-sections one below', (level) => {
    renderUI(<CredentialReadiness credentials={SHOPIFY_SUISSE_CREDENTIALS} headingLevel={level} />);
    expect(screen.getByRole('heading', { level })).toHaveTextContent(en.readiness.title);
    expect(screen.getAllByRole('heading', { level: level + 1 }).map((h) => h.textContent)).toEqual(['Checklist', 'Source Health', 'Data Quality (preview)']);
  });

  it('never puts a secret in the DOM, whatever extra the object carries', () => {
    const leaky = { ...SHOPIFY_SUISSE_CREDENTIALS, clientSecretValue: 'sk_live_x', accessToken: 'shpat_leak' } as CredentialState;
    const { container } = renderUI(<CredentialReadiness credentials={leaky} />);
    expect(container.innerHTML).not.toContain('sk_live_x');
    expect(container.innerHTML).not.toContain('shpat_leak');
    expect(container.innerHTML).not.toContain(SHOPIFY_SUISSE_CREDENTIALS.sourceId);
  });

  it('does not echo an unexpected token cache value (it could be a token passed by mistake)', () => {
    expectConsole(/CredentialReadiness accessTokenCache: expected "inactive" or "active"/);
    const { container } = renderUI(<CredentialReadiness credentials={makeCredentialState({ accessTokenCache: 'shpat_oops' as never })} />);
    expect(container.innerHTML).not.toContain('shpat_oops');
    expect(texts(container, 'credential-readiness-token-cache')).toEqual(['Access token cache (memory): Unknown (token value never shown)']);
  });

  it('renders unknown checklist statuses, items and scope policies as Unknown with the raw value, and warns', () => {
    expectConsole(
      /checklist\[0\]\.status: unknown status "maybe"/,
      /checklist\[1\]\.id: unknown checklist item "pentest_done"/,
      /scopes\[0\]\.policy: unknown policy "tolerated"/,
    );
    const credentials = makeCredentialState({
      checklist: [
        { id: 'client_id_ref', status: 'maybe' as never },
        { id: 'pentest_done' as never, status: 'ok' },
      ],
      scopes: [{ scope: 'write_orders', policy: 'tolerated' as never }],
    });
    const { container } = renderUI(<CredentialReadiness credentials={credentials} />);
    expect(texts(container, 'credential-readiness-checklist-item')).toEqual(['Unknown (maybe) Client ID reference present', 'OK pentest_done']);
    expect(container.querySelector('[data-slot="credential-readiness-checklist-item"]')).toHaveAttribute('data-state', 'unknown');
    expect(texts(container, 'credential-readiness-scope')).toEqual(['write_orders Unknown (tolerated)']);
  });

  it('survives empty lists and a malformed object', () => {
    const { container } = renderUI(<CredentialReadiness credentials={makeCredentialState({ checklist: [], scopes: [] })} />);
    expect(screen.getByText(en.readiness.checklistEmpty)).toBeInTheDocument();
    expect(screen.getByText(en.readiness.scopesEmpty)).toBeInTheDocument();
    // No checklist at all: the real exchange is not known to be on, so it stays reported off.
    expect(root(container).textContent).toContain(en.readiness.exchangeDisabled);
    cleanup();
    expectConsole(/CredentialReadiness credentials: credentials is not an object/);
    renderUI(<CredentialReadiness credentials={undefined as never} />);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(en.readiness.title);
    expect(screen.getByText(en.common.sectionError)).toBeInTheDocument();
  });

  it('warns on a bad contentLocale and heading level, and merges className', () => {
    expectConsole(/contentLocale: no catalog for "de"/, /headingLevel: expected 2, 3 or 4, got 6/);
    const { container } = renderUI(
      <CredentialReadiness credentials={SHOPIFY_SUISSE_CREDENTIALS} contentLocale={'de' as never} headingLevel={6 as never} className="mt-3" />,
    );
    expect(root(container)).toHaveClass('mt-3', 'iu:grid');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(en.readiness.title);
    expect(container.querySelector('[data-slot="credential-readiness-state"]')!.textContent).toBe('Readiness: Secret references missing SECRET_REFS_MISSING');
  });
});
