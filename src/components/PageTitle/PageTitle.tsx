import { forwardRef, type HTMLAttributes } from 'react';
import { describe, devWarn } from '../../domain/dev';
import { cn, IU_ROOT } from '../../internal/cn';
import { dataState } from '../../internal/dataState';

/** How the title shows: on screen, or for assistive technology only (a page whose first lines are notices). */
export const PAGE_TITLE_VARIANTS = {
  visible: 'iu:text-2xl iu:font-semibold iu:text-foreground',
  visuallyHidden: 'iu:sr-only',
} as const;
export type PageTitleVariant = keyof typeof PAGE_TITLE_VARIANTS;
export const PAGE_TITLE_VARIANT_NAMES = Object.keys(PAGE_TITLE_VARIANTS) as PageTitleVariant[];

export interface PageTitleProps extends HTMLAttributes<HTMLHeadingElement> {
  /** On screen or for assistive technology only; a screen keeps its h1 either way. @default 'visible' */
  variant?: PageTitleVariant;
}

/** The one h1 of a screen pattern (Add Source, Integrations settings). */
export const PageTitle = forwardRef<HTMLHeadingElement, PageTitleProps>(function PageTitle({ variant: variantProp = 'visible', className, ...rest }, ref) {
  const variant: PageTitleVariant = typeof variantProp === 'string' && Object.hasOwn(PAGE_TITLE_VARIANTS, variantProp) ? variantProp : 'visible';
  if (variant !== variantProp) devWarn(`PageTitle variant: unknown variant ${describe(variantProp)}; using "visible".`);
  return <h1 ref={ref} data-slot="page-title" data-variant={dataState(variant)} className={cn(IU_ROOT, PAGE_TITLE_VARIANTS[variant], className)} {...rest} />;
});

PageTitle.displayName = 'PageTitle';
