export { CredentialReadiness, type CredentialReadinessProps } from './CredentialReadiness';
export {
  CREDENTIAL_READINESS_STATES,
  CREDENTIAL_READINESS_STATE_NAMES,
  CHECKLIST_STATUS_STATES,
  CHECKLIST_STATUS_STATE_NAMES,
  SCOPE_POLICY_STATES,
  SCOPE_POLICY_STATE_NAMES,
  readinessStateOf,
  checklistStatusStateOf,
  scopePolicyStateOf,
  isChecklistItemId,
  type CredentialReadinessState,
  type ChecklistStatusState,
  type ScopePolicyState,
} from './CredentialReadiness.props';
