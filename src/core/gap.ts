import { compareCodePoints } from './numbers.js';
import { booleanBranch, outcomeOf } from './outcome.js';
import type { QuestionResult } from './evaluate.js';
import type { IndexedQuestion } from './rubric-index.js';
import type { CityScore, OpdScore, ServiceScore } from './score.js';
import type { AnswerValue, LocalizedText, OptionValue, Outcome, Question } from './types.js';

/** A non-inherent visit that a change of answer would remove. */
export interface GapAction {
  opd: OpdScore;
  service: ServiceScore;
  entry: IndexedQuestion;
  current: AnswerValue;
  /** The smallest visit-free step; null when the question has none. */
  suggested: OptionValue | null;
  advice: LocalizedText | null;
  visitsAvoided: number | null;
}

export interface InherentVisit {
  opd: OpdScore;
  service: ServiceScore;
  entry: IndexedQuestion;
  current: AnswerValue;
  basis: LocalizedText | null;
  annualVisits: number | null;
}

export interface BelowTarget {
  opd: OpdScore;
  service: ServiceScore;
  level: number;
  /** The questions whose answer sits below the target level, in rubric order. */
  questions: readonly IndexedQuestion[];
}

export interface Gap {
  targetLevel: number;
  actions: readonly GapAction[];
  inherent: readonly InherentVisit[];
  belowTarget: readonly BelowTarget[];
}

/**
 * SPEC: the visit-free option with the lowest score, the first in rubric order on a tie
 * (for boolean the branch value, for number the band's min); null when there is none.
 */
export function suggestVisitFree(question: Question): OptionValue | null {
  let candidates: { value: OptionValue; outcome: Partial<Outcome>; score: number }[];
  switch (question.type) {
    case 'choice':
    case 'multi':
      candidates = question.options.map((o) => ({ value: o.value, outcome: o, score: o.score }));
      break;
    case 'boolean':
      candidates = [true, false].map((value) => ({
        value,
        outcome: booleanBranch(question, value),
        score: outcomeOf(question, value).score ?? 0,
      }));
      break;
    case 'number':
      candidates = question.bands.map((b) => ({ value: b.min, outcome: b, score: b.score }));
      break;
    case 'text':
      return null;
  }
  let best: (typeof candidates)[number] | undefined;
  for (const c of candidates) {
    if (c.outcome.visit ?? false) continue;
    if (best === undefined || c.score < best.score) best = c;
  }
  return best?.value ?? null;
}

/** SPEC ranking: visits avoided (highest first, unknown last), OPD id, service id, rubric order. */
export function compareActions(a: GapAction, b: GapAction): number {
  if (a.visitsAvoided !== b.visitsAvoided) {
    if (a.visitsAvoided === null) return 1;
    if (b.visitsAvoided === null) return -1;
    return b.visitsAvoided - a.visitsAvoided;
  }
  return (
    compareCodePoints(a.opd.id, b.opd.id) ||
    compareCodePoints(a.service.id, b.service.id) ||
    a.entry.order - b.entry.order
  );
}

function visitsOf(service: ServiceScore): QuestionResult[] {
  return service.questions.filter((r) => r.status === 'answered' && r.outcome?.isVisit);
}

/** The distance to "no office visit needed": actions, inherent visits, services below target. */
export function findGaps(city: CityScore): Gap {
  const { rubric } = city.index;
  const actions: GapAction[] = [];
  const inherent: InherentVisit[] = [];
  const belowTarget: BelowTarget[] = [];
  for (const opd of city.opds) {
    for (const service of opd.services) {
      for (const r of visitsOf(service)) {
        const current = r.value as AnswerValue;
        if (r.outcome?.isInherent) {
          inherent.push({
            opd,
            service,
            entry: r.entry,
            current,
            basis: r.outcome.basis,
            annualVisits: service.volume,
          });
        } else {
          actions.push({
            opd,
            service,
            entry: r.entry,
            current,
            suggested: suggestVisitFree(r.entry.question),
            advice: r.outcome?.advice ?? null,
            visitsAvoided: service.volume,
          });
        }
      }
      if (service.level !== null && service.level < rubric.target_level) {
        const holdingDown = service.questions.filter(
          (r) => r.status === 'answered' && r.outcome?.level != null && r.outcome.level < rubric.target_level,
        );
        belowTarget.push({ opd, service, level: service.level, questions: holdingDown.map((r) => r.entry) });
      }
    }
  }
  actions.sort(compareActions);
  return { targetLevel: rubric.target_level, actions, inherent, belowTarget };
}
