#!/usr/bin/env node
/**
 * Publishes Storybook to Chromatic, failing fast and clearly when it cannot: the chromatic CLI
 * has no offline mode and, without network, can hang. Never part of `npm test`; the local
 * screenshot tests (`npm test`) are its offline twin. Extra arguments go to the CLI.
 */
import { spawn } from 'node:child_process';
import { lookup } from 'node:dns/promises';

const TIMEOUT_MS = Number(process.env.CHROMATIC_TIMEOUT_MS ?? 15 * 60_000);

if (!process.env.CHROMATIC_PROJECT_TOKEN) {
  console.error('chromatic: CHROMATIC_PROJECT_TOKEN is not set (a GitHub secret in CI). Nothing was published.');
  process.exit(2);
}

try {
  await Promise.race([lookup('index.chromatic.com'), new Promise((_, reject) => setTimeout(() => reject(new Error('DNS timeout')), 5_000))]);
} catch (error) {
  console.error(`chromatic: Chromatic is unreachable from this machine (${error.message}). Nothing was published.`);
  process.exit(3);
}

const child = spawn('chromatic', ['--config-file', 'chromatic.config.json', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, DISABLE_ERROR_MONITORING: 'true' },
});
const timer = setTimeout(() => {
  console.error(`chromatic: no result after ${TIMEOUT_MS / 1000}s; stopping.`);
  child.kill('SIGTERM');
}, TIMEOUT_MS);
child.on('exit', (code, signal) => {
  clearTimeout(timer);
  process.exit(code ?? (signal ? 4 : 1));
});
