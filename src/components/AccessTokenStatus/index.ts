export { AccessTokenStatus, type AccessTokenStatusProps } from './AccessTokenStatus';
export { ACCESS_TOKEN_STATUS, ACCESS_TOKEN_STATUS_NAMES, accessTokenStateOf, type AccessTokenStatusState } from './AccessTokenStatus.props';
