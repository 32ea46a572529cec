/**
 * What a `<data data-field>` of an HTML report must hold: the value at that path of the JSON
 * (report or comparison), or, for the `headline.*` figures the page derives, the same figure
 * computed here from the report's services.
 */
import { expect } from 'vitest';
import { formatNumber, formatPercent, formatScore } from '../../src/render/format.js';
import type { Report } from '../../src/core/report.js';
import type { Lang } from '../../src/i18n/index.js';

function derived(report: Report, field: string): number | null | undefined {
  const needing = report.opds.flatMap((o) => o.services).filter((s) => s.no_visit === false);
  switch (field) {
    case 'headline.services_visit':
      return needing.length;
    case 'headline.annual_volume_visit':
      return needing.length > 0 && needing.every((s) => s.annual_volume === null)
        ? null
        : needing.reduce((sum, s) => sum + (s.annual_volume ?? 0), 0);
    case 'headline.annual_visits_avoidable': {
      const { annual_visits: visits, annual_visits_inherent: inherent } = report.summary;
      return visits === null || inherent === null ? null : visits - inherent;
    }
    default:
      return undefined;
  }
}

/** The value a field shows: a path into the JSON (`summary.score`, `city.score.a`), or a derived headline figure. */
export function expectedField(json: object, field: string): number | string | null {
  if (field.startsWith('headline.')) {
    const value = derived(json as Report, field);
    if (value === undefined) throw new Error(`unknown headline field ${field}`);
    return value;
  }
  let value: unknown = json;
  for (const key of field.split('.')) {
    if (value === null || typeof value !== 'object' || !(key in value)) throw new Error(`no ${field} in the JSON`);
    value = (value as Record<string, unknown>)[key];
  }
  if (value !== null && typeof value !== 'number' && typeof value !== 'string')
    throw new Error(`${field} is not a figure`);
  return value;
}

const PATTERNS: Record<Lang, { number: RegExp; percent: RegExp }> = {
  id: { number: /^-?\d{1,3}(\.\d{3})*(,\d+)?$/, percent: /^\d{1,3},\d%$/ },
  en: { number: /^-?\d{1,3}(,\d{3})*(\.\d+)?$/, percent: /^\d{1,3}\.\d%$/ },
};

/**
 * The text of a figure is the value formatted for the language: `1.234` and `12,5%` in Indonesian,
 * `1,234` and `12.5%` in English.
 */
export function expectFormatted(field: string, value: number | string | null, text: string, lang: Lang): void {
  if (typeof value !== 'number') {
    if (value === null) expect(text, field).toBe('–');
    return;
  }
  const isRatio = /share|completeness/.test(field);
  const isScore = /score/.test(field) && !/difference/.test(field);
  const formatted = isRatio
    ? formatPercent(value, lang)
    : isScore
      ? formatScore(value, lang)
      : formatNumber(value, lang);
  expect(text, field).toBe(formatted);
  expect(text, field).toMatch(isRatio ? PATTERNS[lang].percent : PATTERNS[lang].number);
}
