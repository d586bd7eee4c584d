import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SourceConnection } from '../../src/domain';
import { en } from '../../src/i18n';
import {
  CREDENTIAL_ACTIONS,
  EXTERNAL_ACCOUNTS,
  FOREIGN_ACCOUNTS,
  FOREIGN_SOURCE,
  SHOPIFY_ESPAGNE,
  SHOPIFY_SUISSE,
  SHOPIFY_SUISSE_CREDENTIALS,
  SOURCES,
  SYNC_RUNS,
  TIKTOK_ADS_FRANCE,
  sourceDetailScreen,
} from '../../src/fixtures';
import { SourceDetailPage, type SourceDetailPageProps } from '../../src/patterns';
import { sectionErrors } from '../dom-queries';
import { expectConsole } from '../helpers';
import { renderUI } from '../render';

afterEach(cleanup);

/** The screen's data without credentials (tests add them where they matter), with a foreign profile's accounts mixed in. */
const base = (source: SourceConnection): SourceDetailPageProps => ({
  ...sourceDetailScreen(source),
  credentials: undefined,
  credentialActions: [],
  accounts: [...EXTERNAL_ACCOUNTS, ...FOREIGN_ACCOUNTS],
});

describe('SourceDetailPage', () => {
  it.each(SOURCES.map((s) => [s.name, s] as const))('%s: renders every section with only its own runs and accounts', (_name, source) => {
    const { container } = renderUI(<SourceDetailPage {...base(source)} />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(source.name);
    for (const title of [en.health.title, en.technical.title, en.sourceActions.title, en.dataQuality.title, en.syncHistory.title, en.accounts.title]) {
      expect(screen.getByRole('heading', { name: title })).toBeInTheDocument();
    }
    const runRows = container.querySelectorAll('[data-slot="sync-history-table"] tbody tr');
    const ownRuns = SYNC_RUNS.filter((r) => r.sourceId === source.id).length;
    expect(runRows.length).toBe(ownRuns);
    if (ownRuns === 0) expect(container).toHaveTextContent(en.syncHistory.empty);
    for (const foreign of FOREIGN_ACCOUNTS) expect(container).not.toHaveTextContent(foreign.name);
    // Raw external refs never reach the DOM, attributes included.
    for (const account of EXTERNAL_ACCOUNTS) expect(container.innerHTML).not.toContain(account.externalRef);
  });

  it('shows credentials and readiness only for a source that has them, never a secret value', () => {
    const secret = 'sk_live_never_shown';
    const { container } = renderUI(
      <SourceDetailPage
        {...base(SHOPIFY_SUISSE)}
        credentials={{ ...SHOPIFY_SUISSE_CREDENTIALS, clientSecretValue: secret } as never}
        credentialActions={CREDENTIAL_ACTIONS}
      />,
    );
    expect(screen.getByRole('heading', { name: en.credentials.title })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: en.readiness.title })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: en.credentialActions.title })).toBeInTheDocument();
    expect(container.innerHTML).not.toContain(secret);
    cleanup();
    renderUI(<SourceDetailPage {...base(TIKTOK_ADS_FRANCE)} />);
    expect(screen.queryByRole('heading', { name: en.credentials.title })).toBeNull();
    expect(screen.queryByRole('heading', { name: en.credentialActions.title })).toBeNull();
  });

  it('previews an action: reports it, says nothing was executed', async () => {
    const user = userEvent.setup();
    const onPreviewAction = vi.fn();
    renderUI(<SourceDetailPage {...base(SHOPIFY_ESPAGNE)} onPreviewAction={onPreviewAction} />);
    const button = screen.getByRole('button', { name: /"Reconnect"/ });
    await user.click(button);
    expect(onPreviewAction).toHaveBeenCalledWith(expect.objectContaining({ id: 'reconnect' }), 'source');
    // Under the pressed action, in its row; nowhere else.
    const confirmation = button
      .closest('[data-slot="action-preview-list-item"]')!
      .querySelector('[role="status"][data-slot="action-preview-list-confirmation"]');
    expect(confirmation).toHaveTextContent('Previewed “Reconnect” on “Shopify Espagne”: nothing was executed.');
    expect(document.querySelectorAll('[data-slot="action-preview-list-confirmation"][data-state="shown"]')).toHaveLength(1);
  });

  it('the body alone (seed 003) has no header', () => {
    renderUI(<SourceDetailPage {...base(TIKTOK_ADS_FRANCE)} showHeader={false} />);
    expect(screen.queryByRole('heading', { level: 1 })).toBeNull();
    expect(screen.getByRole('heading', { name: en.health.title })).toBeInTheDocument();
  });

  it('fails closed on a source outside the authorized profiles: nothing of it, not even its name', () => {
    const { container } = renderUI(<SourceDetailPage {...base(FOREIGN_SOURCE)} />);
    expect(container).toHaveTextContent(en.patterns.detail.notAuthorized);
    expect(container).not.toHaveTextContent(FOREIGN_SOURCE.name);
    expect(screen.queryByRole('heading', { name: en.technical.title })).toBeNull();
  });

  it('contains malformed sync runs to their section', () => {
    expectConsole(/syncRuns is not an array/);
    renderUI(<SourceDetailPage {...base(SHOPIFY_SUISSE)} syncRuns={{ rows: [] } as never} />);
    expect(sectionErrors(document)).toHaveLength(1);
    expect(sectionErrors(document)[0]).toHaveTextContent(en.syncHistory.title);
    expect(screen.getByRole('heading', { name: en.accounts.title })).toBeInTheDocument();
  });

  it('contains malformed accounts to their section', () => {
    expectConsole(/accounts\[0\]\.externalRef is missing/);
    renderUI(<SourceDetailPage {...base(SHOPIFY_SUISSE)} accounts={[{ ...EXTERNAL_ACCOUNTS[0]!, externalRef: 42 }] as never} />);
    expect(sectionErrors(document)).toHaveLength(1);
    expect(sectionErrors(document)[0]).toHaveTextContent(en.accounts.title);
  });

  it('a malformed source shows one contained error and nothing of the source', () => {
    expectConsole(/source\.technical is missing/);
    renderUI(<SourceDetailPage {...base({ ...SHOPIFY_SUISSE, technical: null } as never)} />);
    expect(sectionErrors(document)).toHaveLength(1);
    expect(screen.queryByRole('heading', { name: en.health.title })).toBeNull();
  });

  it('its sections keep the seed order', () => {
    renderUI(<SourceDetailPage {...base(SHOPIFY_SUISSE)} credentials={SHOPIFY_SUISSE_CREDENTIALS} credentialActions={CREDENTIAL_ACTIONS} />);
    const headings = within(document.body)
      .getAllByRole('heading', { level: 2 })
      .map((h) => h.textContent);
    expect(headings).toEqual([
      en.credentials.title,
      en.readiness.title,
      en.health.title,
      en.technical.title,
      en.sourceActions.title,
      en.credentialActions.title,
      en.dataQuality.title,
      en.syncHistory.title,
      en.accounts.title,
    ]);
  });
});
