import type { HTMLAttributes } from 'react';
import { cn, IU_ROOT } from '../cn';

/** Text for assistive technology only (the `sr-only` pattern), e.g. a status's full reason. */
export function VisuallyHidden(props: HTMLAttributes<HTMLSpanElement>) {
  return <span data-slot="visually-hidden" className={cn(IU_ROOT, 'iu:sr-only')} {...props} />;
}
