/**
 * The committed screenshot baselines are exactly the ones the story tests compare against: no
 * orphan (a renamed or deleted story, a dark screenshot no longer taken) stays in the repo, and
 * no story that takes a screenshot is missing its baseline. The rule is `.storybook/screenshots.ts`.
 */
import { readdirSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { isExportStory, storyNameFromExport } from 'storybook/internal/csf';
import { expect, it } from 'vitest';
import { screenshotFile, takesScreenshot, type ScreenshotParameters } from '../../.storybook/screenshots';

const ROOT = resolve(import.meta.dirname, '../..');

interface Annotations {
  name?: string;
  storyName?: string;
  parameters?: { screenshot?: ScreenshotParameters };
  includeStories?: string[] | RegExp;
  excludeStories?: string[] | RegExp;
}
type StoryModule = Record<string, unknown> & { default: Annotations };

const modules = import.meta.glob<StoryModule>('../../stories/**/*.stories.tsx', { eager: true });

/** `stories/<folder>/__screenshots__/<file>/<png>` for every screenshot a story test takes. */
function expectedBaselines(): string[] {
  const expected: string[] = [];
  for (const [path, module] of Object.entries(modules)) {
    const file = relative(ROOT, resolve(import.meta.dirname, path));
    const meta = module.default;
    for (const [exportName, value] of Object.entries(module)) {
      if (exportName === 'default' || exportName === '__namedExportsOrder' || !isExportStory(exportName, meta)) continue;
      const story = (value ?? {}) as Annotations;
      const name = story.name ?? story.storyName ?? storyNameFromExport(exportName);
      const screenshot = { ...meta.parameters?.screenshot, ...story.parameters?.screenshot };
      for (const theme of ['light', 'dark'] as const) {
        if (takesScreenshot(theme, name, screenshot)) expected.push(join(dirname(file), '__screenshots__', basename(file), screenshotFile(name, theme)));
      }
    }
  }
  return expected.sort();
}

function committedBaselines(): string[] {
  return readdirSync(join(ROOT, 'stories'), { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.png') && path.split('/').includes('__screenshots__'))
    .map((path) => join('stories', path))
    .sort();
}

it('finds the story files', () => {
  expect(Object.keys(modules).length).toBeGreaterThan(30);
  expect(expectedBaselines()).toContain('stories/components/__screenshots__/HealthBadge.stories.tsx/All-states-dark-chromium-linux.png');
});

it('has no baseline without a story test that takes it', () => {
  const expected = new Set(expectedBaselines());
  expect(committedBaselines().filter((path) => !expected.has(path))).toEqual([]);
});

it('has a baseline for every story test that takes a screenshot', () => {
  const committed = new Set(committedBaselines());
  expect(expectedBaselines().filter((path) => !committed.has(path))).toEqual([]);
});
