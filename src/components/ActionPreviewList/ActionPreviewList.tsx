'use client';

import { forwardRef, useId, useState, type DOMAttributes, type HTMLAttributes } from 'react';
import { describe, devWarn, toText } from '../../domain/dev';
import { useIntegrationsUI } from '../../i18n';
import { cn, IU_ROOT } from '../../internal/cn';
import { SectionHeading } from '../../internal/SectionHeading';
import { TONE_BOX } from '../../internal/tone';
import { StatusPill } from '../../internal/StatusPill';
import { headingLevelOr } from '../../internal/heading';
import { Icon } from '../../internal/Icon';
import { EmptyState } from '../../internal/TableFrame/EmptyState';
import {
  ACTION_PREVIEW_ITEM_STATES,
  ACTION_PREVIEW_KINDS,
  actionMessageKey,
  isActionId,
  itemStateOf,
  listStateOf,
  type ActionPreviewItemState,
  type ActionPreviewKind,
  type PreviewableAction,
} from './ActionPreviewList.props';
import * as english from '../../i18n/messages/en';
import { dataState } from '../../internal/dataState';

/** The English namespaces this module's strings come from (the provider's catalog comes first). */
const ENGLISH = {
  actionPreview: english.actionPreview,
  common: english.common,
  credentialActions: english.credentialActions,
  sourceActions: english.sourceActions,
};

/** The availability pill's border: dashed when the action cannot be previewed. */

/**
 * Root props without any event handler: activating an action reaches the parent through
 * `onPreview` and nothing else (no click/key listener on the list, no other callback).
 */
type RootProps = Omit<HTMLAttributes<HTMLElement>, keyof DOMAttributes<HTMLElement> | 'title'>;

export interface ActionPreviewListProps extends RootProps {
  /** Which list: the nine source actions or the five credential actions. @default 'source' */
  kind?: ActionPreviewKind;
  /** The actions in display order (fixtures `SOURCE_ACTIONS`, `CREDENTIAL_ACTIONS`); an unavailable one carries its reason's message key. */
  actions: readonly PreviewableAction[];
  /** Name of the source the actions apply to, quoted in every preview line ("Shopify France"). */
  sourceName: string;
  /** Called with the action object when the user activates an available action. The list executes nothing itself; it confirms the preview under the pressed action. */
  onPreview: (action: PreviewableAction) => void;
  /** Level of the list's title heading. @default 3 */
  headingLevel?: 2 | 3 | 4;
}

/**
 * Preview-only actions of a source or of its credentials. Each row gives the availability, the
 * label and description in the "Preview: … (no execution)" wording; an available action calls
 * `onPreview(action)` and that is all the component can do: it has no execute path. An
 * unavailable action stays focusable (`aria-disabled`) and says why.
 *
 * Every press is confirmed right under the pressed action ("Previewed … nothing was executed"),
 * where the eye is, in a polite live region that each previewable row keeps mounted (so it is
 * announced); a repeat press of the same action counts the presses, so its text changes and it
 * is announced again.
 */
export const ActionPreviewList = forwardRef<HTMLElement, ActionPreviewListProps>(function ActionPreviewList(
  { kind: kindProp = 'source', actions, sourceName, onPreview, headingLevel = 3, className, ...rest },
  ref,
) {
  const { t, has } = useIntegrationsUI(ENGLISH);
  const id = useId();
  // The last pressed row and how many times in a row it was pressed.
  const [pressed, setPressed] = useState<{ row: string; count: number } | null>(null);
  const titleId = `${id}-title`;

  let kind: ActionPreviewKind = kindProp;
  if (typeof kindProp !== 'string' || !Object.hasOwn(ACTION_PREVIEW_KINDS, kindProp)) {
    devWarn(`ActionPreviewList: unknown kind ${describe(kindProp)}; using "source".`);
    kind = 'source';
  }
  const spec = ACTION_PREVIEW_KINDS[kind];
  const list: PreviewableAction[] = [];
  if (!Array.isArray(actions)) devWarn('ActionPreviewList: `actions` must be an array; showing none.');
  else {
    // A hole or a null item is skipped (with a warning), never read.
    for (let i = 0; i < actions.length; i += 1) {
      const action: unknown = actions[i];
      if (action != null && typeof action === 'object') list.push(action as PreviewableAction);
      else devWarn(`ActionPreviewList actions[${i}]: expected an action, got ${i in actions ? describe(action) : 'a hole'}; skipped.`);
    }
  }
  const level = headingLevelOr(headingLevel, 3);
  const state = listStateOf(kind, list);

  function reasonOf(action: PreviewableAction, itemState: ActionPreviewItemState, known: boolean): string | null {
    if (itemState === 'available') return null;
    if (!known) {
      devWarn(`ActionPreviewList: unknown ${kind} action ${describe(action.id)}; it cannot be previewed.`);
      return t('actionPreview.unknownAction');
    }
    if (itemState === 'unknown') {
      devWarn(`ActionPreviewList: unknown availability ${describe(action.availability)} for ${describe(action.id)}; it cannot be previewed.`);
      return t('actionPreview.unknownAvailability');
    }
    const reason = action.reason;
    if (typeof reason === 'string' && has(reason)) return t(reason);
    if (typeof reason === 'string' && reason.trim() !== '') {
      devWarn(`ActionPreviewList: reason of ${describe(action.id)} is not a catalog key; shown as given.`);
      return reason;
    }
    devWarn(`ActionPreviewList: unavailable action ${describe(action.id)} has no reason.`);
    return t('actionPreview.noReason');
  }

  return (
    // Not a named landmark (a page may show several lists with the same title); the heading and
    // the list's name (the title) give the structure.
    <section
      ref={ref}
      data-slot="action-preview-list"
      data-kind={kind}
      data-state={dataState(state)}
      className={cn(IU_ROOT, 'iu:grid iu:gap-2 iu:text-sm iu:text-foreground', className)}
      {...rest}
    >
      <SectionHeading level={level} id={titleId}>
        {t(spec.title)}
      </SectionHeading>
      {spec.intro ? <p className="iu:text-muted-foreground">{t(spec.intro)}</p> : null}
      {list.length === 0 ? (
        <EmptyState>{t(spec.empty)}</EmptyState>
      ) : (
        <ul role="list" aria-labelledby={titleId} className="iu:grid iu:grid-cols-[auto_minmax(0,1fr)] iu:gap-x-3 iu:gap-y-2">
          {list.map((action, index) => {
            const itemState = itemStateOf(kind, action);
            const itemSpec = ACTION_PREVIEW_ITEM_STATES[itemState];
            const known = isActionId(kind, action.id);
            const label = known ? t(actionMessageKey(kind, action.id, 'label')) : t('common.unknownWithCode', { code: toText(action.id) });
            const description = known ? t(actionMessageKey(kind, action.id, 'description')) : null;
            const preview = description !== null ? t('sourceActions.preview', { action: label, source: sourceName, description }) : label;
            const reason = reasonOf(action, itemState, known);
            const rowId = `${id}-${index}`;
            const rowKey = `${index}-${toText(action.id)}`;
            const presses = pressed?.row === rowKey ? pressed.count : 0;
            const describedBy = [reason ? `${rowId}-reason` : null, spec.showsRealActionFlag ? `${rowId}-flag` : null].filter(Boolean).join(' ') || undefined;
            const badgeLabel =
              itemState === 'unknown' && known
                ? t('common.unknownWithCode', { code: toText(action.availability) })
                : itemState === 'unknown'
                  ? t('common.unknown')
                  : t(spec.availability[itemState]);
            // Credential rows show the seed's line (the description); their accessible name is the full preview wording.
            const visible = kind === 'credential' && description !== null ? description : preview;
            return (
              <li
                key={rowKey}
                data-slot="action-preview-list-item"
                data-action={toText(action.id)}
                data-state={dataState(itemState)}
                className="iu:col-span-2 iu:grid iu:grid-cols-subgrid iu:items-start"
              >
                <StatusPill
                  data-slot="action-preview-list-availability"
                  tone={itemSpec.tone}
                  icon={itemSpec.icon}
                  leading="none"
                  dashed={itemState !== 'available'}
                  className="iu:justify-self-start iu:whitespace-nowrap iu:mt-2"
                >
                  {badgeLabel}
                </StatusPill>
                <div className="iu:grid iu:min-w-0 iu:grid-cols-[minmax(0,1fr)] iu:gap-1">
                  <button
                    type="button"
                    aria-label={visible !== preview ? preview : undefined}
                    aria-disabled={itemSpec.previewable ? undefined : true}
                    aria-describedby={describedBy}
                    onClick={() => {
                      if (!itemSpec.previewable) return;
                      setPressed((last) => ({ row: rowKey, count: last?.row === rowKey ? last.count + 1 : 1 }));
                      if (typeof onPreview === 'function') onPreview(action);
                      else devWarn('ActionPreviewList: `onPreview` is not a function; the preview is only confirmed.');
                    }}
                    className="iu:flex iu:w-full iu:items-start iu:gap-2 iu:rounded-ui iu:border iu:border-border iu:bg-surface iu:px-3 iu:py-1.5 iu:text-left iu:hover:border-border-strong iu:hover:bg-muted iu:focus-visible:outline-2 iu:focus-visible:outline-offset-2 iu:focus-visible:outline-ring iu:aria-disabled:cursor-not-allowed iu:aria-disabled:border-dashed iu:aria-disabled:bg-muted iu:aria-disabled:text-muted-foreground iu:aria-disabled:hover:border-border"
                  >
                    <Icon name={itemSpec.previewable ? 'eye' : 'eyeOff'} size={16} className="iu:mt-0.5" />
                    <span className="iu:min-w-0 iu:break-words iu:[overflow-wrap:anywhere]">{visible}</span>
                  </button>
                  {spec.showsRealActionFlag ? (
                    <>
                      {' '}
                      <code
                        id={`${rowId}-flag`}
                        data-slot="action-preview-list-real-action-flag"
                        className="iu:px-1 iu:font-mono iu:text-xs iu:text-muted-foreground iu:[overflow-wrap:anywhere]"
                      >
                        {t('credentialActions.performsRealAction')}
                      </code>
                    </>
                  ) : null}
                  {reason ? (
                    <>
                      {' '}
                      <span
                        id={`${rowId}-reason`}
                        data-slot="action-preview-list-reason"
                        className="iu:inline-flex iu:min-w-0 iu:items-center iu:gap-1 iu:px-1 iu:text-xs iu:text-muted-foreground iu:[overflow-wrap:anywhere]"
                      >
                        <Icon name="lock" size={12} />
                        {reason}
                      </span>
                    </>
                  ) : null}
                  {itemSpec.previewable ? (
                    // Mounted empty (and out of the flow) until this action is pressed, so the
                    // confirmation lands in a live region that already exists and is announced.
                    <p
                      role="status"
                      data-slot="action-preview-list-confirmation"
                      data-state={dataState(presses > 0 ? 'shown' : 'empty')}
                      data-count={presses > 0 ? presses : undefined}
                      data-tone="info"
                      className={cn(TONE_BOX, 'iu:gap-1.5 iu:px-2 iu:py-1 iu:text-xs iu:text-(--iu-tone-fg) iu:empty:absolute iu:empty:border-0 iu:empty:p-0')}
                    >
                      {presses > 0 ? (
                        <>
                          <Icon name="info" size={12} className="iu:mt-0.5 iu:shrink-0" />
                          <span className="iu:min-w-0 iu:break-words">
                            {presses === 1
                              ? t('actionPreview.previewed', { action: label, source: sourceName })
                              : t('actionPreview.previewedAgain', { action: label, source: sourceName, count: presses })}
                          </span>
                        </>
                      ) : null}
                    </p>
                  ) : null}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
});

ActionPreviewList.displayName = 'ActionPreviewList';
