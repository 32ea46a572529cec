/**
 * Texts that the report copied from the rubric in the rubric's default language (ratings,
 * advice, basis), looked up again in the rubric so that they print in the report language.
 */
import { isNotApplicable } from '../core/not-applicable.js';
import { kindOf } from '../core/question-types/index.js';
import { indexRubric } from '../core/rubric-index.js';
import { ratingFor, ratingIndexOfLabel } from '../core/score.js';
import { rubricText } from './format.js';
import type { Lang } from '../i18n/index.js';
import type { AnswerValue, LocalizedText, Outcome, Rubric } from '../core/types.js';
import { BANDS, ratingStep, type Band } from './view.js';

type OutcomeText = 'advice' | 'basis';

/** The outcomes an answer picks, in rubric order (a list: its chosen options). */
function outcomesOf(rubric: Rubric, questionId: string, value: AnswerValue): readonly Partial<Outcome>[] {
  const question = indexRubric(rubric).questions.get(questionId)?.question;
  if (question === undefined || isNotApplicable(value)) return [];
  return kindOf(question).picked(question, value);
}

/**
 * The advice or basis of an answer in `lang`: the option it picks (for a list, the first
 * chosen option in rubric order that has one), else `fallback` (the report's text).
 */
export function outcomeText(
  rubric: Rubric,
  questionId: string,
  value: AnswerValue,
  key: OutcomeText,
  lang: Lang,
  fallback: string | null,
): string | null {
  const text: LocalizedText | undefined = outcomesOf(rubric, questionId, value).find((o) => o[key] !== undefined)?.[
    key
  ];
  return rubricText(rubric, text, lang) ?? fallback;
}

const bandAt = (index: number, count: number): Band => BANDS[ratingStep(index, count)] ?? 'middle';

/**
 * The rating in `lang` and its band (by its place among the ratings: view.ts). The report's
 * label wins over a fresh look-up, because the report rated the score before rounding it.
 */
export function ratingOf(
  rubric: Rubric,
  rating: string | null,
  score: number | null,
  lang: Lang,
): { label: string | null; band: Band | null } {
  const { ratings } = rubric;
  const named = ratingIndexOfLabel(rubric, rating);
  // A label the rubric does not know (another rubric version): keep it, colour by the score.
  const byScore = named >= 0 ? null : ratingFor(rubric, score);
  const found = byScore === null ? named : ratings.indexOf(byScore);
  const entry = ratings[found];
  if (entry === undefined) return { label: rating, band: null };
  const label = named >= 0 || rating === null ? (rubricText(rubric, entry.label, lang) ?? rating) : rating;
  return { label, band: bandAt(found, ratings.length) };
}

/** A section's title in `lang`; its id when the rubric does not know it. */
export function sectionTitle(rubric: Rubric, id: string, lang: Lang): string {
  return rubricText(rubric, rubric.sections.find((s) => s.id === id)?.title, lang) ?? id;
}
