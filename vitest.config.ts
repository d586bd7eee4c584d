import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { defineConfig, mergeConfig } from 'vitest/config';
import { browserProvider } from './scripts/browser.ts';
import viteConfig from './vite.config.ts';

/**
 * Four projects:
 * - `unit`: domain, i18n, fixtures and component behaviour, in happy-dom;
 * - `browser`: the stylesheet's isolation from a host app's CSS (tests/browser), in the pinned Chromium;
 * - `storybook-light` / `storybook-dark`: every story in the pinned Chromium, once per theme:
 *   render, play, axe (a11y.test = 'error') and a screenshot against the committed baseline.
 */
const provider = await browserProvider();
// A fresh object per project: Vitest names each project's browser instances in place.
const browser = (project: string) => ({
  enabled: true,
  headless: true,
  provider,
  instances: [{ browser: 'chromium' as const, name: project }],
  // Story screenshots are compared pixel for pixel on the pinned browser; a few anti-aliased
  // pixels of tolerance absorb sub-pixel text rasterisation noise, nothing a person could see.
  expect: {
    toMatchScreenshot: {
      comparatorName: 'pixelmatch' as const,
      comparatorOptions: { threshold: 0.1, allowedMismatchedPixelRatio: 0.0005 },
      screenshotOptions: { animations: 'disabled' as const, caret: 'hide' as const },
    },
  },
});

const storybookProject = (theme: 'light' | 'dark') => ({
  extends: true as const,
  plugins: [storybookTest({ configDir: '.storybook', initialGlobals: { theme } })],
  test: {
    name: `storybook-${theme}`,
    // One retry: on the 2-core CI machine a story (SourceTable Playground) once failed under full
    // load and passed alone; a retry keeps a real regression red (it fails twice) — see the note.
    retry: 1,
    browser: browser(`storybook-${theme}`),
    setupFiles: ['.storybook/vitest.setup.ts'],
  },
});

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            environment: 'happy-dom',
            include: ['tests/**/*.test.{ts,tsx}'],
            exclude: ['tests/browser/**'],
            setupFiles: ['tests/setup/unit.ts'],
          },
        },
        // The stylesheet's isolation from a host app's CSS, on computed styles in the real browser.
        {
          extends: true,
          test: {
            name: 'browser',
            include: ['tests/browser/**/*.browser.test.{ts,tsx}'],
            // Hundreds of thousands of computed values per test: generous on a loaded 2-core machine.
            testTimeout: 120_000,
            browser: { ...browser('browser'), screenshotFailures: false },
          },
        },
        storybookProject('light'),
        storybookProject('dark'),
      ],
    },
  }),
);
