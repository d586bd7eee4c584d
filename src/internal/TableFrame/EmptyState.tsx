import type { HTMLAttributes } from 'react';
import { cn } from '../cn';
import type { IconName } from '../Icon';
import { InlineMessage, type InlineMessageGap } from '../InlineMessage';

const EMPTY_STATE = 'iu:rounded-ui iu:border iu:border-dashed iu:border-border iu:px-3 iu:py-2 iu:text-muted-foreground';

export interface EmptyStateProps extends Omit<HTMLAttributes<HTMLParagraphElement>, 'role'> {
  /** An icon before the text (a section error, a missing choice), on its first line. */
  icon?: IconName;
  /** Space between the icon and the text. @default 'loose' */
  gap?: InlineMessageGap;
}

/**
 * The dashed "nothing to show" paragraph the library's tables, lists, pickers and section errors
 * share. Internal. `data-slot` defaults to `empty-state`; a caller may rename it and add classes.
 */
export function EmptyState({ icon, gap = 'loose', className, children, ...rest }: EmptyStateProps) {
  if (icon) {
    return (
      <InlineMessage data-slot="empty-state" icon={icon} gap={gap} className={cn(EMPTY_STATE, className)} {...rest}>
        {children}
      </InlineMessage>
    );
  }
  return (
    <p data-slot="empty-state" className={cn(EMPTY_STATE, className)} {...rest}>
      {children}
    </p>
  );
}
