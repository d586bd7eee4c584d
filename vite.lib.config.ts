import { resolve } from 'node:path';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import dts from 'vite-plugin-dts';
import { cssNamespace } from './scripts/css-namespace.ts';

const root = import.meta.dirname;

/**
 * Library build: dist/index.js and dist/fixtures.js (ESM, peers and dependencies external),
 * .d.ts for every export, and dist/styles.css (tokens + the utilities the components use).
 */
export default defineConfig({
  plugins: [
    react(),
    tailwindcss(),
    cssNamespace(),
    dts({ tsconfigPath: resolve(root, 'tsconfig.build.json'), entryRoot: 'src', include: ['src'], exclude: ['**/*.css'] }),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // The stylesheet is its own entry (dist/styles.css): no JS module imports CSS.
    cssCodeSplit: true,
    lib: {
      entry: {
        index: resolve(root, 'src/index.ts'),
        fixtures: resolve(root, 'src/fixtures/index.ts'),
        styles: resolve(root, 'src/styles/index.css'),
      },
      formats: ['es'],
      cssFileName: 'styles',
    },
    rolldownOptions: {
      // Peers and dependencies stay imports: the app's bundler dedupes them.
      external: [/^react($|\/)/, /^react-dom($|\/)/, /^radix-ui/, /^@radix-ui\//, 'class-variance-authority', 'clsx', 'tailwind-merge', /^@tanstack\//],
      // One output module per source module (with "sideEffects": ["**/*.css"]): an app's bundler
      // keeps only the components it imports, and size-limit can measure them one by one.
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
});
