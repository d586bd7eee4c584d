'use client';

import { useRef, useState, type ReactNode } from 'react';
import { devWarn, describe } from '../domain/dev';
import { useIntegrationsUI } from '../i18n';
import { Button } from './Button';
import * as english from '../i18n/messages/en';

const ENGLISH = { showMore: english.showMore };

/** Rows a long list shows before "Show more", and adds with each press. */
export const DEFAULT_PAGE_SIZE = 50;

/** A `pageSize` prop from anything a caller passes: a positive integer, `Infinity` (everything), or the default. */
export function pageSizeOr(value: unknown, component: string): number {
  if (value === undefined) return DEFAULT_PAGE_SIZE;
  if (value === Number.POSITIVE_INFINITY || (Number.isSafeInteger(value) && (value as number) > 0)) return value as number;
  devWarn(`${component} pageSize: expected a positive integer or Infinity, got ${describe(value)}; using ${DEFAULT_PAGE_SIZE}.`);
  return DEFAULT_PAGE_SIZE;
}

export interface ShowMore<T> {
  /** The items to render now: the first pages of `items`. */
  visible: readonly T[];
  /** "Showing 50 of 1,000" and "Show 50 more", or null when everything is shown from the start. */
  footer: ReactNode;
}

/**
 * A long list renders in pages: the first `pageSize` items, then a "Show N more" button under the
 * list that adds a page. The count is a polite status ("Showing 100 of 1,000"), announced on each
 * press; the button keeps focus, and when the last page is in, focus moves to that status rather
 * than falling to the page. A short list (≤ `pageSize`) renders as before, with no footer.
 * `keep` marks items listed whatever the page (a selected account must stay visible and untickable).
 */
export function useShowMore<T>(items: readonly T[], pageSize: number, slot: string, keep?: (item: T) => boolean): ShowMore<T> {
  const { t, formatNumber } = useIntegrationsUI(ENGLISH);
  const [pages, setPages] = useState(1);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const total = items.length;
  const end = Math.min(total, pages * pageSize);
  // Items `keep` wants (a selected account) stay listed even beyond the pages shown.
  const visible = end === total ? items : keep ? items.filter((item, index) => index < end || keep(item)) : items.slice(0, end);
  if (total <= pageSize) return { visible, footer: null };
  const shown = visible.length;
  const hidden = total - shown;
  const more = Math.min(pageSize, hidden);
  const footer = (
    <div data-slot={`${slot}-show-more`} className="iu:flex iu:flex-wrap iu:items-center iu:gap-x-3 iu:gap-y-1 iu:text-sm">
      <p
        ref={statusRef}
        role="status"
        tabIndex={-1}
        data-slot={`${slot}-show-more-status`}
        className="iu:text-muted-foreground iu:focus-visible:outline-2 iu:focus-visible:outline-ring"
      >
        {t('showMore.shown', { shown: formatNumber(shown), total: formatNumber(total) })}
      </p>
      {hidden > 0 ? (
        <Button
          data-slot={`${slot}-show-more-button`}
          onClick={() => {
            setPages((p) => p + 1);
            // The button goes away with the last page: keep focus on the list's status, never on <body>.
            if (more >= hidden) requestAnimationFrame(() => statusRef.current?.focus());
          }}
        >
          {t('showMore.more', { count: formatNumber(more) })}
        </Button>
      ) : null}
    </div>
  );
  return { visible, footer };
}
