/**
 * Numbers and rubric labels as a person reads them, in the report language: Indonesian reads
 * `1.234` / `48,44` / `12,5%` and English `1,234` / `48.44` / `12.5%`. Unknown values print as
 * an en dash, never as 0.
 */
import { localize } from '../core/localize.js';
import { isNotApplicable } from '../core/not-applicable.js';
import { round } from '../core/numbers.js';
import { kindOf } from '../core/question-types/index.js';
import { indexRubric } from '../core/rubric-index.js';
import { translator, type Lang } from '../i18n/index.js';
import { reportMessages } from '../i18n/report-messages.js';
import type { AnswerValue, LocalizedText, Question, Rubric } from '../core/types.js';

/** What an unknown number shows (SPEC: unknown is null, never 0). */
export const NONE = '–';

/** Grouping and decimal marks; the rules of id-ID and en-US for the numbers a report holds. */
const MARKS: Record<Lang, { group: string; decimal: string }> = {
  id: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

/**
 * `decimals` fixed (or at most, with `isTrimmed`), grouped by thousands. Written out rather
 * than through Intl.NumberFormat, whose first use loads ICU data: 15 ms of every start.
 */
function formatWith(value: number | null | undefined, lang: Lang, decimals: number, isTrimmed: boolean): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NONE;
  const { group, decimal } = MARKS[lang];
  // Rounded as the report rounds (half away from zero), then written: toFixed alone shows 84.445 as 84.44.
  const fixed = round(Math.abs(value), decimals).toFixed(decimals);
  const [whole = '0', fraction = ''] = fixed.split('.');
  const digits = isTrimmed ? fraction.replace(/0+$/, '') : fraction;
  const sign = value < 0 && Number(fixed) !== 0 ? '-' : '';
  return `${sign}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, group)}${digits ? decimal + digits : ''}`;
}

/** A number at full precision for checking by hand (up to 4 decimals): `0,7667` / `0.7667`. */
export const formatExact = (value: number | null | undefined, lang: Lang): string => formatWith(value, lang, 4, true);

/** A count or volume, grouped, up to 2 decimals: `16.000` / `16,000`. */
export const formatNumber = (value: number | null | undefined, lang: Lang): string => formatWith(value, lang, 2, true);

/** A 0-100 score with exactly 2 decimals: `48,44` / `48.44`. */
export const formatScore = (value: number | null | undefined, lang: Lang): string => formatWith(value, lang, 2, false);

/**
 * A 0-1 ratio as a percentage with 1 decimal: `12,5%` / `12.5%`. A share that is not whole
 * never reads as 100% or 0%: 0.9999 (one answer missing of 20,001) is `99,99%`, not `100,0%`.
 */
export function formatPercent(ratio: number | null | undefined, lang: Lang): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return NONE;
  const percent = round(ratio * 100, 1);
  const isMisleading = (percent === 100 && ratio < 1) || (percent === 0 && ratio > 0);
  return `${formatWith(ratio * 100, lang, isMisleading ? 2 : 1, false)}%`;
}

/** `true`/`false`/`null` as "Ya"/"Tidak"/"tidak diketahui" (or English). */
export function formatYesNo(value: boolean | null | undefined, lang: Lang): string {
  const t = translator(reportMessages, lang);
  return value === true ? t('yes') : value === false ? t('no') : t('unknown');
}

/** A rubric text in `lang`, falling back to the rubric's default language. */
export function rubricText(rubric: Rubric, text: LocalizedText | undefined, lang: Lang): string | undefined {
  return localize(text, lang, rubric.languages[0] ?? lang);
}

/** The question's title in `lang`; its id when the rubric does not know it. */
export function questionTitle(rubric: Rubric, id: string, lang: Lang): string {
  return rubricText(rubric, indexRubric(rubric).questions.get(id)?.question.title, lang) ?? id;
}

/** A level with its scale label, `3 Transaksi`; `–` when unknown. */
export function levelLabel(rubric: Rubric, level: number | null | undefined, lang: Lang): string {
  if (level === null || level === undefined) return NONE;
  const label = rubricText(rubric, rubric.scale.find((s) => s.level === level)?.label, lang);
  return label === undefined ? String(level) : `${level} ${label}`;
}

function optionLabel(question: Question, value: AnswerValue, rubric: Rubric, lang: Lang): string {
  const shape = kindOf(question).describe(question, value);
  switch (shape.form) {
    case 'options':
      return shape.labels.map((label) => rubricText(rubric, label, lang) ?? String(label)).join(', ');
    case 'boolean':
      return rubricText(rubric, shape.label ?? undefined, lang) ?? formatYesNo(shape.value, lang);
    case 'number': {
      const unit = rubricText(rubric, shape.unit ?? undefined, lang);
      const number =
        unit === undefined ? formatNumber(shape.value, lang) : `${formatNumber(shape.value, lang)} ${unit}`;
      const band = rubricText(rubric, shape.band ?? undefined, lang);
      return band === undefined ? number : `${number} (${band})`;
    }
    case 'text':
      return shape.value;
  }
}

/**
 * An answer as the rubric words it: the option's label, a list's labels joined by ", ",
 * a boolean's branch label or Ya/Tidak, a number with its band's label; `{na}` with its reason.
 * `–` when there is no answer (or the suggestion is null).
 */
export function answerLabel(
  rubric: Rubric,
  questionId: string,
  value: AnswerValue | null | undefined,
  lang: Lang,
): string {
  if (value === null || value === undefined) return NONE;
  const t = translator(reportMessages, lang);
  if (isNotApplicable(value)) return t('not-applicable', { reason: value.na });
  const question = indexRubric(rubric).questions.get(questionId)?.question;
  if (Array.isArray(value) && value.length === 0) return t('none');
  if (question === undefined) return Array.isArray(value) ? value.map(String).join(', ') : String(value);
  return optionLabel(question, value, rubric, lang);
}
