/** The semantic tones of the design tokens (`data-tone`), one per status colour family. */
export const TONES = ['success', 'warning', 'critical', 'info', 'neutral', 'stale'] as const;
export type Tone = (typeof TONES)[number];
