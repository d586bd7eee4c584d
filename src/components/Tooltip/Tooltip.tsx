'use client';

import { cloneElement, isValidElement, useEffect, useId, useRef, useState, type ReactElement, type ReactNode } from 'react';
import { cn, IU_ROOT } from '../../lib/cn';
import { useIsomorphicLayoutEffect } from '../../lib/useIsomorphicLayoutEffect';

export interface TooltipProps {
  /** What the tooltip says; it is also the trigger's accessible description. */
  content: ReactNode;
  /** The trigger: one focusable element (a button, a link). */
  children: ReactElement<{ 'aria-describedby'?: string }>;
  /** Which side of the trigger the tooltip opens on; `auto` opens above unless that would be clipped (a table's scroll box, the top of the window), then below. @default 'auto' */
  side?: 'top' | 'bottom' | 'auto';
  /** Extra classes for the tooltip bubble. */
  className?: string;
}

/**
 * A small tooltip (WAI-ARIA tooltip pattern): opens on hover and keyboard focus, closes on
 * leave, blur and Escape (WCAG 1.4.13), and describes its trigger via aria-describedby even while
 * closed, so screen readers never depend on it being open. CSS-positioned on purpose: a
 * collision-aware popper would triple the bundle of every status component; `auto` only flips
 * it below when the room above is too small.
 */

/** The top edge that would clip the tooltip: the nearest ancestor that scrolls or clips, else the window. */
function clipTop(element: HTMLElement): number {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const style = getComputedStyle(node);
    if (/(auto|scroll|hidden|clip)/.test(`${style.overflowY}${style.overflowX}`)) return Math.max(node.getBoundingClientRect().top, 0);
  }
  return 0;
}
export function Tooltip({ content, children, side = 'auto', className }: TooltipProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [autoSide, setAutoSide] = useState<'top' | 'bottom'>('top');
  const placement = side === 'auto' ? autoSide : side;
  const rootRef = useRef<HTMLSpanElement>(null);
  const bubbleRef = useRef<HTMLSpanElement>(null);

  // Measured before paint, so an auto tooltip never flashes on the clipped side.
  useIsomorphicLayoutEffect(() => {
    if (side !== 'auto' || !open || !rootRef.current || !bubbleRef.current) return;
    const needed = bubbleRef.current.offsetHeight + 6;
    // No layout (server, test DOM): keep the default side.
    if (needed <= 6) return;
    const room = rootRef.current.getBoundingClientRect().top - clipTop(rootRef.current);
    // Measuring the laid-out bubble and choosing its side is what this effect is for.
    setAutoSide(room < needed ? 'bottom' : 'top');
  }, [open, side]);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  if (!isValidElement(children)) return <>{children}</>;
  return (
    <span
      ref={rootRef}
      data-slot="tooltip-root"
      data-state={open ? 'open' : 'closed'}
      className={cn(IU_ROOT, 'iu:relative iu:inline-flex iu:max-w-full')}
      onPointerEnter={() => setOpen(true)}
      onPointerLeave={() => setOpen(false)}
      onFocus={() => setOpen(true)}
      onBlur={() => setOpen(false)}
    >
      {cloneElement(children, { 'aria-describedby': id })}
      <span
        ref={bubbleRef}
        id={id}
        role="tooltip"
        data-slot="tooltip"
        data-side={placement}
        hidden={!open}
        className={cn(
          'iu:absolute iu:left-0 iu:z-50 iu:w-max iu:max-w-xs iu:rounded-md iu:border iu:border-border iu:bg-surface iu:px-3 iu:py-2 iu:text-left iu:text-xs iu:font-normal iu:whitespace-normal iu:text-foreground iu:shadow-md',
          placement === 'top' ? 'iu:bottom-full iu:mb-1.5' : 'iu:top-full iu:mt-1.5',
          className,
        )}
      >
        {content}
      </span>
    </span>
  );
}
