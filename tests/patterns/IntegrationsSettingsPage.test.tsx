import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { en } from '../../src/i18n';
import { fr } from '../../src/locales/fr';
import { FOREIGN_SOURCE, SETTINGS_SCREEN, SOURCES } from '../../src/fixtures';
import { IntegrationsSettingsPage, type IntegrationsSettingsPageProps } from '../../src/patterns';
import { sectionErrors } from '../dom-queries';
import { expectConsole } from '../helpers';
import { renderUI } from '../render';

afterEach(cleanup);

const props: IntegrationsSettingsPageProps = SETTINGS_SCREEN;

describe('IntegrationsSettingsPage', () => {
  it("has seed 002's sections in order", () => {
    renderUI(<IntegrationsSettingsPage {...props} />);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      en.sourceTable.caption,
      en.patterns.settings.syncStatus,
      en.health.sourceHealth,
      en.patterns.settings.dataFreshness,
      en.dataQuality.alertsTitle,
      en.guardrails.title,
    ]);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(en.patterns.settings.title);
  });

  it('shows one banner per open flag, most recent order of the seed', () => {
    const { container } = renderUI(<IntegrationsSettingsPage {...props} />);
    const banners = [...container.querySelectorAll('[data-slot="notice"]')]
      .map((n) => n.textContent)
      .filter((text) => Object.values(en.flags).some((m) => text?.includes(m)));
    expect(banners).toEqual(
      [
        en.flags.schema_changed,
        en.flags.mapping_unconfirmed,
        en.flags.source_stale,
        en.flags.permission_missing,
        en.flags.source_disconnected,
        en.flags.source_expired,
      ].map((m) => expect.stringContaining(m)),
    );
  });

  it('never shows a source of another profile, in any section', () => {
    const { container } = renderUI(<IntegrationsSettingsPage {...props} sources={[...SOURCES, FOREIGN_SOURCE]} />);
    expect(container).not.toHaveTextContent(FOREIGN_SOURCE.name);
    expect(container.querySelector('[data-slot="source-table-count"]')).toHaveTextContent('10 of 10 sources');
  });

  it('counts only the authorized profiles’ sources', () => {
    const { container } = renderUI(<IntegrationsSettingsPage {...props} authorizedProfileIds={['profile-es']} />);
    expect(container).toHaveTextContent('Shopify Espagne');
    expect(container).not.toHaveTextContent('Shopify France');
    expect(container.querySelector('[data-slot="source-table-count"]')).toHaveTextContent('1 of 1 sources');
  });

  it('reports "View details" with the source', async () => {
    const user = userEvent.setup();
    const onOpenSource = vi.fn();
    renderUI(<IntegrationsSettingsPage {...props} onOpenSource={onOpenSource} />);
    await user.click(screen.getByRole('button', { name: 'View details of GA4 Suisse' }));
    expect(onOpenSource).toHaveBeenCalledWith(expect.objectContaining({ id: 'ga4-ch' }));
  });

  it('passes renderDetailsLink to the sources table: "View details" is the app’s link', () => {
    renderUI(<IntegrationsSettingsPage {...props} renderDetailsLink={(source) => <a href={`#/sources/${source.id}`} />} />);
    const link = screen.getByRole('link', { name: 'View details of GA4 Suisse' });
    expect(link).toHaveAttribute('href', '#/sources/ga4-ch');
    expect(screen.queryByRole('button', { name: /^View details of / })).toBeNull();
  });

  it('malformed sources: the five source sections show a contained error; notices and guardrails render', () => {
    expectConsole(/sources\[1\]\.enabled is missing/);
    const { container } = renderUI(<IntegrationsSettingsPage {...props} sources={[SOURCES[0]!, { ...SOURCES[1]!, enabled: 'yes' } as never]} />);
    expect(sectionErrors(document)).toHaveLength(5);
    expect(container).toHaveTextContent(en.notices.legacy_route);
    expect(container).toHaveTextContent(en.guardrails.settings.no_raw_no_secrets);
  });

  it('renders in French, the legacy-route notice verbatim', () => {
    const { container } = renderUI(<IntegrationsSettingsPage {...props} />, { locale: 'fr' });
    expect(container).toHaveTextContent(fr.notices.legacy_route);
    expect(screen.getByRole('heading', { name: fr.patterns.settings.syncStatus })).toBeInTheDocument();
  });
});
