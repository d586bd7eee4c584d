import chromium from '@sparticuz/chromium';
import { playwright } from '@vitest/browser-playwright';

/**
 * The test browser: the Chromium shipped inside the @sparticuz/chromium npm package, so the
 * lockfile pins the exact browser build and screenshots are identical on every machine, with
 * no browser download. CHROMIUM_PATH may point at another Chromium for local debugging; its
 * screenshots are not comparable with the baselines, so `npm run test:update` refuses it.
 */
export async function chromiumLaunchOptions() {
  const executablePath = process.env.CHROMIUM_PATH || (await chromium.executablePath());
  // --single-process breaks when many pages open and close (one per test file).
  const args = chromium.args.filter((arg) => arg !== '--single-process');
  return { executablePath, args };
}

export async function browserProvider() {
  return playwright({ launchOptions: await chromiumLaunchOptions() });
}
