/** The contained errors of page sections whose data was malformed. */
export function sectionErrors(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('[data-slot="section-error"]')];
}
