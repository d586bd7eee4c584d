import { expect, waitFor } from 'storybook/test';

/** The tooltip that describes `trigger` (its `aria-describedby`). */
export function tooltipOf(trigger: HTMLElement): HTMLElement {
  const tooltip = document.getElementById(trigger.getAttribute('aria-describedby') ?? '');
  if (!tooltip) throw new Error('the trigger is not described by a tooltip');
  return tooltip;
}

/** Waits longer than the tooltip's grace period after the pointer leaves (so a wrongly closing tooltip has closed). */
export const afterGracePeriod = () => new Promise((resolve) => setTimeout(resolve, 300));

/**
 * The open tooltip is entirely inside the window and nothing clips or covers it: each of its
 * corners (4 px in, inside the rounded corner) hit-tests to the tooltip itself, not to a scroll
 * box, a sticky header or the page behind.
 */
export async function expectTooltipFullyVisible(tooltip: HTMLElement) {
  await waitFor(() => expect(tooltip).toBeVisible());
  const rect = tooltip.getBoundingClientRect();
  const { clientWidth, clientHeight } = document.documentElement;
  await expect(rect.width, 'tooltip width').toBeGreaterThan(0);
  await expect(rect.left, 'tooltip left').toBeGreaterThanOrEqual(0);
  await expect(rect.top, 'tooltip top').toBeGreaterThanOrEqual(0);
  await expect(rect.right, 'tooltip right vs window width').toBeLessThanOrEqual(clientWidth);
  await expect(rect.bottom, 'tooltip bottom vs window height').toBeLessThanOrEqual(clientHeight);
  const corners: [string, number, number][] = [
    ['top left', rect.left + 4, rect.top + 4],
    ['top right', rect.right - 4, rect.top + 4],
    ['bottom left', rect.left + 4, rect.bottom - 4],
    ['bottom right', rect.right - 4, rect.bottom - 4],
  ];
  for (const [corner, x, y] of corners) {
    const hit = document.elementFromPoint(x, y);
    await expect(hit !== null && tooltip.contains(hit), `the tooltip's ${corner} corner is the tooltip (got ${hit?.outerHTML.slice(0, 80)})`).toBe(true);
  }
}

/** A point in the gap between the trigger and its open tooltip, over their common horizontal span. */
export function pointBetween(trigger: HTMLElement, tooltip: HTMLElement): { x: number; y: number } {
  const a = trigger.getBoundingClientRect();
  const b = tooltip.getBoundingClientRect();
  const x = (Math.max(a.left, b.left) + Math.min(a.right, b.right)) / 2;
  const y = b.bottom <= a.top ? (b.bottom + a.top) / 2 : (a.bottom + b.top) / 2;
  return { x, y };
}

/**
 * The open tooltip is in the browser's top layer and still wears the library's scoped styles and
 * the theme's variables (it stays in the DOM under its `.iu-root`): its colours are the tokens'
 * as resolved beside it, not the browser's popover defaults (Canvas, a border, centred).
 */
export async function expectTooltipStyled(tooltip: HTMLElement) {
  await expect(tooltip.matches(':popover-open'), 'the tooltip is an open popover (top layer)').toBe(true);
  const probe = document.createElement('span');
  probe.style.backgroundColor = 'var(--ui-surface)';
  probe.style.color = 'var(--ui-foreground)';
  probe.style.borderTopColor = 'var(--ui-border)';
  tooltip.parentElement!.append(probe);
  try {
    const [actual, tokens] = [getComputedStyle(tooltip), getComputedStyle(probe)];
    await expect(actual.backgroundColor, 'background: --ui-surface').toBe(tokens.backgroundColor);
    await expect(actual.color, 'text: --ui-foreground').toBe(tokens.color);
    await expect(actual.borderTopColor, 'border: --ui-border').toBe(tokens.borderTopColor);
    await expect(actual.borderTopLeftRadius, 'rounded (not the popover default)').not.toBe('0px');
    await expect(actual.marginTop, 'no popover auto margin').toBe('0px');
  } finally {
    probe.remove();
  }
}
