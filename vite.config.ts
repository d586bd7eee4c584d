import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { cssNamespace } from './scripts/css-namespace.ts';

/** Shared by Storybook and Vitest. The library build has its own config (vite.lib.config.ts). */
export default defineConfig({
  // cssNamespace after tailwindcss: the same post-processing as the library build (dist/styles.css).
  plugins: [react(), tailwindcss(), cssNamespace()],
  // Pre-bundle every runtime dependency up front: a dependency discovered mid-run makes Vite
  // reload the test browser, which is slow and flaky.
  optimizeDeps: {
    include: ['react', 'react-dom', 'react-dom/client', 'react/jsx-runtime', 'react/jsx-dev-runtime', 'class-variance-authority', 'clsx'],
  },
});
