import { findGaps, type Gap } from './gap.js';
import { localize } from './localize.js';
import { roundRatio, roundScore, share } from './numbers.js';
import { isNotApplicable } from './outcome.js';
import { ratingFor, scoreCity, type CityScore } from './score.js';
import type { EntityResult, QuestionResult } from './evaluate.js';
import type { AnswerValue, CityAnswers, LocalizedText, OptionValue, Rubric } from './types.js';

/** The report JSON: SPEC "The report JSON", version 1. Unknown numbers are null. */
export interface Report {
  report_version: 1;
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
  /** Sums over the services whose volume is known; null when no service's volume is known. */
  annual_volume: number | null;
  annual_volume_no_visit: number | null;
  share_volume_no_visit: number | null;
  annual_visits: number | null;
  annual_visits_inherent: number | null;
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
export interface ReportService {
  id: string;
  name: string;
  annual_volume: number | null;
  score: number | null;
  rating: string | null;
  level: number | null;
  visits_per_transaction: number;
  inherent_visits_per_transaction: number;
  annual_visits: number | null;
  annual_visits_inherent: number | null;
  no_visit: boolean | null;
  completeness: number;
  sections: ReportSection[];
  answers: Record<string, AnswerValue>;
  not_applicable: Record<string, string>;
}
export interface ReportGap {
  target_level: number;
  actions: {
    opd: string;
    service: string;
    question: string;
    current: AnswerValue;
    suggested: OptionValue | null;
    visits_avoided: number | null;
    advice: string | null;
  }[];
  inherent: {
    opd: string;
    service: string;
    question: string;
    current: AnswerValue;
    basis: string | null;
    annual_visits: number | null;
  }[];
  below_target: { opd: string; service: string; level: number; questions: string[] }[];
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

/** SPEC `summary`: the city's score and its distance to "no office visit needed". */
function summarize(city: CityScore, ctx: Pick<ReportContext, 'lang'>): ReportSummary {
  const { rubric } = city.index;
  const services = city.opds.flatMap((o) => o.services);
  const known = (n: number | null) => n ?? 0;
  const volume = services.reduce((sum, s) => sum + known(s.volume), 0);
  const noVisit = services.filter((s) => s.isNoVisit === true);
  const volumeNoVisit = noVisit.reduce((sum, s) => sum + known(s.volume), 0);
  // SPEC: unknown numbers are null, never 0: with no known volume, no sum is known either.
  const isVolumeKnown = services.length === 0 || services.some((s) => s.volume !== null);
  const sum = (value: number) => (isVolumeKnown ? value : null);
  return {
    score: roundScore(city.score),
    rating: textIn(city, ctx)(ratingFor(rubric, city.score)?.label),
    completeness: roundRatio(city.completeness) ?? 1,
    questions_applicable: city.totalCounts.applicable,
    questions_answered: city.totalCounts.answered,
    opds: city.opds.length,
    services: services.length,
    services_no_visit: noVisit.length,
    services_unknown: services.filter((s) => s.isNoVisit === null).length,
    share_services_no_visit: roundRatio(share(noVisit.length, services.length)),
    annual_volume: sum(volume),
    annual_volume_no_visit: sum(volumeNoVisit),
    share_volume_no_visit: roundRatio(share(volumeNoVisit, volume)),
    annual_visits: sum(services.reduce((total, s) => total + known(s.annualVisits), 0)),
    annual_visits_inherent: sum(services.reduce((total, s) => total + known(s.annualVisitsInherent), 0)),
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
    report_version: 1,
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
      completeness: roundRatio(o.completeness) ?? 1,
      annual_volume: o.volume,
      sections: sectionsOf(o),
      ...answersOf(o.questions),
      services: o.services.map((s) => ({
        id: s.id,
        name: s.name,
        annual_volume: s.volume,
        score: roundScore(s.score),
        rating: rating(s.score),
        level: s.level,
        visits_per_transaction: s.visitsPerTransaction,
        inherent_visits_per_transaction: s.inherentVisitsPerTransaction,
        annual_visits: s.annualVisits,
        annual_visits_inherent: s.annualVisitsInherent,
        no_visit: s.isNoVisit,
        completeness: roundRatio(s.completeness) ?? 1,
        sections: sectionsOf(s),
        ...answersOf(s.questions),
      })),
    })),
    gap: {
      target_level: gap.targetLevel,
      actions: gap.actions.map((a) => ({
        opd: a.opd.id,
        service: a.service.id,
        question: a.entry.question.id,
        current: a.current,
        suggested: a.suggested,
        visits_avoided: a.visitsAvoided,
        advice: text(a.advice),
      })),
      inherent: gap.inherent.map((v) => ({
        opd: v.opd.id,
        service: v.service.id,
        question: v.entry.question.id,
        current: v.current,
        basis: text(v.basis),
        annual_visits: v.annualVisits,
      })),
      below_target: gap.belowTarget.map((b) => ({
        opd: b.opd.id,
        service: b.service.id,
        level: b.level,
        questions: b.questions.map((q) => q.question.id),
      })),
    },
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
