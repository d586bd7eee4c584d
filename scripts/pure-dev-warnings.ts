import MagicString from 'magic-string';
import type { Plugin } from 'vite';

/**
 * Marks every call of the library's `devWarn` in the built modules `/* @__PURE__ *\/`, so that an
 * app's minifying production build (esbuild, Rollup, Rolldown, Terser, SWC) drops the call and
 * its message text: development builds keep the warnings, production bundles don't pay for
 * them. Done on the finished output, not in the source, so that the library's own build keeps every
 * call.
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
        for (const match of chunk.code.matchAll(/(?<![\w$.]|function\s)devWarn\(/g)) s.appendLeft(match.index, '/* @__PURE__ */ ');
        chunk.code = s.toString();
      }
    },
  };
}
