/** Emulates `prefers-color-scheme` in the test browser; `''` goes back to the browser's own. */
export declare function emulateColourScheme(value: 'light' | 'dark' | ''): Promise<void>;
