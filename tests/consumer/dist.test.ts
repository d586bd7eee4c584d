import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, inject, it, vi } from 'vitest';

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

  it('ships production JSX: no jsx-dev-runtime, no path of the machine that built it', () => {
    expect(modules.filter(({ code }) => code.includes('react/jsx-dev-runtime') || code.includes(root)).map(({ file }) => file)).toEqual([]);
    expect(modules.some(({ code }) => code.includes('react/jsx-runtime'))).toBe(true);
  });

  it('keeps readable names (no minification)', () => {
    const badge = modules.find(({ file }) => file === 'components/HealthBadge/HealthBadge.js')!.code;
    expect(badge).toContain('forwardRef(function HealthBadge(');
    expect(badge).toContain('HealthBadge.displayName = "HealthBadge"');
  });
});

/**
 * Development warnings cost an app nothing in production: the build puts each `devWarn(…)` call
 * behind `process.env.NODE_ENV !== "production"`, so an app's production bundle drops the call,
 * its message and what the message computes. The messages are read from the sources, and must be
 * in a development bundle (else this test could not fail).
 */
describe('development warnings in a production bundle', () => {
  const sources = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => readFileSync(join(root, 'src', file), 'utf8'));
  // The literal head of each message, up to its first interpolation.
  // (At least two words: a bare component name, e.g. "SourceSettingsForm " before an interpolation, is also a prop's label.)
  const messages = [
    ...new Set(
      sources.flatMap((code) =>
        [...code.matchAll(/devWarn\(\s*[`'"]([^`'"$\\]{16,})/g)].map((match) => match[1]!).filter((head) => /\S\s+\S/.test(head.trim())),
      ),
    ),
  ];
  /** The package root as an app bundles it: minified for production, or (names kept) for development. */
  const bundle = async (minify: boolean, { keepNames = false } = {}) => {
    const { build } = await import('esbuild');
    const result = await build({
      stdin: { contents: "export * from './dist/index.js';", resolveDir: root },
      bundle: true,
      write: false,
      ...(keepNames ? { minifySyntax: minify, minifyWhitespace: minify } : { minify }),
      format: 'esm',
      external: ['react', 'react-dom', 'react/jsx-runtime', 'class-variance-authority', 'clsx'],
      define: { 'process.env.NODE_ENV': minify ? '"production"' : '"development"' },
      logLevel: 'silent',
    });
    return result.outputFiles[0]!.text;
  };

  it('finds the messages in a development bundle', async () => {
    expect(messages.length).toBeGreaterThan(60);
    const development = await bundle(false);
    expect(messages.filter((message) => !development.includes(message))).toEqual([]);
  });

  it('drops every message from a minified production bundle', async () => {
    const production = await bundle(true);
    expect(messages.filter((message) => production.includes(message))).toEqual([]);
  });

  it('drops what the messages compute, and the warning code itself', async () => {
    const development = await bundle(false, { keepNames: true });
    const production = await bundle(true, { keepNames: true });
    const calls = (code: string) => code.match(/(?<!function\s*)\bdescribe\(/g)?.length ?? 0;
    expect(calls(development)).toBeGreaterThan(60);
    expect(development).toContain('function devWarn(');
    expect(calls(production)).toBe(0);
    expect(production).not.toMatch(/function (devWarn|describe)\(/);
  });

  it('still warns, once, in development (here Node, whose process.env.NODE_ENV is "test")', async () => {
    const { maskRef } = (await import(join(dist, 'index.js'))) as { maskRef: (ref: unknown) => string };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      maskRef(42);
      maskRef(42);
      expect(warn.mock.calls).toEqual([['[integrations-ui] externalRef: expected a non-empty string, got 42.']]);
    } finally {
      warn.mockRestore();
    }
  });
});
