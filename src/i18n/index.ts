/**
 * Message catalogs: every text a person reads, in Bahasa Indonesia (the default) and English.
 * Each area keeps its own catalog file; `translator(catalog, lang)` fills `{name}` placeholders.
 */
export const LANGS = ['id', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export type Catalog<K extends string> = { id: Record<K, string>; en: Record<K, string> };
export type Params = Readonly<Record<string, string | number | null | undefined>>;
export type Translate<K extends string> = (key: K, params?: Params) => string;

export function fill(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined || value === null ? whole : String(value);
  });
}

export function translator<K extends string>(catalog: Catalog<K>, lang: Lang): Translate<K> {
  const table = catalog[lang];
  return (key, params) => fill(table[key] ?? catalog.id[key] ?? key, params);
}

/** `LANG=en_US.UTF-8` -> en; anything not English -> id (the default). */
export function langFromLocale(locale: string | undefined): Lang {
  return locale !== undefined && /^en([_.-]|$)/i.test(locale) ? 'en' : 'id';
}

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}
