export { CredentialsPanel, type CredentialsPanelProps } from './CredentialsPanel';
export { CREDENTIALS_PANEL_STATES, CREDENTIALS_PANEL_STATE_NAMES, credentialsPanelStateOf, type CredentialsPanelState } from './CredentialsPanel.props';
