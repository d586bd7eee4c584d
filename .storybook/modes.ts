/**
 * Chromatic modes: each story is snapshotted once per mode, with these toolbar globals
 * (`theme` and `locale`, defined in preview.tsx). Only Chromatic reads them: the local
 * screenshot tests (`npm test`) set the theme per Vitest project instead.
 */
export const themeModes = {
  light: { theme: 'light' },
  dark: { theme: 'dark' },
} as const;

/** The screen patterns are also snapshotted in French (longer strings, other formats). */
export const patternModes = {
  ...themeModes,
  fr: { theme: 'light', locale: 'fr' },
} as const;
