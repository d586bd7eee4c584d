import { cva } from 'class-variance-authority';
import { forwardRef, type ButtonHTMLAttributes } from 'react';
import { cn } from '../../lib/cn';

/** Button variants: one table for the cva config, the TS union, the stories and the tests. */
export const BUTTON_VARIANTS = {
  primary: 'border-accent bg-accent text-accent-foreground',
  secondary: 'border-border-strong bg-surface text-foreground hover:bg-muted',
} as const;
export type ButtonVariant = keyof typeof BUTTON_VARIANTS;
export const BUTTON_VARIANT_NAMES = Object.keys(BUTTON_VARIANTS) as ButtonVariant[];

/** Classes of a button variant, for elements that must stay native (`<button>` inside a form row). */
export const buttonVariants = cva(
  // aria-disabled looks disabled but stays focusable, so the reason next to it can be reached.
  'inline-flex items-center justify-center gap-1.5 rounded-ui border px-3 py-1.5 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring disabled:cursor-not-allowed disabled:border-border disabled:bg-muted disabled:text-muted-foreground aria-disabled:cursor-not-allowed aria-disabled:border-border aria-disabled:bg-muted aria-disabled:text-muted-foreground',
  { variants: { variant: BUTTON_VARIANTS }, defaultVariants: { variant: 'secondary' } },
);

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** Emphasis: one primary action per area. @default 'secondary' */
  variant?: ButtonVariant;
}

/** The library's button: token colours, a visible focus ring, native or aria-disabled states. */
export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button({ variant = 'secondary', type = 'button', className, ...rest }, ref) {
  return <button ref={ref} type={type} data-slot="button" data-variant={variant} className={cn(buttonVariants({ variant }), className)} {...rest} />;
});

Button.displayName = 'Button';
