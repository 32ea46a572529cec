import type { LocalizedText } from './types.js';

/**
 * The text in `lang`, falling back to the rubric's default language, then to any language.
 * SPEC: a missing translation falls back to the default language.
 */
export function localize(text: LocalizedText | undefined, lang: string, defaultLang: string): string | undefined {
  if (text === undefined) return undefined;
  if (typeof text === 'string') return text;
  return text[lang] ?? text[defaultLang] ?? Object.values(text)[0];
}
