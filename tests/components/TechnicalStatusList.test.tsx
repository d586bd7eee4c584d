import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { TECHNICAL_VALUE_STATES, TechnicalStatusList } from '../../src/components/TechnicalStatusList';
import { fr } from '../../src/locales/fr';
import { makeSource, PROFILE_FRANCE, PROFILE_SUISSE, SHOPIFY_FRANCE, SHOPIFY_SUISSE, TIKTOK_ADS_FRANCE } from '../../src/fixtures';
import { expectConsole } from '../helpers';
import { renderUI } from '../render';
import { dataState } from '../../src/internal/dataState';

afterEach(cleanup);

const lines = (container: HTMLElement) => [...container.querySelectorAll('[data-slot="technical-status-list-row"]')].map((row) => row.textContent);
const row = (container: HTMLElement, id: string) => container.querySelector<HTMLElement>(`[data-row="${id}"]`)!;

describe('TechnicalStatusList', () => {
  it('reproduces seed 001 (Shopify Suisse), the target with its monitored-only version', () => {
    const { container } = renderUI(<TechnicalStatusList source={SHOPIFY_SUISSE} profile={PROFILE_SUISSE} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Technical status' })).toBeInTheDocument();
    expect(lines(container)).toEqual([
      'EnabledYes',
      'API version target2026-04 · 2026-07 monitored only',
      'API version reviewNOT_REQUIRED',
      'schema_changedNo',
      'changelog_review_requiredNo',
      'field_mapping_check_requiredNo',
      'mapping statusconfirmed',
      expect.stringMatching(/^last successful sync5 minutes ago/),
    ]);
    expect(row(container, 'apiVersionTarget').querySelector('[data-slot="technical-status-list-api-version-target"]')).toHaveTextContent(/^2026-04$/);
    expect(container.querySelector('[data-state="attention"]')).toBeNull();
  });

  it('shows the last sync relative, with the ISO instant and the absolute time in the profile time zone', () => {
    const { container } = renderUI(<TechnicalStatusList source={SHOPIFY_SUISSE} profile={PROFILE_SUISSE} />);
    const time = row(container, 'lastSuccessfulSync').querySelector('time')!;
    expect(time).toHaveAttribute('dateTime', '2026-05-03T06:05:00Z');
    expect(time).toHaveTextContent('5 minutes ago');
    expect(time).toHaveAttribute('title', expect.stringMatching(/08:05.*\(Europe\/Zurich\)$/));
  });

  it('reproduces seeds 003/004 (TikTok Ads France): no target row, field mapping check required, no sync', () => {
    const { container } = renderUI(<TechnicalStatusList source={TIKTOK_ADS_FRANCE} profile={PROFILE_FRANCE} />);
    expect(lines(container)).toEqual([
      'EnabledNo',
      'API version reviewNOT_REQUIRED',
      'schema_changedNo',
      'changelog_review_requiredNo',
      'field_mapping_check_requiredYes',
      'mapping statusunconfirmed',
      'last successful sync—',
    ]);
    const required = row(container, 'fieldMappingCheckRequired');
    expect(required).toHaveAttribute('data-state', 'attention');
    expect(required.querySelector('[data-tone="warning"]')).toHaveAttribute('title', 'Needs attention');
    expect(required.querySelector('svg[data-icon="alert"]')).not.toBeNull();
    expect(row(container, 'mappingStatus').querySelector('[data-tone="info"]')).not.toBeNull();
  });

  it('marks schema_changed Yes as needing attention (Shopify France)', () => {
    const { container } = renderUI(<TechnicalStatusList source={SHOPIFY_FRANCE} profile={PROFILE_FRANCE} />);
    expect(row(container, 'schemaChanged')).toHaveTextContent('schema_changedYes');
    expect(row(container, 'schemaChanged')).toHaveAttribute('data-state', 'attention');
    expect(container.querySelector('[data-slot="technical-status-list"]')).toHaveAttribute('data-state', 'attention');
  });

  it.each([
    ['apiVersionReview', makeSource({ technical: { apiVersionReview: 'REQUIRED' } }), 'API version reviewREQUIRED', 'attention'],
    ['changelogReviewRequired', makeSource({ technical: { changelogReviewRequired: true } }), 'changelog_review_requiredYes', 'attention'],
    ['mappingStatus', TIKTOK_ADS_FRANCE, 'mapping statusunconfirmed', 'info'],
    ['enabled', SHOPIFY_SUISSE, 'EnabledYes', 'plain'],
  ] as const)('row %s reads %s (state %s) with its tone', (id, source, text, state) => {
    const { container } = renderUI(<TechnicalStatusList source={source} />);
    expect(row(container, id)).toHaveTextContent(text);
    expect(row(container, id)).toHaveAttribute('data-state', dataState(state));
    const tone = TECHNICAL_VALUE_STATES[state].tone;
    if (tone) expect(row(container, id).querySelector('[data-slot="technical-status-list-value"]')).toHaveAttribute('data-tone', tone);
    else expect(row(container, id).querySelector('[data-slot="technical-status-list-value"]')).not.toHaveAttribute('data-tone');
  });

  it('translates labels but keeps codes verbatim in French', () => {
    const { container } = renderUI(<TechnicalStatusList source={TIKTOK_ADS_FRANCE} />, { locale: 'fr' });
    expect(screen.getByRole('heading', { name: fr.technical.title })).toBeInTheDocument();
    expect(row(container, 'apiVersionReview')).toHaveTextContent(`${fr.technical.apiVersionReview}NOT_REQUIRED`);
    expect(row(container, 'fieldMappingCheckRequired')).toHaveTextContent('field_mapping_check_requiredOui');
  });

  it('renders bad values as Unknown with the raw value, never crashing', () => {
    expectConsole(/TechnicalStatusList apiVersionReview: unexpected value "MAYBE"/, /TechnicalStatusList enabled: unexpected value "yes"/);
    const { container } = renderUI(<TechnicalStatusList source={makeSource({ enabled: 'yes' as never, technical: { apiVersionReview: 'MAYBE' as never } })} />);
    expect(row(container, 'apiVersionReview')).toHaveTextContent('Unknown (MAYBE)');
    expect(row(container, 'apiVersionReview')).toHaveAttribute('data-state', 'unknown');
    expect(row(container, 'enabled')).toHaveTextContent('Unknown (yes)');
  });

  it('renders an unreadable last sync as Invalid date with the raw value', () => {
    expectConsole(/lastSuccessfulSyncAt: expected an ISO-8601 timestamp/);
    const { container } = renderUI(<TechnicalStatusList source={makeSource({ lastSuccessfulSyncAt: 'yesterday' })} />);
    expect(row(container, 'lastSuccessfulSync')).toHaveAttribute('data-raw-value', 'yesterday');
    expect(row(container, 'lastSuccessfulSync')).toHaveTextContent('Invalid date');
  });

  it('survives a source without technical status', () => {
    expectConsole(/TechnicalStatusList technical: expected an object/, /unexpected value/);
    const { container } = renderUI(<TechnicalStatusList source={{ ...SHOPIFY_SUISSE, technical: null as never }} />);
    expect(row(container, 'schemaChanged')).toHaveAttribute('data-state', 'unknown');
  });

  it('warns when the profile is not the source’s', () => {
    expectConsole(/profile "profile-fr" is not the profile of source "shopify-ch"/);
    renderUI(<TechnicalStatusList source={SHOPIFY_SUISSE} profile={PROFILE_FRANCE} headingLevel={3} />);
    expect(screen.getByRole('heading', { level: 3 })).toBeInTheDocument();
  });
});
