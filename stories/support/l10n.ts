import { en, interpolate, type Messages, type MessageParams } from '../../src/i18n';
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
  const locale = context.globals?.locale;
  return (typeof locale === 'string' && CATALOGS[locale]) || en;
}

/** A catalog template with its placeholders filled, e.g. `text(m.summary.count, { count: 3 })`. */
export const text = (template: string, params?: MessageParams) => interpolate(template, params);

/** An exact-match RegExp of a catalog string (special characters escaped), for partial names: `re(m.health.warning)`. */
export const re = (value: string, flags = '') => new RegExp(value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), flags);
