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
      'iu:relative iu:max-w-full iu:overflow-x-auto iu:rounded-ui iu:border iu:border-border iu:bg-surface iu:focus-visible:outline-2 iu:focus-visible:outline-offset-2 iu:focus-visible:outline-ring',
    table: 'iu:w-full iu:border-collapse',
    head: 'iu:bg-surface-raised',
    headRow: 'iu:border-b iu:border-border',
    th: ['iu:px-3 iu:py-2', 'iu:text-xs iu:font-semibold iu:text-muted-foreground'],
    align: 'left',
  },
  detail: {
    scroll:
      'iu:max-w-full iu:overflow-x-auto iu:rounded-ui iu:border iu:border-border iu:bg-surface iu:focus-visible:outline-2 iu:focus-visible:outline-offset-2 iu:focus-visible:outline-ring',
    table: 'iu:w-full iu:border-collapse iu:text-sm',
    head: undefined,
    headRow: 'iu:bg-surface-raised',
    th: ['iu:px-3 iu:py-2', 'iu:text-xs iu:font-semibold iu:text-muted-foreground iu:shadow-[inset_0_-1px_0_var(--ui-border)]'],
    align: 'left',
  },
  muted: {
    scroll:
      'iu:max-w-full iu:overflow-x-auto iu:rounded-ui iu:border iu:border-border iu:bg-surface iu:focus-visible:outline-2 iu:focus-visible:outline-offset-2 iu:focus-visible:outline-ring',
    table: 'iu:w-full iu:border-collapse iu:bg-surface iu:text-left',
    head: 'iu:bg-muted iu:text-xs iu:font-semibold iu:text-muted-foreground',
    headRow: undefined,
    th: ['iu:px-3 iu:py-2', undefined],
    // The table is already text-left: a cell only gets a class when it says otherwise.
    align: undefined,
  },
} as const satisfies Record<
  string,
  { scroll: string; table: string; head?: string; headRow?: string; th: readonly [string, string | undefined]; align?: 'left' | 'right' }
>;

export type TableFrameVariant = keyof typeof TABLE_FRAME_VARIANTS;
export const TABLE_FRAME_VARIANT_NAMES = Object.keys(TABLE_FRAME_VARIANTS) as TableFrameVariant[];

/** Column alignments and their classes. */
export const TABLE_FRAME_ALIGNS = { left: 'iu:text-left', right: 'iu:text-right' } as const;
export type TableFrameAlign = keyof typeof TABLE_FRAME_ALIGNS;
