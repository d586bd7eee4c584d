import { forwardRef, type HTMLAttributes, type ReactNode } from 'react';
import { cn } from '../cn';
import { InlineMessage } from '../InlineMessage';

export interface FieldErrorProps extends Omit<HTMLAttributes<HTMLParagraphElement>, 'role' | 'children'> {
  /** What is wrong and how to fix it. */
  children: ReactNode;
}

/**
 * The error under a step input (profile, accounts, source name): announced when it appears
 * (`role="alert"`), icon plus text, and the control points to it with `aria-describedby`.
 * Internal to the library's inputs.
 */
export const FieldError = forwardRef<HTMLParagraphElement, FieldErrorProps>(function FieldError({ children, className, ...rest }, ref) {
  return (
    <InlineMessage
      ref={ref}
      role="alert"
      data-slot="field-error"
      tone="critical"
      icon="alert"
      className={cn('iu:break-words iu:font-medium iu:text-(--iu-tone-fg)', className)}
      {...rest}
    >
      {children}
    </InlineMessage>
  );
});

FieldError.displayName = 'FieldError';
