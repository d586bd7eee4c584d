/** The states of a page section: its content, or the contained error that replaces it. */
export const PAGE_SECTION_STATES = {
  ready: { story: 'Ready' },
  error: { story: 'Malformed data' },
} as const;

export type PageSectionState = keyof typeof PAGE_SECTION_STATES;
export const PAGE_SECTION_STATE_NAMES = Object.keys(PAGE_SECTION_STATES) as PageSectionState[];

export { HEADING_LEVELS as PAGE_SECTION_HEADING_LEVELS, type HeadingLevel as PageSectionHeadingLevel } from '../../internal/heading';
