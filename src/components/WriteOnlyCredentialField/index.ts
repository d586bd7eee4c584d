export { WriteOnlyCredentialField, type WriteOnlyCredentialFieldProps } from './WriteOnlyCredentialField';
export {
  WRITE_ONLY_CREDENTIAL_FIELD_STATES,
  WRITE_ONLY_CREDENTIAL_FIELD_STATE_NAMES,
  CREDENTIAL_FIELD_NAMES,
  CREDENTIAL_STATUS,
  DEFAULT_SECRET_MAX_LENGTH,
  configuredStateOf,
  validateSecret,
  type WriteOnlyCredentialFieldState,
  type CredentialFieldName,
  type SecretValidationError,
} from './WriteOnlyCredentialField.props';
