/**
 * Emulates the OS colour scheme (the `prefers-color-scheme` media feature) in the test browser,
 * through the DevTools protocol of the Playwright provider's Chromium. Plain JavaScript on purpose:
 * typing `vitest/browser` here would merge its `expect.element` matchers into the type of every
 * `expect` in the project (the unit tests' jest-dom `toHaveTextContent(RegExp)` would stop
 * type-checking); colour-scheme.d.ts gives the signature.
 */
import { cdp } from 'vitest/browser';

export async function emulateColourScheme(value) {
  await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value }] });
}
