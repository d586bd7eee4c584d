/**
 * The "system" theme: `iu-theme-system` on an ancestor follows the OS colour scheme
 * (prefers-color-scheme) with CSS alone. In the pinned Chromium, with the media feature emulated
 * through the DevTools protocol, a component under `iu-theme-system` computes exactly the
 * colours it computes under `.dark` when the OS is dark, and under `.light` when it is light.
 */
import { cleanup, render } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SourceTable } from '../../src/components/SourceTable';
import { AUTHORIZED_PROFILE_IDS, FIXTURE_NOW, PROFILES, SOURCES } from '../../src/fixtures';
import { IntegrationsUIProvider } from '../../src/i18n';
import libraryCss from '../../src/styles/index.css?inline';
import { emulateColourScheme } from './colour-scheme.js';

const COLOUR_PROPERTIES = ['color', 'background-color', 'border-top-color', 'outline-color', 'color-scheme'] as const;

let style: HTMLStyleElement;
beforeAll(() => {
  style = document.createElement('style');
  style.textContent = libraryCss;
  document.head.append(style);
});
afterAll(() => style.remove());

afterEach(async () => {
  cleanup();
  await emulateColourScheme('');
});

/** The computed colours of every element of a SourceTable under an ancestor with `themeClass`. */
function coloursUnder(themeClass: string): string[][] {
  const { container } = render(
    <IntegrationsUIProvider locale="en" timeZone="Europe/Paris" now={FIXTURE_NOW}>
      <div className={themeClass}>
        <SourceTable sources={SOURCES} profiles={PROFILES} authorizedProfileIds={AUTHORIZED_PROFILE_IDS} />
      </div>
    </IntegrationsUIProvider>,
  );
  const elements = [...container.querySelectorAll<HTMLElement>('.iu-root, .iu-root *')];
  const colours = elements.map((element) => {
    const computed = getComputedStyle(element);
    return COLOUR_PROPERTIES.map((property) => computed.getPropertyValue(property));
  });
  cleanup();
  return colours;
}

describe('theme "system" (iu-theme-system)', () => {
  it('the OS emulation really switches the media query', async () => {
    await emulateColourScheme('dark');
    await expect(matchMedia('(prefers-color-scheme: dark)').matches).toBe(true);
    await emulateColourScheme('light');
    await expect(matchMedia('(prefers-color-scheme: dark)').matches).toBe(false);
  });

  it('is the dark theme when the OS is dark', async () => {
    await emulateColourScheme('dark');
    const system = coloursUnder('iu-theme-system');
    await expect(system.length).toBeGreaterThan(100);
    await expect(system).toEqual(coloursUnder('dark'));
    // …and not the light one: the comparison above would pass if both themes looked alike.
    await expect(system).not.toEqual(coloursUnder('light'));
  });

  it('is the light theme when the OS is light', async () => {
    await emulateColourScheme('light');
    const system = coloursUnder('iu-theme-system');
    await expect(system).toEqual(coloursUnder('light'));
    await expect(system).not.toEqual(coloursUnder('dark'));
  });

  it('a `light` or `dark` class below it still chooses explicitly', async () => {
    await emulateColourScheme('dark');
    const { container } = render(
      <div className="iu-theme-system">
        <div className="light">
          <SourceTable sources={SOURCES} profiles={PROFILES} authorizedProfileIds={AUTHORIZED_PROFILE_IDS} />
        </div>
      </div>,
    );
    const root = container.querySelector<HTMLElement>('.iu-root')!;
    const light = getComputedStyle(root).getPropertyValue('--ui-background').trim();
    cleanup();
    await expect(light).toBe('#ffffff');
  });
});
