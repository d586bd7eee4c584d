export { StepPanel, type StepPanelProps } from './StepPanel';
export { STEP_PANEL_STATES, STEP_PANEL_STATE_NAMES, isStepPanelState, type StepPanelState } from './StepPanel.props';
