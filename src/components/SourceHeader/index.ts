export { SourceHeader, type SourceHeaderProps } from './SourceHeader';
export { SOURCE_HEADER_PROFILE_STATES, SOURCE_HEADER_PROFILE_STATE_NAMES, profileStateOf, type SourceHeaderProfileState } from './SourceHeader.props';
