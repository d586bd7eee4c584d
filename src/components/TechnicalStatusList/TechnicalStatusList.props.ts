import type { MessageKey } from '../../i18n';
import type { Tone } from '../../internal/tone';
import type { IconName } from '../../internal/Icon';

/**
 * The rows of the list, in the seed's order, defined once: each names its catalog label. The
 * API version target row is left out when the source has no target (seeds 003/004).
 */
export const TECHNICAL_STATUS_ROWS = {
  enabled: { label: 'technical.enabled' },
  apiVersionTarget: { label: 'technical.apiVersionTarget' },
  apiVersionReview: { label: 'technical.apiVersionReview' },
  schemaChanged: { label: 'technical.schemaChanged' },
  changelogReviewRequired: { label: 'technical.changelogReviewRequired' },
  fieldMappingCheckRequired: { label: 'technical.fieldMappingCheckRequired' },
  mappingStatus: { label: 'technical.mappingStatus' },
  lastSuccessfulSync: { label: 'technical.lastSuccessfulSync' },
} as const satisfies Record<string, { label: MessageKey }>;

export type TechnicalStatusRowId = keyof typeof TECHNICAL_STATUS_ROWS;
export const TECHNICAL_STATUS_ROW_IDS = Object.keys(TECHNICAL_STATUS_ROWS) as TechnicalStatusRowId[];

/**
 * How a value reads: plain, needing attention (a "Yes" on schema_changed, a REQUIRED review…:
 * warning tone and icon), informational (unconfirmed mapping), or unknown (bad data, raw value shown).
 */
export const TECHNICAL_VALUE_STATES = {
  plain: { tone: null, icon: null },
  attention: { tone: 'warning', icon: 'alert' },
  info: { tone: 'info', icon: 'info' },
  unknown: { tone: 'neutral', icon: 'help' },
} as const satisfies Record<string, { tone: Tone | null; icon: IconName | null }>;

export type TechnicalValueState = keyof typeof TECHNICAL_VALUE_STATES;
export const TECHNICAL_VALUE_STATE_NAMES = Object.keys(TECHNICAL_VALUE_STATES) as TechnicalValueState[];

/** The boolean rows whose "Yes" asks someone to act. */
export const ATTENTION_FLAGS = ['schemaChanged', 'changelogReviewRequired', 'fieldMappingCheckRequired'] as const;
