/**
 * The library's stylesheet and a host app's CSS leave each other alone (real Chromium, computed
 * styles). The stylesheet is imported with `?inline`, so it goes through the same Vite plugins as
 * dist/styles.css (Tailwind with `prefix(iu)`, then the css-namespace plugin) without needing a
 * build first; the static checks at the end read the same text.
 *
 * (a) host markup computes the same styles with and without the library's stylesheet;
 * (b) library components compute the same styles with and without a host stylesheet that has
 *     Tailwind-named utility classes (layered, like a Tailwind 4 app, and unlayered) and
 *     normalize/Bootstrap-like element rules;
 * (c) every public component's elements are inside an `.iu-root`;
 * (d) static checks of the CSS text: scoped selectors, namespaced custom properties and keyframes, no layer.
 */
import { cleanup, render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import libraryCss from '../../src/styles/index.css?inline';
import {
  ADD_SOURCE_SCREEN,
  FIXTURE_NOW,
  SETTINGS_SCREEN,
  SHOPIFY_FRANCE,
  SHOPIFY_SUISSE,
  SHOPIFY_SUISSE_CREDENTIALS,
  SOURCES,
  sourceDetailScreen,
} from '../../src/fixtures';
import { IntegrationsUIProvider } from '../../src/i18n';
import {
  AddSourceWizard,
  DataQualityAlert,
  HealthBadge,
  IntegrationsSettingsPage,
  Notice,
  PageSection,
  SourceDetailPage,
  SourceStatusTable,
  SourceTable,
  WriteOnlyCredentialField,
  deriveQualityFlags,
} from '../../src';
import { Button } from '../../src/internal/Button';
import { Icon } from '../../src/internal/Icon';
import { VisuallyHidden } from '../../src/internal/VisuallyHidden';
import { namespaceCss } from '../../scripts/css-namespace';

/** A host app's CSS: a layered Tailwind 4 app (preflight + utilities) and unlayered normalize/Bootstrap-like rules. */
const HOST_CSS = `
@layer base {
  *, ::before, ::after { box-sizing: border-box; margin: 0; padding: 0; border: 0 solid; }
  h1, h2, h3 { font-size: inherit; font-weight: inherit; }
  ol, ul { list-style: none; }
  img, svg { display: block; vertical-align: middle; }
  button, input { font: inherit; color: inherit; background-color: transparent; border-radius: 0; }
}
@layer utilities {
  .flex { display: flex; } .grid { display: grid; } .hidden { display: none; }
  .p-4 { padding: 1rem; } .px-3 { padding-inline: 0.75rem; } .mt-4 { margin-top: 1rem; }
  .text-sm { font-size: 0.875rem; line-height: 1.25rem; } .font-medium { font-weight: 500; }
  .text-accent { color: rgb(0, 128, 0); } .bg-muted { background-color: rgb(240, 240, 200); }
  .border { border-width: 1px; } .border-border { border-color: rgb(255, 0, 255); }
  .rounded-full { border-radius: 9999px; } .rounded-ui { border-radius: 3px; }
}
html { font-family: Georgia, serif; line-height: 1.15; color: rgb(34, 34, 34); -webkit-text-size-adjust: 100%; }
body { margin: 8px; letter-spacing: 0.02em; word-spacing: 0.1em; font-weight: 300; font-style: italic; text-transform: lowercase; }
*, ::before, ::after { box-sizing: content-box; }
h1 { margin: 0 0 0.5rem; font-size: 2.5rem; font-weight: 500; line-height: 1.2; color: rgb(10, 20, 30); }
h2 { margin: 1.5rem 0 0.5rem; font-size: 2rem; font-weight: 500; line-height: 1.2; }
h3, h4 { margin: 1rem 0; font-size: 1.75rem; line-height: 1.1; }
p { margin: 0 0 1rem; }
ul, ol { padding-left: 2rem; margin: 0 0 1rem; list-style: square; }
li { margin: 2px 0; }
a { color: rgb(13, 110, 253); text-decoration: underline; }
button { font-family: Arial, sans-serif; font-size: 18px; line-height: 1.15; margin: 4px; padding: 6px 12px; border: 2px solid rgb(0, 0, 0); border-radius: 6px; background: rgb(230, 230, 230); text-transform: uppercase; cursor: pointer; }
input { margin: 3px; padding: 4px; border: 1px solid rgb(128, 128, 128); font-size: 14px; }
table { border-collapse: separate; border-spacing: 4px; margin: 1rem 0; }
th, td { padding: 8px; border: 1px solid rgb(200, 200, 200); }
code { font-size: 0.875em; color: rgb(214, 51, 132); }
img { border: 3px solid rgb(255, 0, 0); }
.flex { display: block; } .hidden { display: block; } .p-4 { padding: 2px; } .sr-only { position: static; }
.text-accent { color: rgb(255, 0, 0); } .bg-muted { background: rgb(0, 0, 255); } .border-border { border: 5px dotted rgb(0, 255, 0); }
.rounded-full { border-radius: 0; } .inline-flex { display: block; } .truncate { overflow: visible; } .grid { display: block; }
`;

/** Host markup: every element a host page commonly styles, with Tailwind-named classes and the data attributes our components use. */
const HOST_HTML = `
<header class="flex p-4 bg-muted"><h1 class="text-accent">Host title</h1><a href="#x" class="text-accent">A link</a></header>
<main class="grid">
  <h2 class="border border-border rounded-full">Section</h2>
  <p class="p-4" data-tone="success" data-state="open">A paragraph <code>code</code> <strong>bold</strong> <small>small</small> <abbr title="t">abbr</abbr></p>
  <ul class="hidden"><li data-slot="x">one</li><li>two</li></ul>
  <ol><li>first</li></ol>
  <button type="button" class="rounded-ui" data-variant="primary">Host button</button>
  <input type="text" placeholder="Type" class="px-3"><input type="checkbox"><select><option>a</option></select><textarea>t</textarea>
  <table><thead><tr><th>H</th></tr></thead><tbody><tr><td data-tone="critical">cell</td></tr></tbody></table>
  <img alt="" width="20" height="10" src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='20' height='10'/%3E">
  <svg width="10" height="10" viewBox="0 0 10 10"><path d="M0 0h10v10H0z"/></svg>
  <hr><fieldset><legend>Legend</legend></fieldset><div hidden>hidden</div><span class="sr-only truncate inline-flex">s</span>
</main>`;

/** The pseudo-elements whose computed style a reset changes: all boxes' ::before/::after, inputs' placeholder, list items' marker. */
function pseudosOf(element: Element): (string | null)[] {
  const tag = element.tagName.toLowerCase();
  return [null, '::before', '::after', ...(tag === 'input' || tag === 'textarea' ? ['::placeholder'] : []), ...(tag === 'li' ? ['::marker'] : [])];
}

/** Every computed property (custom properties apart) of each element and its pseudo-elements. */
function snapshot(root: Element): Map<string, string> {
  const values = new Map<string, string>();
  const elements = [document.documentElement, document.body, root, ...root.querySelectorAll('*')];
  elements.forEach((element, index) => {
    for (const pseudo of pseudosOf(element)) {
      const style = getComputedStyle(element, pseudo);
      for (let i = 0; i < style.length; i++) {
        const property = style.item(i);
        if (property.startsWith('--')) continue;
        values.set(
          `${index}:${element.tagName.toLowerCase()}${element.getAttribute('data-slot') ? `[${element.getAttribute('data-slot')}]` : ''}${pseudo ?? ''} ${property}`,
          style.getPropertyValue(property),
        );
      }
    }
  });
  return values;
}

/** Custom properties of html and body that differ (the library may declare only its own). */
function customProperties(): Map<string, string> {
  const values = new Map<string, string>();
  for (const element of [document.documentElement, document.body]) {
    const style = getComputedStyle(element);
    for (let i = 0; i < style.length; i++) {
      const property = style.item(i);
      if (property.startsWith('--')) values.set(`${element.tagName} ${property}`, style.getPropertyValue(property));
    }
  }
  return values;
}

function diff(before: Map<string, string>, after: Map<string, string>): string[] {
  const out: string[] = [];
  for (const [key, value] of before) if (after.get(key) !== value) out.push(`${key}: ${value} → ${after.get(key)}`);
  for (const key of after.keys()) if (!before.has(key)) out.push(`${key}: (none) → ${after.get(key)}`);
  return out;
}

function addStyle(css: string, id: string): HTMLStyleElement {
  const style = document.createElement('style');
  style.dataset.test = id;
  style.textContent = css;
  document.head.append(style);
  return style;
}

afterEach(() => {
  cleanup();
  document.querySelectorAll('style[data-test]').forEach((style) => style.remove());
  document.documentElement.classList.remove('dark');
  document.body.innerHTML = '';
});

describe('the library stylesheet does not restyle the host', () => {
  it.each(['light', 'dark'] as const)('host markup computes the same styles with and without it (%s theme class on <html>)', (theme) => {
    document.documentElement.classList.toggle('dark', theme === 'dark');
    addStyle(HOST_CSS, 'host');
    const host = document.createElement('div');
    host.innerHTML = HOST_HTML;
    document.body.append(host);

    const without = snapshot(host);
    const customWithout = customProperties();
    addStyle(libraryCss, 'library');
    const withLibrary = snapshot(host);

    // Sanity: the snapshot is big and the library stylesheet did load (it declares its tokens).
    expect(without.size).toBeGreaterThan(10_000);
    expect(getComputedStyle(document.documentElement).getPropertyValue('--ui-foreground')).not.toBe('');
    expect(diff(without, withLibrary).slice(0, 40)).toEqual([]);
    // Custom properties it adds to the page are its own namespaced ones only.
    const added = diff(customWithout, customProperties()).map((line) => line.split(' ')[1]!.replace(/:$/, ''));
    expect(added.filter((property) => !/^--(ui|iu)-/.test(property))).toEqual([]);
  });
});

const COMPONENTS: ReactElement[] = [
  <HealthBadge key="badge" source={SHOPIFY_SUISSE} view="health" />,
  <HealthBadge key="plain" state="healthy" size="sm" />,
  <Notice key="notice" variant="warning" title="Schema changed.">
    Review the field mapping.
  </Notice>,
  <VisuallyHidden key="hidden">Only for screen readers</VisuallyHidden>,
  <Icon key="icon" name="check" />,
  // Standalone buttons take the host's `button { margin }` on their root (a root's margin is the
  // host's): a fixed-height host box keeps that from moving what follows.
  <div key="buttons" style={{ height: '6rem' }}>
    <Button>Preview</Button>
    <Button variant="primary" disabled>
      Save
    </Button>
  </div>,
  <DataQualityAlert key="alert" flag={SOURCES.flatMap((source) => deriveQualityFlags(source, FIXTURE_NOW))[0]!} sourceName={SHOPIFY_SUISSE.name} />,
  <SourceStatusTable
    key="status"
    view="sync"
    sources={SOURCES}
    profiles={SETTINGS_SCREEN.profiles}
    authorizedProfileIds={SETTINGS_SCREEN.authorizedProfileIds}
  />,
  <SourceTable key="table" sources={SOURCES.slice(0, 4)} profiles={SETTINGS_SCREEN.profiles} authorizedProfileIds={SETTINGS_SCREEN.authorizedProfileIds} />,
  <WriteOnlyCredentialField key="field" field="clientSecret" configured={SHOPIFY_SUISSE_CREDENTIALS.clientSecret} onSubmit={() => undefined} />,
  <PageSection key="section" title="Section" description="What it holds.">
    <p>Content</p>
  </PageSection>,
];

/** The three screen patterns: every public component, for the .iu-root check. */
const SCREENS: ReactElement[] = [
  <IntegrationsSettingsPage key="settings" {...SETTINGS_SCREEN} />,
  <SourceDetailPage key="detail" {...sourceDetailScreen(SHOPIFY_FRANCE)} />,
  <AddSourceWizard key="wizard" {...ADD_SOURCE_SCREEN} />,
];

/** Renders into a container of fixed width, so the host's page margins do not change the layout. */
function renderLibrary(elements: ReactElement[]): HTMLElement {
  const box = document.createElement('div');
  box.style.width = '1200px';
  box.style.position = 'relative';
  document.body.append(box);
  const { container } = render(
    <IntegrationsUIProvider locale="en" timeZone="Europe/Paris" now={FIXTURE_NOW}>
      {elements}
    </IntegrationsUIProvider>,
    { container: box },
  );
  return container;
}

describe('host CSS does not restyle the library components', () => {
  it.each(['light', 'dark'] as const)('components compute the same styles with and without a host stylesheet (%s)', (theme) => {
    document.documentElement.classList.toggle('dark', theme === 'dark');
    addStyle(libraryCss, 'library');
    const container = renderLibrary(COMPONENTS);
    const without = snapshot(container);
    // The host's CSS comes after ours: it would win any tie.
    addStyle(HOST_CSS, 'host');
    const withHost = snapshot(container);
    expect(container.querySelectorAll('*').length).toBeGreaterThan(300);
    // Compare the components' own elements (html, body and the host's boxes are the host's). Not
    // the margin of a component's outermost root either (a standalone Button gets the host's
    // `button { margin }`, as it would a host's className): the reset never sets a root's margin.
    const elements = [document.documentElement, document.body, container, ...container.querySelectorAll('*')];
    const indexes = (test: (element: Element) => boolean) => new Set(elements.flatMap((element, index) => (test(element) ? [`${index}:`] : [])));
    const inside = indexes((element) => element.closest('.iu-root') !== null);
    const roots = indexes((element) => element.matches('.iu-root:not(.iu-root .iu-root)'));
    const own = (values: Map<string, string>) =>
      new Map(
        [...values].filter(([key]) => {
          const index = key.slice(0, key.indexOf(':') + 1);
          return inside.has(index) && !(roots.has(index) && / margin-/.test(key) && !/::/.test(key));
        }),
      );
    expect(diff(own(without), own(withHost)).slice(0, 40)).toEqual([]);
  });

  it("a host's layout class on a component's root still applies, even from a layered Tailwind app", () => {
    addStyle(libraryCss, 'library');
    addStyle(HOST_CSS, 'host');
    const { container } = render(
      <IntegrationsUIProvider locale="en" timeZone="Europe/Paris" now={FIXTURE_NOW}>
        <Notice variant="info" className="mt-4">
          Info
        </Notice>
      </IntegrationsUIProvider>,
    );
    expect(getComputedStyle(container.firstElementChild!).marginTop).toBe('16px');
  });
});

describe('every element of a public component is inside an .iu-root', () => {
  it('no element rendered by the components escapes the scoped reset', () => {
    const container = renderLibrary([...COMPONENTS.filter((element) => element.key !== 'buttons'), <Button key="button">Preview</Button>, ...SCREENS]);
    const outside = [...container.querySelectorAll('*')].filter((element) => !element.closest('.iu-root'));
    expect(outside.map((element) => element.outerHTML.slice(0, 80))).toEqual([]);
    expect([...container.children].filter((child) => !child.classList.contains('iu-root')).map((child) => child.outerHTML.slice(0, 80))).toEqual([]);
  });
});

/** Top-level rules of a stylesheet, at-rules flattened (an @supports or @media body counts as its rules). */
function styleRules(css: string): CSSRule[] {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  const rules: CSSRule[] = [];
  const walk = (list: CSSRuleList) => {
    for (const rule of list) {
      if (rule instanceof CSSStyleRule) {
        rules.push(rule);
        if (rule.cssRules.length) walk(rule.cssRules);
      } else if ('cssRules' in rule) {
        rules.push(rule);
        walk((rule as CSSGroupingRule).cssRules);
      } else rules.push(rule);
    }
  };
  walk(sheet.cssRules);
  return rules;
}

/** A selector list's selectors: commas outside parentheses and brackets, escapes respected. */
function splitSelectors(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (let i = 0; i < list.length; i++) {
    const char = list[i]!;
    if (char === '\\') {
      current += char + (list[i + 1] ?? '');
      i++;
      continue;
    }
    if (char === '(' || char === '[') depth++;
    else if (char === ')' || char === ']') depth--;
    if (char === ',' && depth === 0) {
      out.push(current.trim());
      current = '';
    } else current += char;
  }
  out.push(current.trim());
  return out;
}

const CUSTOM_PROPERTY_SCOPES = new Set([':root', ':host', '.light', '.dark', '.iu-theme-system']);

function checkScoped(css: string): string[] {
  const problems: string[] = [];
  for (const rule of styleRules(css)) {
    if (rule instanceof CSSLayerBlockRule || rule instanceof CSSLayerStatementRule) problems.push(`layer: ${rule.cssText.slice(0, 60)}`);
    else if (rule instanceof CSSKeyframesRule) {
      if (!rule.name.startsWith('iu-')) problems.push(`keyframes ${rule.name}`);
    } else if (rule instanceof CSSPropertyRule) {
      if (!/^--(iu|ui)-/.test(rule.name)) problems.push(`@property ${rule.name}`);
    } else if (rule instanceof CSSStyleRule) {
      const declared = [...rule.style];
      for (const property of declared)
        if (property.startsWith('--') && !/^--(iu|ui)-/.test(property)) problems.push(`custom property ${property} in ${rule.selectorText}`);
      for (const selector of splitSelectors(rule.selectorText)) {
        if (CUSTOM_PROPERTY_SCOPES.has(selector)) {
          const plain = declared.filter((property) => !property.startsWith('--'));
          if (plain.length) problems.push(`${selector} sets ${plain.join(', ')}`);
        } else if (!selector.includes('.iu-root') && !selector.includes('.iu\\:')) problems.push(`unscoped selector ${selector}`);
      }
    }
  }
  return problems;
}

describe('the stylesheet text', () => {
  it('is scoped: every selector is .iu-root or an iu: class (or :root/.dark custom properties), custom properties and keyframes are namespaced, no @layer', () => {
    expect(libraryCss.length).toBeGreaterThan(10_000);
    expect(checkScoped(libraryCss)).toEqual([]);
    expect(libraryCss.replace(/\/\*[\s\S]*?\*\//g, '').match(/.{0,60}(@layer|(?<![\w-])--tw-|(?<![\w-])color-scheme:\s*(light|dark)).{0,60}/g)).toBeNull();
  });

  it('the check fails on what Tailwind emits without the namespacing (preflight, unprefixed utilities, --tw-, keyframes, layers)', () => {
    const tailwindDefault = `@layer properties { @supports ((-webkit-hyphens: none)) { *, ::before, ::after { --tw-border-style: solid; } } }
@layer base { *, ::after, ::before { box-sizing: border-box; margin: 0; } h1 { font-size: inherit; } }
:root { color-scheme: light; --spacing: 0.25rem; }
[data-tone='success'] { --tone-fg: green; }
.flex { display: flex; }
.animate-spin { animation: var(--animate-spin); }
@keyframes spin { to { transform: rotate(360deg); } }
@property --tw-border-style { syntax: "*"; inherits: false; initial-value: solid; }`;
    const problems = checkScoped(tailwindDefault);
    for (const expected of [
      'layer:',
      'unscoped selector h1',
      ':root sets color-scheme',
      'custom property --spacing',
      'unscoped selector [data-tone',
      'custom property --tone-fg',
      'unscoped selector .flex',
      'keyframes spin',
      '@property --tw-border-style',
    ]) {
      expect(problems.some((problem) => problem.startsWith(expected))).toBe(true);
    }
  });

  it('the css-namespace plugin renames --tw-* and keyframes and drops the global @property fallback', () => {
    const out = namespaceCss(`@layer properties{@supports (x:y){*,:before,:after,::backdrop{--tw-rotate:initial}}}
.iu\\:animate-spin{animation:var(--iu-animate-spin)}:root{--iu-animate-spin:spin 1s linear infinite}
.a{animation:pulse 2s;animation-name:spin;transform:rotate(var(--tw-rotate))}@keyframes spin{to{transform:rotate(360deg)}}@keyframes pulse{50%{opacity:.5}}
@property --tw-rotate{syntax:"*";inherits:false}`);
    expect(out).not.toMatch(/@layer|--tw-|[^-]spin|[^-]pulse/);
    expect(out).toContain('--iu-animate-spin:iu-spin 1s linear infinite');
    expect(out).toContain('animation:iu-pulse 2s;animation-name:iu-spin');
    expect(out).toContain('@keyframes iu-spin{');
    expect(out).toContain('@property --iu-tw-rotate{');
    expect(out).toContain('rotate(var(--iu-tw-rotate))');
  });
});
