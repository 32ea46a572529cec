/**
 * An independent implementation of the scoring, gap and report rules of SPEC (contract 2:
 * trips, visit kinds, neutral answers, `combine`, uptake, catalog coverage, report_version 2),
 * written from SPEC alone (not from src/core) so that the two can be checked against each other.
 * It is deliberately plain: no shared helpers with the project, one pass per entity.
 *
 * A rubric without the contract 2 keys scores as under contract 1 (spec-reference-c1.ts, frozen):
 * reference-c1-c2.test.ts checks that on random contract 1 files.
 *
 * Assumptions where SPEC is silent are marked "ASSUMPTION" below.
 */

/** Text for people: a plain string or a map from language code to string. */
export type RefText = string | Record<string, string>;

/** What `visit` may say in a rubric: a kind, or contract 1's booleans. */
export type RefVisit = boolean | VisitKind;
export type VisitKind = 'none' | 'office' | 'rule' | 'physical' | 'field';

export interface RefOutcome {
  label?: RefText;
  /** 0..1, or null for a neutral answer; required on options and bands, defaulted on boolean branches. */
  score?: number | null;
  level?: number;
  visit?: RefVisit;
  /** Contract 1: with `visit: true`, means `visit: physical`. */
  inherent?: boolean;
  basis?: RefText;
  advice?: RefText;
}
export interface RefOption extends RefOutcome {
  value: string;
}
export interface RefBand extends RefOutcome {
  min: number;
}

export type RefScalar = string | number | boolean;
export type RefCondition =
  | { question: string; equals: RefScalar | RefScalar[] }
  | { question: string; in: RefScalar[] }
  | { all: RefCondition[] }
  | { any: RefCondition[] };

export type RefScope = 'service' | 'opd' | 'city';
export type RefQuestionType = 'choice' | 'multi' | 'boolean' | 'number' | 'text';

export interface RefQuestion {
  id: string;
  type: RefQuestionType;
  title: RefText;
  help?: RefText;
  weight?: number;
  required?: boolean;
  allow_na?: boolean;
  when?: RefCondition;
  /** Service scope only: a declared trip's id. */
  trip?: string;
  /** Multi only; default `sum`. */
  combine?: 'sum' | 'max';
  /** choice/multi: a list; boolean: {true?, false?}. */
  options?: RefOption[] | { true?: RefOutcome; false?: RefOutcome };
  min?: number;
  max?: number;
  bands?: RefBand[];
}

export interface RefSection {
  id: string;
  scope: RefScope;
  weight?: number;
  title: RefText;
  questions: RefQuestion[];
}

export interface RefCatalogOpd {
  id: string;
  name: RefText;
  services: { id: string; name: RefText }[];
}

export interface RefRubric {
  rubric: string;
  version: string;
  title: RefText;
  languages: string[];
  target_level: number;
  scale: { level: number; label: RefText; description?: RefText }[];
  ratings: { min: number; label: RefText }[];
  aggregation: {
    opd: { services: number; sections: number };
    city: { opds: number; sections: number };
    service_weighting: 'equal' | 'volume';
    opd_weighting: 'equal' | 'volume';
  };
  trips?: { id: string; label: RefText }[];
  uptake?: { question: string; target: number };
  sections: RefSection[];
  catalog?: RefCatalogOpd[];
}

export type RefAnswer = RefScalar | RefScalar[] | { na: string };
export type RefAnswerMap = Record<string, RefAnswer>;

export interface RefServiceAnswers {
  id: string;
  name: string;
  annual_volume?: number;
  answers?: RefAnswerMap;
  evidence?: Record<string, string>;
  notes?: string;
}
export interface RefOpdAnswers {
  id: string;
  name: string;
  answers?: RefAnswerMap;
  evidence?: Record<string, string>;
  notes?: string;
  services?: RefServiceAnswers[];
}
export interface RefCityAnswers {
  rubric: string;
  city: { id: string; name: string; province?: string };
  period: string;
  assessed_at?: string;
  assessors?: string[];
  answers?: RefAnswerMap;
  evidence?: Record<string, string>;
  opds?: RefOpdAnswers[];
}

// ---------------------------------------------------------------- the report (SPEC fields only)

export type RefSuggestion = RefScalar | null;

export interface RefSectionScore {
  id: string;
  score: number | null;
}
export interface RefTrip {
  trip: string | null;
  kind: 'office' | 'rule' | 'physical';
  questions: string[];
}
export interface RefServiceReport {
  id: string;
  name: string;
  annual_volume: number | null;
  score: number | null;
  level: number | null;
  visits_per_transaction: number | null;
  inherent_visits_per_transaction: number | null;
  field_visits_per_transaction: number | null;
  annual_visits: number | null;
  no_visit: boolean | null;
  online_share: number | null;
  completeness: number;
  sections: RefSectionScore[];
  trips: RefTrip[];
  answers: Record<string, RefAnswer>;
  not_applicable: Record<string, string>;
}
export interface RefOpdReport {
  id: string;
  name: string;
  score: number | null;
  rating: string | null;
  completeness: number;
  sections: RefSectionScore[];
  services: RefServiceReport[];
}
export interface RefActionStep {
  question: string;
  current: RefAnswer;
  suggested: RefSuggestion;
  advice: string | null;
}
export interface RefAction {
  opd: string;
  service: string;
  trip: string | null;
  steps: RefActionStep[];
  visits_avoided: number | null;
}
export interface RefInherentStep {
  question: string;
  current: RefAnswer;
  kind: 'office' | 'rule' | 'physical';
  basis: string | null;
}
export interface RefInherent {
  opd: string;
  service: string;
  trip: string | null;
  kind: 'rule' | 'physical';
  steps: RefInherentStep[];
  annual_visits: number | null;
}
export interface RefUnderused {
  opd: string;
  service: string;
  online_share: number;
  offline_transactions: number | null;
}
export interface RefBelowTarget {
  opd: string;
  service: string;
  level: number;
  questions: string[];
}
export interface RefReport {
  report_version: 2;
  /** "<package name> <version>" and the sha256 of the rubric file's bytes: only when the caller gives them. */
  generator?: string;
  rubric: { id: string; version: string; sha256?: string };
  city: { id: string; name: string; period: string };
  summary: {
    score: number | null;
    rating: string | null;
    completeness: number;
    services: number;
    services_no_visit: number;
    services_unknown: number;
    annual_volume: number | null;
    annual_volume_no_visit: number | null;
    annual_visits: number | null;
    annual_visits_inherent: number | null;
    annual_visits_rule: number | null;
    annual_visits_avoidable: number | null;
    annual_field_visits: number | null;
    annual_volume_online: number | null;
    catalog: { services: number; services_assessed: number } | null;
    levels: Record<string, number>;
  };
  sections: RefSectionScore[];
  opds: RefOpdReport[];
  gap: {
    target_level: number;
    actions: RefAction[];
    inherent: RefInherent[];
    underused: RefUnderused[];
    below_target: RefBelowTarget[];
    catalog_missing: { opd: string; service: string }[];
  };
}

// ---------------------------------------------------------------- small arithmetic

/** Round half away from zero to `digits` decimals (a tiny relative nudge absorbs binary noise such as 1.005 * 100). */
export function roundHalfAway(x: number, digits: number): number {
  const f = 10 ** digits;
  const scaled = Math.abs(x) * f;
  const r = Math.floor(scaled + 0.5 + 1e-9 * Math.max(1, scaled));
  const out = (Math.sign(x) * r) / f;
  return out === 0 ? 0 : out; // no -0
}
const score2 = (x: number | null): number | null => (x === null ? null : roundHalfAway(x, 2));
const ratio4 = (x: number): number => roundHalfAway(x, 4);
const whole = (x: number | null): number | null => (x === null ? null : roundHalfAway(x, 0));

/** SPEC: a weighted mean leaves out null values and zero weights; with nothing left it is null. */
function weightedMean(pairs: [value: number | null, weight: number][]): number | null {
  let sum = 0;
  let total = 0;
  for (const [value, weight] of pairs) {
    if (value === null || weight === 0) continue;
    sum += value * weight;
    total += weight;
  }
  return total === 0 ? null : sum / total;
}

/**
 * SPEC Scoring 10: answered / applicable among required questions, 1 when nothing is required;
 * exact: a ratio that would round to 1 while a question is missing is 0.9999.
 */
export function completenessOf(answered: number, applicable: number): number {
  if (applicable === 0) return 1;
  const rounded = ratio4(answered / applicable);
  return rounded === 1 && answered < applicable ? 0.9999 : rounded;
}

/**
 * SPEC "Sums": unknown values are left out; null when there were values to add and none was
 * known; 0 when there was nothing to add.
 */
class Sum {
  private values = 0;
  private known = 0;
  private total = 0;
  add(value: number | null): void {
    this.values += 1;
    if (value === null) return;
    this.known += 1;
    this.total += value;
  }
  get value(): number | null {
    if (this.values === 0) return 0;
    return this.known === 0 ? null : this.total;
  }
}

// ---------------------------------------------------------------- rubric lookups

function localize(text: RefText | undefined, lang: string): string | null {
  if (text === undefined) return null;
  if (typeof text === 'string') return text;
  return text[lang] ?? null;
}

const isNa = (a: RefAnswer | undefined): a is { na: string } =>
  typeof a === 'object' && a !== null && !Array.isArray(a) && 'na' in a;

const needsVisit = (kind: VisitKind): kind is 'office' | 'rule' | 'physical' =>
  kind === 'office' || kind === 'rule' || kind === 'physical';

/**
 * The visit kind an option, band or branch carries. `visit: false` is `none`, `visit: true` is
 * `office`, and contract 1's `inherent: true` with `visit: true` is `physical`.
 * ASSUMPTION: `inherent: true` beside anything but `visit: true` means nothing (SPEC allows it
 * "only with visit: true"; decisions.md: it means nothing there, with a warning).
 */
export function visitKindOf(o: RefOutcome | undefined): VisitKind {
  const visit = o?.visit;
  if (visit === undefined || visit === false) return 'none';
  if (visit === true) return o?.inherent === true ? 'physical' : 'office';
  return visit;
}

/** What one answer to one question carries (a multi answer folded as SPEC says). */
interface Outcome {
  /** 0..1; null when neutral (`score: null`) or not scored (text). */
  score: number | null;
  level: number | null;
  kind: VisitKind;
  /**
   * ASSUMPTION (multi; SPEC's gap section says it for advice): advice is that of the first chosen
   * option, in rubric order, that has advice.
   */
  advice: RefText | undefined;
  /** multi (SPEC): the basis of the first chosen option, in rubric order, of the answer's kind that has one. */
  basis: RefText | undefined;
}

function listOptions(q: RefQuestion): RefOption[] {
  return Array.isArray(q.options) ? q.options : [];
}

function booleanBranch(q: RefQuestion, value: boolean): RefOutcome | undefined {
  if (q.options === undefined || Array.isArray(q.options)) return undefined;
  return value ? q.options.true : q.options.false;
}

/** A boolean branch's score: 1 for true and 0 for false unless the branch says (null: neutral). */
function branchScore(branch: RefOutcome | undefined, value: boolean): number | null {
  if (branch?.score === undefined) return value ? 1 : 0;
  return branch.score;
}

function bandFor(q: RefQuestion, n: number): RefBand | undefined {
  let found: RefBand | undefined;
  for (const band of q.bands ?? []) if (band.min <= n && (found === undefined || band.min > found.min)) found = band;
  return found;
}

/**
 * SPEC Scoring 9 for `multi`: `none` unless at least one option is chosen and every chosen
 * option's kind is office, rule or physical; then office if any is office, else physical if any
 * is physical, else rule. (`field` counts as `none` here.)
 */
export function multiKind(chosenKinds: VisitKind[]): VisitKind {
  if (chosenKinds.length === 0 || !chosenKinds.every(needsVisit)) return 'none';
  if (chosenKinds.includes('office')) return 'office';
  if (chosenKinds.includes('physical')) return 'physical';
  return 'rule';
}

export function outcomeOf(q: RefQuestion, answer: RefAnswer): Outcome {
  const single = (o: RefOutcome | undefined, score: number | null): Outcome => ({
    score,
    level: o?.level ?? null,
    kind: visitKindOf(o),
    advice: o?.advice,
    basis: o?.basis,
  });
  switch (q.type) {
    case 'choice': {
      const option = listOptions(q).find((o) => o.value === answer);
      return single(option, option?.score ?? null);
    }
    case 'boolean': {
      const value = answer === true;
      const branch = booleanBranch(q, value);
      return single(branch, branchScore(branch, value));
    }
    case 'number': {
      const band = bandFor(q, answer as number);
      return single(band, band?.score ?? null);
    }
    case 'multi': {
      const given = answer as RefScalar[];
      const chosen = listOptions(q).filter((o) => given.includes(o.value)); // rubric order
      const scores = chosen.map((o) => o.score ?? null).filter((s): s is number => s !== null);
      // SPEC: empty list: 0; every chosen option neutral: the answer is neutral; otherwise the
      // scored options' max (`combine: max`) or min(1, sum) (`sum`, the default).
      const sum = scores.reduce((a, b) => a + b, 0);
      const combined = q.combine === 'max' ? Math.max(...scores) : Math.min(1, sum);
      const score = chosen.length === 0 ? 0 : scores.length === 0 ? null : combined;
      const levels = chosen.map((o) => o.level).filter((l): l is number => l !== undefined);
      const kind = multiKind(chosen.map(visitKindOf));
      return {
        score,
        level: levels.length === 0 ? null : Math.max(...levels),
        kind,
        advice: chosen.find((o) => o.advice !== undefined)?.advice,
        basis: chosen.find((o) => visitKindOf(o) === kind && o.basis !== undefined)?.basis,
      };
    }
    case 'text':
      return { score: null, level: null, kind: 'none', advice: undefined, basis: undefined };
  }
}

/**
 * SPEC gap: the option with the lowest score whose kind is `none` or `field`, the first in rubric
 * order on a tie, neutral options after every scored one; for `boolean` the branch value (`true`
 * before `false`), for `number` the band's `min`; null when there is none.
 * ASSUMPTION (number): a band's `min` is suggested as written, even when it lies below the
 * question's `min` (the first band may); contract 1 did the same.
 */
export function suggestionFor(q: RefQuestion): RefSuggestion {
  const candidates: { value: RefScalar; score: number | null }[] = [];
  const visitFree = (o: RefOutcome | undefined) => !needsVisit(visitKindOf(o));
  if (q.type === 'choice' || q.type === 'multi') {
    for (const o of listOptions(q)) if (visitFree(o)) candidates.push({ value: o.value, score: o.score ?? null });
  } else if (q.type === 'boolean') {
    for (const value of [true, false]) {
      const branch = booleanBranch(q, value);
      if (visitFree(branch)) candidates.push({ value, score: branchScore(branch, value) });
    }
  } else if (q.type === 'number') {
    for (const band of q.bands ?? [])
      if (visitFree(band)) candidates.push({ value: band.min, score: band.score ?? null });
  }
  // The lowest score, the first in rubric order on a tie; a neutral option only when no scored one is left.
  let best: { value: RefScalar; score: number | null } | undefined;
  for (const c of candidates)
    if (best === undefined || (c.score !== null && (best.score === null || c.score < best.score))) best = c;
  return best?.value ?? null;
}

// ---------------------------------------------------------------- one entity's answers

type Lookup = (id: string) => RefAnswer | undefined;

function holds(cond: RefCondition, lookup: Lookup): boolean {
  if ('all' in cond) return cond.all.every((c) => holds(c, lookup));
  if ('any' in cond) return cond.any.some((c) => holds(c, lookup));
  const value = lookup(cond.question);
  if (value === undefined || isNa(value)) return false; // unanswered or not applicable
  if (Array.isArray(value)) {
    // SPEC, on a multi answer: `equals: V` holds when V is chosen, or, when V is a list, when the
    // chosen set equals it; `in: [...]` when any chosen value is in the list.
    if ('equals' in cond) {
      const v = cond.equals;
      if (!Array.isArray(v)) return value.includes(v);
      const want = new Set(v);
      const got = new Set(value);
      return want.size === got.size && [...want].every((x) => got.has(x));
    }
    return cond.in.some((v) => value.includes(v));
  }
  // ASSUMPTION: a list in `equals` never equals a single (non-multi) answer.
  if ('equals' in cond) return value === cond.equals;
  return cond.in.some((v) => v === value);
}

interface QuestionState {
  q: RefQuestion;
  /** The answer as given, when the question is applicable and answered (not `na`). */
  answer: RefAnswer | undefined;
  /** `when` holds (or there is none) and it is not answered `na`. */
  applicable: boolean;
  naReason: string | undefined;
  outcome: Outcome | undefined;
  /** Answered although its `when` does not hold: ignored, with a warning. */
  ignored: boolean;
}

interface EntityEval {
  /** Every question of the entity's scope, in rubric order. */
  states: QuestionState[];
  effective: Map<string, RefAnswer>;
  sectionScores: RefSectionScore[];
  /** Full-precision own score on 0-100. */
  ownScore: number | null;
  required: number;
  answeredRequired: number;
}

function evaluateEntity(sections: RefSection[], raw: RefAnswerMap, outer: Lookup): EntityEval {
  const effective = new Map<string, RefAnswer>();
  const lookup: Lookup = (id) => effective.get(id) ?? outer(id);
  const states: QuestionState[] = [];
  let required = 0;
  let answeredRequired = 0;
  const sectionPairs: [number | null, number][] = [];
  const sectionScores: RefSectionScore[] = [];
  for (const section of sections) {
    const questionPairs: [number | null, number][] = [];
    for (const q of section.questions) {
      const given = Object.prototype.hasOwnProperty.call(raw, q.id) ? raw[q.id] : undefined;
      const whenHolds = q.when === undefined || holds(q.when, lookup);
      const na = whenHolds && isNa(given);
      const applicable = whenHolds && !na;
      const answer = applicable && given !== undefined && given !== null ? given : undefined;
      if (answer !== undefined) effective.set(q.id, answer);
      const outcome = answer === undefined ? undefined : outcomeOf(q, answer);
      const ignored = !whenHolds && given !== undefined;
      states.push({ q, answer, applicable, naReason: na ? (given as { na: string }).na : undefined, outcome, ignored });
      if (applicable && q.required !== false) {
        required += 1;
        if (answer !== undefined) answeredRequired += 1;
      }
      // Neutral answers (score null) and text leave the mean, as do zero weights.
      const weight = q.weight ?? 1;
      if (outcome !== undefined && outcome.score !== null && weight > 0) questionPairs.push([outcome.score, weight]);
    }
    const sectionScore = weightedMean(questionPairs);
    sectionPairs.push([sectionScore, section.weight ?? 1]);
    sectionScores.push({ id: section.id, score: sectionScore === null ? null : sectionScore * 100 });
  }
  const own = weightedMean(sectionPairs);
  return { states, effective, sectionScores, ownScore: own === null ? null : own * 100, required, answeredRequired };
}

// ---------------------------------------------------------------- trips

interface Trip {
  /** The `trip` id, or null for a question without `trip` (a trip of its own). */
  id: string | null;
  /** The answers needing a visit (office, rule, physical) on this occasion, in rubric order. */
  steps: QuestionState[];
  kind: 'office' | 'rule' | 'physical';
  inherent: boolean;
}

/**
 * SPEC Scoring 9: the answers of kind office, rule or physical grouped into trips.
 * ASSUMPTION ("every trip, in rubric order"): trips are ordered by their first question in
 * rubric order, not by the order of the rubric's `trips` list (a trip without id has no place there).
 */
function tripsOf(states: QuestionState[]): Trip[] {
  const trips: Trip[] = [];
  const byId = new Map<string, Trip>();
  for (const st of states) {
    const kind = st.outcome?.kind;
    if (st.answer === undefined || kind === undefined || !needsVisit(kind)) continue;
    const id = st.q.trip ?? null;
    let trip = id === null ? undefined : byId.get(id);
    if (trip === undefined) {
      trip = { id, steps: [], kind: 'office', inherent: false };
      trips.push(trip);
      if (id !== null) byId.set(id, trip);
    }
    trip.steps.push(st);
  }
  for (const trip of trips) {
    const kinds = trip.steps.map((st) => st.outcome?.kind);
    trip.kind = kinds.includes('rule') ? 'rule' : kinds.includes('physical') ? 'physical' : 'office';
    trip.inherent = trip.kind !== 'office';
  }
  return trips;
}

// ---------------------------------------------------------------- the report

/**
 * The SPEC fields of the report of `answers` scored with `rubric`. `generator` and `rubric.sha256`
 * are not computed here (they name the program and the file's bytes): given in `meta`, they are
 * copied into the report.
 */
export function referenceReport(
  rubric: RefRubric,
  answers: RefCityAnswers,
  meta?: { generator: string; sha256: string },
): RefReport {
  const { report } = evaluateCity(rubric, answers);
  if (meta === undefined) return report;
  return { ...report, generator: meta.generator, rubric: { ...report.rubric, sha256: meta.sha256 } };
}

/**
 * Where the answers file answers a question whose `when` does not hold (SPEC: ignored, with a
 * warning), as paths like `opds.0.services.1.answers.q3`.
 * ASSUMPTION: an `{na: ...}` answer to such a question is ignored (and warned about) likewise.
 */
export function referenceIgnoredAnswers(rubric: RefRubric, answers: RefCityAnswers): string[] {
  return evaluateCity(rubric, answers).ignored;
}

/** Code point order of two ids (ids are ASCII, so UTF-16 code units give the same order). */
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Highest first, unknown last. */
const descNullLast = (a: number | null, b: number | null): number => {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return b - a;
};

function evaluateCity(rubric: RefRubric, answers: RefCityAnswers): { report: RefReport; ignored: string[] } {
  const ignored: string[] = [];
  const noteIgnored = (ev: EntityEval, path: string) => {
    for (const st of ev.states) if (st.ignored) ignored.push(`${path}.${st.q.id}`);
  };
  // ASSUMPTION: texts copied into the report (ratings, advice, basis) are in the rubric's default language.
  const lang = rubric.languages[0] ?? 'id';
  const scopeSections = (scope: RefScope) => rubric.sections.filter((s) => s.scope === scope);
  const ratingOf = (score: number | null): string | null => {
    // SPEC Scoring 7: the rating is taken on the unrounded score.
    if (score === null) return null;
    const r = rubric.ratings.find((x) => x.min <= score);
    return r === undefined ? null : localize(r.label, lang);
  };
  const agg = rubric.aggregation;
  const questionOrder = new Map<string, number>();
  rubric.sections.forEach((s) => s.questions.forEach((q) => questionOrder.set(q.id, questionOrder.size)));
  const uptake = rubric.uptake;

  const city = evaluateEntity(scopeSections('city'), answers.answers ?? {}, () => undefined);
  let cityRequired = city.required;
  let cityAnswered = city.answeredRequired;
  noteIgnored(city, 'answers');

  const actions: (RefAction & { order: number })[] = [];
  const inherent: RefInherent[] = [];
  const underused: (RefUnderused & { offline: number | null })[] = [];
  const belowTarget: RefBelowTarget[] = [];

  const levels: Record<string, number> = {};
  for (const s of rubric.scale) levels[String(s.level)] = 0;
  let servicesCount = 0;
  let servicesNoVisit = 0;
  let servicesUnknown = 0;
  const sums = {
    volume: new Sum(),
    volumeNoVisit: new Sum(),
    visits: new Sum(),
    inherent: new Sum(),
    rule: new Sum(),
    avoidable: new Sum(),
    field: new Sum(),
    online: new Sum(),
  };

  const opdScores: [number | null, number][] = [];
  const opdReports: RefOpdReport[] = [];

  for (const [oi, opdAnswers] of (answers.opds ?? []).entries()) {
    const opd = evaluateEntity(scopeSections('opd'), opdAnswers.answers ?? {}, (id) => city.effective.get(id));
    noteIgnored(opd, `opds.${oi}.answers`);
    let opdRequired = opd.required;
    let opdAnswered = opd.answeredRequired;
    const serviceScores: [number | null, number][] = [];
    const serviceReports: RefServiceReport[] = [];
    let opdVolume = 0;
    for (const [si, svc] of (opdAnswers.services ?? []).entries()) {
      const ev = evaluateEntity(
        scopeSections('service'),
        svc.answers ?? {},
        (id) => opd.effective.get(id) ?? city.effective.get(id),
      );
      noteIgnored(ev, `opds.${oi}.services.${si}.answers`);
      opdRequired += ev.required;
      opdAnswered += ev.answeredRequired;
      const volume = typeof svc.annual_volume === 'number' ? svc.annual_volume : null;
      if (volume !== null) opdVolume += volume;
      const times = (count: number | null): number | null =>
        count === null || volume === null ? null : count * volume;

      // Levels, visits, actions and inherent trips come from service-scope questions only.
      // ASSUMPTION (decisions.md): a `visit` on an OPD- or city-scope answer counts nowhere
      // (visits are per transaction of a service).
      const answered = ev.states.filter((st) => st.answer !== undefined);
      const levelsHere = answered.map((st) => st.outcome?.level ?? null).filter((l): l is number => l !== null);
      const level = levelsHere.length === 0 ? null : Math.min(...levelsHere);

      const trips = tripsOf(ev.states);
      // ASSUMPTION ("every applicable required question is answered"): the service's own
      // (service-scope) questions; its OPD's and the city's do not make its visits unknown.
      const allRequiredAnswered = ev.answeredRequired === ev.required;
      const noVisit = trips.length > 0 ? false : allRequiredAnswered ? true : null;
      // SPEC: when no visit needed is unknown, the three counts are unknown too, not 0.
      const known = noVisit !== null;
      const visits = known ? trips.length : null;
      const inherentVisits = known ? trips.filter((t) => t.inherent).length : null;
      const ruleVisits = known ? trips.filter((t) => t.kind === 'rule').length : null;
      const fieldVisits = known ? answered.filter((st) => st.outcome?.kind === 'field').length : null;
      const avoidableVisits = visits === null || inherentVisits === null ? null : visits - inherentVisits;

      // SPEC Scoring 11: the uptake answer / 100; null when unanswered or not applicable.
      const uptakeAnswer = uptake === undefined ? undefined : ev.effective.get(uptake.question);
      const uptakePercent = typeof uptakeAnswer === 'number' ? uptakeAnswer : null;
      const onlineShare = uptakePercent === null ? null : uptakePercent / 100;

      servicesCount += 1;
      if (noVisit === true) servicesNoVisit += 1;
      if (noVisit === null) servicesUnknown += 1;
      sums.volume.add(volume);
      if (noVisit === true) sums.volumeNoVisit.add(volume);
      sums.visits.add(times(visits));
      sums.inherent.add(times(inherentVisits));
      sums.rule.add(times(ruleVisits));
      sums.avoidable.add(times(avoidableVisits));
      sums.field.add(times(fieldVisits));
      // ASSUMPTION: online transactions keep full precision per service; only the sum is rounded.
      if (uptake !== undefined)
        sums.online.add(uptakePercent === null || volume === null ? null : (uptakePercent * volume) / 100);
      if (level !== null && levels[String(level)] !== undefined)
        levels[String(level)] = (levels[String(level)] ?? 0) + 1;

      for (const trip of trips) {
        if (trip.inherent) {
          inherent.push({
            opd: opdAnswers.id,
            service: svc.id,
            trip: trip.id,
            kind: trip.kind as 'rule' | 'physical',
            steps: trip.steps.map((st) => ({
              question: st.q.id,
              current: st.answer as RefAnswer,
              kind: st.outcome?.kind as 'office' | 'rule' | 'physical',
              // ASSUMPTION: a step's basis is its answer's basis whatever its kind (SPEC requires
              // one only on rule/physical; an office answer normally has none, so null).
              basis: localize(st.outcome?.basis, lang),
            })),
            annual_visits: volume,
          });
        } else {
          // An avoidable trip holds only office answers: every one must change to save the visit.
          actions.push({
            opd: opdAnswers.id,
            service: svc.id,
            trip: trip.id,
            steps: trip.steps.map((st) => ({
              question: st.q.id,
              current: st.answer as RefAnswer,
              suggested: suggestionFor(st.q),
              advice: localize(st.outcome?.advice, lang),
            })),
            visits_avoided: volume,
            order: questionOrder.get(trip.steps[0]?.q.id ?? '') ?? 0,
          });
        }
      }

      // SPEC: services that need no visit but whose online share is below the uptake target.
      // ASSUMPTION: a service whose share is unknown is not listed (it is not known to be below);
      // "below the target" compares the answer (a percent) with the target, strictly.
      if (uptake !== undefined && noVisit === true && uptakePercent !== null && uptakePercent < uptake.target) {
        const offline = volume === null ? null : (volume * (100 - uptakePercent)) / 100;
        underused.push({
          opd: opdAnswers.id,
          service: svc.id,
          online_share: ratio4(uptakePercent / 100),
          offline_transactions: whole(offline),
          offline,
        });
      }

      // ASSUMPTION (decisions.md): a service with no level is not listed below target.
      if (level !== null && level < rubric.target_level) {
        belowTarget.push({
          opd: opdAnswers.id,
          service: svc.id,
          level,
          questions: answered
            .filter((st) => st.outcome?.level != null && st.outcome.level < rubric.target_level)
            .map((st) => st.q.id),
        });
      }

      const answersShown: Record<string, RefAnswer> = {};
      const notApplicable: Record<string, string> = {};
      for (const st of ev.states) {
        if (st.answer !== undefined) answersShown[st.q.id] = st.answer;
        if (st.naReason !== undefined) notApplicable[st.q.id] = st.naReason;
      }
      serviceScores.push([ev.ownScore, agg.service_weighting === 'volume' ? (volume ?? 0) : 1]);
      serviceReports.push({
        id: svc.id,
        name: svc.name,
        annual_volume: volume,
        score: score2(ev.ownScore),
        level,
        visits_per_transaction: visits,
        inherent_visits_per_transaction: inherentVisits,
        field_visits_per_transaction: fieldVisits,
        annual_visits: times(visits),
        no_visit: noVisit,
        online_share: onlineShare === null ? null : ratio4(onlineShare),
        completeness: completenessOf(ev.answeredRequired, ev.required),
        sections: ev.sectionScores.map((s) => ({ id: s.id, score: score2(s.score) })),
        trips: trips.map((t) => ({ trip: t.id, kind: t.kind, questions: t.steps.map((st) => st.q.id) })),
        answers: answersShown,
        not_applicable: notApplicable,
      });
    }
    const servicesMean = weightedMean(serviceScores);
    const opdScore = weightedMean([
      [servicesMean, agg.opd.services],
      [opd.ownScore, agg.opd.sections],
    ]);
    opdScores.push([opdScore, agg.opd_weighting === 'volume' ? opdVolume : 1]);
    cityRequired += opdRequired;
    cityAnswered += opdAnswered;
    opdReports.push({
      id: opdAnswers.id,
      name: opdAnswers.name,
      score: score2(opdScore),
      rating: ratingOf(opdScore),
      completeness: completenessOf(opdAnswered, opdRequired),
      sections: opd.sectionScores.map((s) => ({ id: s.id, score: score2(s.score) })),
      services: serviceReports,
    });
  }

  const cityScore = weightedMean([
    [weightedMean(opdScores), agg.city.opds],
    [city.ownScore, agg.city.sections],
  ]);

  // Ranked by visits avoided (highest first, unknown last), OPD id, service id, then the rubric
  // order of the trip's first step.
  const rankedActions = actions
    .map((a, i) => ({ a, i }))
    .sort(
      (x, y) =>
        descNullLast(x.a.visits_avoided, y.a.visits_avoided) ||
        cmp(x.a.opd, y.a.opd) ||
        cmp(x.a.service, y.a.service) ||
        x.a.order - y.a.order ||
        x.i - y.i,
    )
    .map(({ a: { order: _order, ...rest } }) => rest);
  // Ranked by offline transactions (full precision), highest first and unknown last, then OPD id and service id.
  const rankedUnderused = underused
    .map((u, i) => ({ u, i }))
    .sort(
      (x, y) =>
        descNullLast(x.u.offline, y.u.offline) || cmp(x.u.opd, y.u.opd) || cmp(x.u.service, y.u.service) || x.i - y.i,
    )
    .map(({ u: { offline: _offline, ...rest } }) => rest);

  // SPEC Scoring 12: the catalog's services (OPD id + service id) and which of them the answers file holds.
  // ASSUMPTION: a rubric with `catalog: []` has a catalog (of 0 services): summary.catalog is
  // {services: 0, services_assessed: 0}, not null.
  let catalog: RefReport['summary']['catalog'] = null;
  const catalogMissing: { opd: string; service: string }[] = [];
  if (rubric.catalog !== undefined) {
    const held = new Set<string>();
    for (const o of answers.opds ?? []) for (const s of o.services ?? []) held.add(`${o.id}\u0000${s.id}`);
    let services = 0;
    let assessed = 0;
    for (const o of rubric.catalog) {
      for (const s of o.services) {
        services += 1;
        if (held.has(`${o.id}\u0000${s.id}`)) assessed += 1;
        else catalogMissing.push({ opd: o.id, service: s.id });
      }
    }
    catalog = { services, services_assessed: assessed };
  }

  const report: RefReport = {
    report_version: 2,
    rubric: { id: rubric.rubric, version: rubric.version },
    city: { id: answers.city.id, name: answers.city.name, period: answers.period },
    summary: {
      score: score2(cityScore),
      rating: ratingOf(cityScore),
      completeness: completenessOf(cityAnswered, cityRequired),
      services: servicesCount,
      services_no_visit: servicesNoVisit,
      services_unknown: servicesUnknown,
      annual_volume: sums.volume.value,
      annual_volume_no_visit: sums.volumeNoVisit.value,
      annual_visits: sums.visits.value,
      annual_visits_inherent: sums.inherent.value,
      annual_visits_rule: sums.rule.value,
      annual_visits_avoidable: sums.avoidable.value,
      annual_field_visits: sums.field.value,
      // ASSUMPTION: with uptake, a city without services has 0 online transactions (SPEC "Sums":
      // 0 when there is nothing to add), although the report's comment says "null ... without a
      // known share"; with services but no known share (or volume) it is null.
      annual_volume_online: uptake === undefined ? null : whole(sums.online.value),
      catalog,
      levels,
    },
    sections: city.sectionScores.map((s) => ({ id: s.id, score: score2(s.score) })),
    opds: opdReports,
    gap: {
      target_level: rubric.target_level,
      actions: rankedActions,
      // SPEC: in file order (OPD, then service); ASSUMPTION: a service's inherent trips in trip order.
      inherent,
      underused: rankedUnderused,
      // ASSUMPTION (decisions.md): below-target services in file order.
      below_target: belowTarget,
      catalog_missing: catalogMissing,
    },
  };
  return { report, ignored };
}
