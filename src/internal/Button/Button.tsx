import { cva } from 'class-variance-authority';
import { forwardRef, type ButtonHTMLAttributes } from 'react';
import { describe, devWarn } from '../../domain/dev';
import { cn, IU_ROOT } from '../cn';

/** Button variants: one table for the cva config, the TS union, the stories and the tests. */
export const BUTTON_VARIANTS = {
  primary: 'iu:border-accent iu:bg-accent iu:text-accent-foreground',
  secondary: 'iu:border-border-strong iu:bg-surface iu:text-foreground iu:hover:bg-muted',
} as const;
export type ButtonVariant = keyof typeof BUTTON_VARIANTS;
export const BUTTON_VARIANT_NAMES = Object.keys(BUTTON_VARIANTS) as ButtonVariant[];

/** Classes of a button variant, for elements that must stay native (`<button>` inside a form row). */
export const buttonVariants = cva(
  // aria-disabled looks disabled but stays focusable, so the reason next to it can be reached.
  // IU_ROOT: a native <button> styled with these classes gets the library's scoped reset anywhere.
  [
    IU_ROOT,
    'iu:inline-flex iu:items-center iu:justify-center iu:gap-1.5 iu:rounded-ui iu:border iu:px-3 iu:py-1.5 iu:text-sm iu:font-medium iu:focus-visible:outline-2 iu:focus-visible:outline-offset-2 iu:focus-visible:outline-ring iu:disabled:cursor-not-allowed iu:disabled:border-border iu:disabled:bg-muted iu:disabled:text-muted-foreground iu:aria-disabled:cursor-not-allowed iu:aria-disabled:border-border iu:aria-disabled:bg-muted iu:aria-disabled:text-muted-foreground',
  ],
  { variants: { variant: BUTTON_VARIANTS }, defaultVariants: { variant: 'secondary' } },
);

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** Emphasis: one primary action per area. @default 'secondary' */
  variant?: ButtonVariant;
}

/** The library's button: token colours, a visible focus ring, native or aria-disabled states. */
export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button(
  { variant: variantProp = 'secondary', type = 'button', className, ...rest },
  ref,
) {
  const variant: ButtonVariant = typeof variantProp === 'string' && Object.hasOwn(BUTTON_VARIANTS, variantProp) ? variantProp : 'secondary';
  if (variant !== variantProp) devWarn(`Button variant: unknown variant ${describe(variantProp)}; using "secondary".`);
  return <button ref={ref} type={type} data-slot="button" data-variant={variant} className={cn(buttonVariants({ variant }), className)} {...rest} />;
});

Button.displayName = 'Button';
