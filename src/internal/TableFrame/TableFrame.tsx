import { describe, devWarn, toText } from '../../domain/dev';
import { nodeOf } from '../text';
import type { ReactNode } from 'react';
import { revealFocused } from '../reveal';
import { cn, IU_ROOT } from '../cn';
import { EmptyState } from './EmptyState';
import { TABLE_FRAME_ALIGNS, TABLE_FRAME_VARIANTS, type TableFrameAlign, type TableFrameVariant } from './TableFrame.props';

/** One header cell of a TableFrame. */
export interface TableFrameColumn {
  /** Stable key of the column. */
  id: string;
  /** The header text (already translated). */
  label: ReactNode;
  /** Text alignment of the header cell. @default the variant's (left, or inherited for `muted`) */
  align?: TableFrameAlign;
  /** Extra classes for the header cell, e.g. `whitespace-nowrap`. */
  className?: string;
}

export interface TableFrameProps {
  /** Id of the section title: names both the scroll region and the table. */
  titleId: string;
  /** `data-slot` of the scroll region, e.g. `health-summary-scroll`. */
  slot: string;
  /** The header row's columns, in order. */
  columns: readonly TableFrameColumn[];
  /** The tbody's rows. */
  children: ReactNode;
  /** When set, this text is shown in a dashed box instead of the table. @default null (the table) */
  empty?: ReactNode;
  /** Look of the frame and header, see TABLE_FRAME_VARIANTS. @default 'overview' */
  variant?: TableFrameVariant;
  /** Extra classes for the `<table>`, e.g. a minimum width. */
  tableClassName?: string;
  /** Id of an element describing the table (`aria-describedby`). */
  describedBy?: string;
  /**
   * Below 28rem of the frame's width, the rows read as cards instead of scrolling sideways: the
   * table and its body become blocks and the header row is kept for assistive technology only;
   * the caller's rows and cells lay each card out (`@max-md:` classes). @default false
   */
  cards?: boolean;
}

/**
 * The frame the library's data tables share: the dashed "empty" paragraph, or a focusable
 * `role="region"` box that scrolls the table sideways on a narrow screen (never the page; a
 * keyboard user can scroll it too), named by the section title like the table inside, and the
 * `th scope="col"` header row. The rows are the caller's.
 */
export function TableFrame({
  titleId,
  slot,
  columns,
  children,
  empty = null,
  variant = 'overview',
  tableClassName,
  describedBy,
  cards = false,
}: TableFrameProps) {
  if (empty != null && empty !== false) {
    return <EmptyState className={IU_ROOT}>{empty}</EmptyState>;
  }
  const spec =
    (typeof variant === 'string' && Object.hasOwn(TABLE_FRAME_VARIANTS, variant) ? TABLE_FRAME_VARIANTS[variant] : undefined) ?? TABLE_FRAME_VARIANTS.overview;
  if (!Array.isArray(columns)) devWarn(`TableFrame columns: expected an array, got ${describe(columns)}; no header shown.`);
  // Holes and non-objects are skipped; an unusable id is keyed by position.
  const columnList: readonly (TableFrameColumn | null | undefined)[] = Array.isArray(columns) ? columns : [];
  const headers = columnList.flatMap((column, index) => {
    if (column == null || typeof column !== 'object') {
      devWarn(`TableFrame columns[${index}]: expected a column, got ${describe(column)}; skipped.`);
      return [];
    }
    return [{ column, key: `${index}-${toText(column.id)}` }];
  });
  const [thBefore, thAfter] = spec.th;
  return (
    <div
      data-slot={typeof slot === 'string' ? slot : undefined}
      role="region"
      aria-labelledby={typeof titleId === 'string' ? titleId : undefined}
      tabIndex={0}
      className={cn(IU_ROOT, spec.scroll, cards && 'iu:@container')}
      onFocus={revealFocused}
    >
      <table
        aria-labelledby={typeof titleId === 'string' ? titleId : undefined}
        aria-describedby={typeof describedBy === 'string' ? describedBy : undefined}
        className={cn(spec.table, cards && 'iu:@max-md:block', tableClassName)}
      >
        <thead className={cn(spec.head, cards && 'iu:@max-md:sr-only')}>
          <tr className={spec.headRow}>
            {headers.map(({ column, key }) => {
              const align = column.align ?? spec.align;
              return (
                <th key={key} scope="col" className={cn(thBefore, align && TABLE_FRAME_ALIGNS[align], column.className, thAfter)}>
                  {nodeOf(column.label, 'TableFrame column.label')}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody className={cards ? 'iu:@max-md:block' : undefined}>{children}</tbody>
      </table>
    </div>
  );
}
