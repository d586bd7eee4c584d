/**
 * Runs around every story test (the theme projects and storybook-fr): fails a story on any unexpected console
 * error or warning, then screenshots the rendered story and compares it with the committed
 * baseline for the project's theme (every story in light; in dark only the stories that
 * `takesScreenshot` selects, see screenshots.ts).
 */
import { afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { resetDevWarnings } from '../src/domain/dev';
import { installConsoleGuard } from '../tests/setup/console-guard';
import { screenshotName, takesScreenshot, type ScreenshotParameters } from './screenshots';

interface StoryContextLike {
  story?: { parameters?: { expectedConsole?: RegExp[]; screenshot?: ScreenshotParameters } };
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

// A story's expected console output is in its parameters, which the test context only holds once
// the story has run (reading them in beforeEach saw nothing on a first attempt, only on a retry).
installConsoleGuard({ beforeEach, afterEach, expectedBy: (ctx) => (ctx as StoryContextLike).story?.parameters?.expectedConsole });

// Load Inter before the first story of a file renders: `document.fonts.ready` only waits for
// loads already started, and a native <select> painted with the fallback font first ends up one
// pixel off in the first story's screenshot.
beforeAll(async () => {
  await Promise.all(['400', '500', '600', '700'].map((weight) => document.fonts.load(`${weight} 16px "Inter Variable"`)));
});

beforeEach(async (ctx) => {
  // Park the pointer in the top-left corner (the story frame's padding) before the story renders.
  // Playwright's mouse outlives a test and a test file (one page per worker): wherever the last
  // click or hover of an earlier story left it, Chromium puts the new story's element under it in
  // :hover (a row background, a button, a tooltip trigger) a frame or more after it renders — a
  // change the screenshot may or may not catch, depending on load and on which file ran before.
  await userEvent.hover(document.documentElement, { position: { x: 0, y: 0 }, force: true });
  resetDevWarnings();
  // Put the project's theme on <html> before the story renders (the preview decorator only
  // does it in an effect): native controls (select) otherwise first paint in the other
  // colour scheme and the first story's screenshot of a file can catch the repaint.
  document.documentElement.classList.toggle('dark', ctx.task.file.projectName?.endsWith('dark') ?? false);
});

afterEach(async (ctx) => {
  const { task } = ctx;
  const parameters = (ctx as unknown as StoryContextLike).story?.parameters;
  // storybook-fr checks the play functions and axe in French; its layout is the light project's.
  if (task.result?.state === 'fail' || task.file.projectName === 'storybook-fr') return;
  const theme = task.file.projectName?.endsWith('dark') ? 'dark' : 'light';
  if (!takesScreenshot(theme, task.name, parameters?.screenshot)) return;
  const root = document.querySelector<HTMLElement>('[data-story-root]');
  if (!root) return;
  await document.fonts.ready;
  await nextFrame();
  // A story taller than its viewport would be clipped: grow the viewport's height (never its
  // width, so the layout does not change) to the page's. The addon sets each story's viewport
  // again before it runs, so this does not leak into the next story.
  const height = Math.ceil(document.documentElement.scrollHeight);
  if (height > window.innerHeight) {
    await page.viewport(window.innerWidth, height);
    await nextFrame();
  }
  const name = screenshotName(task.name, theme);
  const tolerance = parameters?.screenshot?.allowedMismatchedPixelRatio;
  await expect
    .element(page.elementLocator(root))
    .toMatchScreenshot(
      name,
      tolerance === undefined ? undefined : { comparatorName: 'pixelmatch', comparatorOptions: { threshold: 0.1, allowedMismatchedPixelRatio: tolerance } },
    );
});
