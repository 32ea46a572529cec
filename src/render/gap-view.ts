/**
 * The gap report (`opdm gap`) as data all three formats share: the headline figures, the
 * ranked actions, inherent visits and services below target, filtered to one OPD and cut to
 * `top`, with every rubric text looked up in the report language.
 */
import { roundRatio, share } from '../core/numbers.js';
import { translator } from '../i18n/index.js';
import { reportMessages } from '../i18n/report-messages.js';
import { answerLabel, formatNumber, formatPercent, NONE, questionTitle } from './format.js';
import { outcomeText } from './rubric-text.js';
import type { Report, ReportGap, ReportService } from '../core/report.js';
import type { RenderContext } from './context.js';
import type { Fact } from './view.js';

export interface GapOptions {
  /** Show only the first `top` actions (after the OPD filter). */
  top?: number;
  /** Only this OPD's actions, inherent visits, services below target and figures. */
  opd?: string;
}

export type GapAction = ReportGap['actions'][number];
export type GapInherent = ReportGap['inherent'][number];
export type GapBelowTarget = ReportGap['below_target'][number];

/** The headline numbers; shares rounded like the report's (0-1, 4 decimals). */
export interface GapFigures {
  services: number;
  servicesNoVisit: number;
  servicesUnknown: number;
  shareServicesNoVisit: number | null;
  annualVolume: number | null;
  annualVolumeNoVisit: number | null;
  shareVolumeNoVisit: number | null;
  annualVisits: number | null;
  annualVisitsInherent: number | null;
  /** Services left out of the volume and visit sums (SPEC: sums leave out unknown volumes). */
  servicesWithoutVolume: number;
}

export interface GapSelection {
  figures: GapFigures;
  /** The shown actions with their rank (1-based, within the OPD filter). */
  actions: { rank: number; action: GapAction }[];
  /** How many actions there are before `top` cuts them. */
  total: number;
  inherent: GapInherent[];
  belowTarget: GapBelowTarget[];
}

const sum = (values: readonly (number | null)[]): number => values.reduce<number>((s, v) => s + (v ?? 0), 0);

/** The headline figures of the whole city (from its summary) or of one OPD (from its services). */
export function gapFigures(report: Report, opd?: string): GapFigures {
  const services: ReportService[] = report.opds
    .filter((o) => opd === undefined || o.id === opd)
    .flatMap((o) => o.services);
  const noVisit = services.filter((s) => s.no_visit === true);
  const s = report.summary;
  const counts =
    opd === undefined
      ? {
          services: s.services,
          servicesNoVisit: s.services_no_visit,
          servicesUnknown: s.services_unknown,
          annualVolume: s.annual_volume,
          annualVolumeNoVisit: s.annual_volume_no_visit,
          annualVisits: s.annual_visits,
          annualVisitsInherent: s.annual_visits_inherent,
        }
      : {
          services: services.length,
          servicesNoVisit: noVisit.length,
          servicesUnknown: services.filter((x) => x.no_visit === null).length,
          annualVolume: sum(services.map((x) => x.annual_volume)),
          annualVolumeNoVisit: sum(noVisit.map((x) => x.annual_volume)),
          annualVisits: sum(services.map((x) => x.annual_visits)),
          annualVisitsInherent: sum(services.map((x) => x.annual_visits_inherent)),
        };
  return {
    ...counts,
    shareServicesNoVisit: roundRatio(share(counts.servicesNoVisit, counts.services)),
    shareVolumeNoVisit: roundRatio(share(counts.annualVolumeNoVisit ?? 0, counts.annualVolume ?? 0)),
    servicesWithoutVolume: services.filter((x) => x.annual_volume === null).length,
  };
}

/** SPEC "The gap report": the report's gap, filtered to `options.opd` and cut to `top` (or `defaultTop`). */
export function selectGap(report: Report, options: GapOptions, defaultTop = Infinity): GapSelection {
  const isShown = (item: { opd: string }) => options.opd === undefined || item.opd === options.opd;
  const actions = report.gap.actions.filter(isShown);
  const top = Math.max(0, options.top ?? defaultTop);
  return {
    figures: gapFigures(report, options.opd),
    actions: actions.slice(0, top).map((action, i) => ({ rank: i + 1, action })),
    total: actions.length,
    inherent: report.gap.inherent.filter(isShown),
    belowTarget: report.gap.below_target.filter(isShown),
  };
}

/**
 * Headline figures as facts. `isFull` (the gap report) also lists the totals and the unknown
 * count even when it is 0; the score headline keeps to the shares.
 */
export function figureFacts(f: GapFigures, ctx: Pick<RenderContext, 'lang'>, isFull: boolean): Fact[] {
  const t = translator(reportMessages, ctx.lang);
  const n = (value: number | null) => formatNumber(value, ctx.lang);
  const fact = (label: string, text: string): Fact => ({ label, value: { text } });
  const facts: Fact[] = [];
  if (isFull) facts.push(fact(t('fact.services'), n(f.services)));
  const countOf = (part: number | null, whole: number | null, ratio: number | null) =>
    t('count-of', { n: n(part), total: n(whole), share: formatPercent(ratio, ctx.lang) });
  facts.push(fact(t('fact.services-no-visit'), countOf(f.servicesNoVisit, f.services, f.shareServicesNoVisit)));
  if (isFull || f.servicesUnknown > 0) facts.push(fact(t('fact.services-unknown'), n(f.servicesUnknown)));
  if (isFull) facts.push(fact(t('fact.annual-volume'), n(f.annualVolume)));
  facts.push(fact(t('fact.volume-no-visit'), countOf(f.annualVolumeNoVisit, f.annualVolume, f.shareVolumeNoVisit)));
  facts.push(fact(t('fact.annual-visits'), n(f.annualVisits)));
  facts.push(fact(t('fact.inherent-visits'), n(f.annualVisitsInherent)));
  if (f.servicesWithoutVolume > 0)
    facts.push(fact(t('fact.volume-unknown'), t('note.volume-unknown', { n: n(f.servicesWithoutVolume) })));
  return facts;
}

/** OPD and service names by id, for the gap's id-only rows. */
export function namesOf(report: Report): { opd: (id: string) => string; service: (opd: string, id: string) => string } {
  const opds = new Map(report.opds.map((o) => [o.id, o]));
  return {
    opd: (id) => opds.get(id)?.name ?? id,
    service: (opd, id) => opds.get(opd)?.services.find((s) => s.id === id)?.name ?? id,
  };
}

/** An action's texts in the report language; advice from the rubric, else the report's. */
export function actionTexts(action: GapAction, ctx: Pick<RenderContext, 'lang' | 'rubric'>) {
  const { rubric, lang } = ctx;
  return {
    question: questionTitle(rubric, action.question, lang),
    current: answerLabel(rubric, action.question, action.current, lang),
    suggested:
      action.suggested === null
        ? translator(reportMessages, lang)('no-suggestion')
        : answerLabel(rubric, action.question, action.suggested, lang),
    advice: outcomeText(rubric, action.question, action.current, 'advice', lang, action.advice),
  };
}

/** An inherent visit's texts in the report language; basis from the rubric, else the report's. */
export function inherentTexts(visit: GapInherent, ctx: Pick<RenderContext, 'lang' | 'rubric'>) {
  const { rubric, lang } = ctx;
  return {
    question: questionTitle(rubric, visit.question, lang),
    current: answerLabel(rubric, visit.question, visit.current, lang),
    basis: outcomeText(rubric, visit.question, visit.current, 'basis', lang, visit.basis) ?? NONE,
  };
}
