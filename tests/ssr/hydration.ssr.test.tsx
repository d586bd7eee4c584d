/**
 * Server rendering and hydration, run by `ssr-react19` and `ssr-react18` (the same file on each
 * React). For every case of cases.tsx: react-dom/server renders it in a worker (no DOM, like a
 * server) without any console error or warning; the page hydrates that HTML without a warning,
 * a recoverable error or a mismatch, and ends with the very HTML the server sent; a gated wizard
 * step is readable (never inert) and its controls really cannot take focus. Then the same case mounts with createRoot (@testing-library/react),
 * again without a warning. The console guard (tests/setup/ssr.ts) fails a test on any console
 * output of the page.
 */
import { cleanup, render } from '@testing-library/react';
import { act, useState, version } from 'react';
import { version as domVersion } from 'react-dom';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { SSR_CASES } from './cases';
import type { ServerRequest, ServerResponse } from './server.worker';
import ServerWorker from './server.worker.ts?worker';

const major = inject('reactMajor');
const server = new ServerWorker();
let lastId = 0;

/** Renders a case on the "server" (the worker). */
function serverRender(name: string): Promise<ServerResponse> {
  const id = (lastId += 1);
  return new Promise((resolve, reject) => {
    const onMessage = (event: MessageEvent<ServerResponse>) => {
      if (event.data.id !== id) return;
      server.removeEventListener('message', onMessage);
      resolve(event.data);
    };
    server.addEventListener('message', onMessage);
    server.addEventListener('error', (event) => reject(new Error(`server worker: ${event.message}`)), { once: true });
    server.postMessage({ id, name } satisfies ServerRequest);
  });
}

/** Interactive controls: a scroll region of a table (`role="region"`, `tabindex="0"`) is for reading and may keep focus. */
const CONTROLS = 'button, input, select, textarea, a[href], [tabindex]:not([role="region"])';

/**
 * A gated step is read, not used: its content is never inert or hidden (nothing visible is silent
 * to assistive tech), the panel says why it is locked, and none of its controls can take focus.
 */
function expectGatedStepsReadableNotUsable(root: HTMLElement, gated: boolean | undefined) {
  const panels = [...root.querySelectorAll<HTMLElement>('[data-slot="step-panel"]')];
  for (const panel of panels) {
    const content = panel.querySelector<HTMLElement>(':scope > [data-slot="step-panel-content"]');
    const name = `${panel.getAttribute('aria-label')} (${panel.dataset.state})`;
    expect(content?.inert, `${name} inert`).toBe(false);
    expect(content?.closest('[aria-hidden="true"]'), `${name} hidden from assistive tech`).toBeNull();
  }
  const gatedPanels = panels.filter((p) => p.dataset.state === 'gated');
  expect(gatedPanels.length > 0, 'has a gated step').toBe(Boolean(gated));
  if (!gated) return;
  for (const panel of gatedPanels) {
    const reason = panel.querySelector<HTMLElement>(':scope > [data-slot="step-panel-reason"]');
    expect(reason?.textContent, `${panel.getAttribute('aria-label')} says why it is locked`).toBeTruthy();
    expect(panel.getAttribute('aria-describedby')).toBe(reason!.id);
  }
  const controls = gatedPanels.flatMap((panel) => [...panel.querySelectorAll<HTMLElement>(`:scope > [data-slot="step-panel-content"] :is(${CONTROLS})`)]);
  expect(controls.length, 'controls in the gated steps').toBeGreaterThan(0);
  for (const control of controls) {
    control.focus();
    expect(document.activeElement, `${control.outerHTML.slice(0, 80)} took focus`).not.toBe(control);
  }
}

/**
 * Markup as the browser serializes it, attributes sorted by name: React 18 re-sets an input's
 * `value` attribute when it hydrates (same attributes, another order), which is no mismatch.
 */
function canonicalHTML(source: HTMLElement | string): string {
  const template = document.createElement('template');
  template.innerHTML = typeof source === 'string' ? source : source.innerHTML;
  for (const element of template.content.querySelectorAll('*')) {
    const attributes = [...element.attributes].map((a) => [a.name, a.value] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (const [name] of attributes) element.removeAttribute(name);
    for (const [name, value] of attributes) element.setAttribute(name, value);
  }
  return template.innerHTML;
}

/** Where two HTML strings first differ, with some context on each side; null when they are equal. */
function firstDifference(client: string, server: string) {
  if (client === server) return null;
  let at = 0;
  while (client[at] === server[at]) at += 1;
  return { at, server: server.slice(Math.max(0, at - 160), at + 160), client: client.slice(Math.max(0, at - 160), at + 160) };
}

afterEach(() => cleanup());

describe(`React ${major}`, () => {
  it('is the React of the page, of react-dom, of @testing-library and of the server', async () => {
    expect(version).toMatch(new RegExp(`^${major}\\.`));
    expect(domVersion).toBe(version);
    // Rendered by @testing-library/react's react-dom with our React (a second React would throw on the hook).
    function Probe() {
      const [text] = useState(version);
      return <p data-testid="probe">{text}</p>;
    }
    render(<Probe />);
    expect(document.querySelector('[data-testid="probe"]')?.textContent).toBe(version);
    const response = await serverRender(SSR_CASES[0]!.name);
    expect(response.reactVersion).toBe(version);
    expect(response.hasDom).toBe(false);
    // The main thread's react-dom/server is the same React too.
    expect(renderToString(<b>{version}</b>)).toBe(`<b>${version}</b>`);
  });
});

describe.each(SSR_CASES.map((c) => [c.name, c] as const))('%s', (_name, ssrCase) => {
  it('server-renders, then hydrates to the same HTML without a warning or a mismatch', async () => {
    const response = await serverRender(ssrCase.name);
    expect(response.error).toBeUndefined();
    // Soft: the hydration below still runs and reports its own findings.
    expect.soft(response.messages, 'console output of the server render').toEqual([]);
    expect(response.html).not.toBe('');

    const container = document.createElement('div');
    // Away from the page's top-left corner, where the test browser's idle pointer would hover (and open) a tooltip.
    container.style.margin = '160px';
    container.innerHTML = response.html;
    document.body.append(container);
    const recoverable: string[] = [];
    let committed = false;
    const root = await act(async () =>
      hydrateRoot(
        container,
        ssrCase.element(() => {
          committed = true;
        }),
        { onRecoverableError: (error) => recoverable.push(error instanceof Error ? error.message : String(error)) },
      ),
    );
    expect(committed, 'hydrated').toBe(true);
    expect.soft(recoverable, 'recoverable errors').toEqual([]);
    expect(firstDifference(canonicalHTML(container), canonicalHTML(response.html)), 'hydrated page vs server HTML').toBeNull();
    expectGatedStepsReadableNotUsable(container, ssrCase.gated);
    await act(async () => root.unmount());
    container.remove();
  });

  it('mounts with createRoot without a warning', async () => {
    let committed = false;
    const { container } = render(
      ssrCase.element(() => {
        committed = true;
      }),
    );
    expect(committed, 'mounted').toBe(true);
    expectGatedStepsReadableNotUsable(container, ssrCase.gated);
  });
});
