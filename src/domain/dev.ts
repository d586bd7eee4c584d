/**
 * Development-only diagnostics. Bad data never crashes the library: it becomes a defined
 * result (UNKNOWN, "Invalid date"…) and, in development, one console warning naming the field,
 * so that the product team sees the problem without users seeing a broken screen.
 */
const warned = new Set<string>();
const MAX_REMEMBERED = 1000;

// Module-scoped so the library's types don't depend on @types/node. At run time this is the
// app bundler's `process.env.NODE_ENV`, replaced at build time, also in a browser.
declare const process: { env: { NODE_ENV?: string } };

function isDev(): boolean {
  // Spelled out in full, as bundlers (Vite, webpack, esbuild, Next.js) replace it. Where nothing
  // replaces it and there is no `process`, this stays quiet (the built modules also test it
  // before each call, as React's do, and expect a bundler or Node there).
  try {
    return process.env.NODE_ENV !== 'production';
  } catch {
    return false;
  }
}

/**
 * Warns once per distinct message, in development only. The library's build puts each call behind
 * `process.env.NODE_ENV !== "production"` (see `scripts/dev-warnings.ts`), so that a
 * production bundle drops the call, its message and whatever the message computes.
 */
export function devWarn(message: string): void {
  if (!isDev() || warned.has(message)) return;
  // Hostile data can bring endless distinct messages: the memory of them stays bounded.
  if (warned.size >= MAX_REMEMBERED) warned.clear();
  warned.add(message);
  console.warn(`[integrations-ui] ${message}`);
}

/** Longest text `describe` returns (a huge string or object is cut, with an ellipsis). */
export const DESCRIBE_MAX_LENGTH = 200;
const MAX_DEPTH = 3;
const MAX_ENTRIES = 20;

function quote(text: string): string {
  return JSON.stringify(text.length > DESCRIBE_MAX_LENGTH ? `${text.slice(0, DESCRIBE_MAX_LENGTH)}…` : text);
}

function describeInner(value: unknown, seen: object[], depth: number): string {
  switch (typeof value) {
    case 'undefined':
      return 'undefined';
    case 'string':
      return quote(value);
    case 'number':
    case 'boolean':
      return String(value);
    case 'bigint':
      return `${value}n`;
    case 'symbol':
      return value.toString();
    case 'function':
      return `[function ${quote(value.name || 'anonymous')}]`;
    default:
      break;
  }
  if (value === null) return 'null';
  const object = value as object;
  if (seen.includes(object)) return '[Circular]';
  if (value instanceof Date) {
    const ms = Date.prototype.getTime.call(value);
    return Number.isNaN(ms) ? 'Invalid Date' : quote(new Date(ms).toISOString());
  }
  if (depth >= MAX_DEPTH) return Array.isArray(value) ? '[…]' : '{…}';
  const inner = [...seen, object];
  const item = (key: PropertyKey): string => {
    try {
      return describeInner((object as Record<PropertyKey, unknown>)[key], inner, depth + 1);
    } catch {
      return '[throws]';
    }
  };
  if (Array.isArray(value)) {
    const length = value.length;
    const items: string[] = [];
    for (let i = 0; i < Math.min(length, MAX_ENTRIES); i += 1) items.push(i in value ? item(i) : '<hole>');
    if (length > MAX_ENTRIES) items.push(`…${length - MAX_ENTRIES} more`);
    return `[${items.join(',')}]`;
  }
  const keys = Object.keys(object);
  const entries = keys.slice(0, MAX_ENTRIES).map((key) => `${quote(key)}:${item(key)}`);
  if (keys.length > MAX_ENTRIES) entries.push(`…${keys.length - MAX_ENTRIES} more`);
  return `{${entries.join(',')}}`;
}

/**
 * A short, readable text for any value in a development warning. Never throws: cycles print
 * `[Circular]`, BigInt `12n`, symbols and functions their name, throwing getters and proxies
 * `[throws]`/`[unprintable]`; strings and deep or long objects are cut to `DESCRIBE_MAX_LENGTH`.
 * JSON-like for plain data (a string is quoted, `{"a":1}`), without calling `toJSON`.
 */
export function describe(value: unknown): string {
  let text: string;
  try {
    text = describeInner(value, [], 0);
  } catch {
    text = '[unprintable]';
  }
  return text.length > DESCRIBE_MAX_LENGTH + 2 ? `${text.slice(0, DESCRIBE_MAX_LENGTH)}…` : text;
}

/**
 * `String(value)` that never throws: an object without `toString`, or whose `toString` throws,
 * gives `[unprintable]`. (Kept apart from `describe`, so that production bundles, which drop the
 * development warnings, drop `describe` too.)
 */
export function toText(value: unknown): string {
  try {
    return String(value);
  } catch {
    return '[unprintable]';
  }
}

/** Test hook: forget which warnings were already printed. */
export function resetDevWarnings(): void {
  warned.clear();
}
