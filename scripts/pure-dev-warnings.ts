import MagicString from 'magic-string';
import type { Plugin } from 'vite';

type Node = { type: string; start: number; end: number; [key: string]: unknown };

/** Every `devWarn(…)` call of a module, found in its syntax tree (not by text, so strings and comments never match). */
function devWarnCalls(node: unknown, found: Node[] = []): Node[] {
  if (Array.isArray(node)) {
    for (const child of node) devWarnCalls(child, found);
  } else if (node !== null && typeof node === 'object' && typeof (node as Node).type === 'string') {
    const n = node as Node;
    if (n.type === 'CallExpression' && (n.callee as Node).type === 'Identifier' && (n.callee as { name: string }).name === 'devWarn') found.push(n);
    for (const key of Object.keys(n)) if (key !== 'type' && key !== 'start' && key !== 'end') devWarnCalls(n[key], found);
  }
  return found;
}

/**
 * Development warnings cost an app nothing in production. In the built modules, every call of the
 * library's `devWarn(message)` becomes `/* @__PURE__ *\/ devWarn(() => message)`: an app's
 * minifying production build (esbuild, Rollup, Rolldown, Terser, SWC) drops the call, its message
 * text and what the message computes (a pure call's arguments would otherwise stay for their side
 * effects); development builds keep every warning. Done on the finished output, not in the
 * source, so that the library's own build keeps every call.
 */
export function pureDevWarnings(): Plugin {
  return {
    name: 'integrations-ui:pure-dev-warnings',
    apply: 'build',
    enforce: 'post',
    // After every renderChunk transform: a later minify/transpile pass would drop the calls now.
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.code.includes('devWarn(')) continue;
        const s = new MagicString(chunk.code);
        for (const call of devWarnCalls(this.parse(chunk.code))) {
          const [message, ...rest] = call.arguments as Node[];
          if (!message || rest.length > 0) this.error(`${chunk.fileName}: devWarn takes one message (at ${call.start}).`);
          s.appendLeft(call.start, '/* @__PURE__ */ ');
          s.appendLeft(message!.start, '() => ');
        }
        chunk.code = s.toString();
      }
    },
  };
}
