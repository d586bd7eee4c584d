import type { Plugin } from 'vite';

/**
 * Namespaces what Tailwind emits but `prefix(iu)` leaves global, so the library's stylesheet
 * never collides with a host app's (often its own Tailwind build):
 * - internal properties `--tw-*` (declarations, `var()` uses, `@property` registrations) become `--iu-tw-*`;
 * - keyframes (`spin`, `pulse`…) become `iu-spin`, `iu-pulse`… with their references;
 * - the `@layer properties { @supports (…) { *, ::before, ::after, ::backdrop { --tw-…: initial } } }`
 *   fallback for browsers without `@property` (baseline since 2024) is dropped: it is a global
 *   rule on every element of the page, and a layer.
 *
 * - the `space-*` / `divide-*` utilities' child rules `:where(.iu\:space-y-2 > :not(:last-child))`
 *   get the specificity of their class, `.iu\:space-y-2 > :where(:not(:last-child))`: with zero
 *   specificity they relied on the preflight being in a lower layer, and the unlayered scoped reset
 *   (`.iu-root *`, one class) would otherwise win over them.
 *
 * Runs right after `@tailwindcss/vite` (list it after `tailwindcss()`), in Storybook, Vitest and the
 * library build alike, so stories and tests see exactly the CSS that dist/styles.css ships.
 */
export function namespaceCss(css: string): string {
  let out = dropPropertiesLayer(css);
  out = out.replace(/(?<![\w-])--tw-/g, '--iu-tw-');
  out = out.replace(/:where\((\.iu\\:[^\s>(),]+)\s*>\s*:not\(:last-child\)\)/g, '$1 > :where(:not(:last-child))');
  const names = new Set([...out.matchAll(/@keyframes\s+([\w-]+)/g)].map((m) => m[1]!).filter((name) => !name.startsWith('iu-')));
  if (names.size > 0) {
    const alternatives = [...names].map((name) => name.replace(/[-]/g, '\\-')).join('|');
    const word = new RegExp(`(?<![\\w-])(${alternatives})(?![\\w-])`, 'g');
    out = out.replace(/@keyframes\s+([\w-]+)/g, (all, name: string) => (names.has(name) ? `@keyframes iu-${name}` : all));
    // References: animation / animation-name declarations and the theme's --iu-animate-* values.
    out = out.replace(
      /((?:animation(?:-name)?|--iu-animate-[\w-]+)\s*:)([^;}]*)/g,
      (_all, property: string, value: string) => property + value.replace(word, 'iu-$1'),
    );
  }
  return out;
}

/** Removes every `@layer properties { … }` block (balanced braces), the `@property` fallback. */
function dropPropertiesLayer(css: string): string {
  let out = css;
  for (let start = out.search(/@layer\s+properties\s*\{/); start !== -1; start = out.search(/@layer\s+properties\s*\{/)) {
    let depth = 0;
    let end = out.indexOf('{', start);
    for (; end < out.length; end++) {
      if (out[end] === '{') depth++;
      else if (out[end] === '}' && --depth === 0) break;
    }
    out = out.slice(0, start) + out.slice(end + 1);
  }
  // The statement form `@layer properties;` (declaration of the layer order), if any.
  return out.replace(/@layer\s+properties\s*;/g, '');
}

const CSS_ID = /\.css(?:\?.*)?$/;

/** Vite plugin: apply {@link namespaceCss} to the project's own stylesheets after Tailwind generated them. */
export function cssNamespace(): Plugin {
  return {
    name: 'integrations-ui:css-namespace',
    enforce: 'pre',
    transform: {
      filter: { id: { include: [CSS_ID], exclude: [/\/node_modules\//, /[?&](?:raw|url)\b/] } },
      handler(code) {
        const out = namespaceCss(code);
        return out === code ? null : { code: out, map: null };
      },
    },
  };
}
