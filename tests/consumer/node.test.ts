import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { ConsumerApp } from './context';
import { run, tail } from './run';

/**
 * The packed package in plain Node (no bundler, no DOM): the root, `/fixtures` and `/locales/fr` entries import,
 * the domain functions work, and each screen pattern server-renders with the fixtures' data.
 * Console output during a render is captured: any line fails the render's test.
 */
const SCRIPT = `
import { format } from 'node:util';
const captured = [];
for (const level of ['error', 'warn', 'log']) {
  console[level] = (...args) => captured.push(\`[\${level}] \${format(...args)}\`);
}
const out = { hasDocument: typeof document !== 'undefined', renders: {} };
const ui = await import('integrations-ui');
const fx = await import('integrations-ui/fixtures');
const { fr } = await import('integrations-ui/locales/fr');
const { createElement } = await import('react');
const { renderToString } = await import('react-dom/server');
out.react = (await import('react')).version;
out.exports = { root: Object.keys(ui).length, fixtures: Object.keys(fx).length };
out.health = fx.SOURCES.map((source) => ui.deriveHealth(source, fx.FIXTURE_NOW).status);
out.visible = ui.visibleSources(fx.SOURCES, fx.AUTHORIZED_PROFILE_IDS).length;
out.domainWarnings = captured.splice(0);
const detailSource = fx.SOURCES.find((source) => fx.credentialsOf(source.id)) ?? fx.SOURCES[0];
const screens = {
  IntegrationsSettingsPage: fx.SETTINGS_SCREEN,
  SourceDetailPage: fx.sourceDetailScreen(detailSource),
  AddSourceWizard: fx.ADD_SOURCE_SCREEN,
};
for (const [name, props] of Object.entries(screens)) {
  try {
    const render = (locale) =>
      renderToString(createElement(ui.IntegrationsUIProvider, { locale, catalogs: { fr }, timeZone: 'Europe/Paris', now: fx.FIXTURE_NOW }, createElement(ui[name], props)));
    const html = render('en');
    // The French catalog from its own entry: the French screen differs from the English one.
    const french = render('fr');
    out.renders[name] = { html: html.length, french: french !== html && french.length > 1000, console: captured.splice(0) };
  } catch (error) {
    out.renders[name] = { error: String(error && error.stack || error), console: captured.splice(0) };
  }
}
process.stdout.write('\\n@@RESULT@@' + JSON.stringify(out));
`;

interface Result {
  hasDocument: boolean;
  react: string;
  exports: { root: number; fixtures: number };
  health: string[];
  visible: number;
  domainWarnings: string[];
  renders: Record<string, { html?: number; french?: boolean; error?: string; console: string[] }>;
}

async function runScript(app: ConsumerApp): Promise<Result> {
  const file = join(app.dir, 'ssr-check.mjs');
  writeFileSync(file, SCRIPT);
  const result = await run(process.execPath, [file], { cwd: app.dir, timeoutMs: 60_000 });
  const marker = result.stdout.lastIndexOf('@@RESULT@@');
  if (result.code !== 0 || marker < 0)
    throw new Error(`node ssr-check.mjs (React ${app.react}) failed with ${result.code}:\n${tail(result.stdout, result.stderr)}`);
  return JSON.parse(result.stdout.slice(marker + '@@RESULT@@'.length)) as Result;
}

function report(label: string, result: Result) {
  const counts = new Map<string, number>();
  for (const [name, render] of Object.entries(result.renders)) {
    for (const line of render.console) {
      const key = `${name}: ${line.split('\n')[0]!.slice(0, 160)}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const lines = [...counts].map(([line, count]) => `  ${line}${count > 1 ? ` (×${count})` : ''}`);
  if (lines.length > 0) console.warn(`${label}: console output while server-rendering:\n${lines.join('\n')}`);
}

const PATTERNS = ['IntegrationsSettingsPage', 'SourceDetailPage', 'AddSourceWizard'];

/** Each pattern rendered in English and French, without throwing and without a line on the console. */
function expectEveryPatternRendered(result: Result) {
  for (const name of PATTERNS) {
    const render = result.renders[name]!;
    expect(render.error, `${name} threw`).toBeUndefined();
    expect(render.html, `${name} rendered HTML`).toBeGreaterThan(1000);
    expect(render.french, `${name} rendered in French`).toBe(true);
    expect(render.console, `${name} console output`).toEqual([]);
  }
}
const { apps } = inject('consumer');

describe('plain Node, React 19', () => {
  it('imports the entries, runs the domain functions and server-renders every pattern', async () => {
    const result = await runScript(apps.react19);
    report(`React ${result.react}`, result);
    expect(result.hasDocument).toBe(false);
    expect(result.react).toMatch(/^19\./);
    expect(result.exports.root).toBeGreaterThan(50);
    expect(result.exports.fixtures).toBeGreaterThan(10);
    expect(result.health.length).toBeGreaterThan(0);
    expect(result.health.every((status) => ['healthy', 'warning', 'critical'].includes(status))).toBe(true);
    expect(result.visible).toBeGreaterThan(0);
    expect(result.domainWarnings).toEqual([]);
    expectEveryPatternRendered(result);
  });
});

describe.skipIf(!apps.react18)('plain Node, React 18.3', () => {
  it('server-renders every pattern', async () => {
    const result = await runScript(apps.react18!);
    report(`React ${result.react}`, result);
    expect(result.react).toMatch(/^18\./);
    expectEveryPatternRendered(result);
  });
});
