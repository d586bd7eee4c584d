import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PLATFORM_LIFECYCLE_STATE_NAMES, PLATFORM_LIFECYCLE_STATES, PlatformCard, PlatformPicker } from '../../src/components/PlatformPicker';
import type { Platform, PlatformId } from '../../src/domain';
import { en } from '../../src/i18n';
import { fr } from '../../src/locales/fr';
import { platformById, PLATFORMS } from '../../src/fixtures';
import { expectConsole } from '../helpers';
import { messageAt } from '../messages';
import { renderUI } from '../render';
import { dataState } from '../../src/internal/dataState';

afterEach(cleanup);

const platform = (id: PlatformId) => platformById(id)!;
const slot = (root: ParentNode, name: string) => root.querySelector(`[data-slot="${name}"]`);

/** Seed 000 "Choose platform", verbatim: header line, capabilities line, notes, risks line (null when absent). */
const SEED: Record<PlatformId, { header: string; capabilities: string; notes: string[]; risks: string | null }> = {
  SHOPIFY: {
    header: 'Shopify P0 active',
    capabilities: 'Capabilities: business_revenue, orders, refunds, source_health, data_freshness',
    notes: [
      'Connection via client credentials grant — client_id + client_secret → temporary 24h access token (PATCH-011)',
      'Durable secret = Client ID + Client Secret; access token temporary (not a permanent token)',
      'No Shopify user OAuth / install flow V1',
      'api_version_target provisional 2026-04',
      '2026-07 monitored only — not a stable target',
      'REST legacy not recommended (GraphQL preferred)',
      'read_orders only; read_all_orders out of V1; read_customers forbidden; PII Level 2 forbidden',
      'Gift cards / inventory transfers out of V1',
    ],
    risks: 'Risks: protected_customer_data, rest_legacy_deprecated, api_version_change, oauth_token_expiry',
  },
  GA4: {
    header: 'Google Analytics 4 P0 active',
    capabilities: 'Capabilities: sessions, source_health, data_freshness',
    notes: ['GA4 purchaseRevenue is indicative, never business revenue', 'Freshness 24-48h; possible sampling/thresholding'],
    risks: 'Risks: ga4_sampling, ga4_freshness',
  },
  GOOGLE_ADS: {
    header: 'Google Ads P0 active',
    capabilities: 'Capabilities: ad_spend, campaign_spend, platform_conversions, platform_conversion_value, source_health, data_freshness',
    notes: ['Platform conversions never equal Shopify orders', 'Conversion value never revenue_business', 'cost in micros — convert carefully'],
    risks: 'Risks: platform_conversions_not_orders, conversion_value_not_revenue',
  },
  META_ADS: {
    header: 'Meta Ads P0 active',
    capabilities: 'Capabilities: ad_spend, campaign_spend, platform_conversions, platform_conversion_value, source_health, data_freshness',
    notes: [
      'Platform attributed value never revenue_business',
      'Paid (ads) vs organic clearly distinguished',
      'action_type to fix before trusting conversions',
    ],
    risks: 'Risks: meta_app_review, meta_business_verification, conversion_value_not_revenue',
  },
  TIKTOK_ADS: {
    header: 'TikTok Ads P2 blockednot widget eligible',
    capabilities: 'Capabilities: field_mapping_check, source_health',
    notes: ['Mapping unconfirmed — no widget-eligible metrics V1', 'Disabled until field_mapping_check validated (DEC-06)'],
    risks: 'Risks: tiktok_mapping_unconfirmed',
  },
  TIKTOK_ORGANIC: {
    header: 'TikTok Organic P2 plannednot widget eligible',
    capabilities: 'Capabilities: source_health',
    notes: ['No content posting V1', 'Limited analytics (confirmed counters only)'],
    risks: null,
  },
};

describe('PlatformCard', () => {
  it.each(PLATFORMS.map((p) => p.id))('%s shows its seed 000 block verbatim', (id) => {
    const { container } = renderUI(<PlatformCard platform={platform(id)} />);
    const seed = SEED[id];
    expect(slot(container, 'platform-card-header')!.textContent).toBe(seed.header);
    expect(slot(container, 'platform-card-capabilities')!.textContent).toBe(seed.capabilities);
    expect([...container.querySelectorAll('[data-slot="platform-card-notes"] li')].map((li) => li.textContent)).toEqual(seed.notes);
    expect(slot(container, 'platform-card-risks')?.textContent ?? null).toBe(seed.risks);
  });

  it.each(PLATFORM_LIFECYCLE_STATE_NAMES.filter((s) => s !== 'unknown'))('lifecycle %s shows its label, tone and icon', (lifecycle) => {
    const { container } = renderUI(<PlatformCard platform={{ ...platform('SHOPIFY'), lifecycle }} />);
    const badge = slot(container, 'platform-card-lifecycle')!;
    expect(badge.textContent).toBe(messageAt(PLATFORM_LIFECYCLE_STATES[lifecycle].label, en));
    expect(badge).toHaveAttribute('data-tone', PLATFORM_LIFECYCLE_STATES[lifecycle].tone);
    expect(badge.querySelector('svg[aria-hidden="true"]')).not.toBeNull();
    expect(slot(container, 'platform-card')).toHaveAttribute('data-state', dataState(lifecycle));
  });

  it('blocked and planned platforms give their reason; active ones none', () => {
    const { container, rerender } = renderUI(<PlatformCard platform={platform('TIKTOK_ADS')} />);
    expect(slot(container, 'platform-card-reason')!.textContent).toBe('Blocked (DEC-06): cannot be chosen.');
    rerender(<PlatformCard platform={platform('TIKTOK_ORGANIC')} />);
    expect(slot(container, 'platform-card-reason')!.textContent).toBe(en.platformCard.plannedReason);
    rerender(<PlatformCard platform={platform('SHOPIFY')} />);
    expect(slot(container, 'platform-card-reason')).toBeNull();
    rerender(<PlatformCard platform={{ ...platform('TIKTOK_ADS'), blockedBy: undefined }} />);
    expect(slot(container, 'platform-card-reason')!.textContent).toBe(en.platformCard.blockedReasonGeneric);
  });

  it('says when a platform is not widget eligible, and only then', () => {
    const { container, rerender } = renderUI(<PlatformCard platform={{ ...platform('SHOPIFY'), widgetEligible: false }} />);
    expect(slot(container, 'platform-card-widget-eligibility')!.textContent).toBe(en.platformCard.notWidgetEligible);
    rerender(<PlatformCard platform={platform('SHOPIFY')} />);
    expect(slot(container, 'platform-card-widget-eligibility')).toBeNull();
  });

  it('selected: a "selected" badge, not colour alone', () => {
    const { container } = renderUI(<PlatformCard platform={platform('SHOPIFY')} selected />);
    expect(slot(container, 'platform-card-selected')).toHaveTextContent(en.platformCard.selected);
    expect(slot(container, 'platform-card')).toHaveAttribute('data-selected', 'true');
  });

  it('renders an unknown lifecycle and priority as Unknown with their raw codes', () => {
    expectConsole(/platform.lifecycle: unknown lifecycle "retired"/, /platform.priority: unknown priority "P9"/);
    const { container } = renderUI(<PlatformCard platform={{ ...platform('GA4'), lifecycle: 'retired' as never, priority: 'P9' as never }} />);
    expect(slot(container, 'platform-card-lifecycle')).toHaveTextContent('Unknown (retired)');
    expect(slot(container, 'platform-card-lifecycle')).toHaveAttribute('data-tone', 'neutral');
    expect(slot(container, 'platform-card-priority')).toHaveTextContent('Unknown (P9)');
    expect(slot(container, 'platform-card-reason')).toHaveTextContent(en.platformCard.unknownReason);
  });

  it('renders an unknown platform id as its raw id, without notes', () => {
    expectConsole(/platform.id: unknown platform "LINKEDIN"/);
    const { container } = renderUI(<PlatformCard platform={{ ...platform('GA4'), id: 'LINKEDIN' as never }} />);
    expect(slot(container, 'platform-card-label')).toHaveTextContent('LINKEDIN');
    expect(slot(container, 'platform-card-notes')).toBeNull();
  });

  it('renders in French from the fr catalog (codes unchanged)', () => {
    const { container } = renderUI(<PlatformCard platform={platform('TIKTOK_ADS')} />, { locale: 'fr' });
    expect(slot(container, 'platform-card-header')!.textContent).toBe(`TikTok Ads P2 ${fr.platformCard.lifecycle.blocked}${fr.platformCard.notWidgetEligible}`);
    expect(slot(container, 'platform-card-capabilities')!.textContent).toBe(`${fr.platformCard.capabilities} field_mapping_check, source_health`);
    expect([...container.querySelectorAll('[data-slot="platform-card-notes"] li')].map((li) => li.textContent)).toEqual(fr.platforms.TIKTOK_ADS.notes);
  });
});

describe('PlatformPicker', () => {
  it('shows the title and the six cards in seed order as one radio group', () => {
    renderUI(<PlatformPicker platforms={PLATFORMS} />);
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent(/^Choose platform$/);
    const radios = screen.getAllByRole('radio');
    expect(radios.map((r) => r.getAttribute('aria-labelledby') && document.getElementById(r.getAttribute('aria-labelledby')!)!.textContent)).toEqual([
      'Shopify',
      'Google Analytics 4',
      'Google Ads',
      'Meta Ads',
      'TikTok Ads',
      'TikTok Organic',
    ]);
    expect(screen.getByRole('radiogroup', { name: 'Choose platform' })).toBeInTheDocument();
  });

  it('announces blocked and planned cards as unavailable, with their reason', () => {
    renderUI(<PlatformPicker platforms={PLATFORMS} />);
    const tiktok = screen.getByRole('radio', { name: 'TikTok Ads' });
    expect(tiktok).toHaveAttribute('aria-disabled', 'true');
    expect(tiktok).toHaveAccessibleDescription('P2 blocked not widget eligible Blocked (DEC-06): cannot be chosen.');
    const organic = screen.getByRole('radio', { name: 'TikTok Organic' });
    expect(organic).toHaveAttribute('aria-disabled', 'true');
    expect(organic).toHaveAccessibleDescription(`P2 planned not widget eligible ${en.platformCard.plannedReason}`);
    const shopify = screen.getByRole('radio', { name: 'Shopify' });
    expect(shopify).not.toHaveAttribute('aria-disabled');
    expect(shopify).toHaveAccessibleDescription('P0 active');
  });

  it('choosing an active platform reports it (uncontrolled: it becomes checked)', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    renderUI(<PlatformPicker platforms={PLATFORMS} onValueChange={onValueChange} />);
    await user.click(screen.getByRole('radio', { name: 'Shopify' }));
    expect(onValueChange).toHaveBeenCalledExactlyOnceWith('SHOPIFY');
    expect(screen.getByRole('radio', { name: 'Shopify' })).toHaveAttribute('aria-checked', 'true');
  });

  it('gating: activating a blocked or planned card reports onUnavailableSelect and never changes the value', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    const onUnavailableSelect = vi.fn();
    const { container } = renderUI(
      <PlatformPicker platforms={PLATFORMS} value="SHOPIFY" onValueChange={onValueChange} onUnavailableSelect={onUnavailableSelect} />,
    );
    await user.click(screen.getByRole('radio', { name: 'TikTok Ads' }));
    expect(onUnavailableSelect).toHaveBeenCalledExactlyOnceWith('TIKTOK_ADS');
    screen.getByRole('radio', { name: 'TikTok Organic' }).focus();
    await user.keyboard(' ');
    expect(onUnavailableSelect).toHaveBeenLastCalledWith('TIKTOK_ORGANIC');
    await user.keyboard('{Enter}');
    expect(onUnavailableSelect).toHaveBeenCalledTimes(3);
    expect(onValueChange).not.toHaveBeenCalled();
    expect(screen.getByRole('radio', { name: 'Shopify' })).toHaveAttribute('aria-checked', 'true');
    expect(screen.getByRole('radio', { name: 'TikTok Ads' })).toHaveAttribute('aria-checked', 'false');
    expect(container.querySelector('[data-slot="platform-picker"]')).toHaveAttribute('data-state', 'selected');
  });

  it('keyboard: one tab stop, arrows move and choose active cards, land on unavailable ones without choosing them', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    const onUnavailableSelect = vi.fn();
    renderUI(<PlatformPicker platforms={PLATFORMS} onValueChange={onValueChange} onUnavailableSelect={onUnavailableSelect} />);
    await user.tab();
    expect(screen.getByRole('radio', { name: 'Shopify' })).toHaveFocus();
    expect(screen.getAllByRole('radio').filter((r) => r.tabIndex === 0)).toHaveLength(1);
    await user.keyboard(' ');
    expect(onValueChange).toHaveBeenLastCalledWith('SHOPIFY');
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: 'Google Analytics 4' })).toHaveFocus();
    expect(onValueChange).toHaveBeenLastCalledWith('GA4');
    await user.keyboard('{End}');
    expect(screen.getByRole('radio', { name: 'TikTok Organic' })).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(screen.getByRole('radio', { name: 'TikTok Ads' })).toHaveFocus();
    expect(onValueChange).toHaveBeenCalledTimes(2);
    expect(onUnavailableSelect).not.toHaveBeenCalled();
    expect(screen.getByRole('radio', { name: 'Google Analytics 4' })).toHaveAttribute('aria-checked', 'true');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(screen.getByRole('radio', { name: 'Shopify' })).toHaveFocus();
    expect(onValueChange).toHaveBeenLastCalledWith('SHOPIFY');
    await user.keyboard('{Home}{ArrowLeft}');
    expect(screen.getByRole('radio', { name: 'TikTok Organic' })).toHaveFocus();
  });

  it('a value that cannot be chosen is never shown as chosen', () => {
    expectConsole(/PlatformPicker value: "TIKTOK_ADS" is not a choosable platform/);
    const { container } = renderUI(<PlatformPicker platforms={PLATFORMS} value="TIKTOK_ADS" />);
    expect(screen.getAllByRole('radio').every((r) => r.getAttribute('aria-checked') === 'false')).toBe(true);
    expect(container.querySelector('[data-slot="platform-picker"]')).toHaveAttribute('data-state', 'no-selection');
  });

  it('an unknown lifecycle is unavailable (fails closed)', async () => {
    expectConsole(/platform.lifecycle: unknown lifecycle "beta"/);
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    const onUnavailableSelect = vi.fn();
    const odd: Platform = { ...platform('GA4'), lifecycle: 'beta' as never };
    renderUI(<PlatformPicker platforms={[odd]} onValueChange={onValueChange} onUnavailableSelect={onUnavailableSelect} />);
    const radio = screen.getByRole('radio', { name: 'Google Analytics 4' });
    expect(radio).toHaveAttribute('aria-disabled', 'true');
    expect(radio).toHaveAccessibleDescription(`P0 Unknown (beta) ${en.platformCard.unknownReason}`);
    await user.click(radio);
    expect(onValueChange).not.toHaveBeenCalled();
    expect(onUnavailableSelect).toHaveBeenCalledWith('GA4');
  });

  it('shows an empty state without platforms', () => {
    const { container } = renderUI(<PlatformPicker platforms={[]} />);
    expect(screen.queryByRole('radiogroup')).toBeNull();
    expect(container.querySelector('[data-slot="empty-state"]')).toHaveTextContent(en.platformCard.empty);
  });

  it('uses the heading level it is given, and French from the fr catalog', () => {
    renderUI(<PlatformPicker platforms={PLATFORMS} headingLevel={2} />, { locale: 'fr' });
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(fr.platformCard.choosePlatform);
    expect(screen.getByRole('radio', { name: 'TikTok Ads' })).toHaveAccessibleDescription(/Bloquée \(DEC-06\) : ne peut pas être choisie\./);
  });
});
