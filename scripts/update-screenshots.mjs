#!/usr/bin/env node
/**
 * Accepts new story screenshots as baselines.
 *   npm run test:update                     → rewrite every baseline (obsolete ones are removed)
 *   npm run test:update -- stories/x.tsx    → rewrite the baselines of those story files only
 * Baselines must come from the pinned Chromium of @sparticuz/chromium, so CHROMIUM_PATH is refused.
 * After a successful update, the new or changed baselines are recompressed losslessly
 * (scripts/optimise-screenshots.mjs), so committed PNGs are always optimised.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

if (process.env.CHROMIUM_PATH) {
  console.error('test:update: unset CHROMIUM_PATH — baselines are only taken with the pinned Chromium (@sparticuz/chromium).');
  process.exit(1);
}

const files = process.argv.slice(2);
if (files.length === 0) {
  // A full update starts from nothing, so screenshots of deleted or renamed stories disappear.
  const walk = (dir) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (!statSync(path).isDirectory()) continue;
      if (entry === '__screenshots__') rmSync(path, { recursive: true, force: true });
      else walk(path);
    }
  };
  walk('stories');
}

const result = spawnSync('vitest', ['run', '--project', 'storybook-*', ...files, '--update'], { stdio: 'inherit', shell: false });
if (result.status !== 0) process.exit(result.status ?? 1);

const optimised = spawnSync(process.execPath, ['scripts/optimise-screenshots.mjs'], { stdio: 'inherit', shell: false });
process.exit(optimised.status ?? 1);
