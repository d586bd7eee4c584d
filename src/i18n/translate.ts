import { devWarn, toText } from '../domain/dev';
import type { Locale, MessageKey, MessageListKey, Messages } from './messages/types';

export type MessageParams = Record<string, string | number>;

/**
 * The catalogs a lookup tries, in order: the locale's catalog (when the app gave one), then the
 * English namespaces the calling component ships with. Partial: a component names only the
 * namespaces it uses, so an app's bundle keeps only those.
 */
export type CatalogChain = readonly (Partial<Messages> | undefined)[];

function lookupIn(messages: Partial<Messages> | undefined, key: string): unknown {
  let node: unknown = messages;
  for (const part of key.split('.')) {
    if (node == null || typeof node !== 'object' || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/** One catalog, or a chain of catalogs tried in order. */
export type CatalogSource = Partial<Messages> | CatalogChain;

function lookup(source: CatalogSource, key: string, isWanted: (value: unknown) => boolean): unknown {
  const chain: CatalogChain = Array.isArray(source) ? source : [source as Partial<Messages>];
  for (const messages of chain) {
    const value = lookupIn(messages, key);
    if (isWanted(value)) return value;
  }
  return undefined;
}

const isText = (value: unknown): value is string => typeof value === 'string';
const isList = (value: unknown): value is readonly string[] => Array.isArray(value);

/** Replaces `{name}` placeholders; an unknown placeholder stays visible rather than vanishing. */
export function interpolate(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (Object.hasOwn(params, name) ? toText(params[name]) : match));
}

/**
 * Reads a message from `chain` (a catalog, or the first catalog of a chain) that has it. Keys are typed, so a missing
 * key is a compile error; at run time a key built from data (a code the catalog lacks) falls
 * back to the key itself, with a development warning.
 */
export function translate(chain: CatalogSource, key: MessageKey, params?: MessageParams): string {
  const value = lookup(chain, key, isText);
  if (!isText(value)) {
    devWarn(`i18n: no message for key "${key}".`);
    return key;
  }
  return interpolate(value, params);
}

/** Reads a list of lines (platform notes, step notes) from the first catalog of `chain` that has it. */
export function translateList(chain: CatalogSource, key: MessageListKey): readonly string[] {
  const value = lookup(chain, key, isList);
  if (!isList(value)) {
    devWarn(`i18n: no list for key "${key}".`);
    return [];
  }
  return value;
}

/** True when a catalog of `chain` has a string message at `key` (for keys built from data, e.g. `flags.${code}`). */
export function hasMessage(chain: CatalogSource, key: string): key is MessageKey {
  return isText(lookup(chain, key, isText));
}

/** A locale tag Intl accepts (`en`, `fr`, `de-CH`…), else null. */
export function canonicalLocale(value: unknown): Locale | null {
  if (typeof value !== 'string' || value === '') return null;
  try {
    return Intl.getCanonicalLocales(value)[0] ?? null;
  } catch {
    return null;
  }
}
