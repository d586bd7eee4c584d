import { TONES } from '../../src/internal/tone';

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
    // iu-root: the tone variables (data-tone) are defined inside the library's roots only.
    <div className="iu-root iu:space-y-6">
      <section aria-labelledby="tones-heading">
        <h2 id="tones-heading" className="iu:mb-2 iu:text-base iu:font-semibold">
          Semantic status tones
        </h2>
        <ul className="iu:grid iu:grid-cols-2 iu:gap-3 iu:sm:grid-cols-3">
          {TONES.map((tone) => (
            <li key={tone} data-tone={tone} className="iu:rounded-md iu:border iu:border-(--iu-tone-border) iu:bg-(--iu-tone-bg) iu:p-3 iu:text-(--iu-tone-fg)">
              <p className="iu:text-sm iu:font-semibold">{tone}</p>
              <p className="iu:font-mono iu:text-xs">--ui-{tone}-fg / -bg / -border</p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="base-heading">
        <h2 id="base-heading" className="iu:mb-2 iu:text-base iu:font-semibold">
          Base
        </h2>
        <ul className="iu:grid iu:grid-cols-2 iu:gap-3 iu:sm:grid-cols-4">
          {BASE.map((name) => (
            <li key={name} className="iu:flex iu:items-center iu:gap-2 iu:text-sm">
              <span
                aria-hidden="true"
                className="iu:size-8 iu:shrink-0 iu:rounded-md iu:border iu:border-border-strong"
                style={{ background: `var(--ui-${name})` }}
              />
              <code className="iu:font-mono iu:text-xs">--ui-{name}</code>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
