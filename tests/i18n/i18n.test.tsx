import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  canonicalLocale,
  en,
  formatInstant,
  formatNumber,
  formatRelative,
  hasMessage,
  interpolate,
  IntegrationsUIProvider,
  safeTimeZone,
  translate,
  translateList,
  useContentLocale,
  useIntegrationsUI,
  type Messages,
} from '../../src/i18n';
import * as english from '../../src/i18n/messages/en';
import { FIXTURE_NOW } from '../../src/fixtures';
import { fr } from '../../src/locales/fr';
import { expectConsole } from '../helpers';

const CATALOGS = { en, fr };

type Tree = { [key: string]: string | readonly string[] | Tree };

function leaves(tree: Tree, prefix = ''): [string, string | readonly string[]][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' || Array.isArray(value)
      ? [[`${prefix}${key}`, value as string | readonly string[]] as [string, string | readonly string[]]]
      : leaves(value as Tree, `${prefix}${key}.`),
  );
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('catalogs', () => {
  const enLeaves = new Map(leaves(en as unknown as Tree));
  const frLeaves = new Map(leaves(fr as unknown as Tree));

  it('fr has exactly the keys of en', () => {
    expect([...frLeaves.keys()].sort()).toEqual([...enLeaves.keys()].sort());
  });

  it('every message keeps the placeholders of its English original, and lists keep their length', () => {
    for (const [key, value] of enLeaves) {
      const other = frLeaves.get(key)!;
      if (Array.isArray(value)) expect(other, key).toHaveLength(value.length);
      else expect(placeholders(other as string), key).toEqual(placeholders(value as string));
    }
  });

  it('has no empty message', () => {
    for (const [locale, catalog] of Object.entries(CATALOGS)) {
      for (const [key, value] of leaves(catalog as unknown as Tree)) {
        if (typeof value === 'string') expect(value.trim(), `${locale} ${key}`).not.toBe('');
      }
    }
  });
});

describe('a third locale', () => {
  // An app writes its own catalog; `satisfies Messages` makes a missing key a compile error.
  const de = {
    ...en,
    common: { ...en.common, unknown: 'Unbekannt', viewDetails: 'Details ansehen' },
  } satisfies Messages;

  it('type-checks completeness', () => {
    const incomplete = { common: { yes: 'Ja' } };
    // @ts-expect-error: a catalog without every key of English is not a Messages.
    const rejected: Messages = incomplete;
    expect(rejected).toBe(incomplete);
  });

  function Probe({ contentLocale }: { contentLocale?: string }) {
    const { locale, t, formatNumber: number } = useIntegrationsUI({ common: english.common });
    const content = useContentLocale(contentLocale, 'Probe', { common: english.common });
    return (
      <p>
        {locale}|{t('common.viewDetails')}|{number(10000)}|{content.tc('common.unknown')}|{content.lang ?? '-'}
      </p>
    );
  }

  it('is used by the provider when the app passes its catalog', () => {
    const { container } = render(
      <IntegrationsUIProvider locale="de" catalogs={{ de }}>
        <Probe />
      </IntegrationsUIProvider>,
    );
    expect(container.textContent).toBe('de|Details ansehen|10.000|Unbekannt|-');
  });

  it('falls back to English, with a warning, when the app did not pass the catalog', () => {
    expectConsole(/IntegrationsUIProvider locale: no catalog for "fr" in `catalogs`; using "en"/);
    const { container } = render(
      <IntegrationsUIProvider locale="fr">
        <Probe />
      </IntegrationsUIProvider>,
    );
    expect(container.textContent).toBe('en|View details|10,000|Unknown|-');
  });

  it('refuses a locale that is not a language tag', () => {
    expectConsole(/IntegrationsUIProvider locale: 12 is not a language tag; using "en"/);
    const { container } = render(
      <IntegrationsUIProvider locale={12 as never}>
        <Probe />
      </IntegrationsUIProvider>,
    );
    expect(container.textContent).toBe('en|View details|10,000|Unknown|-');
    expect(canonicalLocale('de-ch')).toBe('de-CH');
    expect(canonicalLocale('not a tag')).toBeNull();
  });

  it('gives content in another locale only when its catalog is there', () => {
    const { container } = render(
      <IntegrationsUIProvider locale="de" catalogs={{ de, fr }}>
        <Probe contentLocale="fr" />
      </IntegrationsUIProvider>,
    );
    expect(container.textContent).toBe('de|Details ansehen|10.000|Inconnu|fr');
  });

  it('reads English from the namespaces the component names when the locale lacks a key', () => {
    const partial = { common: { viewDetails: 'Voir' } } as unknown as Messages;
    const { container } = render(
      <IntegrationsUIProvider locale="fr" catalogs={{ fr: partial }}>
        <Probe />
      </IntegrationsUIProvider>,
    );
    expect(container.textContent).toMatch(/^fr\|Voir\|10\s000\|Unknown\|-$/);
  });
});

describe('translate', () => {
  it('interpolates parameters and leaves unknown placeholders visible', () => {
    expect(translate(en, 'freshness.window', { hours: 48 })).toBe('Freshness window: 48 h');
    expect(interpolate('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });

  it('falls back to the key for a key built from bad data, with a warning', () => {
    expectConsole(/i18n: no message for key "flags.unknown_code"/);
    expect(translate(en, 'flags.unknown_code' as never)).toBe('flags.unknown_code');
    expect(hasMessage(en, 'flags.unknown_code')).toBe(false);
    expect(hasMessage(en, 'flags.schema_changed')).toBe(true);
  });

  it('reads lists', () => {
    expect(translateList(fr, 'platforms.TIKTOK_ADS.notes')).toHaveLength(2);
  });

  it('tries a chain of catalogs in order', () => {
    expect(translate([undefined, { common: english.common }], 'common.unknown')).toBe('Unknown');
    expect(translate([fr, en], 'common.unknown')).toBe('Inconnu');
    expect(hasMessage([undefined, { health: english.health }], 'common.unknown')).toBe(false);
  });
});

describe('formatting', () => {
  it('formats an instant in the profile time zone, with a machine-readable value', () => {
    const paris = formatInstant('2026-05-03T06:00:00Z', { locale: 'en', timeZone: 'Europe/Paris', now: FIXTURE_NOW })!;
    expect(paris.iso).toBe('2026-05-03T06:00:00Z');
    expect(paris.absolute).toMatch(/May 3, 2026, 08:00\sAM GMT\+2/);
    expect(paris.relative).toBe('10 minutes ago');
    const fr = formatInstant('2026-04-30T05:30:00Z', { locale: 'fr', timeZone: 'Europe/Zurich', now: FIXTURE_NOW })!;
    expect(fr.absolute).toMatch(/30 avr\. 2026,? 07:30 UTC\+2/);
    expect(fr.relative).toBe('il y a 3 jours');
  });

  it('gives no relative time without a clock, and null for an invalid instant', () => {
    expect(formatInstant('2026-05-03T06:00:00Z', { locale: 'en', timeZone: 'UTC' })!.relative).toBeNull();
    expectConsole(/lastSync: expected an ISO-8601 timestamp/);
    expect(formatInstant('garbage', { locale: 'en', timeZone: 'UTC', field: 'lastSync' })).toBeNull();
  });

  it('picks the largest whole unit', () => {
    const now = new Date(FIXTURE_NOW);
    const ago = (ms: number) => formatRelative(new Date(now.getTime() - ms), now, 'en');
    expect(ago(5_000)).toBe('5 seconds ago');
    expect(ago(2 * 3_600_000)).toBe('2 hours ago');
    expect(ago(26 * 3_600_000)).toBe('yesterday');
    expect(ago(400 * 86_400_000)).toBe('last year');
  });

  it('falls back to UTC for an invalid time zone', () => {
    expect(safeTimeZone('Mars/Olympus')).toBe('UTC');
    expect(safeTimeZone('Europe/Madrid')).toBe('Europe/Madrid');
  });

  it('formats numbers per locale', () => {
    expect(formatNumber(10000, 'en')).toBe('10,000');
    expect(formatNumber(10000, 'fr')).toMatch(/10\s000/);
  });
});
