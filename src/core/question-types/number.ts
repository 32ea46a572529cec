/** `number`: a finite number within min/max; it scores the band with the largest min at or below it. */
import type { Band, QuestionOf } from '../types.js';
import type { Choice, QuestionKind } from './kind.js';
import { lowestVisitFree, NO_OUTCOME, outcomeFrom, show } from './outcome-parts.js';

type Q = QuestionOf<'number'>;

/** The band with the largest `min` at or below the answer (bands are ascending). */
export function bandFor<B extends { min: number }>(bands: readonly B[], answer: number): B | undefined {
  let found: B | undefined;
  for (const band of bands) if (band.min <= answer) found = band;
  return found;
}

const bandOf = (question: Q, value: unknown): Band | undefined =>
  typeof value === 'number' ? bandFor(question.bands, value) : undefined;

/** A band is chosen by its min: the smallest answer that picks it. */
const bandChoices = (question: Q): Choice[] =>
  question.bands.map((b, i) => ({
    value: b.min,
    label: b.label ?? null,
    help: null,
    score: b.score,
    outcome: b,
    path: ['bands', i],
  }));

export const number: QuestionKind<Q> = {
  checkDefinition(question, path, report) {
    question.bands.forEach((band, i) => {
      const previous = question.bands[i - 1];
      if (previous && !(band.min > previous.min)) {
        report('rubric.bands-not-ascending', [...path, 'bands', i, 'min'], { min: band.min });
      }
    });
    const first = question.bands[0];
    if (first && question.min !== undefined && first.min > question.min) {
      report('rubric.first-band-above-min', [...path, 'bands', 0, 'min'], { band: first.min, min: question.min });
    }
    if (question.min !== undefined && question.max !== undefined && question.min > question.max) {
      report('rubric.min-above-max', [...path, 'min'], { min: question.min, max: question.max });
    }
  },
  choices: bandChoices,
  checkAnswer(question, value) {
    if (typeof value !== 'number' || !Number.isFinite(value)) return ['answers.not-number', { value: show(value) }];
    const lowest = Math.max(question.min ?? -Infinity, question.bands[0]?.min ?? -Infinity);
    if (value < lowest) return ['answers.number-too-small', { value, min: lowest }];
    if (question.max !== undefined && value > question.max)
      return ['answers.number-too-large', { value, max: question.max }];
    return null;
  },
  outcome(question, value) {
    const band = bandOf(question, value);
    return band ? outcomeFrom(band) : NO_OUTCOME;
  },
  picked(question, value) {
    const band = bandOf(question, value);
    return band ? [band] : [];
  },
  suggestVisitFree: (question) => lowestVisitFree(bandChoices(question)),
  describe(question, value) {
    if (typeof value !== 'number') return { form: 'text', value: String(value) };
    return { form: 'number', value, unit: question.unit ?? null, band: bandOf(question, value)?.label ?? null };
  },
};
