/**
 * What every question type provides, so that a type lives in one module: the checks of its
 * definition and of an answer, what an answer means (score, level, visit), the gap's suggestion
 * and how an answer reads. Layers outside core ask {@link kindOf} instead of switching on types.
 */
import type {
  AnswerValue,
  DocPath,
  Issue,
  LocalizedText,
  OptionValue,
  Outcome,
  Question,
  VisitKind,
} from '../types.js';

/** What one given answer means for scoring, levels and visits. */
export interface AnswerOutcome {
  /** 0..1; null when the answer is neutral or not scored (text). */
  score: number | null;
  level: number | null;
  visit: VisitKind;
  basis: LocalizedText | null;
  advice: LocalizedText | null;
}

/**
 * How an answer reads, in one of a few forms a renderer knows: the labels of the options it
 * picks, a yes/no with its branch label, a number with its unit and band, or free text.
 */
export type AnswerShape =
  | { form: 'options'; values: readonly OptionValue[]; labels: readonly LocalizedText[] }
  | { form: 'boolean'; value: boolean; label: LocalizedText | null }
  | { form: 'number'; value: number; unit: LocalizedText | null; band: LocalizedText | null }
  | { form: 'text'; value: string };

/** Collects an issue found in a rubric or an answers file. */
export type ReportIssue = (code: string, path: DocPath, params?: Issue['params'], severity?: Issue['severity']) => void;

/** A choice a person makes for a question: an option, a branch or a band, with its outcome. */
export interface Choice {
  value: OptionValue;
  label: LocalizedText | null;
  help: LocalizedText | null;
  /** What choosing it alone scores (a boolean branch's default included); null when neutral. */
  score: number | null;
  outcome: Partial<Outcome>;
  /** Where it stands in the question (`['options', 2]`, `['bands', 0]`). */
  path: DocPath;
}

export interface QuestionKind<Q extends Question> {
  /** The meaning rules of the definition that a JSON Schema cannot express. */
  checkDefinition(question: Q, path: DocPath, report: ReportIssue): void;
  /** The choices an answer can pick (none for text); numbers choose by band. */
  choices(question: Q): readonly Choice[];
  /** Why a value does not fit the question: an issue code and its params; null when it fits. */
  checkAnswer(question: Q, value: AnswerValue): [string, Issue['params']] | null;
  /** What a valid answer means (SPEC "Scoring" table). */
  outcome(question: Q, value: AnswerValue): AnswerOutcome;
  /** The outcomes an answer picks, in rubric order (the chosen options of a list). */
  picked(question: Q, value: AnswerValue): readonly Partial<Outcome>[];
  /** SPEC gap: the smallest answer that removes the visit (for a list: the option to add); null if none. */
  suggestVisitFree(question: Q): OptionValue | null;
  /** How an answer reads, for people. */
  describe(question: Q, value: AnswerValue): AnswerShape;
}
