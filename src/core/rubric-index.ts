import type { Question, Rubric, Scope, Section } from './types.js';

/** A question with where it stands in the rubric. */
export interface IndexedQuestion {
  question: Question;
  section: Section;
  scope: Scope;
  /** Position in the whole rubric, 0-based: SPEC's "rubric order". */
  order: number;
  /** Position of its section among its scope's sections. */
  sectionPos: number;
  /** Position among its scope's questions: where its result stands in an entity's results. */
  scopePos: number;
}

/** Look-ups built once per rubric: questions by id and each scope's sections in rubric order. */
export interface RubricIndex {
  rubric: Rubric;
  defaultLang: string;
  questions: ReadonlyMap<string, IndexedQuestion>;
  byScope: Readonly<Record<Scope, readonly IndexedQuestion[]>>;
  sectionsByScope: Readonly<Record<Scope, readonly Section[]>>;
  /** The uptake question (SPEC Scoring 11), when the rubric names one. */
  uptake: IndexedQuestion | null;
}

const cache = new WeakMap<Rubric, RubricIndex>();

/** Indexes a rubric (cached per rubric object, so a batch of cities parses it once). */
export function indexRubric(rubric: Rubric): RubricIndex {
  const cached = cache.get(rubric);
  if (cached) return cached;
  const questions = new Map<string, IndexedQuestion>();
  const byScope: Record<Scope, IndexedQuestion[]> = { service: [], opd: [], city: [] };
  const sectionsByScope: Record<Scope, Section[]> = { service: [], opd: [], city: [] };
  let order = 0;
  for (const section of rubric.sections) {
    const sectionPos = sectionsByScope[section.scope].push(section) - 1;
    for (const question of section.questions) {
      const scopePos = byScope[section.scope].length;
      const entry: IndexedQuestion = { question, section, scope: section.scope, order: order++, sectionPos, scopePos };
      if (!questions.has(question.id)) questions.set(question.id, entry);
      byScope[section.scope].push(entry);
    }
  }
  const index: RubricIndex = {
    rubric,
    defaultLang: rubric.languages[0] ?? 'id',
    questions,
    byScope,
    sectionsByScope,
    uptake: rubric.uptake === undefined ? null : (questions.get(rubric.uptake.question) ?? null),
  };
  cache.set(rubric, index);
  return index;
}

export const weightOf = (item: { weight?: number }): number => item.weight ?? 1;
export const isRequired = (question: Question): boolean => question.required ?? true;

/** SPEC: `annual_volume` is required when either weighting is by volume. */
export const isVolumeRequired = (rubric: Rubric): boolean =>
  rubric.aggregation.service_weighting === 'volume' || rubric.aggregation.opd_weighting === 'volume';

/** `1.2.0` -> 1: answers and reports fit a rubric of the same id and major version. */
export const majorOf = (version: string): number => Number(version.split('.')[0]);
