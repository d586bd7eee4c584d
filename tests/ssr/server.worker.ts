/**
 * The "server" of the SSR tests: react-dom/server in a dedicated worker, where there is no
 * `window` or `document`, as on a Node server. It renders a case of cases.tsx to a string and
 * reports every console.error/console.warn the render printed, and the React it ran.
 */
import { version } from 'react';
import { renderToString } from 'react-dom/server';
import { SSR_CASES } from './cases';

export interface ServerRequest {
  id: number;
  name: string;
}
export interface ServerResponse {
  id: number;
  html: string;
  /** Each console.error/console.warn of the render, formatted ("console.error: …"). */
  messages: string[];
  reactVersion: string;
  hasDom: boolean;
  error?: string;
}

/** console's printf-style formatting (React 18 warns with "%s" placeholders). */
function format(args: unknown[]): string {
  const [first, ...rest] = args;
  if (typeof first !== 'string') return args.map(String).join(' ');
  const text = first.replace(/%[sdoOi]/g, () => (rest.length > 0 ? String(rest.shift()) : ''));
  return [text, ...rest.map(String)].join(' ');
}

let messages: string[] = [];
for (const level of ['error', 'warn'] as const) {
  console[level] = (...args: unknown[]) => {
    messages.push(`console.${level}: ${format(args)}`);
  };
}

self.onmessage = (event: MessageEvent<ServerRequest>) => {
  const { id, name } = event.data;
  messages = [];
  const response: ServerResponse = { id, html: '', messages, reactVersion: version, hasDom: typeof document !== 'undefined' };
  try {
    const found = SSR_CASES.find((c) => c.name === name);
    if (!found) throw new Error(`no SSR case named ${JSON.stringify(name)}`);
    response.html = renderToString(found.element());
  } catch (error) {
    response.error = error instanceof Error ? `${error.message}\n${error.stack}` : String(error);
  }
  self.postMessage(response);
};
