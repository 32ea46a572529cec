/**
 * CONTRACT 1, frozen: the reference as it was before contract 2 (report_version 1). It stays only
 * so that cross-check.test.ts can keep checking the project's contract 1 engine; spec-reference.ts
 * is the contract 2 reference. Delete both this file and cross-check.test.ts once the engine
 * writes report_version 2 (cross-check-c2.test.ts then takes over).
 *
 * An independent implementation of the scoring, gap and report rules of docs/SPEC.md,
 * written from SPEC alone (not from src/core) so that the two can be checked against each other.
 * It is deliberately plain: no shared helpers with the project, one pass per entity.
 *
 * Assumptions where SPEC is silent are marked "ASSUMPTION" below.
 */

/** Text for people: a plain string or a map from language code to string. */
export type RefText = string | Record<string, string>;

export interface RefOutcome {
  label?: RefText;
  score?: number;
  level?: number;
  visit?: boolean;
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
  | { question: string; equals: RefScalar }
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
  sections: RefSection[];
  catalog?: unknown[];
}

export type RefAnswer = RefScalar | string[] | { na: string };
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

export interface RefSectionScore {
  id: string;
  score: number | null;
}
export interface RefServiceReport {
  id: string;
  name: string;
  annual_volume: number | null;
  score: number | null;
  level: number | null;
  visits_per_transaction: number;
  annual_visits: number | null;
  no_visit: boolean | null;
  completeness: number;
  sections: RefSectionScore[];
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
export interface RefAction {
  opd: string;
  service: string;
  question: string;
  current: RefAnswer;
  suggested: string | number | boolean | null;
  visits_avoided: number | null;
  advice: string | null;
}
export interface RefInherent {
  opd: string;
  service: string;
  question: string;
  current: RefAnswer;
  basis: string | null;
  annual_visits: number | null;
}
export interface RefBelowTarget {
  opd: string;
  service: string;
  level: number;
  questions: string[];
}
export interface RefReport {
  report_version: 1;
  rubric: { id: string; version: string };
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
    levels: Record<string, number>;
  };
  sections: RefSectionScore[];
  opds: RefOpdReport[];
  gap: { target_level: number; actions: RefAction[]; inherent: RefInherent[]; below_target: RefBelowTarget[] };
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

// ---------------------------------------------------------------- rubric lookups

function localize(text: RefText | undefined, lang: string): string | null {
  if (text === undefined) return null;
  if (typeof text === 'string') return text;
  return text[lang] ?? null;
}

const isNa = (a: RefAnswer | undefined): a is { na: string } =>
  typeof a === 'object' && a !== null && !Array.isArray(a) && 'na' in a;

/** What one answer to one question carries (a multi answer folded as SPEC says). */
interface Outcome {
  score: number | null; // null: not scored (text)
  level: number | null;
  visit: boolean;
  inherent: boolean;
  /**
   * ASSUMPTION (multi; SPEC says only "the rubric's advice for the current answer"): advice and
   * basis are those of the first chosen option, in rubric order, that has one (the project's choice).
   */
  advice: RefText | undefined;
  basis: RefText | undefined;
}

function listOptions(q: RefQuestion): RefOption[] {
  return Array.isArray(q.options) ? q.options : [];
}

function booleanBranch(q: RefQuestion, value: boolean): RefOutcome | undefined {
  if (q.options === undefined || Array.isArray(q.options)) return undefined;
  return value ? q.options.true : q.options.false;
}

function bandFor(q: RefQuestion, n: number): RefBand | undefined {
  let found: RefBand | undefined;
  for (const band of q.bands ?? []) if (band.min <= n && (found === undefined || band.min > found.min)) found = band;
  return found;
}

function outcomeOf(q: RefQuestion, answer: RefAnswer): Outcome {
  const none: Outcome = {
    score: null,
    level: null,
    visit: false,
    inherent: false,
    advice: undefined,
    basis: undefined,
  };
  const single = (o: RefOutcome | undefined, defaultScore: number | null): Outcome => ({
    score: o?.score ?? defaultScore,
    level: o?.level ?? null,
    visit: o?.visit === true,
    inherent: o?.visit === true && o.inherent === true,
    advice: o?.advice,
    basis: o?.basis,
  });
  switch (q.type) {
    case 'choice': {
      const opt = listOptions(q).find((o) => o.value === answer);
      return single(opt, null);
    }
    case 'boolean': {
      const value = answer === true;
      return single(booleanBranch(q, value), value ? 1 : 0);
    }
    case 'number': {
      return single(bandFor(q, answer as number), null);
    }
    case 'multi': {
      const chosenValues = answer as string[];
      const chosen = listOptions(q).filter((o) => chosenValues.includes(o.value));
      const score = Math.min(
        1,
        chosen.reduce((s, o) => s + (o.score ?? 0), 0),
      );
      const levels = chosen.map((o) => o.level).filter((l): l is number => l !== undefined);
      const visit = chosen.length > 0 && chosen.every((o) => o.visit === true);
      return {
        score,
        level: levels.length === 0 ? null : Math.max(...levels),
        visit,
        inherent: visit && chosen.every((o) => o.inherent === true),
        advice: chosen.find((o) => o.advice !== undefined)?.advice,
        basis: chosen.find((o) => o.basis !== undefined)?.basis,
      };
    }
    case 'text':
      return none;
  }
}

/**
 * The visit-free answer with the lowest score (first in rubric order on a tie), or null.
 * ASSUMPTION (boolean): branches are considered in the order true, false (no tie is possible
 * when the current answer needs a visit, so the order never matters).
 */
function suggestionFor(q: RefQuestion): string | number | boolean | null {
  const candidates: [value: string | number | boolean, score: number][] = [];
  if (q.type === 'choice' || q.type === 'multi') {
    for (const o of listOptions(q)) if (o.visit !== true) candidates.push([o.value, o.score ?? 0]);
  } else if (q.type === 'boolean') {
    for (const value of [true, false]) {
      const b = booleanBranch(q, value);
      if (b?.visit !== true) candidates.push([value, b?.score ?? (value ? 1 : 0)]);
    }
  } else if (q.type === 'number') {
    for (const band of q.bands ?? []) if (band.visit !== true) candidates.push([band.min, band.score ?? 0]);
  }
  let best: [string | number | boolean, number] | undefined;
  for (const c of candidates) if (best === undefined || c[1] < best[1]) best = c;
  return best === undefined ? null : best[0];
}

// ---------------------------------------------------------------- one entity's answers

type Lookup = (id: string) => RefAnswer | undefined;

function holds(cond: RefCondition, lookup: Lookup): boolean {
  if ('all' in cond) return cond.all.every((c) => holds(c, lookup));
  if ('any' in cond) return cond.any.some((c) => holds(c, lookup));
  const value = lookup(cond.question);
  if (value === undefined) return false; // unanswered or not applicable
  // Scalars compare with strict equality.
  // ASSUMPTION (SPEC is silent on conditions over a `multi` answer; this is the project's
  // choice): `equals: V` holds when V is among the chosen values, `in: [...]` when any chosen
  // value is in the list.
  if (Array.isArray(value)) {
    if ('equals' in cond) return value.includes(cond.equals as string);
    return cond.in.some((v) => value.includes(v as string));
  }
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

const completenessOf = (answered: number, applicable: number): number => (applicable === 0 ? 1 : answered / applicable);

// ---------------------------------------------------------------- the report

/** The SPEC fields of the report of `answers` scored with `rubric`. */
export function referenceReport(rubric: RefRubric, answers: RefCityAnswers): RefReport {
  return evaluateCity(rubric, answers).report;
}

/**
 * Where the answers file answers a question whose `when` does not hold (SPEC: ignored, with a
 * warning), as paths like `opds.0.services.1.answers.q3`.
 * ASSUMPTION: an `{na: ...}` answer to such a question is ignored (and warned about) likewise.
 */
export function referenceIgnoredAnswers(rubric: RefRubric, answers: RefCityAnswers): string[] {
  return evaluateCity(rubric, answers).ignored;
}

function evaluateCity(rubric: RefRubric, answers: RefCityAnswers): { report: RefReport; ignored: string[] } {
  const ignored: string[] = [];
  const noteIgnored = (ev: EntityEval, path: string) => {
    for (const st of ev.states) if (st.ignored) ignored.push(`${path}.${st.q.id}`);
  };
  const lang = rubric.languages[0] ?? 'id';
  const scopeSections = (scope: RefScope) => rubric.sections.filter((s) => s.scope === scope);
  const ratingOf = (score: number | null): string | null => {
    // ASSUMPTION: the rating is taken on the full-precision score, not the rounded one.
    if (score === null) return null;
    const r = rubric.ratings.find((x) => x.min <= score);
    return r === undefined ? null : localize(r.label, lang);
  };
  const agg = rubric.aggregation;

  const city = evaluateEntity(scopeSections('city'), answers.answers ?? {}, () => undefined);
  let cityRequired = city.required;
  let cityAnswered = city.answeredRequired;
  noteIgnored(city, 'answers');

  const actions: (RefAction & { order: number })[] = [];
  const inherent: RefInherent[] = [];
  const belowTarget: RefBelowTarget[] = [];
  const questionOrder = new Map<string, number>();
  rubric.sections.forEach((s) => s.questions.forEach((q) => questionOrder.set(q.id, questionOrder.size)));

  const levels: Record<string, number> = {};
  for (const s of rubric.scale) levels[String(s.level)] = 0;
  let servicesCount = 0;
  let servicesNoVisit = 0;
  let servicesUnknown = 0;
  // ASSUMPTION: sums over no known volume are 0 (no service: nothing to add up).
  let volumesKnown = 0;
  let annualVolume = 0;
  let annualVolumeNoVisit = 0;
  let annualVisits = 0;
  let annualVisitsInherent = 0;

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

      // Levels, visits, actions and inherent visits come from service-scope questions only.
      // ASSUMPTION: a `visit` on an OPD- or city-scope answer counts nowhere (SPEC speaks of "its",
      // the service's, questions, and visits avoided are the service's volume).
      const answered = ev.states.filter((st) => st.answer !== undefined);
      const levelsHere = answered.map((st) => st.outcome?.level ?? null).filter((l): l is number => l !== null);
      const level = levelsHere.length === 0 ? null : Math.min(...levelsHere);
      const visiting = answered.filter((st) => st.outcome?.visit === true);
      const visits = visiting.length;
      const inherentVisits = visiting.filter((st) => st.outcome?.inherent === true).length;
      const allRequiredAnswered = ev.answeredRequired === ev.required;
      const noVisit = visits > 0 ? false : allRequiredAnswered ? true : null;
      const serviceAnnualVisits = volume === null ? null : visits * volume;

      servicesCount += 1;
      if (noVisit === true) servicesNoVisit += 1;
      if (noVisit === null) servicesUnknown += 1;
      if (volume !== null) {
        volumesKnown += 1;
        annualVolume += volume;
        if (noVisit === true) annualVolumeNoVisit += volume;
        annualVisits += visits * volume;
        annualVisitsInherent += inherentVisits * volume;
      }
      if (level !== null && levels[String(level)] !== undefined)
        levels[String(level)] = (levels[String(level)] ?? 0) + 1;

      for (const st of visiting) {
        const o = st.outcome;
        if (o === undefined || st.answer === undefined) continue;
        if (o.inherent) {
          inherent.push({
            opd: opdAnswers.id,
            service: svc.id,
            question: st.q.id,
            current: st.answer,
            basis: localize(o.basis, lang),
            annual_visits: volume,
          });
        } else {
          actions.push({
            opd: opdAnswers.id,
            service: svc.id,
            question: st.q.id,
            current: st.answer,
            suggested: suggestionFor(st.q),
            visits_avoided: volume,
            advice: localize(o.advice, lang),
            order: questionOrder.get(st.q.id) ?? 0,
          });
        }
      }
      // ASSUMPTION: a service with no level is not listed below target (its level is unknown); the
      // questions that "hold it down" are its answers whose level is below the target (the worked
      // example lists kk's level-2 answers too, not only the lowest).
      if (level !== null && level < rubric.target_level) {
        belowTarget.push({
          opd: opdAnswers.id,
          service: svc.id,
          level,
          questions: answered
            .filter(
              (st) =>
                st.outcome?.level !== null && st.outcome?.level !== undefined && st.outcome.level < rubric.target_level,
            )
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
        annual_visits: serviceAnnualVisits,
        no_visit: noVisit,
        completeness: ratio4(completenessOf(ev.answeredRequired, ev.required)),
        sections: ev.sectionScores.map((s) => ({ id: s.id, score: score2(s.score) })),
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
      completeness: ratio4(completenessOf(opdAnswered, opdRequired)),
      sections: opd.sectionScores.map((s) => ({ id: s.id, score: score2(s.score) })),
      services: serviceReports,
    });
  }

  const cityScore = weightedMean([
    [weightedMean(opdScores), agg.city.opds],
    [city.ownScore, agg.city.sections],
  ]);

  const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0); // ids are ASCII here: code units = code points
  const ranked = actions
    .map((a, i) => ({ a, i }))
    .sort((x, y) => {
      const va = x.a.visits_avoided;
      const vb = y.a.visits_avoided;
      if (va !== vb) {
        if (va === null) return 1;
        if (vb === null) return -1;
        return vb - va;
      }
      return cmp(x.a.opd, y.a.opd) || cmp(x.a.service, y.a.service) || x.a.order - y.a.order || x.i - y.i;
    })
    .map(({ a }) => {
      const { order: _order, ...rest } = a;
      return rest;
    });

  const anyVolume = servicesCount === 0 || volumesKnown > 0;
  const report: RefReport = {
    report_version: 1,
    rubric: { id: rubric.rubric, version: rubric.version },
    city: { id: answers.city.id, name: answers.city.name, period: answers.period },
    summary: {
      score: score2(cityScore),
      rating: ratingOf(cityScore),
      completeness: ratio4(completenessOf(cityAnswered, cityRequired)),
      services: servicesCount,
      services_no_visit: servicesNoVisit,
      services_unknown: servicesUnknown,
      // With no known volume at all, the sums are unknown (SPEC: null, never 0).
      annual_volume: anyVolume ? annualVolume : null,
      annual_volume_no_visit: anyVolume ? annualVolumeNoVisit : null,
      annual_visits: anyVolume ? annualVisits : null,
      annual_visits_inherent: anyVolume ? annualVisitsInherent : null,
      levels,
    },
    sections: city.sectionScores.map((s) => ({ id: s.id, score: score2(s.score) })),
    opds: opdReports,
    // ASSUMPTION: inherent visits and below-target services are listed in answers-file order
    // (SPEC gives no ranking for them; the worked example lists below_target in file order).
    gap: { target_level: rubric.target_level, actions: ranked, inherent, below_target: belowTarget },
  };
  return { report, ignored };
}
