import type { HTMLAttributes } from 'react';
import { cn } from '../cn';

/**
 * The dashed "nothing to show" paragraph the library's tables, lists and pickers share. Internal.
 * `data-slot` defaults to `empty-state`; a caller may rename it and add classes (e.g. an icon row).
 */
export function EmptyState({ className, children, ...rest }: HTMLAttributes<HTMLParagraphElement>) {
  return (
    <p
      data-slot="empty-state"
      className={cn('iu:rounded-ui iu:border iu:border-dashed iu:border-border iu:px-3 iu:py-2 iu:text-muted-foreground', className)}
      {...rest}
    >
      {children}
    </p>
  );
}
