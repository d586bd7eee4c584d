import { TONES } from '../../src/lib/tone';

const BASE = [
  'background',
  'foreground',
  'surface',
  'surface-raised',
  'muted',
  'muted-foreground',
  'border',
  'border-strong',
  'ring',
  'accent',
  'accent-foreground',
] as const;

/**
 * The design tokens as swatches. Status tones are shown as the pairs components use
 * (fg on bg with its border), so the palette page doubles as a contrast check: axe runs on it
 * in both themes.
 */
export function TokenPalette() {
  return (
    <div className="space-y-6">
      <section aria-labelledby="tones-heading">
        <h2 id="tones-heading" className="mb-2 text-base font-semibold">
          Semantic status tones
        </h2>
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3">
          {TONES.map((tone) => (
            <li key={tone} data-tone={tone} className="rounded-md border border-(--tone-border) bg-(--tone-bg) p-3 text-(--tone-fg)">
              <p className="text-sm font-semibold">{tone}</p>
              <p className="font-mono text-xs">
                --ui-{tone}-fg / -bg / -border
              </p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="base-heading">
        <h2 id="base-heading" className="mb-2 text-base font-semibold">
          Base
        </h2>
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          {BASE.map((name) => (
            <li key={name} className="flex items-center gap-2 text-sm">
              <span aria-hidden="true" className="size-8 shrink-0 rounded-md border border-border-strong" style={{ background: `var(--ui-${name})` }} />
              <code className="font-mono text-xs">--ui-{name}</code>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
