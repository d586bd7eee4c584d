import {
  CREDENTIAL_ACTION_IDS,
  isOneOf,
  SOURCE_ACTION_IDS,
  type CredentialAction,
  type CredentialActionId,
  type SourceAction,
  type SourceActionId,
} from '../../domain';
import type { MessageKey } from '../../i18n';
import type { Tone } from '../../internal/tone';
import type { IconName } from '../../internal/Icon';

/** An action the list can preview: one of the nine source actions or one of the five credential actions. */
export type PreviewableAction = SourceAction | CredentialAction;

/**
 * The two lists, defined once. `available` is the availability value that means "can be
 * previewed" in that list: source actions read "allowed" (seed 000), credential actions
 * "available" (seed 001). Credential actions also show "performsRealAction: false" and an intro.
 */
export const ACTION_PREVIEW_KINDS = {
  source: {
    ids: SOURCE_ACTION_IDS,
    catalog: 'sourceActions',
    available: 'allowed',
    title: 'sourceActions.title',
    intro: null,
    empty: 'sourceActions.empty',
    availability: { available: 'sourceActions.availability.allowed', unavailable: 'sourceActions.availability.unavailable' },
    showsRealActionFlag: false,
  },
  credential: {
    ids: CREDENTIAL_ACTION_IDS,
    catalog: 'credentialActions',
    available: 'available',
    title: 'credentialActions.title',
    intro: 'credentialActions.intro',
    empty: 'actionPreview.credentialEmpty',
    availability: { available: 'credentialActions.availability.available', unavailable: 'credentialActions.availability.unavailable' },
    showsRealActionFlag: true,
  },
} as const satisfies Record<
  string,
  {
    ids: readonly string[];
    /** Catalog namespace of the actions' labels and descriptions. */
    catalog: 'sourceActions' | 'credentialActions';
    available: string;
    title: MessageKey;
    intro: MessageKey | null;
    empty: MessageKey;
    availability: { available: MessageKey; unavailable: MessageKey };
    showsRealActionFlag: boolean;
  }
>;

export type ActionPreviewKind = keyof typeof ACTION_PREVIEW_KINDS;
export const ACTION_PREVIEW_KIND_NAMES = Object.keys(ACTION_PREVIEW_KINDS) as ActionPreviewKind[];

/** The catalog key of a known action's label or description (`sourceActions.reconnect.label`…). */
export function actionMessageKey(kind: ActionPreviewKind, id: string, part: 'label' | 'description'): MessageKey {
  return `${ACTION_PREVIEW_KINDS[kind].catalog}.${id}.${part}` as MessageKey;
}

/**
 * The state of one action row: previewable, unavailable (with its reason), or unknown (an id or
 * availability the library does not know: shown neutral with the raw code, never previewable).
 * Feeds the row's `data-state`, the availability badge (tone, icon) and the `it.each` tests.
 */
export const ACTION_PREVIEW_ITEM_STATES = {
  available: { tone: 'success', icon: 'check', previewable: true },
  unavailable: { tone: 'neutral', icon: 'ban', previewable: false },
  unknown: { tone: 'neutral', icon: 'help', previewable: false },
} as const satisfies Record<string, { tone: Tone; icon: IconName; previewable: boolean }>;

export type ActionPreviewItemState = keyof typeof ACTION_PREVIEW_ITEM_STATES;
export const ACTION_PREVIEW_ITEM_STATE_NAMES = Object.keys(ACTION_PREVIEW_ITEM_STATES) as ActionPreviewItemState[];

/**
 * The state of the whole list (root `data-state`), named as its stories; the `Credential
 * actions` story is the credential kind of `allAllowed`.
 */
export const ACTION_PREVIEW_LIST_STATES = {
  allAllowed: { story: 'All allowed' },
  withUnavailable: { story: 'With unavailable' },
  empty: { story: 'Empty' },
} as const satisfies Record<string, { story: string }>;

export type ActionPreviewListState = keyof typeof ACTION_PREVIEW_LIST_STATES;
export const ACTION_PREVIEW_LIST_STATE_NAMES = Object.keys(ACTION_PREVIEW_LIST_STATES) as ActionPreviewListState[];

export function isActionId(kind: ActionPreviewKind, id: unknown): id is SourceActionId | CredentialActionId {
  return isOneOf(ACTION_PREVIEW_KINDS[kind].ids, id);
}

/** The row state of an action in a list of `kind`. */
export function itemStateOf(kind: ActionPreviewKind, action: { id: unknown; availability: unknown }): ActionPreviewItemState {
  if (!isActionId(kind, action.id)) return 'unknown';
  if (action.availability === ACTION_PREVIEW_KINDS[kind].available) return 'available';
  if (action.availability === 'unavailable') return 'unavailable';
  return 'unknown';
}

export function listStateOf(kind: ActionPreviewKind, actions: readonly { id: unknown; availability: unknown }[]): ActionPreviewListState {
  if (actions.length === 0) return 'empty';
  return actions.every((action) => itemStateOf(kind, action) === 'available') ? 'allAllowed' : 'withUnavailable';
}
