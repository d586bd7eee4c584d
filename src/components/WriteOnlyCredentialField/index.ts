export { WriteOnlyCredentialField, AccessTokenStatus, type WriteOnlyCredentialFieldProps, type AccessTokenStatusProps } from './WriteOnlyCredentialField';
export {
  WRITE_ONLY_CREDENTIAL_FIELD_STATES,
  WRITE_ONLY_CREDENTIAL_FIELD_STATE_NAMES,
  CREDENTIAL_FIELD_NAMES,
  CREDENTIAL_STATUS,
  ACCESS_TOKEN_STATUS,
  ACCESS_TOKEN_STATUS_NAMES,
  DEFAULT_SECRET_MAX_LENGTH,
  configuredStateOf,
  accessTokenStateOf,
  validateSecret,
  type WriteOnlyCredentialFieldState,
  type CredentialFieldName,
  type AccessTokenStatusState,
  type SecretValidationError,
} from './WriteOnlyCredentialField.props';
