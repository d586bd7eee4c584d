import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { run, tail } from './run';

/**
 * A strict TypeScript consumer: the README's ```tsx examples, extracted as written (one module per
 * block), plus a check that the package's exports are typed (not `any`), compile in the packed
 * package's app under `strict` with each module resolution an app may use.
 */
const { root, apps } = inject('consumer');
const app = apps.react19.dir;
const typesDir = join(app, 'types-check');

export function readmeExamples(markdown: string): string[] {
  return [...markdown.matchAll(/^```tsx\n([\s\S]*?)^```$/gm)].map((match) => match[1]!);
}

const EXPORTS_TYPED = `import { HealthBadge, IntegrationsSettingsPage, deriveHealth, type SourceConnection } from 'integrations-ui';
import { FIXTURE_NOW, SETTINGS_SCREEN, SOURCES } from 'integrations-ui/fixtures';

// An export that resolved to \`any\` makes its line fail: 'typed' is not assignable to 'any-typed'.
type Typed<T> = 0 extends 1 & T ? 'any-typed' : 'typed';
export const checks: Typed<typeof HealthBadge | typeof IntegrationsSettingsPage | typeof deriveHealth | SourceConnection>[] = ['typed'];
export const fixtures: Typed<typeof SOURCES | typeof SETTINGS_SCREEN | typeof FIXTURE_NOW>[] = ['typed'];
export const status: string = deriveHealth(SOURCES[0]!, FIXTURE_NOW).status;
`;

const compilerOptions = {
  strict: true,
  noEmit: true,
  jsx: 'react-jsx',
  target: 'ES2022',
  lib: ['ES2023', 'DOM', 'DOM.Iterable'],
  types: [],
  // Library .d.ts are checked too: a broken import inside the package's declarations fails here.
  skipLibCheck: false,
};

const CONFIGS = {
  bundler: { module: 'esnext', moduleResolution: 'bundler' },
  nodenext: { module: 'nodenext', moduleResolution: 'nodenext' },
  node16: { module: 'node16', moduleResolution: 'node16' },
} as const;

beforeAll(() => {
  rmSync(typesDir, { recursive: true, force: true });
  mkdirSync(typesDir, { recursive: true });
  const examples = readmeExamples(readFileSync(join(root, 'README.md'), 'utf8'));
  examples.forEach((code, index) => writeFileSync(join(typesDir, `readme-${index + 1}.tsx`), code));
  writeFileSync(join(typesDir, 'exports-typed.ts'), EXPORTS_TYPED);
  // What an app's bundler setup declares (Vite's client types, Next's global types): CSS imports.
  writeFileSync(join(typesDir, 'css.d.ts'), "declare module '*.css';\n");
  for (const [name, options] of Object.entries(CONFIGS)) {
    // Incremental: a warm run re-checks only what changed (the package's .d.ts, the examples).
    const tsconfig = {
      compilerOptions: { ...compilerOptions, ...options, incremental: true, tsBuildInfoFile: `../.tsbuildinfo-${name}` },
      include: ['*.ts', '*.tsx'],
    };
    writeFileSync(join(typesDir, `tsconfig.${name}.json`), `${JSON.stringify(tsconfig, null, 2)}\n`);
  }
});

describe('README examples and exports type-check in a strict consumer', () => {
  it('extracts the README examples', () => {
    expect(readmeExamples(readFileSync(join(root, 'README.md'), 'utf8')).length).toBeGreaterThanOrEqual(5);
  });

  // Concurrent: each tsc run is a separate process.
  it.concurrent.each(Object.keys(CONFIGS))('module resolution %s', async (name) => {
    const tsc = join(app, 'node_modules/typescript/bin/tsc');
    const result = await run(process.execPath, [tsc, '-p', `tsconfig.${name}.json`, '--pretty', 'false'], { cwd: typesDir, timeoutMs: 120_000 });
    expect(result.code, `tsc (${name}) in ${typesDir}:\n${tail(result.stdout, result.stderr)}`).toBe(0);
  });
});
