/**
 * The docs' MDX is compiled with GitHub-flavoured Markdown (.storybook/main.ts gives addon-docs
 * remark-gfm): the Introduction's pipe tables become real <table>s, not paragraphs of pipes.
 * Compiled here with addon-docs' own MDX loader and the options main.ts passes it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- the loader ships without type declarations; its shape is the webpack loader API below.
import mdxLoader from '@storybook/addon-docs/mdx-loader';
import config from '../../.storybook/main';

interface DocsAddon {
  name: string;
  options?: { mdxPluginOptions?: Record<string, unknown> };
}

const docsAddon = config.addons?.find((addon): addon is DocsAddon => typeof addon === 'object' && addon.name === '@storybook/addon-docs');

/** Runs the loader as Storybook's builder does: `this.getOptions()` is the addon's mdxPluginOptions. */
function compileMdx(path: string, options: Record<string, unknown>): Promise<string> {
  return new Promise((resolve, reject) => {
    const context = {
      resourcePath: path,
      getOptions: () => options,
      async: () => (error: unknown, code: string) => (error ? reject(error) : resolve(code)),
    };
    (mdxLoader as (this: typeof context, content: string) => void).call(context, readFileSync(path, 'utf8'));
  });
}

describe('MDX docs', () => {
  it('main.ts gives addon-docs the GFM remark plugin', () => {
    expect(docsAddon?.options?.mdxPluginOptions).toBeDefined();
  });

  it("the Introduction's Markdown tables compile to tables (and did not without GFM)", async () => {
    const path = 'stories/docs/Introduction.mdx';
    const withGfm = await compileMdx(path, docsAddon?.options?.mdxPluginOptions ?? {});
    expect(withGfm).toMatch(/_components\.table\b/);
    expect(withGfm).toMatch(/_components\.th\b/);
    expect(withGfm).not.toMatch(/\| --- \|/);
    // The same file without the plugin: the pipes stay text, which is what the docs showed before.
    const plain = await compileMdx(path, {});
    expect(plain).not.toMatch(/_components\.table\b/);
    expect(plain).toMatch(/\| --- \|/);
  });
});
