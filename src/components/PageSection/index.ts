export { PageSection, type PageSectionProps } from './PageSection';
export {
  PAGE_SECTION_STATES,
  PAGE_SECTION_STATE_NAMES,
  PAGE_SECTION_HEADING_LEVELS,
  type PageSectionState,
  type PageSectionHeadingLevel,
} from './PageSection.props';
