/** The semantic tones of the design tokens (`data-tone`), one per status colour family. */
export const TONES = ['success', 'warning', 'critical', 'info', 'neutral', 'stale'] as const;
export type Tone = (typeof TONES)[number];

/**
 * A message box in its tone's colours (the element, or an ancestor, sets `data-tone`): icon and
 * text side by side, the icon on the first line. Callers add spacing and text size.
 */
export const TONE_BOX = 'iu:flex iu:items-start iu:rounded-ui iu:border iu:border-(--iu-tone-border) iu:bg-(--iu-tone-bg)';
