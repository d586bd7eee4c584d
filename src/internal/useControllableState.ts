'use client';

import { useEffect, useRef, useState } from 'react';
import { devWarn } from '../domain/dev';

export interface ControllableStateOptions<T, N extends T = T> {
  /** The controlled value; `undefined` leaves the state to the hook. */
  value: T | undefined;
  /** The initial value when uncontrolled (read on the first render only). */
  defaultValue: T | (() => T);
  /** Called with every value the component sets, controlled or not. */
  onChange?: ((next: N) => void) | undefined;
  /** Names the component and prop in the development warning, e.g. `PlatformPicker value`. */
  name: string;
}

/**
 * The one controlled/uncontrolled state of the library's inputs: `value` wins when it is not
 * `undefined`; otherwise the hook keeps its own state, starting at `defaultValue`. `setValue`
 * (typed `N` when a user can only set some of the values, e.g. an id but never `null`) updates the own state (uncontrolled only) and always calls `onChange`. Switching between
 * controlled and uncontrolled after the first render warns in development (`devWarn`), like
 * React's native inputs; the current `value` still decides what is shown.
 */
export function useControllableState<T, N extends T = T>({ value, defaultValue, onChange, name }: ControllableStateOptions<T, N>): [T, (next: N) => void] {
  const controlled = value !== undefined;
  const [inner, setInner] = useState<T>(defaultValue);
  const wasControlled = useRef(controlled);
  useEffect(() => {
    if (wasControlled.current === controlled) return;
    wasControlled.current = controlled;
    devWarn(`${name}: switched from ${controlled ? 'uncontrolled to controlled' : 'controlled to uncontrolled'}; keep \`undefined\` always or never.`);
  }, [controlled, name]);
  function setValue(next: N) {
    if (!controlled) setInner(() => next);
    onChange?.(next);
  }
  return [controlled ? value : inner, setValue];
}
