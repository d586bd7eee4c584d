import type { FocusEvent } from 'react';

/**
 * A scroll container's `onFocus`: scrolls the control that just took focus fully into view,
 * clear of the container's `scroll-padding` (a sticky column or header). Browsers only scroll a
 * focused element that is hidden enough (Chrome leaves it alone while 32 px of it show), so Tab
 * could otherwise stop on a control half under a sticky column or past the box's edge (WCAG
 * 2.4.11). Nothing moves when the control is already in view.
 */
export function revealFocused(event: FocusEvent<HTMLElement>): void {
  const target = event.target;
  if (target === event.currentTarget || typeof target.scrollIntoView !== 'function') return;
  target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}
