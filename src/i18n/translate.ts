import { devWarn } from '../domain/dev';
import { en } from './messages/en';
import { fr } from './messages/fr';
import type { Locale, MessageKey, MessageListKey, Messages } from './messages/types';

export const CATALOGS: Record<Locale, Messages> = { en, fr };
export const LOCALES = ['en', 'fr'] as const satisfies readonly Locale[];

export type MessageParams = Record<string, string | number>;

function lookup(messages: Messages, key: string): unknown {
  let node: unknown = messages;
  for (const part of key.split('.')) {
    if (node == null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/** Replaces `{name}` placeholders; an unknown placeholder stays visible rather than vanishing. */
export function interpolate(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

/**
 * Reads a message. Keys are typed, so a missing key is a compile error; at run time a key built
 * from data (a code the catalog lacks) falls back to the key itself, with a development warning.
 */
export function translate(messages: Messages, key: MessageKey, params?: MessageParams): string {
  const value = lookup(messages, key);
  if (typeof value !== 'string') {
    devWarn(`i18n: no message for key "${key}".`);
    return key;
  }
  return interpolate(value, params);
}

export function translateList(messages: Messages, key: MessageListKey): readonly string[] {
  const value = lookup(messages, key);
  if (!Array.isArray(value)) {
    devWarn(`i18n: no list for key "${key}".`);
    return [];
  }
  return value as readonly string[];
}

/** True when `key` names a string message (for keys built from data, e.g. `flags.${code}`). */
export function hasMessage(messages: Messages, key: string): key is MessageKey {
  return typeof lookup(messages, key) === 'string';
}

export function isLocale(value: unknown): value is Locale {
  return value === 'en' || value === 'fr';
}
