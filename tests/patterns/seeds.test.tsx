/**
 * Done-when of the patterns: every line of each seed appears in its screen, in English, and the
 * seeds' French lines appear in the French render. The few lines rendered differently are listed
 * here, each with its reason; any other missing line fails.
 */
import { cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ADD_SOURCE_SCREEN, SETTINGS_SCREEN, SHOPIFY_SUISSE, sourceDetailScreen, TIKTOK_ADS_FRANCE } from '../../src/fixtures';
import type { Locale } from '../../src/i18n';
import { AddSourceWizard, IntegrationsSettingsPage, SourceDetailPage } from '../../src/patterns';
import { renderUI } from '../render';
import { lines, seed } from '../seed-files';
import { missingSeedLines, outOfOrderSeedLines, seedView, squash } from './seed-view';

afterEach(cleanup);

const screens = {
  // Seed 000 is the wizard's all-steps layout (the default shows one step at a time).
  '000': () => <AddSourceWizard {...ADD_SOURCE_SCREEN} layout="all-steps" noticeContentLocales={{ shopify_onboarding: 'fr' }} />,
  '001': () => <SourceDetailPage {...sourceDetailScreen(SHOPIFY_SUISSE)} credentialContentLocale="fr" />,
  '002': () => <IntegrationsSettingsPage {...SETTINGS_SCREEN} noticeContentLocales={{ legacy_route: 'fr' }} />,
  '003': () => <SourceDetailPage {...sourceDetailScreen(TIKTOK_ADS_FRANCE)} showHeader={false} />,
  '004': () => <SourceDetailPage {...sourceDetailScreen(TIKTOK_ADS_FRANCE)} />,
} as const;

/**
 * The seeds' French lines: seed 000's Shopify note and seed 002's legacy-route notice (French
 * notices on English pages), seed 001's readiness, checklist and credential flag (French
 * content from the backend, `credentialContentLocale`). The seed screens above reproduce that;
 * the French screens must show them too.
 */
const FRENCH =
  /Références|Référence Client|Infisical\) configuré|aucun scope interdit|Flags d'échange|Plan adapté|Identifiants Shopify|Cette page devient|identifiants write-only/;
const isFrench = (line: string) => FRENCH.test(line);

/**
 * Seed 001's lines that wrap French content in English chrome ("Readiness:", "To do"): a French
 * screen says "Préparation :" and "À faire", so in French only their content is checked.
 */
const MIXED_001 = [
  'Readiness: Références de secrets manquantes SECRET_REFS_MISSING',
  '• To do Référence Client ID présente',
  '• To do Référence Client Secret présente',
  '• To do Secret manager (Infisical) configuré',
  "• To do Flags d'échange réel activés (staging)",
];

/**
 * Lines rendered differently, on purpose (listed in the note of issue 4): seed 004, a Markdown
 * render, joins a code and its message with " — "; seed 003, the text render of the same
 * screen, has no dash, and the screen follows seed 003.
 */
const RENDERED_DIFFERENTLY: Record<keyof typeof screens, readonly string[]> = {
  '000': [],
  '001': [],
  '002': [],
  '003': [],
  '004': [
    '- mapping_unconfirmed — Mapping unconfirmed — metrics hidden from widgets.',
    '- INFOmapping_unconfirmed — Field mapping unconfirmed — metrics hidden from widgets.',
  ],
};

function missing(id: keyof typeof screens, locale: Locale, only: (line: string) => boolean) {
  const { container } = renderUI(screens[id](), { locale });
  return missingSeedLines(lines(seed(id)).filter(only), seedView(container));
}

describe.each(Object.keys(screens) as (keyof typeof screens)[])('seed %s', (id) => {
  it('every line appears in the seed screen (English page)', () => {
    expect(missing(id, 'en', () => true)).toEqual(RENDERED_DIFFERENTLY[id]);
  });

  it("shows the lines in the seed's order", () => {
    const { container } = renderUI(screens[id](), { locale: 'en' });
    expect(outOfOrderSeedLines(lines(seed(id)), seedView(container))).toEqual([]);
  });

  it('every French line appears in the French screen', () => {
    expect(missing(id, 'fr', (line) => isFrench(line) && !MIXED_001.includes(line))).toEqual([]);
  });
});

it('the French lines are the ones the seeds write in French (11)', () => {
  const french = (Object.keys(screens) as (keyof typeof screens)[]).flatMap((id) => lines(seed(id)).filter(isFrench));
  expect(french).toHaveLength(11);
});

it("seed 001's mixed lines: their French content appears in the French screen", () => {
  const french = squash(seedView(renderUI(screens['001'](), { locale: 'fr' }).container));
  for (const line of MIXED_001) {
    const content = /^(?:• )?(?:Readiness:|To do) (.+)$/.exec(line)![1]!;
    expect(french).toContain(squash(content));
  }
});

it('without content locales, the English page is all English (the French lines are translated)', () => {
  const { container } = renderUI(<SourceDetailPage {...sourceDetailScreen(SHOPIFY_SUISSE)} />);
  expect(container).toHaveTextContent('Readiness: Secret references missing');
  expect(container).not.toHaveTextContent('Références');
});
