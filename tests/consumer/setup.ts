import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ConsumerApp, ConsumerContext } from './context';
import { runOrThrow } from './run';

/** The part of Vitest's TestProject used here (importing 'vitest/node' types would change the test files' matcher types). */
interface TestProject {
  provide: (key: 'consumer', value: ConsumerContext) => void;
}

/**
 * The consumer project's setup: build the library, `npm pack` it, and install the tarball in
 * temporary apps outside the repository (so nothing resolves from the repo's node_modules):
 * - react19: React 19, TypeScript and the React types (type checks, Node import, SSR);
 * - react18: React 18.3 (SSR only). Skipped with CONSUMER_SKIP_REACT18=1.
 * The apps live in the system temp dir, one set per checkout: installed again only when their
 * dependencies change, otherwise the new tarball is unpacked in place (its hash says when).
 */
const root = resolve(import.meta.dirname, '../..');
const MINUTE = 60_000;

/** npm, run from `npm test`, exports its config as npm_config_* (local_prefix = this repo!): the apps' npm must not inherit it. */
function cleanEnv(): NodeJS.ProcessEnv {
  const keep = new Set(['npm_config_registry', 'npm_config_cafile', 'npm_config_userconfig', 'npm_config_globalconfig', 'npm_config_cache']);
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key) || keep.has(key.toLowerCase())));
}

function devVersion(name: string): string {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
  const version = pkg.devDependencies[name];
  if (!version) throw new Error(`package.json has no devDependency ${name}`);
  return version;
}

/**
 * Installs an app once per change of its dependencies; when only the tarball changed (the usual
 * case between two local runs) the package is swapped in place: its own dependencies are the
 * same, so `npm install` would only unpack it again.
 */
async function prepareApp(base: string, name: string, tarball: string, hash: string, dependencies: Record<string, string>): Promise<ConsumerApp> {
  const dir = join(base, name);
  mkdirSync(dir, { recursive: true });
  const manifest = {
    name: `integrations-ui-consumer-${name}`,
    private: true,
    type: 'module',
    dependencies: { ...dependencies, 'integrations-ui': 'file:./integrations-ui.tgz' },
  };
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, unknown>;
  const depsKey = JSON.stringify([manifest, pkg.dependencies, pkg.peerDependencies]);
  const marker = join(dir, '.consumer-ready.json');
  const ready = existsSync(marker) ? (JSON.parse(readFileSync(marker, 'utf8')) as { deps?: string; tarball?: string }) : {};
  const installed = join(dir, 'node_modules/integrations-ui');
  if (ready.deps === depsKey && existsSync(join(installed, 'package.json'))) {
    if (ready.tarball !== hash) {
      rmSync(installed, { recursive: true, force: true });
      mkdirSync(installed, { recursive: true });
      await runOrThrow('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1'], { cwd: dir, timeoutMs: MINUTE });
      copyFileSync(tarball, join(dir, 'integrations-ui.tgz'));
    }
  } else {
    rmSync(marker, { force: true });
    rmSync(join(dir, 'package-lock.json'), { force: true });
    copyFileSync(tarball, join(dir, 'integrations-ui.tgz'));
    writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    await runOrThrow('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--prefer-offline', '--loglevel=error'], {
      cwd: dir,
      timeoutMs: 5 * MINUTE,
      env: cleanEnv(),
    });
  }
  writeFileSync(marker, JSON.stringify({ deps: depsKey, tarball: hash }));
  const react = JSON.parse(readFileSync(join(dir, 'node_modules/react/package.json'), 'utf8')) as { version: string };
  return { dir, react: react.version };
}

export default async function setup(project: TestProject) {
  const started = Date.now();
  const base = join(tmpdir(), `integrations-ui-consumer-${createHash('sha256').update(root).digest('hex').slice(0, 8)}`);
  const packDir = join(base, 'pack');
  rmSync(packDir, { recursive: true, force: true });
  mkdirSync(packDir, { recursive: true });

  // The library build the package ships (not `npm run build`: attw and publint are the build's own checks).
  // NODE_ENV as `npm run build` has it: Vitest's "test" would make Vite emit development JSX (jsxDEV, file paths).
  await runOrThrow(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '-c', 'vite.lib.config.ts', '--logLevel', 'warn'], {
    cwd: root,
    timeoutMs: 5 * MINUTE,
    env: { ...process.env, NODE_ENV: 'production' },
  });
  const packed = await runOrThrow('npm', ['pack', '--json', '--pack-destination', packDir, '--loglevel=error'], {
    cwd: root,
    timeoutMs: 2 * MINUTE,
    env: cleanEnv(),
  });
  const [info] = JSON.parse(packed.stdout) as [{ filename: string }];
  const tarball = join(packDir, info.filename);
  const hash = createHash('sha256').update(readFileSync(tarball)).digest('hex').slice(0, 16);

  const [react19, react18] = await Promise.all([
    prepareApp(base, 'react19', tarball, hash, {
      react: devVersion('react'),
      'react-dom': devVersion('react-dom'),
      typescript: devVersion('typescript'),
      '@types/react': devVersion('@types/react'),
      '@types/react-dom': devVersion('@types/react-dom'),
    }),
    process.env.CONSUMER_SKIP_REACT18 ? null : prepareApp(base, 'react18', tarball, hash, { react: '^18.3.1', 'react-dom': '^18.3.1' }),
  ]);

  const context: ConsumerContext = { root, tarball, apps: { react19, react18 } };
  project.provide('consumer', context);
  console.log(`consumer setup: build, pack and apps in ${((Date.now() - started) / 1000).toFixed(1)}s (${base})`);
}
