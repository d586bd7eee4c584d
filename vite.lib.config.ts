import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import dts from 'vite-plugin-dts';
import { pureDevWarnings } from './scripts/pure-dev-warnings.ts';

const root = import.meta.dirname;
const manifest = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { dependencies?: Record<string, string>; peerDependencies?: Record<string, string> };
/** Peers and dependencies stay imports (the app's bundler dedupes them), read from package.json. */
const EXTERNAL = Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies });

/**
 * Library build: dist/index.js and dist/fixtures.js (ESM, peers and dependencies external),
 * .d.ts for every export, and dist/styles.css (tokens + the utilities the components use).
 */
export default defineConfig({
  plugins: [
    react(),
    tailwindcss(),
    pureDevWarnings(),
    dts({ tsconfigPath: resolve(root, 'tsconfig.build.json'), entryRoot: 'src', include: ['src'], exclude: ['**/*.css'] }),
  ],
  build: {
    outDir: 'dist',
    // Readable modules (names intact for DevTools and warnings); the app's bundler minifies.
    minify: false,
    emptyOutDir: true,
    sourcemap: true,
    // The stylesheet is its own entry (dist/styles.css): no JS module imports CSS.
    cssCodeSplit: true,
    lib: {
      entry: {
        index: resolve(root, 'src/index.ts'),
        fixtures: resolve(root, 'src/fixtures/index.ts'),
        'locales/fr': resolve(root, 'src/locales/fr.ts'),
        styles: resolve(root, 'src/styles/index.css'),
      },
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
