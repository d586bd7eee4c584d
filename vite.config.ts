import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Shared by Storybook and Vitest. The library build has its own config (vite.lib.config.ts). */
export default defineConfig({
  plugins: [react(), tailwindcss()],
});
