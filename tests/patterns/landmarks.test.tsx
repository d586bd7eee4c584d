/**
 * Landmarks of the screen patterns, as a screen reader's landmark list shows them: at most one
 * `main` (the patterns render none: the app's layout owns `main`), no two landmarks of a role with
 * the same name, and no region inside a region (a titled section around a table that already is
 * a named region listed the same content twice: "Source Sync Status" > "Sources — sync status").
 */
import { cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SETTINGS_SCREEN, SHOPIFY_SUISSE, sourceDetailScreen, TIKTOK_ADS_FRANCE } from '../../src/fixtures';
import { IntegrationsSettingsPage, SourceDetailPage } from '../../src/patterns';
import { renderUI } from '../render';

afterEach(cleanup);

const LANDMARK_ROLES: Record<string, string> = { MAIN: 'main', NAV: 'navigation', ASIDE: 'complementary', SECTION: 'region', FORM: 'form' };

interface Landmark {
  role: string;
  name: string;
  element: Element;
}

function nameOf(element: Element): string {
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy)
    return labelledBy
      .split(/\s+/)
      .map((id) => element.ownerDocument.getElementById(id)?.textContent?.trim() ?? '')
      .join(' ')
      .trim();
  return element.getAttribute('aria-label')?.trim() ?? '';
}

/** Every landmark in `root` with its role and accessible name (a section or form is one only when named). */
export function landmarksOf(root: Element): Landmark[] {
  const landmarks: Landmark[] = [];
  for (const element of root.querySelectorAll('main, nav, aside, section, form, [role]')) {
    const role = element.getAttribute('role') ?? LANDMARK_ROLES[element.tagName] ?? '';
    if (!['main', 'navigation', 'complementary', 'region', 'form', 'search', 'banner', 'contentinfo'].includes(role)) continue;
    const name = nameOf(element);
    if ((role === 'region' || role === 'form') && !name) continue;
    landmarks.push({ role, name, element });
  }
  return landmarks;
}

function problemsOf(root: Element): string[] {
  const landmarks = landmarksOf(root);
  const problems: string[] = [];
  if (landmarks.filter((l) => l.role === 'main').length > 1) problems.push('more than one main');
  const seen = new Set<string>();
  for (const { role, name } of landmarks) {
    const key = `${role} "${name}"`;
    if (seen.has(key)) problems.push(`duplicate ${key}`);
    seen.add(key);
  }
  for (const inner of landmarks) {
    for (const outer of landmarks) {
      if (outer === inner || !outer.element.contains(inner.element) || outer.role !== 'region') continue;
      // A region inside a region: one piece of content listed (and named) twice.
      problems.push(
        `${inner.role} "${inner.name}" nested in ${outer.name === inner.name ? 'a same-named' : `${outer.role} "${outer.name}"`}${outer.name === inner.name ? ` ${outer.role}` : ''}`,
      );
    }
  }
  return problems;
}

const PAGES = {
  'IntegrationsSettingsPage (seed 002)': () => <IntegrationsSettingsPage {...SETTINGS_SCREEN} />,
  'SourceDetailPage Shopify Suisse (seed 001)': () => <SourceDetailPage {...sourceDetailScreen(SHOPIFY_SUISSE)} />,
  'SourceDetailPage TikTok Ads France (seed 004)': () => <SourceDetailPage {...sourceDetailScreen(TIKTOK_ADS_FRANCE)} />,
};

describe('pattern landmarks', () => {
  for (const [page, ui] of Object.entries(PAGES)) {
    it(`${page}: one main at most, each landmark named once, no region in a region`, () => {
      const { container } = renderUI(ui());
      const landmarks = landmarksOf(container);
      expect(landmarks.length).toBeGreaterThan(0);
      expect(problemsOf(container)).toEqual([]);
    });
  }

  it('the check finds a nested same-named region and a second main (so it can fail)', () => {
    const { container } = renderUI(
      <div>
        <main />
        <main />
        <section aria-label="Sync history">
          <div role="region" aria-label="Sync history" />
        </section>
        <section aria-label="Source Sync Status">
          <div role="region" aria-label="Sources — sync status" />
        </section>
      </div>,
    );
    expect(problemsOf(container)).toEqual([
      'more than one main',
      'duplicate main ""',
      'duplicate region "Sync history"',
      'region "Sync history" nested in a same-named region',
      'region "Sources — sync status" nested in region "Source Sync Status"',
    ]);
  });
});
