import { forwardRef, type HTMLAttributes } from 'react';
import { describe, devWarn } from '../../domain/dev';
import { cn, IU_ROOT } from '../../internal/cn';

/** How the title shows: on screen, or for assistive technology only (a page whose first lines are notices). */
export const PAGE_TITLE_APPEARANCES = {
  visible: 'iu:text-2xl iu:font-semibold iu:text-foreground',
  visuallyHidden: 'iu:sr-only',
} as const;
export type PageTitleAppearance = keyof typeof PAGE_TITLE_APPEARANCES;
export const PAGE_TITLE_APPEARANCE_NAMES = Object.keys(PAGE_TITLE_APPEARANCES) as PageTitleAppearance[];

export interface PageTitleProps extends HTMLAttributes<HTMLHeadingElement> {
  /** On screen or for assistive technology only; a screen keeps its h1 either way. @default 'visible' */
  appearance?: PageTitleAppearance;
}

/** The one h1 of a screen pattern (Add Source, Integrations settings). */
export const PageTitle = forwardRef<HTMLHeadingElement, PageTitleProps>(function PageTitle(
  { appearance: appearanceProp = 'visible', className, ...rest },
  ref,
) {
  const appearance: PageTitleAppearance =
    typeof appearanceProp === 'string' && Object.hasOwn(PAGE_TITLE_APPEARANCES, appearanceProp) ? appearanceProp : 'visible';
  if (appearance !== appearanceProp) devWarn(`PageTitle appearance: unknown appearance ${describe(appearanceProp)}; using "visible".`);
  return <h1 ref={ref} data-slot="page-title" data-appearance={appearance} className={cn(IU_ROOT, PAGE_TITLE_APPEARANCES[appearance], className)} {...rest} />;
});

PageTitle.displayName = 'PageTitle';
