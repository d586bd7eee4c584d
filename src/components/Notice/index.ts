export { Notice, NoticeStack, type NoticeProps, type NoticeStackProps } from './Notice';
export {
  NOTICE_STATES,
  NOTICE_STATE_NAMES,
  NOTICE_VARIANTS,
  NOTICE_CATALOG,
  isNoticeId,
  isNoticeVariant,
  splitLead,
  type NoticeState,
  type NoticeVariant,
} from './Notice.props';
