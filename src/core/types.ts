/**
 * The domain model: a rubric, one city's answers, and the issues found while checking them.
 * Shapes follow docs/SPEC.md; loaders turn YAML into these after schema validation.
 */

/** A plain string, or a map from language code to string (`{id: ..., en: ...}`). */
export type LocalizedText = string | Readonly<Record<string, string>>;

export const SCOPES = ['service', 'opd', 'city'] as const;
export type Scope = (typeof SCOPES)[number];

export const QUESTION_TYPES = ['choice', 'multi', 'boolean', 'number', 'text'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/**
 * Where the citizen must be, with an answer (SPEC "Visit kinds"): `office` an action can remove;
 * `rule` (a national regulation) and `physical` (the step needs the person's body or object) are
 * inherent; `field` is an officer going to the citizen, not an office visit.
 */
export const VISIT_KINDS = ['none', 'office', 'rule', 'physical', 'field'] as const;
export type VisitKind = (typeof VISIT_KINDS)[number];

/** What an option, a band or a boolean branch says about the answer that picks it. */
export interface Outcome {
  /** 0..1; null makes the answer neutral: answered, but left out of the mean. */
  score: number | null;
  level?: number;
  /** A kind, or contract 1's `true` (office) / `false` (none). */
  visit?: boolean | VisitKind;
  /** Contract 1: with `visit: true`, the visit is `physical`. */
  inherent?: boolean;
  basis?: LocalizedText;
  advice?: LocalizedText;
}

export type OptionValue = string | number | boolean;

export interface ChoiceOption extends Outcome {
  value: OptionValue;
  label: LocalizedText;
  help?: LocalizedText;
}

export interface Band extends Outcome {
  min: number;
  label?: LocalizedText;
}

export interface BooleanBranch extends Partial<Outcome> {
  label?: LocalizedText;
}

export type Condition =
  | { question: string; equals: unknown }
  | { question: string; in: readonly unknown[] }
  | { all: readonly Condition[] }
  | { any: readonly Condition[] };

interface QuestionBase {
  id: string;
  title: LocalizedText;
  help?: LocalizedText;
  weight?: number;
  required?: boolean;
  allow_na?: boolean;
  when?: Condition;
  /** Service scope only: the declared trip (occasion) this step happens on. */
  trip?: string;
}

export interface ChoiceQuestion extends QuestionBase {
  type: 'choice';
  options: readonly ChoiceOption[];
}
export interface MultiQuestion extends QuestionBase {
  type: 'multi';
  options: readonly ChoiceOption[];
  /** How chosen options' scores combine: `sum` (default, capped at 1) or `max` (the best channel). */
  combine?: 'sum' | 'max';
}
export interface BooleanQuestion extends QuestionBase {
  type: 'boolean';
  options?: { true?: BooleanBranch; false?: BooleanBranch };
}
export interface NumberQuestion extends QuestionBase {
  type: 'number';
  min?: number;
  max?: number;
  unit?: LocalizedText;
  bands: readonly Band[];
}
export interface TextQuestion extends QuestionBase {
  type: 'text';
}
export type Question = ChoiceQuestion | MultiQuestion | BooleanQuestion | NumberQuestion | TextQuestion;
/** A question of one type: `QuestionOf<'multi'>`. */
export type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;

export interface Section {
  id: string;
  scope: Scope;
  weight?: number;
  title: LocalizedText;
  description?: LocalizedText;
  questions: readonly Question[];
}

export interface ScaleLevel {
  level: number;
  label: LocalizedText;
  description?: LocalizedText;
}

export interface Rating {
  min: number;
  label: LocalizedText;
}

export interface Aggregation {
  opd: { services: number; sections: number };
  city: { opds: number; sections: number };
  service_weighting: 'equal' | 'volume';
  opd_weighting: 'equal' | 'volume';
}

export interface CatalogService {
  id: string;
  name: LocalizedText;
  description?: LocalizedText;
}
export interface CatalogOpd {
  id: string;
  name: LocalizedText;
  short?: string;
  services: readonly CatalogService[];
}

/** An occasion on which a citizen may have to come in person during one transaction. */
export interface Trip {
  id: string;
  label: LocalizedText;
  description?: LocalizedText;
}

/** The service-scope number question giving the percent of transactions done online. */
export interface Uptake {
  question: string;
  /** Percent (0-100) a service's online share should reach. */
  target: number;
}

export interface Rubric {
  rubric: string;
  version: string;
  title: LocalizedText;
  description?: LocalizedText;
  languages: readonly string[];
  target_level: number;
  scale: readonly ScaleLevel[];
  ratings: readonly Rating[];
  aggregation: Aggregation;
  trips?: readonly Trip[];
  uptake?: Uptake;
  sections: readonly Section[];
  catalog?: readonly CatalogOpd[];
}

/** `{na: "reason"}`: the question does not apply to this entity. */
export interface NotApplicable {
  na: string;
}
export type AnswerValue = string | number | boolean | readonly OptionValue[] | NotApplicable;
export type AnswerMap = Readonly<Record<string, AnswerValue>>;

export interface ServiceAnswers {
  id: string;
  name: string;
  annual_volume?: number;
  answers: AnswerMap;
  evidence?: Readonly<Record<string, string>>;
  notes?: string;
}
export interface OpdAnswers {
  id: string;
  name: string;
  answers: AnswerMap;
  evidence?: Readonly<Record<string, string>>;
  notes?: string;
  services: readonly ServiceAnswers[];
}
export interface CityAnswers {
  rubric: string;
  city: { id: string; name: string; province?: string };
  period: string;
  assessed_at?: string;
  assessors?: readonly string[];
  /** About the whole assessment (e.g. "illustrative, not an official assessment"); reports show it. */
  notes?: string;
  answers: AnswerMap;
  evidence?: Readonly<Record<string, string>>;
  opds: readonly OpdAnswers[];
}

/** A path into a YAML/JSON document: keys and list indexes from the root. */
export type DocPath = readonly (string | number)[];

/**
 * One problem found in a file. `code` names a message in the i18n catalog; `params` fill it.
 * Loaders attach the file and turn `path` into line:col.
 */
export interface Issue {
  severity: 'error' | 'warning';
  code: string;
  params: Readonly<Record<string, string | number>>;
  path: DocPath;
  /** Set by loaders: where in which file. */
  file?: string;
  line?: number;
  col?: number;
  /** In a workbook, the cell instead of line:col: `Sheet!E12`. */
  cell?: string;
}
