import { describe, expect, inject, it } from 'vitest';
import { runOrThrow } from './run';

/**
 * What `npm pack` ships: the built package (dist: modules, their maps and .d.ts, styles.css) and
 * the four root files — no sources, tests, stories, screenshots or config.
 */
const ROOT_FILES = ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md'];
const DIST_FILE = /^dist\/[\w/.-]+\.(js|js\.map|d\.ts|css)$/;
const NEVER = /\.(test|stories)\.|__screenshots__|(^|\/)(tests|stories|\.storybook)\//;

describe('npm pack', () => {
  it('ships only dist, README.md, LICENSE and CHANGELOG.md', async () => {
    const { root } = inject('consumer');
    const { stdout } = await runOrThrow('npm', ['pack', '--dry-run', '--json', '--loglevel=error'], { cwd: root, timeoutMs: 60_000 });
    const [info] = JSON.parse(stdout) as [{ files: { path: string }[] }];
    const files = info.files.map((file) => file.path).sort();
    const unexpected = files.filter((file) => !ROOT_FILES.includes(file) && !(DIST_FILE.test(file) && !NEVER.test(file)));
    expect(unexpected, 'files outside the allowlist').toEqual([]);
    expect(files).toEqual(
      expect.arrayContaining([...ROOT_FILES, 'dist/index.js', 'dist/index.d.ts', 'dist/fixtures.js', 'dist/fixtures/index.d.ts', 'dist/styles.css']),
    );
  });
});
