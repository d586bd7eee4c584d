/**
 * Which story tests take a screenshot, and the baseline's file name. Shared by the screenshot hook
 * (vitest.setup.ts) and the baseline check (tests/package/screenshots.test.ts), so the committed
 * PNGs are exactly the ones the story tests compare against.
 *
 * - Light: every story (unless `screenshot: { disable: true }`), except a "Playground": it is the
 *   controls panel's sandbox, and its default args are those of a named state story, whose
 *   screenshot covers the same pixels.
 * - Dark: every story still renders, plays and runs axe in dark, but only these take a
 *   screenshot: each "All states" matrix (automatically) and the stories that opt in with
 *   `parameters: { screenshot: { dark: true } }` (one seed screen per pattern, a representative
 *   story of a component without a matrix, the token palette). `dark: false` opts an
 *   "All states" matrix out.
 */
export type ScreenshotTheme = 'light' | 'dark';

/** The `screenshot` story/meta parameter. */
export interface ScreenshotParameters {
  /** No screenshot in any theme. */
  disable?: boolean;
  /** Screenshot in dark too (default: only for a story named "All states"). */
  dark?: boolean;
  /** Pixelmatch tolerance for this story, instead of the project's. */
  allowedMismatchedPixelRatio?: number;
}

/** The story name that gets a dark screenshot without a parameter. */
export const ALL_STATES = 'All states';
/** The story name that never takes a screenshot. */
export const PLAYGROUND = 'Playground';

export function takesScreenshot(theme: ScreenshotTheme, storyName: string, screenshot: ScreenshotParameters | undefined): boolean {
  if (screenshot?.disable) return false;
  if (theme === 'light') return storyName !== PLAYGROUND;
  return screenshot?.dark ?? storyName === ALL_STATES;
}

/** The name passed to `toMatchScreenshot`: Vitest adds `-<browser>-<platform>.png`. */
export const screenshotName = (storyName: string, theme: ScreenshotTheme) => `${storyName.replace(/[^\w-]+/g, '-').replace(/^-|-$/g, '')}-${theme}`;

/** The baseline's file name under `__screenshots__/<story file name>/` (baselines come from the pinned Chromium on Linux). */
export const screenshotFile = (storyName: string, theme: ScreenshotTheme) => `${screenshotName(storyName, theme)}-chromium-linux.png`;
