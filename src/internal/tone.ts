/** The semantic tones of the design tokens (`data-tone`), one per status colour family. */
export const TONES = ['success', 'warning', 'critical', 'info', 'neutral', 'stale'] as const;
export type Tone = (typeof TONES)[number];

/**
 * The shape and colours of every status pill (badges, status chips): the element sets
 * `data-tone`, and each use adds its own size, weight and wrapping.
 */
export const TONE_PILL =
  'iu:inline-flex iu:items-center iu:gap-1 iu:rounded-full iu:border iu:border-(--iu-tone-border) iu:bg-(--iu-tone-bg) iu:px-2 iu:py-0.5 iu:text-(--iu-tone-fg)';
