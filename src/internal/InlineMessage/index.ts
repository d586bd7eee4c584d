export { InlineMessage, INLINE_MESSAGE_GAPS, INLINE_MESSAGE_ICON_COLOURS, type InlineMessageProps } from './InlineMessage';
