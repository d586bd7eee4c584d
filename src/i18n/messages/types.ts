import type { en } from './en';

/**
 * The catalog's shape with every text widened to `string`: what a translation must provide.
 * Declare a new locale with `const de = { … } satisfies Messages`: a missing key is a type error.
 */
type Widen<T> = T extends string ? string : T extends readonly string[] ? readonly string[] : { readonly [K in keyof T]: Widen<T[K]> };

export type Messages = Widen<typeof en>;

type Join<K, P> = K extends string ? (P extends string ? `${K}.${P}` : never) : never;

/** Dotted paths to the leaves of type `Leaf` in `T`. */
type PathsTo<T, Leaf> = {
  [K in keyof T & string]: T[K] extends Leaf ? K : T[K] extends readonly unknown[] ? never : Join<K, PathsTo<T[K], Leaf>>;
}[keyof T & string];

/** Every key whose message is a single string: `t('connection.connected')`. */
export type MessageKey = PathsTo<Messages, string>;
/** Every key whose message is a list of lines (platform notes, step notes): `tList(...)`. */
export type MessageListKey = PathsTo<Messages, readonly string[]>;

/**
 * A BCP 47 language tag: `'en'` (built in), `'fr'` (from `integrations-ui/locales/fr`) or any
 * locale whose catalog the app passes to the provider.
 */
export type Locale = 'en' | 'fr' | (string & {});

/** The catalogs an app passes to the provider, by locale: `{ fr }`, `{ de: myGermanCatalog }`. */
export type Catalogs = Readonly<Partial<Record<Locale, Messages>>>;
