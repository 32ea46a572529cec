import { findGaps, type Gap } from './gap.js';
import { localize } from './localize.js';
import { round, roundRatio, roundScore, share } from './numbers.js';
import { isNotApplicable } from './not-applicable.js';
import { ratingFor, scoreCity, serviceTrips, type CityScore, type ServiceScore } from './score.js';
import type { EntityResult, QuestionResult } from './evaluate.js';
import type { AnswerValue, CityAnswers, LocalizedText, OptionValue, Rubric, VisitKind } from './types.js';

/** The report JSON: SPEC "The report JSON", version 2. Unknown numbers are null. */
export interface Report {
  report_version: 2;
  generator: string;
  rubric: { id: string; version: string; sha256: string };
  city: { id: string; name: string; period: string; province?: string; assessed_at?: string; notes?: string };
  summary: ReportSummary;
  sections: ReportSection[];
  answers: Record<string, AnswerValue>;
  not_applicable: Record<string, string>;
  opds: ReportOpd[];
  gap: ReportGap;
}
/** What a ranking of many cities needs of each report: a batch keeps only this per city. */
export type RankingEntry = Pick<Report, 'city' | 'summary' | 'rubric'>;

export interface ReportSummary {
  score: number | null;
  rating: string | null;
  completeness: number;
  questions_applicable: number;
  questions_answered: number;
  opds: number;
  services: number;
  services_no_visit: number;
  services_unknown: number;
  share_services_no_visit: number | null;
  /** Sums over the services whose figure is known (SPEC "Sums"). */
  annual_volume: number | null;
  annual_volume_no_visit: number | null;
  share_volume_no_visit: number | null;
  annual_visits: number | null;
  annual_visits_inherent: number | null;
  annual_visits_rule: number | null;
  annual_visits_avoidable: number | null;
  annual_field_visits: number | null;
  /** Null without uptake. */
  annual_volume_online: number | null;
  /** Online transactions / the volume of the services whose online share is known. */
  share_volume_online: number | null;
  catalog: { services: number; services_assessed: number } | null;
  levels: Record<string, number>;
}
export interface ReportSection {
  id: string;
  score: number | null;
}
export interface ReportOpd {
  id: string;
  name: string;
  score: number | null;
  rating: string | null;
  completeness: number;
  annual_volume: number;
  sections: ReportSection[];
  answers: Record<string, AnswerValue>;
  not_applicable: Record<string, string>;
  services: ReportService[];
}
export interface ReportTrip {
  trip: string | null;
  kind: 'office' | 'rule' | 'physical';
  questions: string[];
}
export interface ReportService {
  id: string;
  name: string;
  annual_volume: number | null;
  score: number | null;
  rating: string | null;
  level: number | null;
  /** Null while the service is unfinished and shows no trip yet (and in version 1 reports, never). */
  visits_per_transaction: number | null;
  inherent_visits_per_transaction: number | null;
  field_visits_per_transaction: number | null;
  annual_visits: number | null;
  annual_visits_inherent: number | null;
  annual_visits_rule: number | null;
  annual_field_visits: number | null;
  no_visit: boolean | null;
  online_share: number | null;
  completeness: number;
  sections: ReportSection[];
  trips: ReportTrip[];
  answers: Record<string, AnswerValue>;
  not_applicable: Record<string, string>;
}
export interface ReportAction {
  opd: string;
  service: string;
  trip: string | null;
  steps: { question: string; current: AnswerValue; suggested: OptionValue | null; advice: string | null }[];
  visits_avoided: number | null;
}
export interface ReportInherent {
  opd: string;
  service: string;
  trip: string | null;
  kind: 'office' | 'rule' | 'physical';
  steps: { question: string; current: AnswerValue; kind: VisitKind; basis: string | null }[];
  annual_visits: number | null;
}
export interface ReportGap {
  target_level: number;
  actions: ReportAction[];
  inherent: ReportInherent[];
  underused: { opd: string; service: string; online_share: number; offline_transactions: number | null }[];
  below_target: { opd: string; service: string; level: number; questions: string[] }[];
  catalog_missing: { opd: string; service: string }[];
}

export interface ReportContext {
  generator: string;
  sha256: string;
  /** Language of the texts copied from the rubric (ratings, advice, basis); default: the rubric's. */
  lang?: string;
}

const sectionsOf = (e: EntityResult): ReportSection[] =>
  e.sections.map((s) => ({ id: s.id, score: roundScore(s.score === null ? null : s.score * 100) }));

/** SPEC: the applicable answers as given, and the reasons of `{na}` answers. */
function answersOf(questions: readonly QuestionResult[]) {
  const answers: Record<string, AnswerValue> = {};
  const notApplicable: Record<string, string> = {};
  for (const r of questions) {
    if (r.status === 'answered' && r.value !== undefined) answers[r.entry.question.id] = r.value;
    if (r.status === 'na' && isNotApplicable(r.value)) notApplicable[r.entry.question.id] = r.value.na;
  }
  return { answers, not_applicable: notApplicable };
}

/** Texts copied from the rubric, in the report's language. */
function textIn(city: CityScore, ctx: Pick<ReportContext, 'lang'>) {
  const { defaultLang } = city.index;
  const lang = ctx.lang ?? defaultLang;
  return (t: LocalizedText | null | undefined): string | null =>
    t == null ? null : (localize(t, lang, defaultLang) ?? null);
}

/**
 * SPEC "Sums": the values `of` each item gives, unknown ones left out; null when there are values
 * to add and none is known, 0 when there is nothing to add.
 */
export function sumKnown<T>(items: readonly T[], of: (item: T) => number | null): number | null {
  let sum = 0;
  let isKnown = false;
  for (const item of items) {
    const value = of(item);
    if (value === null) continue;
    isKnown = true;
    sum += value;
  }
  return items.length > 0 && !isKnown ? null : sum;
}

const minus = (a: number | null, b: number | null): number | null => (a === null || b === null ? null : a - b);
const times = (a: number | null, b: number | null): number | null => (a === null || b === null ? null : a * b);

/** SPEC `summary`: the city's score and its distance to "no office visit needed". */
function summarize(city: CityScore, ctx: Pick<ReportContext, 'lang'>): ReportSummary {
  const { rubric } = city.index;
  const services = city.opds.flatMap((o) => o.services);
  const noVisit = services.filter((s) => s.isNoVisit === true);
  const volume = sumKnown(services, (s) => s.volume);
  const volumeNoVisit = sumKnown(noVisit, (s) => s.volume);
  const hasUptake = rubric.uptake !== undefined;
  const online = hasUptake ? sumKnown(services, (s) => times(s.onlineShare, s.volume)) : null;
  const volumeShared = sumKnown(services, (s) => (s.onlineShare === null ? null : s.volume));
  return {
    score: roundScore(city.score),
    rating: textIn(city, ctx)(ratingFor(rubric, city.score)?.label),
    completeness: city.completeness,
    questions_applicable: city.totalCounts.applicable,
    questions_answered: city.totalCounts.answered,
    opds: city.opds.length,
    services: services.length,
    services_no_visit: noVisit.length,
    services_unknown: services.filter((s) => s.isNoVisit === null).length,
    share_services_no_visit: roundRatio(share(noVisit.length, services.length)),
    annual_volume: volume,
    annual_volume_no_visit: volumeNoVisit,
    share_volume_no_visit: volume === null ? null : roundRatio(share(volumeNoVisit ?? 0, volume)),
    annual_visits: sumKnown(services, (s) => s.annualVisits),
    annual_visits_inherent: sumKnown(services, (s) => s.annualVisitsInherent),
    annual_visits_rule: sumKnown(services, (s) => s.annualVisitsRule),
    annual_visits_avoidable: sumKnown(services, (s) => minus(s.annualVisits, s.annualVisitsInherent)),
    annual_field_visits: sumKnown(services, (s) => s.annualFieldVisits),
    annual_volume_online: online === null ? null : round(online, 0),
    share_volume_online: online === null || volumeShared === null ? null : roundRatio(share(online, volumeShared)),
    catalog:
      city.catalog === null ? null : { services: city.catalog.services, services_assessed: city.catalog.assessed },
    levels: Object.fromEntries(
      rubric.scale.map((s) => [String(s.level), services.filter((x) => x.level === s.level).length]),
    ),
  };
}

/** What a ranking keeps of a city: no gap, no per-service detail. */
export function rankingEntryOf(
  city: CityScore,
  ctx: ReportContext,
): RankingEntry & Pick<Report, 'report_version' | 'generator'> {
  const { rubric } = city.index;
  const { id, name, province } = city.source.city;
  return {
    report_version: 2,
    generator: ctx.generator,
    rubric: { id: rubric.rubric, version: rubric.version, sha256: ctx.sha256 },
    city: {
      id,
      name,
      period: city.source.period,
      ...(province === undefined ? {} : { province }),
      ...(city.source.assessed_at === undefined ? {} : { assessed_at: city.source.assessed_at }),
      ...(city.source.notes === undefined ? {} : { notes: city.source.notes }),
    },
    summary: summarize(city, ctx),
  };
}

function serviceOf(s: ServiceScore, rating: (score: number | null) => string | null): ReportService {
  return {
    id: s.id,
    name: s.name,
    annual_volume: s.volume,
    score: roundScore(s.score),
    rating: rating(s.score),
    level: s.level,
    visits_per_transaction: s.visitsPerTransaction,
    inherent_visits_per_transaction: s.inherentVisitsPerTransaction,
    field_visits_per_transaction: s.fieldVisitsPerTransaction,
    annual_visits: s.annualVisits,
    annual_visits_inherent: s.annualVisitsInherent,
    annual_visits_rule: s.annualVisitsRule,
    annual_field_visits: s.annualFieldVisits,
    no_visit: s.isNoVisit,
    online_share: roundRatio(s.onlineShare),
    completeness: s.completeness,
    sections: sectionsOf(s),
    trips: serviceTrips(s).map((t) => ({ trip: t.id, kind: t.kind, questions: t.steps.map(idOf) })),
    ...answersOf(s.questions),
  };
}

const idOf = (r: QuestionResult): string => r.entry.question.id;

function gapOf(gap: Gap, text: (t: LocalizedText | null | undefined) => string | null): ReportGap {
  return {
    target_level: gap.targetLevel,
    actions: gap.actions.map((a) => ({
      opd: a.opd.id,
      service: a.service.id,
      trip: a.trip.id,
      steps: a.steps.map((step) => ({
        question: idOf(step.result),
        current: step.current,
        suggested: step.suggested,
        advice: text(step.advice),
      })),
      visits_avoided: a.visitsAvoided,
    })),
    inherent: gap.inherent.map((v) => ({
      opd: v.opd.id,
      service: v.service.id,
      trip: v.trip.id,
      kind: v.trip.kind,
      steps: v.steps.map((step) => ({
        question: idOf(step.result),
        current: step.current,
        kind: step.kind,
        basis: text(step.basis),
      })),
      annual_visits: v.annualVisits,
    })),
    underused: gap.underused.map((u) => ({
      opd: u.opd.id,
      service: u.service.id,
      online_share: roundRatio(u.onlineShare) ?? 0,
      offline_transactions: u.offlineTransactions === null ? null : round(u.offlineTransactions, 0),
    })),
    below_target: gap.belowTarget.map((b) => ({
      opd: b.opd.id,
      service: b.service.id,
      level: b.level,
      questions: b.questions.map(idOf),
    })),
    catalog_missing: gap.catalogMissing.map((c) => ({ opd: c.opd, service: c.service })),
  };
}

/** Builds the report from a scored city: scores and ratios are rounded here, for the report only. */
export function buildReport(city: CityScore, gap: Gap, ctx: ReportContext): Report {
  const { rubric } = city.index;
  const text = textIn(city, ctx);
  const rating = (score: number | null) => text(ratingFor(rubric, score)?.label);
  return {
    ...rankingEntryOf(city, ctx),
    sections: sectionsOf(city),
    ...answersOf(city.questions),
    opds: city.opds.map((o) => ({
      id: o.id,
      name: o.name,
      score: roundScore(o.score),
      rating: rating(o.score),
      completeness: o.completeness,
      annual_volume: o.volume,
      sections: sectionsOf(o),
      ...answersOf(o.questions),
      services: o.services.map((s) => serviceOf(s, rating)),
    })),
    gap: gapOf(gap, text),
  };
}

/** Scores checked answers and builds their report in one call. */
export function reportCity(
  rubric: Rubric,
  answers: CityAnswers,
  ctx: ReportContext,
): { city: CityScore; gap: Gap; report: Report } {
  const city = scoreCity(rubric, answers);
  const gap = findGaps(city);
  return { city, gap, report: buildReport(city, gap, ctx) };
}
