/**
 * Development-only diagnostics. Bad data never crashes the library: it becomes a defined
 * result (UNKNOWN, "Invalid date"…) and, in development, one console warning naming the field,
 * so that the product team sees the problem without users seeing a broken screen.
 */
const warned = new Set<string>();

// Module-scoped so the library's types don't depend on @types/node; at run time this is the
// app bundler's `process.env.NODE_ENV` (replaced at build time) or nothing at all.
declare const process: { env?: { NODE_ENV?: string } } | undefined;

function isDev(): boolean {
  // Bundlers replace process.env.NODE_ENV; when it is absent (plain ESM in a browser) we stay quiet.
  try {
    return typeof process !== 'undefined' && process.env?.NODE_ENV !== 'production';
  } catch {
    return false;
  }
}

/** Warns once per distinct message, in development only. */
export function devWarn(message: string): void {
  if (!isDev() || warned.has(message)) return;
  warned.add(message);
  console.warn(`[integrations-ui] ${message}`);
}

/** Test hook: forget which warnings were already printed. */
export function resetDevWarnings(): void {
  warned.clear();
}
