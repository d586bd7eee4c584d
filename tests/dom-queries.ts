/**
 * Plain-DOM queries shared by the unit tests (happy-dom) and the story play functions (browser):
 * no testing-library, so that both trees can import them.
 */

/** The contained errors of page sections whose data was malformed. */
export function sectionErrors(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('[data-slot$="section-error"]')];
}

/** The text of each row's header cell (`<th scope="row">`) of the tables under `root`, in DOM order. */
export function rowNames(root: ParentNode): (string | null)[] {
  return [...root.querySelectorAll('th[scope="row"], [role="rowheader"]')].map((cell) => cell.textContent);
}
