export { FreshnessCell, type FreshnessCellProps } from './FreshnessCell';
export {
  FRESHNESS_CELL_STATES,
  FRESHNESS_CELL_STATE_NAMES,
  FRESHNESS_CELL_LAYOUTS,
  FRESHNESS_CELL_LAYOUT_NAMES,
  isFreshnessCellState,
  freshnessOfSource,
  type FreshnessCellState,
  type FreshnessCellLayout,
} from './FreshnessCell.props';
