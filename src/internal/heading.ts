/** Section heading levels a component accepts: below the page's h1, with room for its own sub-headings. */
export const HEADING_LEVELS = [2, 3, 4] as const;
export type HeadingLevel = (typeof HEADING_LEVELS)[number];

/**
 * A heading level from a prop that may hold anything (plain JS callers, bad data): `fallback`
 * unless it is one of `allowed`, so that a bad level never breaks the page's outline.
 */
export function headingLevelOr<L extends number>(level: unknown, fallback: L, allowed: readonly L[] = HEADING_LEVELS as readonly number[] as readonly L[]): L {
  return allowed.includes(level as L) ? (level as L) : fallback;
}
