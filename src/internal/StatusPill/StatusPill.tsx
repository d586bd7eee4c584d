import { cva } from 'class-variance-authority';
import { forwardRef, type HTMLAttributes, type ReactNode } from 'react';
import { cn } from '../cn';
import { Icon, type IconName } from '../Icon';
import type { Tone } from '../tone';

/**
 * The sizes of a status pill: its padding, its text size (`inherit`: the surrounding text's) and
 * the size of its icon in pixels.
 */
export const STATUS_PILL_SIZES = {
  compact: { className: 'iu:px-1.5 iu:py-0.5 iu:text-xs', icon: 12 },
  sm: { className: 'iu:px-2 iu:py-0.5 iu:text-xs', icon: 12 },
  md: { className: 'iu:px-2 iu:py-1 iu:text-sm', icon: 14 },
  inherit: { className: 'iu:px-2 iu:py-0.5', icon: 14 },
} as const;
export type StatusPillSize = keyof typeof STATUS_PILL_SIZES;

/** Line heights: the text size's own (`normal`), none (one-line chips), tight, or a fixed 1rem that lines up with table text. */
export const STATUS_PILL_LEADINGS = { normal: '', none: 'iu:leading-none', tight: 'iu:leading-tight', fixed: 'iu:leading-4' } as const;
export type StatusPillLeading = keyof typeof STATUS_PILL_LEADINGS;

export const STATUS_PILL_WEIGHTS = { normal: '', medium: 'iu:font-medium', semibold: 'iu:font-semibold' } as const;
export type StatusPillWeight = keyof typeof STATUS_PILL_WEIGHTS;

/** Corners: a round-ended pill, or a box with the library's radius (a status in a table cell, a stored code). */
export const STATUS_PILL_SHAPES = { pill: 'iu:rounded-full', box: 'iu:rounded-ui' } as const;
export type StatusPillShape = keyof typeof STATUS_PILL_SHAPES;

const variantClasses = <K extends string>(table: Record<K, { className: string }>) =>
  Object.fromEntries(Object.entries<{ className: string }>(table).map(([key, row]) => [key, row.className])) as Record<K, string>;

/** The shape and colours of every status pill: the element (or an ancestor) sets `data-tone`. */
export const statusPill = cva('iu:inline-flex iu:items-center iu:gap-1 iu:border iu:border-(--iu-tone-border) iu:bg-(--iu-tone-bg) iu:text-(--iu-tone-fg)', {
  variants: { size: variantClasses(STATUS_PILL_SIZES), leading: STATUS_PILL_LEADINGS, weight: STATUS_PILL_WEIGHTS, shape: STATUS_PILL_SHAPES },
  defaultVariants: { size: 'sm', leading: 'normal', weight: 'medium', shape: 'pill' },
});

export interface StatusPillProps extends Omit<HTMLAttributes<HTMLElement>, 'children'> {
  /** The element: a `code` when the text is a stored code. @default 'span' */
  as?: 'span' | 'code';
  /** Sets `data-tone`; omit it to take the tone of an ancestor that sets it. */
  tone?: Tone;
  /** The icon before the text (text always accompanies the colour). */
  icon?: IconName;
  /** @default 'sm' */
  size?: StatusPillSize;
  /** @default 'normal' */
  leading?: StatusPillLeading;
  /** @default 'medium' */
  weight?: StatusPillWeight;
  /** @default 'pill' */
  shape?: StatusPillShape;
  /** A dashed border: a value the library does not know, or one that is not available. @default false */
  dashed?: boolean;
  /** The text (and any wrapper it needs, e.g. a truncating span). */
  children?: ReactNode;
}

/**
 * Internal: a status shown as a pill — tone colours, optional icon, text. Used by every badge,
 * status chip and table status of the library; callers add their own layout classes (wrapping,
 * width, a dashed border for an unknown value).
 */
export const StatusPill = forwardRef<HTMLElement, StatusPillProps>(function StatusPill(
  { as: Tag = 'span', tone, icon, size = 'sm', leading, weight, shape, dashed = false, className, children, ...rest },
  ref,
) {
  return (
    <Tag ref={ref} data-tone={tone} className={cn(statusPill({ size, leading, weight, shape }), dashed && 'iu:border-dashed', className)} {...rest}>
      {icon ? <Icon name={icon} size={STATUS_PILL_SIZES[size].icon} /> : null}
      {children}
    </Tag>
  );
});

StatusPill.displayName = 'StatusPill';
