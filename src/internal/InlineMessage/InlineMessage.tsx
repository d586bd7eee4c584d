import { forwardRef, type HTMLAttributes, type ReactNode } from 'react';
import { cn } from '../cn';
import { Icon, type IconName } from '../Icon';
import type { Tone } from '../tone';

/** Space between the icon and the text. */
export const INLINE_MESSAGE_GAPS = { tight: 'iu:gap-1', normal: 'iu:gap-1.5', loose: 'iu:gap-2' } as const;
export type InlineMessageGap = keyof typeof INLINE_MESSAGE_GAPS;

/** The icon's colour: the text's, the tone's foreground (`data-tone` on the message or above it), or muted. */
export const INLINE_MESSAGE_ICON_COLOURS = { text: '', tone: 'iu:text-(--iu-tone-fg)', muted: 'iu:text-muted-foreground' } as const;
export type InlineMessageIconColour = keyof typeof INLINE_MESSAGE_ICON_COLOURS;

export interface InlineMessageProps extends HTMLAttributes<HTMLParagraphElement> {
  /** Sets `data-tone`; omit it to take the tone of an ancestor that sets it. */
  tone?: Tone;
  /** The icon before the text (never colour or icon alone: the text says it). */
  icon: IconName;
  /** @default 16 */
  iconSize?: 12 | 14 | 16;
  /** @default 'text' */
  iconColour?: InlineMessageIconColour;
  /** @default 'tight' */
  gap?: InlineMessageGap;
  /**
   * Live behaviour comes from `role`: `alert` for an error that appears after an action,
   * `status` for a confirmation; none (the default) for static text read in document order.
   */
  role?: 'alert' | 'status' | 'note';
  children: ReactNode;
}

/**
 * Internal: one line of icon + text (a field error, a note, a block reason, a "never displayed"
 * reassurance). The icon keeps its size and sits on the first line of a wrapping text.
 */
export const InlineMessage = forwardRef<HTMLParagraphElement, InlineMessageProps>(function InlineMessage(
  { tone, icon, iconSize = 16, iconColour = 'text', gap = 'tight', className, children, ...rest },
  ref,
) {
  return (
    <p ref={ref} data-tone={tone} className={cn('iu:flex iu:items-start', INLINE_MESSAGE_GAPS[gap], className)} {...rest}>
      <Icon name={icon} size={iconSize} className={cn('iu:mt-0.5 iu:shrink-0', INLINE_MESSAGE_ICON_COLOURS[iconColour])} />
      {children}
    </p>
  );
});

InlineMessage.displayName = 'InlineMessage';
