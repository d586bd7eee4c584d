/** A copy of `root` without what the eye does not read: hidden tooltips and screen-reader-only text. */
function printedCopy(root: HTMLElement): HTMLElement {
  const clone = root.cloneNode(true) as HTMLElement;
  for (const hidden of clone.querySelectorAll('[role="tooltip"], .iu\\:sr-only, [hidden]')) hidden.remove();
  return clone;
}

/** The text of `root` as printed: closed tooltips and screen-reader-only text left out. */
export const printedText = (root: HTMLElement): string => printedCopy(root).textContent ?? '';

/**
 * The text a person reads on a rendered screen, in the shape of the seeds' text renders: the
 * printed text (see printedText), CSS-uppercased text uppercased, and each `<time>` read as its
 * ISO `dateTime` (the seeds print instants as ISO; the screen shows them relative, with the ISO
 * value in the element).
 */
export function seedView(root: HTMLElement): string {
  const clone = printedCopy(root);
  for (const time of clone.querySelectorAll('time')) time.textContent = time.getAttribute('datetime') ?? time.textContent;
  for (const upper of clone.querySelectorAll('.iu\\:uppercase')) upper.textContent = (upper.textContent ?? '').toUpperCase();
  return clone.textContent ?? '';
}

/** Whitespace plays no part in the comparison: the seeds' renders drop it between cells. */
export const squash = (text: string) => text.replace(/\s+/g, '');

/**
 * A seed line as content: list markers ("• ", "- ", "1. "), table pipes and separator rows
 * removed (seed 004 is a Markdown render of the same screen as seed 003).
 */
export function seedContent(line: string): string | null {
  if (/^\|?\s*-{3,}/.test(line)) return null;
  return line
    .replace(/^(?:[•-]\s+|\d+\.\s+)/, '')
    .replace(/\|/g, ' ')
    .trim();
}

/** The seed's lines that do not appear in the rendered text, in seed order. */
export function missingSeedLines(seedLines: readonly string[], rendered: string): string[] {
  const page = squash(rendered);
  return seedLines.filter((line) => {
    const content = seedContent(line);
    return content !== null && content !== '' && !page.includes(squash(content));
  });
}

/**
 * The seed's lines found in the page but not after the previous line: the page shows them in
 * another order than the seed. Lines missing altogether are ignored here (see missingSeedLines).
 */
export function outOfOrderSeedLines(seedLines: readonly string[], rendered: string): string[] {
  const page = squash(rendered);
  let position = 0;
  const out: string[] = [];
  for (const line of seedLines) {
    const content = seedContent(line);
    if (content === null || content === '' || !page.includes(squash(content))) continue;
    const at = page.indexOf(squash(content), position);
    if (at === -1) out.push(line);
    else position = at + squash(content).length;
  }
  return out;
}
