'use client';

import { cloneElement, isValidElement, useEffect, useId, useRef, useState, type ReactElement, type ReactNode } from 'react';
import { cn, IU_ROOT } from '../cn';
import { useIsomorphicLayoutEffect } from '../useIsomorphicLayoutEffect';
import { dataState } from '../dataState';

export interface TooltipProps {
  /** What the tooltip says; it is also the trigger's accessible description. */
  content: ReactNode;
  /** The trigger: one focusable element (a button, a link). */
  children: ReactElement<{ 'aria-describedby'?: string }>;
  /** The side the tooltip prefers; it flips to the other one when the window has no room there (`auto` prefers above). @default 'auto' */
  side?: 'top' | 'bottom' | 'auto';
  /** Extra classes for the tooltip bubble. */
  className?: string;
}

/** Space between the trigger and the bubble, bridged so the pointer can cross it (px). */
const GAP = 6;
/** Smallest distance kept between the bubble and the window's edges (px). */
const MARGIN = 8;
/** How long the bubble waits after the pointer leaves trigger and bubble before it closes (ms). */
const CLOSE_DELAY = 120;

type Side = 'top' | 'bottom';

const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(value, max));

interface Placement {
  side: Side;
  top: number;
  left: number;
}

/**
 * Where the bubble goes in the window: on the preferred side of the trigger unless only the other
 * side has room, then shifted (never past the window's edges). Pure, from measured rectangles.
 */
export function placeTooltip(
  trigger: { top: number; bottom: number; left: number },
  bubble: { width: number; height: number },
  viewport: { width: number; height: number },
  preferred: Side,
): Placement {
  const roomAbove = trigger.top - MARGIN - GAP;
  const roomBelow = viewport.height - trigger.bottom - MARGIN - GAP;
  const other: Side = preferred === 'top' ? 'bottom' : 'top';
  const roomOf = (side: Side) => (side === 'top' ? roomAbove : roomBelow);
  const side = bubble.height > roomOf(preferred) && roomOf(other) > roomOf(preferred) ? other : preferred;
  const top = side === 'top' ? trigger.top - GAP - bubble.height : trigger.bottom + GAP;
  return {
    side,
    top: clamp(top, MARGIN, Math.max(MARGIN, viewport.height - bubble.height - MARGIN)),
    left: clamp(trigger.left, MARGIN, Math.max(MARGIN, viewport.width - bubble.width - MARGIN)),
  };
}

const canPopover = (element: HTMLElement) => typeof element.showPopover === 'function';

/**
 * A small tooltip (WAI-ARIA tooltip pattern, WCAG 1.4.13): opens on hover and keyboard focus;
 * hoverable (the pointer can move onto it: the gap is bridged and leaving waits a moment),
 * dismissable (Escape closes it, focus stays on the trigger) and persistent (it stays until the
 * pointer leaves trigger and tooltip, focus leaves, or Escape). It describes its trigger via
 * aria-describedby even while closed, so screen readers never depend on it being open.
 *
 * Open, the bubble is a manual popover in the browser's top layer (where supported; else
 * `position: fixed`), placed from the trigger's rectangle: no table scroll box or stacking
 * context clips it, it flips above/below and shifts to stay inside the window, and it follows
 * scrolling and resizing. It stays in the DOM tree under its `.iu-root`, so the scoped styles
 * and the theme's variables still apply. Nothing is measured during render (server-safe).
 */
export function Tooltip({ content, children, side = 'auto', className }: TooltipProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const preferred: Side = side === 'bottom' ? 'bottom' : 'top';
  const [placedSide, setPlacedSide] = useState<Side>(preferred);
  const rootRef = useRef<HTMLSpanElement>(null);
  const bubbleRef = useRef<HTMLSpanElement>(null);
  const closeTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const cancelClose = () => {
    if (closeTimer.current !== undefined) clearTimeout(closeTimer.current);
    closeTimer.current = undefined;
  };
  const show = () => {
    cancelClose();
    setOpen(true);
  };
  const hide = () => {
    cancelClose();
    setOpen(false);
  };
  useEffect(() => cancelClose, []);

  // Shown in the top layer and placed before paint, so it never flashes in the wrong place.
  useIsomorphicLayoutEffect(() => {
    const root = rootRef.current;
    const bubble = bubbleRef.current;
    if (!open || !root || !bubble) return;
    const popover = canPopover(bubble);
    if (popover && !bubble.matches(':popover-open')) bubble.showPopover();
    const trigger = (root.firstElementChild as HTMLElement | null) ?? root;
    const place = () => {
      const rect = trigger.getBoundingClientRect();
      const viewport = { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight };
      // No layout (a test DOM): leave the bubble where the stylesheet puts it.
      if (viewport.width === 0 || bubble.offsetHeight === 0) return;
      const placement = placeTooltip(rect, { width: bubble.offsetWidth, height: bubble.offsetHeight }, viewport, preferred);
      bubble.style.top = `${placement.top}px`;
      bubble.style.left = `${placement.left}px`;
      // The side drives the bridge over the gap; measuring and choosing it is what this effect is for.
      setPlacedSide(placement.side);
    };
    place();
    window.addEventListener('scroll', place, { capture: true, passive: true });
    window.addEventListener('resize', place, { passive: true });
    return () => {
      window.removeEventListener('scroll', place, { capture: true });
      window.removeEventListener('resize', place);
      if (popover && bubble.matches(':popover-open')) bubble.hidePopover();
    };
  }, [open, preferred]);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      clearTimeout(closeTimer.current);
      setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  if (!isValidElement(children)) return <>{children}</>;
  return (
    <span
      ref={rootRef}
      data-slot="tooltip-root"
      data-state={dataState(open ? 'open' : 'closed')}
      className={cn(IU_ROOT, 'iu:relative iu:inline-flex iu:max-w-full')}
      // The bubble is a DOM child of this root: moving onto it (over the bridge) is not a leave.
      onPointerEnter={show}
      onPointerLeave={() => {
        cancelClose();
        closeTimer.current = setTimeout(() => setOpen(false), CLOSE_DELAY);
      }}
      onFocus={show}
      onBlur={hide}
    >
      {cloneElement(children, { 'aria-describedby': id })}
      <span
        ref={bubbleRef}
        id={id}
        role="tooltip"
        popover="manual"
        data-slot="tooltip"
        data-side={placedSide}
        hidden={!open}
        className={cn(
          // `m-0 inset-auto overflow-visible`: undo the browser's popover defaults (centred, scrolling).
          'iu:fixed iu:inset-auto iu:m-0 iu:overflow-visible iu:z-50 iu:w-max iu:max-w-[min(20rem,calc(100vw-1rem))] iu:rounded-md iu:border iu:border-border iu:bg-surface iu:px-3 iu:py-2 iu:text-left iu:text-xs iu:font-normal iu:whitespace-normal iu:text-foreground iu:shadow-md',
          // The bridge: an invisible strip over the gap, part of the bubble for the pointer.
          "iu:before:absolute iu:before:inset-x-0 iu:before:h-1.5 iu:before:content-['']",
          placedSide === 'top' ? 'iu:before:top-full' : 'iu:before:bottom-full',
          className,
        )}
      >
        {content}
      </span>
    </span>
  );
}
