/** The semantic tones of the design tokens (`data-tone`), one per status colour family. */
export const TONES = ['success', 'warning', 'critical', 'info', 'neutral', 'stale'] as const;
export type Tone = (typeof TONES)[number];

/**
 * The shape and colours of a status pill as one class string. Components use `StatusPill`
 * (`src/internal/StatusPill`); this string remains only for the wizard's step summary until it
 * moves to `StatusPill` too.
 */
export const TONE_PILL =
  'iu:inline-flex iu:items-center iu:gap-1 iu:rounded-full iu:border iu:border-(--iu-tone-border) iu:bg-(--iu-tone-bg) iu:px-2 iu:py-0.5 iu:text-(--iu-tone-fg)';
