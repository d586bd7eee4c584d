/**
 * The data-attribute vocabulary (CONTRIBUTING.md): `data-slot` names are `component-part`, the
 * component's kebab-case name first, and `data-state` values are kebab-case (an expression goes
 * through `dataState()`). Read from the sources, so a new slot or state that breaks the rule
 * fails here rather than in an app's stylesheet.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataState } from '../../src/internal/dataState';

const SRC = resolve(import.meta.dirname, '../../src');
/** A component's name in kebab-case, the spelling `dataState` gives any name. */
const kebab = dataState;
const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.tsx'))
  .map((file) => ({ file, code: readFileSync(join(SRC, file), 'utf8') }));
/** Every component of the package and its kit: a slot may name one of them whole (a part that is a component). */
const COMPONENTS = new Set([...files.map(({ file }) => kebab(basename(file, '.tsx'))), 'integrations-settings-page', 'source-detail-page']);
/** The component a file's slots belong to: its own, except the wizard's parts file. */
const rootOf = (file: string) => kebab(basename(file, '.tsx').replace(/Parts$/, ''));

describe('data attributes in the sources', () => {
  it('reads the components', () => {
    expect(files.length).toBeGreaterThan(40);
  });

  it('names every data-slot component-part', () => {
    const wrong = files.flatMap(({ file, code }) =>
      [...code.matchAll(/\b(?:data-slot|slot)="([^"]+)"/g)]
        .map((match) => match[1]!)
        .filter((slot) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slot) || !(slot === rootOf(file) || slot.startsWith(`${rootOf(file)}-`) || COMPONENTS.has(slot)))
        .map((slot) => `${file}: ${slot}`),
    );
    expect(wrong).toEqual([]);
  });

  it('writes every data-state in kebab-case', () => {
    const literals = files.flatMap(({ file, code }) =>
      [...code.matchAll(/data-state="([^"]*)"/g)].filter((match) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(match[1]!)).map((match) => `${file}: ${match[1]}`),
    );
    const expressions = files.flatMap(({ file, code }) => [...code.matchAll(/data-state=\{(?!dataState\()([^}]*)\}/g)].map((match) => `${file}: ${match[1]}`));
    expect([...literals, ...expressions]).toEqual([]);
  });
});
