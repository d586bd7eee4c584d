import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { configDefaults, defineConfig, mergeConfig } from 'vitest/config';
import { browserProvider } from './scripts/browser.ts';
import viteConfig from './vite.config.ts';

/**
 * Eight projects:
 * - `unit`: domain, i18n, fixtures and component behaviour, in happy-dom;
 * - `browser`: the stylesheet's isolation from a host app's CSS (tests/browser), in the pinned Chromium;
 * - `consumer`: the packed package as an app gets it (type checks of the README's examples,
 *   plain-Node import and server rendering with React 19 and 18, what `npm pack` ships);
 * - `storybook-light` / `storybook-dark`: every story in the pinned Chromium, once per theme:
 *   render, play, axe (a11y.test = 'error') and a screenshot against the committed baseline
 *   (every story in light; in dark the "All states" matrices and the stories that opt in:
 *   .storybook/screenshots.ts);
 * - `storybook-fr`: every story in French (render, play, axe; no screenshot);
 * - `ssr-react19` / `ssr-react18`: the same tests (tests/ssr) on each supported React: every
 *   pattern server-rendered (react-dom/server, in a worker: no DOM), hydrated and mounted in the
 *   pinned Chromium without a warning or a mismatch.
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
    // One retry, for a screenshot that misses Vitest's 5 s stability window on a loaded 2-core
    // machine (a 4,000 px pattern story). A real regression fails twice. With `--retry 0` every
    // story passes (996 in the three projects): the two known causes of first-attempt failures
    // (expected console output read too early, a pointer left by the previous story) are fixed.
    retry: 1,
    browser: browser(`storybook-${theme}`),
    setupFiles: ['.storybook/vitest.setup.ts'],
  },
});

/**
 * Every story in French: axe checks the French render (longer words, other labels), and the play
 * functions read the catalog of the toolbar's locale (stories/support/l10n.ts), so each one runs
 * in both languages. Render, play and axe; no screenshot (vitest.setup.ts skips it for this
 * project: the light project's baselines already cover the layout, French text is checked by the
 * plays and the pattern seeds).
 */
const storybookFrenchProject = () => ({
  extends: true as const,
  plugins: [storybookTest({ configDir: '.storybook', initialGlobals: { theme: 'light', locale: 'fr' } })],
  test: {
    name: 'storybook-fr',
    retry: 1,
    browser: { ...browser('storybook-fr'), screenshotFailures: false },
    setupFiles: ['.storybook/vitest.setup.ts'],
  },
});

/**
 * React 18 for a whole project: the `react-18` / `react-dom-18` npm aliases replace every React
 * entry point, for our code, the tests and the pre-bundled dependencies alike (the optimizer
 * resolves through `resolve.alias`; the project has its own dependency cache). Exact matches
 * only, so `react-18` itself and packages such as `react-is` are left alone.
 */
const REACT_18_ALIASES = [
  'react',
  'react/jsx-runtime',
  'react/jsx-dev-runtime',
  'react-dom',
  'react-dom/client',
  'react-dom/server',
  'react-dom/server.browser',
  'react-dom/test-utils',
].map((id) => ({
  find: new RegExp(`^${id.replace(/[./]/g, (c) => `\\${c}`)}$`),
  replacement: id.replace(/^react(-dom)?/, (name) => `${name}-18`),
}));

const ssrProject = (react: 18 | 19) => ({
  extends: true as const,
  ...(react === 18 ? { resolve: { alias: REACT_18_ALIASES } } : {}),
  optimizeDeps: { include: ['react-dom/server', '@testing-library/react'] },
  test: {
    name: `ssr-react${react}`,
    include: ['tests/ssr/**/*.ssr.test.{ts,tsx}'],
    setupFiles: ['tests/setup/ssr.ts'],
    // The React major the project must run (asserted by the tests, so it cannot silently run another).
    provide: { reactMajor: react },
    browser: browser(`ssr-react${react}`),
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
            exclude: [...configDefaults.exclude, 'tests/ssr/**', 'tests/consumer/**', 'tests/browser/**'],
            setupFiles: ['tests/setup/unit.ts'],
          },
        },
        {
          test: {
            name: 'consumer',
            root: import.meta.dirname,
            environment: 'node',
            include: ['tests/consumer/**/*.test.ts'],
            globalSetup: ['tests/consumer/setup.ts'],
            // The setup builds, packs and (on a cold cache) installs two apps from the registry.
            hookTimeout: 600_000,
            testTimeout: 180_000,
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
        storybookFrenchProject(),
        ssrProject(19),
        ssrProject(18),
      ],
    },
  }),
);
