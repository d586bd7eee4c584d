import { expect } from 'storybook/test';

/**
 * Story parameters for the phone width (390 px). The screenshot hook grows the height to the
 * page's, so only the width matters here.
 */
export const phone = {
  parameters: { viewport: { options: { phone: { name: 'Phone (390 px)', styles: { width: '390px', height: '844px' }, type: 'mobile' } } } },
  globals: { viewport: { value: 'phone', isRotated: false } },
} as const;

/**
 * Story parameters for a short laptop window (1024 × 600): the wide layout (`lg`, 64rem) with
 * little height, where sticky parts (a side column, a footer of actions) cover the most. Unlike
 * the phone's, the height matters to the play; the screenshot hook still grows it afterwards.
 */
export const shortWindow = {
  parameters: { viewport: { options: { shortWindow: { name: 'Short window (1024 × 600)', styles: { width: '1024px', height: '600px' }, type: 'desktop' } } } },
  globals: { viewport: { value: 'shortWindow', isRotated: false } },
} as const;

/** Fails when the page scrolls horizontally (the narrow-layout rule of every pattern). */
export async function expectNoHorizontalScroll() {
  const root = document.documentElement;
  await expect(root.scrollWidth, 'page width at 390 px').toBeLessThanOrEqual(root.clientWidth);
}

/**
 * A component's narrow story: phone width, and the page must not scroll sideways. Spread it after
 * the story's literal `name: 'Narrow (390 px)'` (Storybook reads names statically; the name keys
 * the screenshots), then add the args.
 */
export const narrowStory = { ...phone, play: expectNoHorizontalScroll };
