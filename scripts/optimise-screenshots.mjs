#!/usr/bin/env node
/**
 * Recompresses story screenshot baselines losslessly (oxipng, WebAssembly build of @jsquash/oxipng).
 * The decoded pixels stay identical, so `toMatchScreenshot` compares the same image; a file is only
 * rewritten when the result is smaller.
 *   node scripts/optimise-screenshots.mjs          → the baselines that are new or changed vs git HEAD
 *   node scripts/optimise-screenshots.mjs --all    → every baseline under stories/**\/__screenshots__
 *   node scripts/optimise-screenshots.mjs a.png …  → those files
 * `npm run test:update` calls it after a successful update. CPU heavy: at most 2 workers.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker, isMainThread, parentPort } from 'node:worker_threads';

/**
 * Level 2: on a sample of pattern and component baselines it saves 26 % in about 9 s per MB;
 * level 1 saves 14 %, level 3 saves nothing more and is 4 to 10 times slower.
 */
const LEVEL = 2;
const MAX_WORKERS = 2;

const isBaseline = (path) => path.endsWith('.png') && path.split('/').includes('__screenshots__') && !/-(actual|diff)-[^/]*\.png$/.test(path);

if (!isMainThread) {
  const { default: optimise, init } = await import('@jsquash/oxipng/optimise.js');
  await init(readFileSync(new URL(import.meta.resolve('@jsquash/oxipng/codec/pkg/squoosh_oxipng_bg.wasm'))));
  parentPort.on('message', async (path) => {
    const input = readFileSync(path);
    const bytes = input.buffer.slice(input.byteOffset, input.byteOffset + input.byteLength);
    const output = new Uint8Array(await optimise(bytes, { level: LEVEL, interlace: false, optimiseAlpha: false }));
    const smaller = output.byteLength < input.byteLength;
    if (smaller) writeFileSync(path, output);
    parentPort.postMessage({ path, before: input.byteLength, after: smaller ? output.byteLength : input.byteLength });
  });
} else {
  const args = process.argv.slice(2);
  const git = (...command) => execFileSync('git', command, { encoding: 'utf8' }).split('\n').filter(Boolean);
  const walk = (dir) =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]));
  const files = (
    args.includes('--all')
      ? walk('stories')
      : args.length > 0
        ? args
        : [...git('diff', '--name-only', 'HEAD', '--', 'stories'), ...git('ls-files', '--others', '--exclude-standard', '--', 'stories')]
  )
    .filter((path) => isBaseline(path) && existsSync(path))
    // Largest first, so the two workers finish at about the same time.
    .sort((a, b) => statSync(b).size - statSync(a).size);

  if (files.length === 0) {
    console.log('optimise-screenshots: no new or changed baseline.');
  } else {
    const started = Date.now();
    let before = 0;
    let after = 0;
    let done = 0;
    const queue = [...files];
    const count = Math.min(MAX_WORKERS, availableParallelism(), files.length);
    await Promise.all(
      Array.from(
        { length: count },
        () =>
          new Promise((resolve, reject) => {
            const worker = new Worker(new URL(import.meta.url));
            const next = () => {
              const path = queue.shift();
              if (path === undefined) worker.terminate().then(resolve, reject);
              else worker.postMessage(path);
            };
            worker.on('message', (result) => {
              before += result.before;
              after += result.after;
              done += 1;
              if (process.stdout.isTTY) process.stdout.write(`\roptimise-screenshots: ${done}/${files.length}`);
              next();
            });
            worker.on('error', reject);
            next();
          }),
      ),
    );
    const mb = (bytes) => (bytes / 1e6).toFixed(2);
    if (process.stdout.isTTY) process.stdout.write('\n');
    console.log(
      `optimise-screenshots: ${files.length} PNG, ${mb(before)} MB → ${mb(after)} MB (oxipng level ${LEVEL}, ${((Date.now() - started) / 1000).toFixed(0)} s)`,
    );
  }
}
