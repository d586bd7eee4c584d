import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

// The spec lives in ../shared/seeds beside the repo (as in CI); tests/seeds is a copy so that a
// clone without shared/ still runs, and tests/fixtures/seeds.test.ts proves the copy has not drifted.
export const sharedSeedsDir = resolve(import.meta.dirname, '../../shared/seeds');
export const copySeedsDir = resolve(import.meta.dirname, 'seeds');
export const seedsDir = existsSync(sharedSeedsDir) ? sharedSeedsDir : copySeedsDir;

const seedFile = (prefix: string) => readdirSync(copySeedsDir).find((f) => f.startsWith(`${prefix}_`))!;

/** The text of seed `prefix` ("000"…"004"). */
export const seed = (prefix: string) => readFileSync(resolve(seedsDir, seedFile(prefix)), 'utf8');

/** The non-empty lines of a seed, trimmed. */
export const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
