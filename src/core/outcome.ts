import type {
  AnswerValue,
  ChoiceOption,
  LocalizedText,
  NotApplicable,
  OptionValue,
  Outcome,
  Question,
} from './types.js';

/** What one given answer means for scoring, levels and visits. */
export interface AnswerOutcome {
  /** 0..1; null for text answers, which are not scored. */
  score: number | null;
  level: number | null;
  isVisit: boolean;
  isInherent: boolean;
  basis: LocalizedText | null;
  advice: LocalizedText | null;
}

export function isNotApplicable(value: AnswerValue | undefined): value is NotApplicable {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'na' in value;
}

const NO_OUTCOME: AnswerOutcome = {
  score: null,
  level: null,
  isVisit: false,
  isInherent: false,
  basis: null,
  advice: null,
};

// An option, band or branch always means the same: build its outcome once (a nation's batch
// evaluates millions of answers against a few hundred options).
const outcomes = new WeakMap<object, AnswerOutcome>();

function fromOutcome(o: Partial<Outcome>, score: number): AnswerOutcome {
  let cached = outcomes.get(o);
  if (cached === undefined || cached.score !== score) outcomes.set(o, (cached = buildOutcome(o, score)));
  return cached;
}

function buildOutcome(o: Partial<Outcome>, score: number): AnswerOutcome {
  const isVisit = o.visit ?? false;
  return {
    score,
    level: o.level ?? null,
    isVisit,
    isInherent: isVisit && (o.inherent ?? false),
    basis: o.basis ?? null,
    advice: o.advice ?? null,
  };
}

/** The band with the largest `min` at or below the answer (bands are ascending). */
export function bandFor<B extends { min: number }>(bands: readonly B[], answer: number): B | undefined {
  let found: B | undefined;
  for (const band of bands) if (band.min <= answer) found = band;
  return found;
}

const NO_BRANCH = { true: Object.freeze({}), false: Object.freeze({}) } as const;

/** The rubric's branch for a boolean answer, or an empty one (one per value, so outcomes cache). */
export function booleanBranch(question: Question & { type: 'boolean' }, answer: boolean): Partial<Outcome> {
  const key = answer ? 'true' : 'false';
  return question.options?.[key] ?? NO_BRANCH[key];
}

/** The options a `multi` answer picks, in rubric order (so "first" means first in the rubric). */
export function chosenOptions(options: readonly ChoiceOption[], answer: readonly OptionValue[]): ChoiceOption[] {
  return options.filter((option) => answer.includes(option.value));
}

function multiOutcome(options: readonly ChoiceOption[], answer: readonly OptionValue[]): AnswerOutcome {
  const chosen = chosenOptions(options, answer);
  const levels = chosen.flatMap((o) => (o.level === undefined ? [] : [o.level]));
  const isVisit = chosen.length > 0 && chosen.every((o) => o.visit ?? false);
  return {
    score: Math.min(
      1,
      chosen.reduce((sum, o) => sum + o.score, 0),
    ),
    level: levels.length > 0 ? Math.max(...levels) : null,
    isVisit,
    isInherent: isVisit && chosen.every((o) => o.inherent ?? false),
    basis: chosen.find((o) => o.basis !== undefined)?.basis ?? null,
    advice: chosen.find((o) => o.advice !== undefined)?.advice ?? null,
  };
}

/**
 * The outcome of a valid answer (checked beforehand by checkAnswers). SPEC "Scoring" table:
 * choice -> the option; multi -> min(1, sum), highest level, a visit only when every chosen
 * option needs one; boolean -> its branch (default score 1 / 0); number -> its band.
 */
export function outcomeOf(question: Question, answer: AnswerValue): AnswerOutcome {
  switch (question.type) {
    case 'choice': {
      const option = question.options.find((o) => o.value === answer);
      return option ? fromOutcome(option, option.score) : NO_OUTCOME;
    }
    case 'multi':
      return Array.isArray(answer) ? multiOutcome(question.options, answer) : NO_OUTCOME;
    case 'boolean': {
      if (typeof answer !== 'boolean') return NO_OUTCOME;
      const branch = booleanBranch(question, answer);
      return fromOutcome(branch, branch.score ?? (answer ? 1 : 0));
    }
    case 'number': {
      const band = typeof answer === 'number' ? bandFor(question.bands, answer) : undefined;
      return band ? fromOutcome(band, band.score) : NO_OUTCOME;
    }
    case 'text':
      return NO_OUTCOME;
  }
}
