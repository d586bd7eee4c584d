import { expect } from 'storybook/test';

/**
 * Reflow checks for the narrow-screen stories (WCAG 1.4.10 reflow, 1.4.12 text spacing, 2.4.11
 * focus not obscured). 320 CSS px is also what a 1280 px window shows at 400 % zoom, so the
 * 320 px stories cover that case too.
 */

/** Story parameters for the 320 px width (WCAG 1.4.10's reflow width; 1280 px at 400 % zoom). */
export const reflow320 = {
  parameters: { viewport: { options: { reflow: { name: 'Reflow (320 px)', styles: { width: '320px', height: '640px' }, type: 'mobile' } } } },
  globals: { viewport: { value: 'reflow', isRotated: false } },
} as const;

/**
 * WCAG 1.4.12's text-spacing stylesheet (the bookmarklet every audit uses): line height 1.5,
 * letter spacing 0.12em, word spacing 0.16em and paragraph spacing 2em, forced on every element.
 */
export const TEXT_SPACING_CSS = `
*, *::before, *::after {
  line-height: 1.5 !important;
  letter-spacing: 0.12em !important;
  word-spacing: 0.16em !important;
}
p { margin-bottom: 2em !important; }
`;

/**
 * A story's `beforeEach` that injects the text-spacing stylesheet for the story and removes it
 * afterwards (so the next story of the file renders without it).
 */
export function withTextSpacing() {
  const style = document.createElement('style');
  style.dataset.textSpacing = '';
  style.textContent = TEXT_SPACING_CSS;
  document.head.append(style);
  return () => style.remove();
}

const OVERFLOWING = new Set(['auto', 'scroll', 'hidden', 'clip']);

/** The ancestors of `element` that clip or scroll it (overflow other than visible), nearest first. */
function clippingAncestors(element: Element): HTMLElement[] {
  const result: HTMLElement[] = [];
  for (let node = element.parentElement; node && node !== document.documentElement; node = node.parentElement) {
    const style = getComputedStyle(node);
    if (OVERFLOWING.has(style.overflowX) || OVERFLOWING.has(style.overflowY)) result.push(node);
  }
  return result;
}

/** Whether `element` sits inside a region that scrolls sideways on purpose (e.g. a data table's scroller). */
function insideScrollRegion(element: Element): boolean {
  return clippingAncestors(element).some((node) => {
    const { overflowX } = getComputedStyle(node);
    return overflowX === 'auto' || overflowX === 'scroll';
  });
}

/** Elements under `root` wider than the viewport, or sticking out of its right edge, outside any scroll region. */
export function overflowingElements(root: Element): string[] {
  const width = document.documentElement.clientWidth;
  const offenders: string[] = [];
  for (const element of root.querySelectorAll('*')) {
    const rect = element.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) continue;
    if ((rect.right > width + 0.5 || rect.left < -0.5) && !insideScrollRegion(element)) offenders.push(describeElement(element, rect));
  }
  return offenders;
}

/** Fails when the page scrolls sideways or an element outside a scroll region is wider than the viewport. */
export async function expectReflow(root: Element) {
  const page = document.documentElement;
  await expect(page.scrollWidth, `page scrollWidth at ${window.innerWidth} px`).toBeLessThanOrEqual(window.innerWidth);
  await expect(overflowingElements(root), 'elements past the viewport').toEqual([]);
}

const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex], [contenteditable="true"]';

/**
 * The focus stops under `root`, in Tab order (document order; nothing here has a positive
 * tabindex): enabled, rendered, not inert, not `tabindex="-1"`.
 */
export function focusStops(root: Element): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (element) =>
      element.tabIndex >= 0 &&
      !(element as HTMLButtonElement).disabled &&
      !element.closest('[inert]') &&
      !(element instanceof HTMLInputElement && element.type === 'hidden') &&
      element.checkVisibility({ visibilityProperty: true }),
  );
}

function describeElement(element: Element, rect = element.getBoundingClientRect()): string {
  const name = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40) ?? '';
  const slot = element.getAttribute('data-slot');
  return `<${element.tagName.toLowerCase()}${slot ? ` data-slot="${slot}"` : ''}> "${name}" [${Math.round(rect.left)}–${Math.round(rect.right)}]`;
}

/**
 * Why the focused `element` is not fully in sight, or null: each of its centre and (2 px inside)
 * corners must hit the element itself, its content or (at a rounded corner) an ancestor with
 * `elementsFromPoint`, so nothing else
 * (a sticky column or header) is painted over it; and it must lie inside the visible box of every
 * ancestor that clips or scrolls it, and inside the viewport.
 */
export function obscuredReason(element: HTMLElement): string | null {
  const rect = element.getBoundingClientRect();
  const boxes = [
    { name: 'viewport', left: 0, top: 0, right: document.documentElement.clientWidth, bottom: window.innerHeight },
    ...clippingAncestors(element).map((node) => {
      const box = node.getBoundingClientRect();
      const left = box.left + node.clientLeft;
      const top = box.top + node.clientTop;
      return { name: describeElement(node), left, top, right: left + node.clientWidth, bottom: top + node.clientHeight };
    }),
  ];
  for (const box of boxes) {
    // An element larger than the box can never fit: it must at least overlap it.
    const fitsX = rect.width <= box.right - box.left + 1.5;
    const fitsY = rect.height <= box.bottom - box.top + 1.5;
    const outX = fitsX ? rect.left < box.left - 1.5 || rect.right > box.right + 1.5 : rect.right <= box.left || rect.left >= box.right;
    const outY = fitsY ? rect.top < box.top - 1.5 || rect.bottom > box.bottom + 1.5 : rect.bottom <= box.top || rect.top >= box.bottom;
    if (outX || outY) {
      const at = `[${Math.round(rect.left)},${Math.round(rect.top)} ${Math.round(rect.width)}×${Math.round(rect.height)}]`;
      return `${at} outside the visible box of ${box.name} [${Math.round(box.left)},${Math.round(box.top)}–${Math.round(box.right)},${Math.round(box.bottom)}]`;
    }
  }
  const inset = Math.min(2, rect.width / 4, rect.height / 4);
  const points = [
    [rect.left + rect.width / 2, rect.top + rect.height / 2],
    [rect.left + inset, rect.top + inset],
    [rect.right - inset, rect.top + inset],
    [rect.left + inset, rect.bottom - inset],
    [rect.right - inset, rect.bottom - inset],
  ] as const;
  for (const [x, y] of points) {
    // Only points inside the viewport can be hit-tested (a tall element may run past it).
    if (x < 0 || y < 0 || x >= document.documentElement.clientWidth || y >= window.innerHeight) continue;
    const top = document.elementsFromPoint(x, y)[0];
    // An ancestor on top means the point is outside the element's painted shape (a rounded corner), not covered.
    if (top && !element.contains(top) && !top.contains(element)) return `covered at (${Math.round(x)}, ${Math.round(y)}) by ${describeElement(top)}`;
  }
  return null;
}

/**
 * Focuses every focus stop under `root` in Tab order (`focus()` scrolls it into view as Tab
 * does) and returns the stops left covered or out of sight, with the reason.
 */
export function obscuredFocusStops(root: Element): { stops: number; obscured: string[] } {
  const stops = focusStops(root);
  const obscured: string[] = [];
  for (const stop of stops) {
    stop.focus();
    if (document.activeElement !== stop) continue;
    const reason = obscuredReason(stop);
    if (reason) obscured.push(`${describeElement(stop)}: ${reason}`);
  }
  // Leave the story as it rendered (for its screenshot): nothing focused, nothing scrolled.
  (document.activeElement as HTMLElement | null)?.blur();
  for (const element of root.querySelectorAll('*')) {
    if (element.scrollLeft || element.scrollTop) element.scrollTo(0, 0);
  }
  window.scrollTo(0, 0);
  return { stops: stops.length, obscured };
}

/** Fails when any focus stop under `root`, once focused, is covered or out of sight (WCAG 2.4.11). */
export async function expectFocusNeverObscured(root: Element) {
  const { stops, obscured } = obscuredFocusStops(root);
  await expect(stops, 'focus stops found').toBeGreaterThan(0);
  await expect(obscured, `focus stops covered or out of sight (of ${stops})`).toEqual([]);
}

/** The whole reflow check of a narrow story: no sideways scroll, no focus stop ever covered. */
export async function expectReflowAndVisibleFocus(root: Element) {
  await expectReflow(root);
  await expectFocusNeverObscured(root);
}
