#!/usr/bin/env node
/**
 * SourceTable mount benchmark (`npm run bench`; not part of `npm test`).
 *
 * Builds scripts/bench/ (a page that mounts a SourceTable of N fixture sources) with Vite in
 * production mode, serves it locally, and drives it in the pinned headless Chromium of
 * @sparticuz/chromium (the test browser, launched as scripts/browser.ts does). For each size it
 * runs WARMUP unmeasured mounts then RUNS measured ones, and prints min / median / max of:
 *   commit  React render + DOM commit (flushSync)
 *   layout  + style and layout of the mounted table (the "mount" figure checked against budget)
 *   frame   + the next animation frame
 * plus the layout figure of the very first (cold, unwarmed) mount of each size.
 * Targets (issue 3): 10,000 rows ≤ 150 ms and 100,000 rows ≤ 300 ms. Exit code 1 if a median
 * layout figure is over budget. Options: --dev (development build), --runs=N, --sizes=a,b.
 */
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { chromiumLaunchOptions } from './browser.ts';

const args = new Map(
  process.argv
    .slice(2)
    .map((a) => a.replace(/^--/, '').split('='))
    .map(([k, v]) => [k, v ?? 'true']),
);
const dev = args.get('dev') === 'true';
const RUNS = Number(args.get('runs') ?? 7);
const WARMUP = 2;
const SIZES = (args.get('sizes') ?? '10,500,10000,100000').split(',').map(Number);
const BUDGET = { 10000: 150, 100000: 300 };

const root = join(import.meta.dirname, 'bench');
const outDir = mkdtempSync(join(tmpdir(), 'source-table-bench-'));

console.log(`Building the benchmark page (${dev ? 'development' : 'production'} React)…`);
await build({
  configFile: join(import.meta.dirname, '..', 'vite.config.ts'),
  root,
  base: './',
  mode: dev ? 'development' : 'production',
  logLevel: 'warn',
  define: { 'process.env.NODE_ENV': JSON.stringify(dev ? 'development' : 'production') },
  build: { outDir, emptyOutDir: true, minify: !dev, sourcemap: false },
});

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.woff2': 'font/woff2' };
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  try {
    const file = join(outDir, path === '/' ? 'index.html' : path);
    const body = readFileSync(file);
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/`;

const launch = await chromiumLaunchOptions();
const browser = await chromium.launch({ ...launch, args: [...launch.args, '--js-flags=--expose-gc'], headless: true });
let failed = false;
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
  });
  await page.goto(url);
  await page.waitForFunction(() => window.__bench?.ready === true);
  const version = browser.version();

  const stats = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    return { min: sorted[0], median: sorted[Math.floor(sorted.length / 2)], max: sorted.at(-1) };
  };
  const ms = (v) => `${v.toFixed(1).padStart(7)} ms`;

  console.log(`\nSourceTable mount — Chromium ${version} (headless, @sparticuz/chromium), ${dev ? 'development' : 'production'} build`);
  console.log(`${WARMUP} warm-up + ${RUNS} measured mounts per size; figures are min / median / max.\n`);
  console.log('rows      in DOM   first mount   commit (median)   layout = mount (min / median / max)          frame (median)   budget');
  for (const count of SIZES) {
    const samples = [];
    let first;
    for (let i = 0; i < WARMUP + RUNS; i++) {
      const sample = await page.evaluate((n) => window.__bench.mount(n), count);
      first ??= sample;
      if (i >= WARMUP) samples.push(sample);
    }
    const commit = stats(samples.map((s) => s.commit));
    const layout = stats(samples.map((s) => s.layout));
    const frame = stats(samples.map((s) => s.frame));
    const budget = BUDGET[count];
    const verdict = budget === undefined ? '' : layout.median <= budget ? `≤ ${budget} ms  OK` : `≤ ${budget} ms  OVER`;
    if (budget !== undefined && layout.median > budget) failed = true;
    console.log(
      `${count.toLocaleString('en').padEnd(9)} ${String(samples[0].rowsInDom).padStart(6)}   ${ms(first.layout)}    ${ms(commit.median)}        ${ms(layout.min)} / ${ms(layout.median)} / ${ms(layout.max)}   ${ms(frame.median)}   ${verdict}`,
    );
  }
  if (errors.length > 0) {
    console.log(`\nConsole errors/warnings in the page:\n  ${errors.join('\n  ')}`);
    failed = true;
  }
} finally {
  await browser.close();
  server.close();
  rmSync(outDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
