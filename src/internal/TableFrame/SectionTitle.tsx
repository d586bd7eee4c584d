import { headingLevelOr, type HeadingLevel } from '../heading';
import { SectionHeading } from '../SectionHeading';
import { DataOutdatedBadge } from '../../components/DataOutdatedBadge';

interface SectionTitleProps {
  level: HeadingLevel;
  /** Id of the title text alone: tables are labelled by it, without the marker. */
  titleId: string;
  title: string;
  /** Shows the "Data may be outdated" marker; `false` renders none (the badge itself renders nothing). */
  outdated: boolean;
}

/**
 * The title of an overview table with its "Data may be outdated" marker on the same line (seed
 * 002 reads "Sources — sync statusData may be outdated"). The marker sits inside the heading so
 * that a heading list also says the data may be outdated; the table is named by the title only.
 * Internal to the overview components (SourceStatusTable, HealthSummary, DataQualityTable).
 */
export function SectionTitle({ level, titleId, title, outdated }: SectionTitleProps) {
  return (
    // Callers check the level; a bad one still never reaches createElement.
    <SectionHeading
      level={headingLevelOr(level, 3)}
      data-slot="section-title"
      className="iu:flex iu:flex-wrap iu:items-center iu:gap-x-2 iu:gap-y-1 iu:text-foreground"
    >
      <span id={titleId} className="iu:break-words">
        {title}
      </span>
      <DataOutdatedBadge outdated={outdated} />
    </SectionHeading>
  );
}
