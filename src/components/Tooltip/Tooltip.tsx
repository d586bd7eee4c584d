import { cloneElement, isValidElement, useEffect, useId, useState, type ReactElement, type ReactNode } from 'react';
import { cn } from '../../lib/cn';

export interface TooltipProps {
  /** What the tooltip says; it is also the trigger's accessible description. */
  content: ReactNode;
  /** The trigger: one focusable element (a button, a link). */
  children: ReactElement<{ 'aria-describedby'?: string }>;
  /** Which side of the trigger the tooltip opens on. @default 'top' */
  side?: 'top' | 'bottom';
  /** Extra classes for the tooltip bubble. */
  className?: string;
}

/**
 * A small tooltip (WAI-ARIA tooltip pattern): opens on hover and keyboard focus, closes on
 * leave, blur and Escape (WCAG 1.4.13), and describes its trigger via aria-describedby even while
 * closed, so screen readers never depend on it being open. CSS-positioned on purpose: a
 * collision-aware popper would triple the bundle of every status component.
 */
export function Tooltip({ content, children, side = 'top', className }: TooltipProps) {
  const id = useId();
  const [open, setOpen] = useState(false);

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
      data-slot="tooltip-root"
      data-state={open ? 'open' : 'closed'}
      className="relative inline-flex max-w-full"
      onPointerEnter={() => setOpen(true)}
      onPointerLeave={() => setOpen(false)}
      onFocus={() => setOpen(true)}
      onBlur={() => setOpen(false)}
    >
      {cloneElement(children, { 'aria-describedby': id })}
      <span
        id={id}
        role="tooltip"
        data-slot="tooltip"
        data-side={side}
        hidden={!open}
        className={cn(
          'absolute left-0 z-50 w-max max-w-xs rounded-md border border-border bg-surface px-3 py-2 text-left text-xs font-normal whitespace-normal text-foreground shadow-md',
          side === 'top' ? 'bottom-full mb-1.5' : 'top-full mt-1.5',
          className,
        )}
      >
        {content}
      </span>
    </span>
  );
}
