'use client';

import { cva } from 'class-variance-authority';
import { forwardRef, type HTMLAttributes, type ReactNode } from 'react';
import type { NoticeId } from '../../domain';
import { describe, devWarn, toText } from '../../domain/dev';
import { canonicalLocale, translate, useContentLocale, useIntegrationsUI, type Locale } from '../../i18n';
import { catalogOf, hasCatalog } from '../../i18n/IntegrationsUIProvider';
import { cn, IU_ROOT } from '../../internal/cn';
import { TONE_BOX } from '../../internal/tone';
import { textOf } from '../../internal/text';
import { Icon } from '../../internal/Icon';
import { isNoticeId, isNoticeVariant, NOTICE_CATALOG, NOTICE_STATES, splitLead, type NoticeState, type NoticeVariant } from './Notice.props';
import * as english from '../../i18n/messages/en';
import { dataState } from '../../internal/dataState';

/** The English namespaces this module's strings come from (the provider's catalog comes first). */
const ENGLISH = { common: english.common, notice: english.notice, notices: english.notices };

/** The frame's border style per state. */
const FRAME_BORDER = {
  mock: 'iu:border-dashed',
  legacy: 'iu:border-solid',
  info: 'iu:border-solid',
  warning: 'iu:border-solid',
  critical: 'iu:border-solid iu:border-l-4',
  unknown: 'iu:border-dashed',
} as const satisfies Record<NoticeState, string>;

const frame = cva(cn(TONE_BOX, 'iu:gap-2 iu:px-3 iu:py-2 iu:text-sm iu:text-foreground'), {
  variants: { state: FRAME_BORDER },
  defaultVariants: { state: 'info' },
});

export interface NoticeProps extends Omit<HTMLAttributes<HTMLDivElement>, 'title' | 'role'> {
  /** Look, icon and accessible name. Overrides the variant a `noticeId` implies. @default 'info' (or the catalog variant of `noticeId`) */
  variant?: NoticeVariant;
  /** A catalog notice (`notices.<id>`), rendered verbatim; also picks the variant (mock_* → mock, legacy_route → legacy, others info). An id the catalog lacks renders a neutral notice with the raw id. */
  noticeId?: NoticeId | (string & {});
  /** Free content (e.g. a feature-flag message), shown after the catalog text when both are given. */
  children?: ReactNode;
  /** Bold lead shown before the text, on the same line (e.g. "Mock data." joined to the shell notice). */
  title?: string;
  /** Language of the catalog text when it differs from the page (e.g. a French legacy-route notice on an English page); the text gets a `lang` attribute. @default the provider's locale */
  contentLocale?: Locale;
}

/**
 * A static banner of context at the top of a screen: mock data, legacy route, information,
 * warning, critical. Icon (with an accessible name) and text, never colour alone; `role="note"`,
 * so it is read in order and never interrupts. Catalog notices keep their text verbatim: the
 * lead sentence ("Mock data.", "Legacy route.") is only made bold.
 */
export const Notice = forwardRef<HTMLDivElement, NoticeProps>(function Notice(
  { variant, noticeId, children, title: titleProp, contentLocale, className, ...rest },
  ref,
) {
  // A title that is not text (an object, a Date…) shows nothing instead of crashing React.
  const titleText = titleProp === undefined ? undefined : textOf(titleProp, 'Notice title');
  const title = titleText === '' && titleProp !== '' ? undefined : titleText;
  const { t } = useIntegrationsUI(ENGLISH);
  const content = useContentLocale(contentLocale, 'Notice', ENGLISH);

  let state: NoticeState = 'info';
  let text: ReactNode = null;
  let knownId: NoticeId | null = null;
  if (noticeId !== undefined) {
    if (isNoticeId(noticeId)) {
      knownId = noticeId;
      state = NOTICE_CATALOG[noticeId].variant;
    } else {
      devWarn(`Notice noticeId: unknown notice ${describe(noticeId)}; rendering it neutral with its raw id.`);
      state = 'unknown';
      text = t('common.unknownWithCode', { code: toText(noticeId) });
    }
  }
  if (variant !== undefined && state !== 'unknown') {
    if (isNoticeVariant(variant)) state = variant;
    else devWarn(`Notice variant: unknown variant ${describe(variant)}; using "${state}".`);
  }

  if (knownId !== null) {
    const catalogText = content.tc(`notices.${knownId}`);
    const lead = NOTICE_CATALOG[knownId].lead;
    const parts = lead === 'whole' ? { lead: catalogText, body: '' } : lead === 'sentence' ? splitLead(catalogText) : { lead: null, body: catalogText };
    text = (
      <>
        {parts.lead !== null ? <strong className="iu:font-semibold">{parts.lead}</strong> : null}
        {parts.lead !== null && parts.body ? ' ' : null}
        {parts.body}
      </>
    );
  }

  const spec = NOTICE_STATES[state];
  const lang = knownId !== null ? content.lang : undefined;

  return (
    <div
      ref={ref}
      role={spec.role}
      data-slot="notice"
      data-state={dataState(state)}
      data-tone={spec.tone}
      {...(knownId !== null ? { 'data-notice-id': knownId } : noticeId !== undefined ? { 'data-raw-id': toText(noticeId) } : {})}
      className={cn(IU_ROOT, frame({ state }), className)}
      {...rest}
    >
      <span role="img" aria-label={t(spec.label)} data-slot="notice-icon" className="iu:mt-0.5 iu:inline-flex iu:text-(--iu-tone-fg)">
        <Icon name={spec.icon} size={16} />
      </span>
      <div data-slot="notice-body" className="iu:grid iu:min-w-0 iu:flex-1 iu:gap-1 iu:break-words">
        {title !== undefined || text !== null ? (
          <p data-slot="notice-text" lang={lang}>
            {title !== undefined ? <strong className="iu:font-semibold">{title}</strong> : null}
            {title !== undefined && text !== null ? ' ' : null}
            {text}
          </p>
        ) : null}
        {children}
      </div>
    </div>
  );
});

export interface NoticeStackProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** Catalog notices in display order, e.g. `SCREEN_NOTICES.sourceDetail`. A lead-only notice (mock_data) is joined to the next notice of the same variant as its bold lead. */
  ids: readonly NoticeId[];
  /** Language of individual notices when it differs from the page, e.g. `{ legacy_route: 'fr' }`. @default the provider's locale for every notice */
  contentLocales?: Partial<Record<NoticeId, Locale>>;
}

/**
 * The notices at the top of a screen, stacked. Consecutive notices that read as one sentence
 * chain are joined into one banner: "Mock data." followed by the mock shell text becomes
 * "Mock data. Mock-only: UX shell. …" in a single mock notice; every other
 * notice keeps its own banner.
 */
export const NoticeStack = forwardRef<HTMLDivElement, NoticeStackProps>(function NoticeStack({ ids, contentLocales, className, ...rest }, ref) {
  const { locale, catalogs } = useIntegrationsUI(ENGLISH);
  let list: readonly unknown[] = ids;
  if (!Array.isArray(ids)) {
    devWarn('NoticeStack ids: expected an array of notice ids; showing none.');
    list = [];
  }
  if (list.length === 0) return null;

  const localeOf = (id: NoticeId): Locale | undefined => contentLocales?.[id];
  const items: ReactNode[] = [];
  for (let i = 0; i < list.length; i += 1) {
    const id = list[i] as NoticeId;
    const next = list[i + 1];
    if (isNoticeId(id) && NOTICE_CATALOG[id].lead === 'whole' && isNoticeId(next) && NOTICE_CATALOG[next].variant === NOTICE_CATALOG[id].variant) {
      const leadLocale = localeOf(id);
      // The lead's own language when its catalog is there (as useContentLocale decides), else the page's.
      const leadTag = canonicalLocale(leadLocale);
      const leadText = leadTag !== null && hasCatalog(catalogs, leadTag) ? leadTag : locale;
      const title = translate([catalogOf(catalogs, leadText), ENGLISH], `notices.${id}`);
      items.push(<Notice key={`${i}-${id}+${next}`} noticeId={next} title={title} contentLocale={localeOf(next)} data-joined-lead={id} />);
      i += 1;
    } else {
      items.push(<Notice key={`${i}-${toText(id)}`} noticeId={id} contentLocale={isNoticeId(id) ? localeOf(id) : undefined} />);
    }
  }

  return (
    <div ref={ref} data-slot="notice-stack" className={cn(IU_ROOT, 'iu:grid iu:gap-2', className)} {...rest}>
      {items}
    </div>
  );
});

Notice.displayName = 'Notice';
NoticeStack.displayName = 'NoticeStack';
