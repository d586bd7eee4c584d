import { en, formatInstant, formatNumber, interpolate, type Locale, type Messages, type MessageParams } from '../../src/i18n';
import { FIXTURE_NOW } from '../../src/fixtures';
import { fr } from '../../src/locales/fr';

/** The catalogs the Storybook toolbar offers, by its `locale` global. */
const CATALOGS: Record<string, Messages> = { en, fr };

/** What a play function receives that names the toolbar's locale. */
interface LocaleContext {
  globals?: { locale?: unknown };
}

/**
 * The catalog of the story's current locale (English unless the toolbar or the test project says
 * otherwise), so play functions find controls by the names the story actually shows:
 * `const m = messagesOf(context); canvas.getByRole('button', { name: m.common.viewDetails })`.
 */
export function messagesOf(context: LocaleContext): Messages {
  return CATALOGS[localeOf(context)] ?? en;
}

/** The story's current locale (`'en'` unless the toolbar or the test project picks a catalog's locale). */
export function localeOf(context: LocaleContext): Locale {
  const locale = context.globals?.locale;
  return typeof locale === 'string' && CATALOGS[locale] ? locale : 'en';
}

/**
 * What the story's locale shows for a number or an instant, the way the components format them
 * (the preview's provider: Europe/Paris unless a zone is given, the fixture clock):
 * `formatsOf(context).number(10000)` is "10,000" in English, "10 000" in French.
 */
export function formatsOf(context: LocaleContext) {
  const locale = localeOf(context);
  return {
    number: (value: number) => formatNumber(value, locale),
    instant: (value: unknown, timeZone = 'Europe/Paris') => formatInstant(value, { locale, timeZone, now: FIXTURE_NOW }),
  };
}

/**
 * A value written out per locale, for what no catalog holds (the browser's own date and number
 * formats): `byLocale(context, { en: /^May 3, 2026/, fr: /^3 mai 2026/ })`.
 */
export function byLocale<T>(context: LocaleContext, values: Record<'en' | 'fr', T>): T {
  return localeOf(context) === 'fr' ? values.fr : values.en;
}

/** A catalog template with its placeholders filled, e.g. `text(m.summary.count, { count: 3 })`. */
export const text = (template: string, params?: MessageParams) => interpolate(template, params);

/** An exact-match RegExp of a catalog string (special characters escaped), for partial names: `re(m.health.warning)`. */
export const re = (value: string, flags = '') => new RegExp(value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), flags);
