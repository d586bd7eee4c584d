import { isValidElement, type ReactNode } from 'react';
import { describe, devWarn } from '../domain/dev';

/**
 * A data field shown as text: a string as is, a finite number or a bigint as its digits;
 * anything else (an object, an array, a Date, a symbol, NaN…) becomes `fallback` with one
 * development warning naming the field — never "Objects are not valid as a React child".
 */
export function textOf(value: unknown, field: string, fallback = ''): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'bigint') return `${value}`;
  if (value != null) devWarn(`${field}: expected a text, got ${describe(value)}; showing ${fallback === '' ? 'nothing' : describe(fallback)}.`);
  return fallback;
}

/**
 * A text-like prop that may also be an element (a title, a reason): elements, strings, numbers
 * and nothing render as React would; any other value (a plain object, a Date, a symbol…) is
 * replaced by `fallback` with a development warning naming the prop. Arrays are checked item by item.
 */
export function nodeOf(value: unknown, field: string, fallback: ReactNode = null): ReactNode {
  if (value == null || typeof value === 'boolean' || typeof value === 'string' || isValidElement(value)) return value as ReactNode;
  if (typeof value === 'number') return Number.isNaN(value) ? fallback : value;
  if (typeof value === 'bigint') return `${value}`;
  if (Array.isArray(value)) {
    const items: ReactNode[] = [];
    for (let i = 0; i < value.length; i += 1) items.push(nodeOf(value[i], field, null));
    return items;
  }
  devWarn(`${field}: expected a text or an element, got ${describe(value)}; showing ${fallback == null ? 'nothing' : 'a fallback'}.`);
  return fallback;
}
