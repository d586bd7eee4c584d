export { InlineMessage, INLINE_MESSAGE_GAPS, INLINE_MESSAGE_ICON_COLOURS, type InlineMessageGap, type InlineMessageProps } from './InlineMessage';
