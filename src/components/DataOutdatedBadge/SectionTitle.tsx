import { DataOutdatedBadge } from './DataOutdatedBadge';

export const SECTION_HEADING_LEVELS = [2, 3, 4] as const;
export type SectionHeadingLevel = (typeof SECTION_HEADING_LEVELS)[number];

/** A heading level among 2–4, else the component's default (a bad level must not break the outline). */
export function safeHeadingLevel(level: unknown, fallback: SectionHeadingLevel): SectionHeadingLevel {
  return SECTION_HEADING_LEVELS.includes(level as SectionHeadingLevel) ? (level as SectionHeadingLevel) : fallback;
}

interface SectionTitleProps {
  level: SectionHeadingLevel;
  /** Id of the title text alone: tables are labelled by it, without the marker. */
  titleId: string;
  title: string;
  outdated: boolean;
}

/**
 * The title of an overview table with its "Data may be outdated" marker on the same line (seed
 * 002 reads "Sources — sync statusData may be outdated"). The marker sits inside the heading so
 * that a heading list also says the data may be outdated; the table is named by the title only.
 * Internal to the overview components (SourceStatusTable, HealthSummary, DataQualityTable).
 */
export function SectionTitle({ level, titleId, title, outdated }: SectionTitleProps) {
  const Heading = `h${level}` as const;
  return (
    <Heading data-slot="section-title" className="flex flex-wrap items-center gap-x-2 gap-y-1 text-base font-semibold text-foreground">
      <span id={titleId} className="break-words">
        {title}
      </span>
      {outdated ? <DataOutdatedBadge outdated /> : null}
    </Heading>
  );
}
