import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import tailwindcss from '@tailwindcss/vite';
import MagicString from 'magic-string';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import dts from 'vite-plugin-dts';
import { guardDevWarnings } from './scripts/dev-warnings.ts';
import { cssNamespace } from './scripts/css-namespace.ts';

const root = import.meta.dirname;
const manifest = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
};
/** Peers and dependencies stay imports (the app's bundler dedupes them), read from package.json. */
const EXTERNAL = Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies });
const src = resolve(root, 'src');
const outDir = resolve(root, 'dist');

/**
 * The package's JS entry points: output name (dist/<name>.js) → source module. Each one also needs
 * its line in package.json's "exports" (types + import).
 */
const JS_ENTRIES: Record<string, string> = {
  index: 'src/index.ts',
  fixtures: 'src/fixtures/index.ts',
  'locales/fr': 'src/locales/fr.ts',
};

const entry = Object.fromEntries(Object.entries(JS_ENTRIES).map(([name, file]) => [name, resolve(root, file)]));

/**
 * The emitted .d.ts keep the source's extensionless relative imports (`export * from './domain'`),
 * which only `moduleResolution: bundler` resolves. Under node16/nodenext a "type": "module"
 * package needs the real file, so every relative specifier is rewritten to the output file it
 * stands for: `./domain` → `./domain/index.js`, `./internal/cn` → `./internal/cn.js`.
 */
export function fullySpecified(code: string, sourceFile: string): string {
  const resolveSpecifier = (specifier: string) => {
    if (!/^\.\.?(\/|$)/.test(specifier)) return specifier;
    if (/\.(m?js|json|css)$/.test(specifier)) return specifier;
    const target = resolve(dirname(sourceFile), specifier.replace(/\.tsx?$/, ''));
    const base = specifier.replace(/\.tsx?$/, '').replace(/\/$/, '');
    if (['.ts', '.tsx', '.d.ts'].some((ext) => existsSync(target + ext))) return `${base}.js`;
    if (['index.ts', 'index.tsx', 'index.d.ts'].some((file) => existsSync(resolve(target, file)))) return `${base}/index.js`;
    throw new Error(`.d.ts of ${relative(root, sourceFile)}: cannot resolve "${specifier}" to a source file`);
  };
  return code.replace(
    /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])([^'"\n]+)\2/g,
    (_match, lead: string, quote: string, specifier: string) => `${lead}${quote}${resolveSpecifier(specifier)}${quote}`,
  );
}

/** dist/a/b.d.ts → src/a/b.ts(x): the source module a declaration file was emitted from. */
function sourceOfDeclaration(filePath: string): string {
  const stem = resolve(src, relative(outDir, filePath)).replace(/\.d\.ts$/, '');
  return ['.ts', '.tsx'].map((ext) => stem + ext).find((file) => existsSync(file)) ?? `${stem}.ts`;
}

/**
 * Next.js App Router: a module that uses hooks, state, context or event handlers starts with
 * 'use client' in its source. Bundlers drop module-level directives, so the directive is put
 * back on the output module of every source module that has it (one output module per source).
 */
function preserveUseClient(): Plugin {
  const directive = /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*(['"])use client\1/;
  return {
    name: 'integrations-ui:preserve-use-client',
    apply: 'build',
    renderChunk(code, chunk) {
      const id = chunk.facadeModuleId;
      if (!id || !/\.[jt]sx?$/.test(id) || !existsSync(id)) return null;
      if (!directive.test(readFileSync(id, 'utf8'))) return null;
      if (directive.test(code)) return null;
      const out = new MagicString(code).prepend(`'use client';\n`);
      return { code: out.toString(), map: out.generateMap({ hires: true }) };
    },
  };
}

/**
 * Library build: dist/index.js and dist/fixtures.js (ESM, peers and dependencies external),
 * .d.ts for every export, and dist/styles.css (tokens + the utilities the components use).
 */
export default defineConfig({
  plugins: [
    react(),
    tailwindcss(),
    cssNamespace(),
    guardDevWarnings(),
    dts({
      tsconfigPath: resolve(root, 'tsconfig.build.json'),
      entryRoot: 'src',
      include: ['src'],
      exclude: ['**/*.css'],
      beforeWriteFile: (filePath, content) =>
        filePath.endsWith('.d.ts') ? { filePath, content: fullySpecified(content, sourceOfDeclaration(filePath)) } : undefined,
    }),
    preserveUseClient(),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // Readable output: component and function names stay as written (React DevTools, warnings,
    // stack traces). The app's bundler minifies.
    minify: false,
    // The stylesheet is its own entry (dist/styles.css): no JS module imports CSS.
    cssCodeSplit: true,
    lib: {
      entry: { ...entry, styles: resolve(root, 'src/styles/index.css') },
      formats: ['es'],
      cssFileName: 'styles',
    },
    rolldownOptions: {
      // Peers and dependencies stay imports: the app's bundler dedupes them.
      external: (id) => EXTERNAL.some((name) => id === name || id.startsWith(`${name}/`)),
      // One output module per source module (with "sideEffects": ["**/*.css"]): an app's bundler
      // keeps only the components it imports, and size-limit can measure them one by one.
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
});
