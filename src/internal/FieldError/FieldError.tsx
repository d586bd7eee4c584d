import { forwardRef, type HTMLAttributes, type ReactNode } from 'react';
import { cn } from '../cn';
import { Icon } from '../Icon';

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
    <p
      ref={ref}
      role="alert"
      data-slot="error"
      data-tone="critical"
      className={cn('iu:flex iu:items-start iu:gap-1 iu:break-words iu:font-medium iu:text-(--iu-tone-fg)', className)}
      {...rest}
    >
      <Icon name="alert" size={16} className="iu:mt-0.5 iu:shrink-0" />
      {children}
    </p>
  );
});

FieldError.displayName = 'FieldError';
