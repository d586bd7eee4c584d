/**
 * The benchmark page of `npm run bench` (scripts/bench.mjs builds it with Vite and drives it in
 * the pinned Chromium). `window.__bench.mount(count)` builds `count` fixture sources (not timed),
 * then mounts a SourceTable and times it: `commit` = React render + DOM commit (flushSync),
 * `layout` = + style and layout of the result, `frame` = + the next animation frame (paint).
 */
import '../../src/styles/index.css';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { SourceTable } from '../../src/components/SourceTable';
import { FIXTURE_NOW, makeSources, AUTHORIZED_PROFILE_IDS, PROFILES } from '../../src/fixtures';
import type { SourceConnection } from '../../src/domain';
import { IntegrationsUIProvider } from '../../src/i18n';

interface Sample {
  count: number;
  rowsInDom: number;
  commit: number;
  layout: number;
  frame: number;
}

const container = document.getElementById('root')!;
let root: Root | null = null;
// Built once per size and reused (fixture building is not what is measured).
const fixtures = new Map<number, SourceConnection[]>();

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

async function mount(count: number): Promise<Sample> {
  root?.unmount();
  root = createRoot(container);
  const sources = fixtures.get(count) ?? makeSources(count, FIXTURE_NOW);
  fixtures.set(count, sources);
  await nextFrame();
  // Start from a collected heap (Chromium runs with --expose-gc): the figure is the mount's own
  // cost, not the collection of the previous run's table and fixtures.
  (window as { gc?: () => void }).gc?.();
  const t0 = performance.now();
  flushSync(() => {
    root!.render(
      <IntegrationsUIProvider locale="en" timeZone="Europe/Paris" now={FIXTURE_NOW}>
        <SourceTable sources={sources} profiles={PROFILES} authorizedProfileIds={AUTHORIZED_PROFILE_IDS} />
      </IntegrationsUIProvider>,
    );
  });
  const t1 = performance.now();
  void container.getBoundingClientRect().height; // forces style + layout
  const t2 = performance.now();
  await nextFrame();
  const t3 = performance.now();
  const rowsInDom = container.querySelectorAll('[data-slot="source-table-row"]').length;
  return { count, rowsInDom, commit: t1 - t0, layout: t2 - t0, frame: t3 - t0 };
}

declare global {
  interface Window {
    __bench: { mount: typeof mount; ready: boolean };
  }
}
window.__bench = { mount, ready: true };
