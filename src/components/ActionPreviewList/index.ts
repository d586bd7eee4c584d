export { ActionPreviewList, type ActionPreviewListProps } from './ActionPreviewList';
export {
  ACTION_PREVIEW_KINDS,
  ACTION_PREVIEW_KIND_NAMES,
  ACTION_PREVIEW_ITEM_STATES,
  ACTION_PREVIEW_ITEM_STATE_NAMES,
  ACTION_PREVIEW_LIST_STATES,
  ACTION_PREVIEW_LIST_STATE_NAMES,
  actionMessageKey,
  isActionId,
  itemStateOf,
  listStateOf,
  type ActionPreviewKind,
  type ActionPreviewItemState,
  type ActionPreviewListState,
  type PreviewableAction,
} from './ActionPreviewList.props';
