'use client';

import { useRef, useState, type KeyboardEvent } from 'react';

/** Which arrow keys move: up/down, left/right, or both pairs (a grid that reflows, a list). */
export type RovingOrientation = 'vertical' | 'horizontal' | 'both';

export interface MoveFocusOptions {
  /**
   * Past the last item, go to the first (and back): `true` for a radio group (WAI-ARIA radio
   * groups wrap), `false` for an ordered list of steps, which stops at its ends.
   */
  loop: boolean;
  /** @default 'both' */
  orientation?: RovingOrientation;
}

const NEXT = { vertical: ['ArrowDown'], horizontal: ['ArrowRight'], both: ['ArrowDown', 'ArrowRight'] } as const;
const PREVIOUS = { vertical: ['ArrowUp'], horizontal: ['ArrowLeft'], both: ['ArrowUp', 'ArrowLeft'] } as const;

/**
 * The index a key moves focus to among `count` items from `index`: the next or previous item
 * (arrows of `orientation`), the first (Home) or the last (End); `null` when the key does not
 * move focus (another key, an empty list).
 */
export function moveFocus(key: string, index: number, count: number, { loop, orientation = 'both' }: MoveFocusOptions): number | null {
  if (count <= 0) return null;
  const last = count - 1;
  if (key === 'Home') return 0;
  if (key === 'End') return last;
  if ((NEXT[orientation] as readonly string[]).includes(key)) return loop ? (index + 1) % count : Math.min(index + 1, last);
  if ((PREVIOUS[orientation] as readonly string[]).includes(key)) return loop ? (index - 1 + count) % count : Math.max(index - 1, 0);
  return null;
}

/**
 * Arrow-key focus among a set of items with one tab stop (a radio group, a list of steps):
 * `itemRef(index)` registers an item, `onItemFocus(index)` remembers the last focused one
 * (`focused`, `null` before any), and `onKeyDown(event, index)` moves focus as `moveFocus` says,
 * returning the new index (or `null` when the key is not a move, left to the caller).
 */
export function useRovingFocus<E extends HTMLElement>(count: number, options: MoveFocusOptions) {
  const items = useRef<(E | null)[]>([]);
  const [focused, setFocused] = useState<number | null>(null);
  return {
    focused,
    itemRef: (index: number) => (node: E | null) => {
      items.current[index] = node;
    },
    onItemFocus: (index: number) => setFocused(index),
    onKeyDown(event: KeyboardEvent<E>, index: number): number | null {
      const to = moveFocus(event.key, index, count, options);
      if (to === null) return null;
      event.preventDefault();
      setFocused(to);
      items.current[to]?.focus();
      return to;
    },
  };
}
