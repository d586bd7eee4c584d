/** The semantic tones of the design tokens (`data-tone`), one per status colour family. */
export const TONES = ['success', 'warning', 'critical', 'info', 'neutral', 'stale'] as const;
export type Tone = (typeof TONES)[number];

/**
 * The shape and colours of every status pill (badges, status chips): the element sets
 * `data-tone`, and each use adds its own size, weight and wrapping.
 */
export const TONE_PILL = 'inline-flex items-center gap-1 rounded-full border border-(--tone-border) bg-(--tone-bg) px-2 py-0.5 text-(--tone-fg)';
