import type { HTMLAttributes } from 'react';
import { cn } from '../cn';
import type { HeadingLevel } from '../heading';

export interface SectionHeadingProps extends HTMLAttributes<HTMLHeadingElement> {
  /** The level, already checked by the caller (`headingLevelOr`). */
  level: HeadingLevel;
}

/** Internal: the title of a component's section (`h2`–`h4`, one type style for all of them). */
export function SectionHeading({ level, className, ...rest }: SectionHeadingProps) {
  const Tag = `h${level}` as const;
  return <Tag className={cn('iu:text-base iu:font-semibold', className)} {...rest} />;
}
