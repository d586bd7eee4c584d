/**
 * The looks of a scrolling table, defined once. Each keeps the classes its tables had before they
 * shared this frame, so that their screenshots do not move:
 * - `overview`: the seed 002 overview tables under a SectionTitle (SourceStatusTable,
 *   HealthSummary, DataQualityTable): raised header with a bottom border.
 * - `detail`: the source page's sections (SyncHistoryTable, ExternalAccountsTable): raised header
 *   row ruled by an inset shadow, small text.
 * - `muted`: the Add Source step tables (PrerequisitesTable): muted header, left-aligned text.
 * `th` is the header cell's classes before and after its alignment and column classes;
 * `align` is the alignment class a column gets when it names none.
 */
export const TABLE_FRAME_VARIANTS = {
  overview: {
    scroll:
      'relative max-w-full overflow-x-auto rounded-ui border border-border bg-surface focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring',
    table: 'w-full border-collapse',
    head: 'bg-surface-raised',
    headRow: 'border-b border-border',
    th: ['px-3 py-2', 'text-xs font-semibold text-muted-foreground'],
    align: 'left',
  },
  detail: {
    scroll: 'max-w-full overflow-x-auto rounded-ui border border-border bg-surface focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring',
    table: 'w-full border-collapse text-sm',
    head: undefined,
    headRow: 'bg-surface-raised',
    th: ['px-3 py-2', 'text-xs font-semibold text-muted-foreground shadow-[inset_0_-1px_0_var(--ui-border)]'],
    align: 'left',
  },
  muted: {
    scroll: 'max-w-full overflow-x-auto rounded-ui border border-border bg-surface focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring',
    table: 'w-full border-collapse bg-surface text-left',
    head: 'bg-muted text-xs font-semibold text-muted-foreground',
    headRow: undefined,
    th: ['px-3 py-2', undefined],
    // The table is already text-left: a cell only gets a class when it says otherwise.
    align: undefined,
  },
} as const satisfies Record<string, { scroll: string; table: string; head?: string; headRow?: string; th: readonly [string, string | undefined]; align?: 'left' | 'right' }>;

export type TableFrameVariant = keyof typeof TABLE_FRAME_VARIANTS;
export const TABLE_FRAME_VARIANT_NAMES = Object.keys(TABLE_FRAME_VARIANTS) as TableFrameVariant[];

/** Column alignments and their classes. */
export const TABLE_FRAME_ALIGNS = { left: 'text-left', right: 'text-right' } as const;
export type TableFrameAlign = keyof typeof TABLE_FRAME_ALIGNS;
