/**
 * Reports of contract 1 (`report_version: 1`) stay readable by `compare` and `--baseline`: they
 * are read into the version 2 shape, with what version 1 did not record left unknown (null).
 */
import type { AnswerValue, OptionValue } from './types.js';
import type { Report, ReportGap, ReportService, ReportSummary } from './report.js';

/** The fields of a version 1 report that version 2 changed or added to. */
interface ServiceV1 extends Omit<ReportService, 'trips' | 'online_share' | 'field_visits_per_transaction'> {
  visits_per_transaction: number;
}
interface ReportV1 extends Omit<Report, 'report_version' | 'summary' | 'opds' | 'gap'> {
  report_version: 1;
  summary: Omit<
    ReportSummary,
    | 'annual_visits_rule'
    | 'annual_visits_avoidable'
    | 'annual_field_visits'
    | 'annual_volume_online'
    | 'share_volume_online'
    | 'catalog'
  >;
  opds: (Omit<Report['opds'][number], 'services'> & { services: ServiceV1[] })[];
  gap: {
    target_level: number;
    actions: {
      opd: string;
      service: string;
      question: string;
      current: AnswerValue;
      suggested: OptionValue | null;
      advice: string | null;
      visits_avoided: number | null;
    }[];
    inherent: {
      opd: string;
      service: string;
      question: string;
      current: AnswerValue;
      basis: string | null;
      annual_visits: number | null;
    }[];
    below_target: ReportGap['below_target'];
  };
}

const minus = (a: number | null, b: number | null | undefined) =>
  a === null || b === null || b === undefined ? null : a - b;

/**
 * A version 1 report in the version 2 shape. Contract 1 counted each question as its own trip,
 * and its inherent visits were physical; it knew nothing of rule or field visits, uptake or a
 * catalog: those are null (unknown), never 0.
 */
export function upgradeReport(report: Report | ReportV1): Report {
  if (report.report_version === 2) return report;
  const v1 = report;
  return {
    ...v1,
    report_version: 2,
    summary: {
      ...v1.summary,
      annual_visits_rule: null,
      annual_visits_avoidable: minus(v1.summary.annual_visits, v1.summary.annual_visits_inherent),
      annual_field_visits: null,
      annual_volume_online: null,
      share_volume_online: null,
      catalog: null,
    },
    opds: v1.opds.map((opd) => ({
      ...opd,
      services: opd.services.map((s) => ({
        ...s,
        inherent_visits_per_transaction: s.inherent_visits_per_transaction ?? null,
        field_visits_per_transaction: null,
        annual_visits_inherent: s.annual_visits_inherent ?? null,
        annual_visits_rule: null,
        annual_field_visits: null,
        online_share: null,
        trips: [],
      })),
    })),
    gap: {
      target_level: v1.gap.target_level,
      actions: v1.gap.actions.map((a) => ({
        opd: a.opd,
        service: a.service,
        trip: null,
        steps: [{ question: a.question, current: a.current, suggested: a.suggested, advice: a.advice }],
        visits_avoided: a.visits_avoided,
      })),
      inherent: v1.gap.inherent.map((v) => ({
        opd: v.opd,
        service: v.service,
        trip: null,
        kind: 'physical' as const,
        steps: [{ question: v.question, current: v.current, kind: 'physical' as const, basis: v.basis }],
        annual_visits: v.annual_visits,
      })),
      underused: [],
      below_target: v1.gap.below_target,
      catalog_missing: [],
    },
  };
}
