export { SourceHealthPanel, type SourceHealthPanelProps } from './SourceHealthPanel';
export {
  SOURCE_HEALTH_PANEL_STATES,
  SOURCE_HEALTH_PANEL_STATE_NAMES,
  SOURCE_HEALTH_PANEL_VARIANTS,
  SOURCE_HEALTH_PANEL_VARIANT_NAMES,
  panelHealthOf,
  type SourceHealthPanelState,
  type SourceHealthPanelVariant,
} from './SourceHealthPanel.props';
