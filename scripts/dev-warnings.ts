import MagicString from 'magic-string';
import type { Plugin } from 'vite';

type Node = { type: string; start: number; end: number; [key: string]: unknown };

/** Every `devWarn(…)` call of a module with its parent, found in the syntax tree (strings and comments never match). */
function devWarnCalls(node: unknown, parent: Node | null = null, found: { call: Node; parent: Node | null }[] = []) {
  if (Array.isArray(node)) {
    for (const child of node) devWarnCalls(child, parent, found);
  } else if (node !== null && typeof node === 'object' && typeof (node as Node).type === 'string') {
    const n = node as Node;
    if (n.type === 'CallExpression' && (n.callee as Node).type === 'Identifier' && (n.callee as { name: string }).name === 'devWarn')
      found.push({ call: n, parent });
    for (const key of Object.keys(n)) if (key !== 'type' && key !== 'start' && key !== 'end') devWarnCalls(n[key], n, found);
  }
  return found;
}

/** The guard React and most libraries use: every bundler replaces it, and Node has `process`. */
const DEVELOPMENT = 'process.env.NODE_ENV !== "production"';

/**
 * Development warnings cost an app nothing in production. In the built modules, every call of the
 * library's `devWarn(message)` becomes `process.env.NODE_ENV !== "production" && devWarn(message)`:
 * an app's bundler replaces the condition (Vite, webpack, Next.js, esbuild, Rollup with its
 * replace plugin), so a production build removes the call, its message and what the message
 * computes (`describe` and `devWarn` themselves, once nothing else calls them), while
 * development builds warn, in a browser too. Done on the finished output, not in the source, so
 * that the library's own build keeps every call.
 */
export function guardDevWarnings(): Plugin {
  return {
    name: 'integrations-ui:dev-warnings',
    apply: 'build',
    enforce: 'post',
    // After every renderChunk transform: a later minify/transpile pass would drop the calls now.
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.code.includes('devWarn(')) continue;
        const s = new MagicString(chunk.code);
        for (const { call, parent } of devWarnCalls(this.parse(chunk.code))) {
          // A statement needs no parentheses; anywhere else they keep the operators' precedence.
          const statement = parent?.type === 'ExpressionStatement';
          s.appendLeft(call.start, statement ? `${DEVELOPMENT} && ` : `(${DEVELOPMENT} && `);
          if (!statement) s.appendRight(call.end, ')');
        }
        chunk.code = s.toString();
      }
    },
  };
}
