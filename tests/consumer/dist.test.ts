import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

/**
 * Next.js App Router: every built module that needs the client (React hooks, createContext, a
 * class component, a JSX event handler) starts with 'use client', so an app can import it from a
 * Server Component file; the domain and fixtures modules (plain data and functions) never do.
 */
const { root } = inject('consumer');
const dist = join(root, 'dist');
const modules = readdirSync(dist, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.js'))
  .map((file) => ({ file: relative(dist, join(dist, file)), code: readFileSync(join(dist, file), 'utf8') }));

const USE_CLIENT = /^(['"])use client\1;?/;
const importsReact = (code: string) => /\bfrom\s*["']react["']/.test(code);
/** Hooks (React's or the library's own), context, class components, or a handler prop passed to jsx(). */
const needsClient = (code: string) =>
  /\buse[A-Z]\w*\(/.test(code) || /\bcreateContext\(/.test(code) || /\bextends\s+Component\b/.test(code) || /\bon[A-Z]\w*:\s/.test(code);

describe("'use client' in dist", () => {
  it('finds the built modules', () => {
    expect(modules.length).toBeGreaterThan(50);
  });

  it('marks every client module', () => {
    const missing = modules.filter(({ code }) => importsReact(code) && needsClient(code) && !USE_CLIENT.test(code)).map(({ file }) => file);
    expect(missing).toEqual([]);
    expect(modules.filter(({ code }) => USE_CLIENT.test(code)).map(({ file }) => file)).toEqual(
      expect.arrayContaining(['components/HealthBadge/HealthBadge.js', 'i18n/IntegrationsUIProvider.js', 'patterns/AddSourceWizard.js']),
    );
  });

  it('leaves the domain and fixtures unmarked', () => {
    const marked = modules.filter(({ file, code }) => /^(domain|fixtures)(\/|\.js$)/.test(file) && USE_CLIENT.test(code)).map(({ file }) => file);
    expect(marked).toEqual([]);
  });

  it('keeps readable names (no minification)', () => {
    const badge = modules.find(({ file }) => file === 'components/HealthBadge/HealthBadge.js')!.code;
    expect(badge).toContain('forwardRef(function HealthBadge(');
    expect(badge).toContain('HealthBadge.displayName = "HealthBadge"');
  });
});
