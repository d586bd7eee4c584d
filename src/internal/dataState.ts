/**
 * A state as its `data-state` attribute value: kebab-case whatever the vocabulary's own spelling
 * (`notConfigured` → `not-configured`, `FRESH` → `fresh`, `not_configured` → `not-configured`), so
 * an app's stylesheet or test writes every state the same way.
 */
export function dataState(value: string): string {
  return value
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/[_\s]+/g, '-')
    .toLowerCase();
}
