import type { HTMLAttributes } from 'react';

/** Text for assistive technology only (the `sr-only` pattern), e.g. a status's full reason. */
export function VisuallyHidden(props: HTMLAttributes<HTMLSpanElement>) {
  return <span data-slot="visually-hidden" className="sr-only" {...props} />;
}
