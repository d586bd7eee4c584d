import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Notice, NOTICE_CATALOG, NOTICE_STATES, NOTICE_VARIANTS, NoticeStack } from '../../src/components/Notice';
import { NOTICE_IDS } from '../../src/domain';
import { SCREEN_NOTICES } from '../../src/fixtures';
import { en } from '../../src/i18n';
import { fr } from '../../src/locales/fr';
import { expectConsole } from '../helpers';
import { renderUI } from '../render';
import { lines, seed } from '../seed-files';
import { dataState } from '../../src/internal/dataState';

afterEach(cleanup);

const notices = (root: HTMLElement) => [...root.querySelectorAll<HTMLElement>('[data-slot="notice"]')];

describe('Notice', () => {
  it.each(NOTICE_VARIANTS)('variant %s has its tone, icon, role and an accessible name for the icon', (variant) => {
    renderUI(<Notice variant={variant}>Flag message</Notice>);
    const note = screen.getByRole('note');
    const spec = NOTICE_STATES[variant];
    expect(note).toHaveAttribute('data-state', dataState(variant));
    expect(note).toHaveAttribute('data-tone', spec.tone);
    expect(note.querySelector(`svg[data-icon="${spec.icon}"]`)).not.toBeNull();
    expect(screen.getByRole('img', { name: en.notice.variants[variant] })).toBeInTheDocument();
    expect(note).toHaveTextContent('Flag message');
  });

  it('defaults to info', () => {
    renderUI(<Notice>Plain</Notice>);
    expect(screen.getByRole('note')).toHaveAttribute('data-state', 'info');
    expect(screen.getByRole('img', { name: 'Note' })).toBeInTheDocument();
  });

  it.each(NOTICE_IDS)('notice %s renders its catalog text verbatim, with the variant of its table entry', (id) => {
    renderUI(<Notice noticeId={id} />);
    const note = screen.getByRole('note');
    expect(note.textContent).toBe(en.notices[id]);
    expect(note).toHaveAttribute('data-state', dataState(NOTICE_CATALOG[id].variant));
    expect(note).toHaveAttribute('data-notice-id', id);
  });

  it('maps mock_* to mock, legacy_route to legacy and the others to info', () => {
    expect(Object.fromEntries(NOTICE_IDS.map((id) => [id, NOTICE_CATALOG[id].variant]))).toEqual({
      mock_data: 'mock',
      mock_shell: 'mock',
      mock_settings: 'mock',
      legacy_route: 'legacy',
      shopify_credentials_settings: 'info',
      onboarding_scenario: 'info',
      shopify_onboarding: 'info',
    });
  });

  it('bolds the lead sentence without changing the text', () => {
    renderUI(<Notice noticeId="legacy_route" />);
    const note = screen.getByRole('note');
    expect(note.querySelector('strong')!.textContent).toBe('Legacy route.');
    expect(note.textContent).toBe(en.notices.legacy_route);
  });

  it('lets an explicit variant override the catalog one', () => {
    renderUI(<Notice noticeId="shopify_credentials_settings" variant="warning" />);
    expect(screen.getByRole('note')).toHaveAttribute('data-state', 'warning');
    expect(screen.getByRole('note').textContent).toBe(en.notices.shopify_credentials_settings);
  });

  it('shows a title as a bold lead on the same line', () => {
    renderUI(<Notice noticeId="mock_shell" title="Mock data." />);
    expect(screen.getByRole('note').textContent).toBe(`Mock data. ${en.notices.mock_shell}`);
  });

  it('renders the French legacy-route and Shopify onboarding lines verbatim in fr', () => {
    renderUI(
      <>
        <Notice noticeId="legacy_route" />
        <Notice noticeId="shopify_onboarding" />
      </>,
      { locale: 'fr' },
    );
    const [legacy, shopify] = screen.getAllByRole('note');
    expect(lines(seed('002'))).toContain(legacy!.textContent);
    expect(legacy!.textContent).toBe(fr.notices.legacy_route);
    expect(shopify!.textContent).toBe(fr.notices.shopify_onboarding);
    expect(shopify!.textContent).toBe(
      "Shopify (Dev Dashboard) : identifiants write-only (Client ID + Client Secret → access token temporaire 24h, jamais relus). Scope V1 : read_orders. read_all_orders / read_customers hors V1. Appels réels désactivés par défaut. Détail et actions preview sur la page d'une source Shopify connectée.",
    );
  });

  it('renders a notice in another language than the page, marked with lang (seed 002 on an English page)', () => {
    renderUI(<Notice noticeId="legacy_route" contentLocale="fr" />);
    const note = screen.getByRole('note');
    expect(note.textContent).toBe(lines(seed('002'))[0]);
    expect(note.querySelector('[data-slot="notice-text"]')).toHaveAttribute('lang', 'fr');
    expect(screen.getByRole('img', { name: 'Legacy route' })).toBeInTheDocument();
  });

  it('renders an unknown notice id neutral with its raw id, and warns once', () => {
    expectConsole(/Notice noticeId: unknown notice "maintenance_window"/);
    renderUI(<Notice noticeId="maintenance_window" />);
    const note = screen.getByRole('note');
    expect(note).toHaveAttribute('data-state', 'unknown');
    expect(note).toHaveAttribute('data-tone', 'neutral');
    expect(note).toHaveAttribute('data-raw-id', 'maintenance_window');
    expect(note.textContent).toBe('Unknown (maintenance_window)');
  });

  it('falls back on an unknown variant and locale with a warning', () => {
    expectConsole(/Notice variant: unknown variant "loud"/, /Notice contentLocale: no catalog for "de"/);
    renderUI(<Notice variant={'loud' as never} noticeId="mock_data" contentLocale={'de' as never} />);
    expect(screen.getByRole('note')).toHaveAttribute('data-state', 'mock');
    expect(screen.getByRole('note').textContent).toBe(en.notices.mock_data);
  });

  it('merges className onto the root', () => {
    renderUI(<Notice className="mt-4">x</Notice>);
    expect(screen.getByRole('note')).toHaveClass('mt-4', 'iu:rounded-ui');
  });
});

describe('NoticeStack', () => {
  it('joins "Mock data." and the mock shell into one banner, as seeds 001/003/004 show it', () => {
    const { container } = renderUI(<NoticeStack ids={SCREEN_NOTICES.sourceDetail} />);
    const list = notices(container);
    expect(list).toHaveLength(1);
    expect(list[0]).toHaveAttribute('data-state', 'mock');
    const line = list[0]!.textContent!;
    expect(line).toBe(`${en.notices.mock_data} ${en.notices.mock_shell}`);
    for (const prefix of ['001', '003', '004']) expect(lines(seed(prefix))).toContain(line);
  });

  it('renders the seed 000 notices (the French onboarding line in fr)', () => {
    const { container } = renderUI(<NoticeStack ids={SCREEN_NOTICES.addSource} />);
    const text = seed('000');
    expect(notices(container).map((n) => n.textContent)).toEqual([en.notices.onboarding_scenario, en.notices.mock_shell, en.notices.shopify_onboarding]);
    expect(lines(text)).toContain(en.notices.onboarding_scenario);
    expect(lines(text)).toContain(en.notices.mock_shell);
    cleanup();
    const fr = renderUI(<NoticeStack ids={SCREEN_NOTICES.addSource} contentLocales={{ shopify_onboarding: 'fr' }} />);
    const shopify = notices(fr.container)[2]!;
    // The seed's text render drops the space between two spans: "read_orders.read_all_orders".
    expect(lines(text)).toContain(shopify.textContent!.replace('read_orders. read_all_orders', 'read_orders.read_all_orders'));
    expect(shopify.querySelector('[lang="fr"]')).not.toBeNull();
  });

  it('renders the seed 002 notices line for line (legacy route in French on an English page)', () => {
    const { container } = renderUI(<NoticeStack ids={SCREEN_NOTICES.integrationsSettings} contentLocales={{ legacy_route: 'fr' }} />);
    const rendered = notices(container).map((n) => n.textContent);
    expect(rendered).toEqual(lines(seed('002')).slice(0, 3));
    expect(notices(container).map((n) => n.getAttribute('data-state'))).toEqual(['legacy', 'mock', 'info']);
  });

  it('keeps separate banners when the lead-only notice is last or followed by another variant', () => {
    const { container } = renderUI(<NoticeStack ids={['legacy_route', 'mock_data']} />);
    expect(notices(container).map((n) => n.textContent)).toEqual([en.notices.legacy_route, en.notices.mock_data]);
    cleanup();
    const other = renderUI(<NoticeStack ids={['mock_data', 'shopify_onboarding']} />);
    expect(notices(other.container)).toHaveLength(2);
  });

  it('joins in French too', () => {
    const { container } = renderUI(<NoticeStack ids={SCREEN_NOTICES.sourceDetail} />, { locale: 'fr' });
    expect(notices(container)[0]!.textContent).toBe(`${fr.notices.mock_data} ${fr.notices.mock_shell}`);
  });

  it('renders nothing for an empty list and survives bad input', () => {
    const { container } = renderUI(<NoticeStack ids={[]} />);
    expect(container.querySelector('[data-slot="notice-stack"]')).toBeNull();
    cleanup();
    expectConsole(/NoticeStack ids: expected an array/, /unknown notice "nope"/);
    const bad = renderUI(<NoticeStack ids={'mock_data' as never} />);
    expect(bad.container.querySelector('[data-slot="notice"]')).toBeNull();
    cleanup();
    const unknown = renderUI(<NoticeStack ids={['mock_data', 'nope' as never]} />);
    expect(notices(unknown.container).map((n) => n.textContent)).toEqual([en.notices.mock_data, 'Unknown (nope)']);
  });
});
