import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Shared by Storybook and Vitest. The library build has its own config (vite.lib.config.ts). */
export default defineConfig({
  plugins: [react(), tailwindcss()],
  // Pre-bundle every runtime dependency up front: a dependency discovered mid-run makes Vite
  // reload the test browser, which is slow and flaky.
  optimizeDeps: {
    include: [
      'react',
      'react-dom',
      'react-dom/client',
      'react/jsx-runtime',
      'react/jsx-dev-runtime',
      'class-variance-authority',
      'clsx',
      'tailwind-merge',
    ],
  },
});
