import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SourceHeader } from '../../src/components/SourceHeader';
import { fr } from '../../src/locales/fr';
import { makeSource, PROFILE_ESPAGNE, PROFILE_FRANCE, PROFILE_SUISSE, SHOPIFY_ESPAGNE, SHOPIFY_SUISSE, TIKTOK_ADS_FRANCE } from '../../src/fixtures';
import { expectConsole } from '../helpers';
import { renderUI } from '../render';

afterEach(cleanup);

const slot = (container: HTMLElement, name: string) => container.querySelector<HTMLElement>(`[data-slot="${name}"]`)!;
const platformLine = (container: HTMLElement) =>
  `${slot(container, 'source-header-platform').textContent}${slot(container, 'source-header-platform-line').querySelector('[data-slot="health-badge-label"]')!.textContent}`;

describe('SourceHeader', () => {
  it('reproduces seed 004 (TikTok Ads France)', () => {
    const { container } = renderUI(<SourceHeader source={TIKTOK_ADS_FRANCE} profile={PROFILE_FRANCE} />);
    expect(screen.getByRole('heading', { level: 1, name: 'TikTok Ads France' })).toBeInTheDocument();
    expect(platformLine(container)).toBe('TikTok AdsConnected (disabled)');
    expect(slot(container, 'health-badge')).toHaveAttribute('data-state', 'connected-disabled');
    expect(slot(container, 'source-header-profile-line')).toHaveTextContent(/^Profile: Profile France · TikTok Ads$/);
  });

  it.each([
    ['Shopify Suisse', SHOPIFY_SUISSE, PROFILE_SUISSE, 'ShopifyConnected', 'Profile: Profile Suisse · Shopify'],
    ['Expired (Shopify Espagne)', SHOPIFY_ESPAGNE, PROFILE_ESPAGNE, 'ShopifyDisconnected — token expired', 'Profile: Profile Espagne · Shopify'],
  ] as const)('%s: platform, status and profile lines', (_name, source, profile, platform, profileLine) => {
    const { container } = renderUI(<SourceHeader source={source} profile={profile} headingLevel={2} />);
    expect(screen.getByRole('heading', { level: 2, name: source.name })).toBeInTheDocument();
    expect(platformLine(container)).toBe(platform);
    expect(slot(container, 'source-header-profile-line')).toHaveTextContent(profileLine);
  });

  it('shows the raw profileId as Unknown when no profile is given', () => {
    expectConsole(/SourceHeader profile: no profile given for "profile-fr"/);
    const { container } = renderUI(<SourceHeader source={TIKTOK_ADS_FRANCE} />);
    expect(slot(container, 'source-header-profile-line')).toHaveTextContent('Profile: Unknown (profile-fr) · TikTok Ads');
    expect(container.querySelector('[data-slot="source-header"]')).toHaveAttribute('data-profile', 'unknown');
  });

  it('never names a profile that is not the source’s', () => {
    expectConsole(/"profile-ch" is not the profile of source "tiktok-ads-fr"/);
    const { container } = renderUI(<SourceHeader source={TIKTOK_ADS_FRANCE} profile={PROFILE_SUISSE} />);
    expect(container.textContent).not.toContain('Profile Suisse');
    expect(slot(container, 'source-header-profile-line')).toHaveTextContent('Unknown (profile-fr)');
  });

  it('renders the actions slot', () => {
    renderUI(<SourceHeader source={SHOPIFY_SUISSE} profile={PROFILE_SUISSE} actions={<button type="button">Manual sync</button>} />);
    expect(screen.getByRole('button', { name: 'Manual sync' }).closest('[data-slot="source-header-actions"]')).not.toBeNull();
  });

  it('renders in French', () => {
    const { container } = renderUI(<SourceHeader source={TIKTOK_ADS_FRANCE} profile={PROFILE_FRANCE} />, { locale: 'fr' });
    expect(slot(container, 'source-header-profile-line')).toHaveTextContent(`Profil : Profile France · ${fr.platforms.TIKTOK_ADS.label}`);
    expect(screen.getByText(fr.connection.connectedDisabled)).toBeInTheDocument();
  });

  it('renders an unknown platform and status with their raw codes', () => {
    expectConsole(
      /SourceHeader platformId: unknown platform "PINTEREST"/,
      /connectionStatus: unknown status "SUSPENDED"/,
      /platformId: unknown platform "PINTEREST"; using a 24 h/,
    );
    const { container } = renderUI(
      <SourceHeader source={makeSource({ platformId: 'PINTEREST' as never, connectionStatus: 'SUSPENDED' as never })} profile={PROFILE_FRANCE} />,
    );
    expect(slot(container, 'source-header-platform')).toHaveTextContent('Unknown (PINTEREST)');
    expect(slot(container, 'health-badge')).toHaveTextContent('Unknown (SUSPENDED)');
  });
});
