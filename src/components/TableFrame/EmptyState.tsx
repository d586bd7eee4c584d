import type { HTMLAttributes } from 'react';
import { cn } from '../../lib/cn';

/**
 * The dashed "nothing to show" paragraph the library's tables, lists and pickers share. Internal.
 * `data-slot` defaults to `empty`; a caller may rename it and add classes (e.g. an icon row).
 */
export function EmptyState({ className, children, ...rest }: HTMLAttributes<HTMLParagraphElement>) {
  return (
    <p data-slot="empty" className={cn('rounded-ui border border-dashed border-border px-3 py-2 text-muted-foreground', className)} {...rest}>
      {children}
    </p>
  );
}
