import { isOneOf, NOTICE_IDS, type NoticeId } from '../../domain';
import type { MessageKey } from '../../i18n';
import type { Tone } from '../../internal/tone';
import type { IconName } from '../../internal/Icon';

/**
 * Every variant a Notice can take, defined once: this table feeds the component (tone, icon,
 * role, the icon's accessible name), the `NoticeVariant` union, the stories and the
 * `it.each` tests. `unknown` is internal: a notice id the catalog lacks renders it, neutral.
 *
 * All roles are `note`: a notice is static context read in document order; none of them
 * announces a change, so none is a live region.
 */
export const NOTICE_STATES = {
  mock: { tone: 'neutral', icon: 'eye', role: 'note', label: 'notice.variants.mock', story: 'Mock' },
  legacy: { tone: 'info', icon: 'arrowRight', role: 'note', label: 'notice.variants.legacy', story: 'Legacy' },
  info: { tone: 'info', icon: 'info', role: 'note', label: 'notice.variants.info', story: 'Info' },
  warning: { tone: 'warning', icon: 'alert', role: 'note', label: 'notice.variants.warning', story: 'Warning' },
  critical: {
    tone: 'critical',
    icon: 'octagon',
    role: 'note',
    label: 'notice.variants.critical',
    story: 'Critical',
  },
  unknown: { tone: 'neutral', icon: 'help', role: 'note', label: 'notice.variants.unknown', story: 'Unknown' },
} as const satisfies Record<string, { tone: Tone; icon: IconName; role: 'note' | 'status'; label: MessageKey; story: string }>;

export type NoticeState = keyof typeof NOTICE_STATES;
/** The variants a caller may ask for (the table without the internal `unknown`). */
export type NoticeVariant = Exclude<NoticeState, 'unknown'>;
export const NOTICE_STATE_NAMES = Object.keys(NOTICE_STATES) as NoticeState[];
export const NOTICE_VARIANTS = NOTICE_STATE_NAMES.filter((s): s is NoticeVariant => s !== 'unknown');

/**
 * The variant and lead of each catalog notice. `lead: 'sentence'`: the first sentence
 * ("Mock data.", "Legacy route.") is shown bold — the text itself is unchanged. `lead: 'whole'`:
 * the whole text is a lead, and a NoticeStack joins it to the next notice of the same variant
 * ("Mock data. Mock-only: UX shell. …", seeds 001/003/004).
 */
export const NOTICE_CATALOG = {
  mock_data: { variant: 'mock', lead: 'whole' },
  mock_shell: { variant: 'mock', lead: 'none' },
  mock_settings: { variant: 'mock', lead: 'sentence' },
  legacy_route: { variant: 'legacy', lead: 'sentence' },
  shopify_credentials_settings: { variant: 'info', lead: 'none' },
  onboarding_scenario: { variant: 'info', lead: 'none' },
  shopify_onboarding: { variant: 'info', lead: 'none' },
} as const satisfies Record<NoticeId, { variant: NoticeVariant; lead: 'none' | 'sentence' | 'whole' }>;

export function isNoticeVariant(value: unknown): value is NoticeVariant {
  return typeof value === 'string' && value !== 'unknown' && Object.hasOwn(NOTICE_STATES, value);
}

export function isNoticeId(value: unknown): value is NoticeId {
  return isOneOf(NOTICE_IDS, value);
}

/**
 * Splits a catalog text after its first sentence ("Legacy route." + " Cette page…"). The two
 * parts concatenated with one space give the text back exactly; without a sentence end the whole
 * text is the body.
 */
export function splitLead(text: string): { lead: string | null; body: string } {
  const end = text.indexOf('. ');
  if (end < 0) return { lead: null, body: text };
  return { lead: text.slice(0, end + 1), body: text.slice(end + 2) };
}
