export { SourceSettingsForm, type SourceSettingsFormProps } from './SourceSettingsForm';
export {
  SOURCE_SETTINGS_FORM_STATES,
  SOURCE_SETTINGS_FORM_STATE_NAMES,
  SOURCE_NAME_MAX_LENGTH,
  sourceSettingsStateOf,
  validateSourceName,
  type SourceNameProblem,
  type SourceSettingsFormState,
} from './SourceSettingsForm.props';
