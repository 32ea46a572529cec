/**
 * The gap report (`opdm gap`) as data all three formats share: the headline figures, the
 * ranked actions, inherent visits and services below target, filtered to one OPD and cut to
 * `top`, with every rubric text looked up in the report language.
 */
import { round, roundRatio, share } from '../core/numbers.js';
import { sumKnown } from '../core/report.js';
import { translator, type Lang } from '../i18n/index.js';
import { reportMessages } from '../i18n/report-messages.js';
import { answerLabel, formatNumber, formatPercent, NONE, questionTitle, rubricText } from './format.js';
import { outcomeText } from './rubric-text.js';
import type { Report, ReportGap, ReportService } from '../core/report.js';
import type { VisitKind } from '../core/types.js';
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
export type GapUnderused = ReportGap['underused'][number];
export type GapBelowTarget = ReportGap['below_target'][number];
export type GapCatalogMissing = ReportGap['catalog_missing'][number];

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
  annualVisitsRule: number | null;
  annualVisitsAvoidable: number | null;
  annualFieldVisits: number | null;
  /** Null without uptake. */
  annualVolumeOnline: number | null;
  shareVolumeOnline: number | null;
  /** The city's catalog coverage (not per OPD); null without a catalog. */
  catalog: { services: number; assessed: number } | null;
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
  underused: GapUnderused[];
  belowTarget: GapBelowTarget[];
  catalogMissing: GapCatalogMissing[];
}

const minus = (a: number | null, b: number | null) => (a === null || b === null ? null : a - b);

/** The headline figures of the whole city (from its summary) or of one OPD (from its services). */
export function gapFigures(report: Report, opd?: string): GapFigures {
  const services: ReportService[] = report.opds
    .filter((o) => opd === undefined || o.id === opd)
    .flatMap((o) => o.services);
  const noVisit = services.filter((s) => s.no_visit === true);
  const s = report.summary;
  const hasUptake = s.annual_volume_online !== null;
  const online = (x: ReportService) =>
    x.online_share === null || x.annual_volume === null ? null : x.online_share * x.annual_volume;
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
          annualVisitsRule: s.annual_visits_rule,
          annualVisitsAvoidable: s.annual_visits_avoidable,
          annualFieldVisits: s.annual_field_visits,
          annualVolumeOnline: s.annual_volume_online,
          shareVolumeOnline: s.share_volume_online ?? null,
          catalog: s.catalog === null ? null : { services: s.catalog.services, assessed: s.catalog.services_assessed },
        }
      : {
          services: services.length,
          servicesNoVisit: noVisit.length,
          servicesUnknown: services.filter((x) => x.no_visit === null).length,
          annualVolume: sumKnown(services, (x) => x.annual_volume),
          annualVolumeNoVisit: sumKnown(noVisit, (x) => x.annual_volume),
          annualVisits: sumKnown(services, (x) => x.annual_visits),
          annualVisitsInherent: sumKnown(services, (x) => x.annual_visits_inherent),
          annualVisitsRule: sumKnown(services, (x) => x.annual_visits_rule),
          annualVisitsAvoidable: sumKnown(services, (x) => minus(x.annual_visits, x.annual_visits_inherent)),
          annualFieldVisits: sumKnown(services, (x) => x.annual_field_visits),
          annualVolumeOnline: hasUptake ? round(sumKnown(services, online) ?? 0, 0) : null,
          shareVolumeOnline: hasUptake
            ? roundRatio(
                share(
                  sumKnown(services, online) ?? 0,
                  sumKnown(services, (x) => (x.online_share === null ? null : x.annual_volume)) ?? 0,
                ),
              )
            : null,
          catalog: null,
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
    underused: report.gap.underused.filter(isShown),
    belowTarget: report.gap.below_target.filter(isShown),
    catalogMissing: report.gap.catalog_missing.filter(isShown),
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
  facts.push(fact(t('fact.visits-avoidable'), n(f.annualVisitsAvoidable)));
  facts.push(
    fact(
      t('fact.visits-inherent'),
      t('fact.visits-inherent-value', { n: n(f.annualVisitsInherent), rule: n(f.annualVisitsRule) }),
    ),
  );
  if (isFull || (f.annualFieldVisits ?? 0) > 0) facts.push(fact(t('fact.field-visits'), n(f.annualFieldVisits)));
  if (f.annualVolumeOnline !== null) {
    const value = { n: n(f.annualVolumeOnline), share: formatPercent(f.shareVolumeOnline, ctx.lang) };
    facts.push(fact(t('fact.volume-online'), t('fact.volume-online-value', value)));
  }
  // The score headline shows the catalog next to completeness (catalogFact); the gap report here.
  const catalog = catalogFact(f, ctx);
  if (isFull && catalog !== null) facts.push(catalog);
  if (f.servicesWithoutVolume > 0)
    facts.push(fact(t('fact.volume-unknown'), t('note.volume-unknown', { n: n(f.servicesWithoutVolume) })));
  return facts;
}

/** How many of the rubric catalog's services the city assessed; null without a catalog. */
export function catalogFact(f: Pick<GapFigures, 'catalog'>, ctx: Pick<RenderContext, 'lang'>): Fact | null {
  if (f.catalog === null) return null;
  const t = translator(reportMessages, ctx.lang);
  const n = (value: number) => formatNumber(value, ctx.lang);
  const coverage = formatPercent(roundRatio(share(f.catalog.assessed, f.catalog.services)), ctx.lang);
  const text = t('count-of', { n: n(f.catalog.assessed), total: n(f.catalog.services), share: coverage });
  return { label: t('fact.catalog'), value: { text } };
}

/** OPD and service names by id, for the gap's id-only rows. */
export function namesOf(report: Report): { opd: (id: string) => string; service: (opd: string, id: string) => string } {
  const opds = new Map(report.opds.map((o) => [o.id, o]));
  return {
    opd: (id) => opds.get(id)?.name ?? id,
    service: (opd, id) => opds.get(opd)?.services.find((s) => s.id === id)?.name ?? id,
  };
}

/** A declared trip's name in the report language (its label); null for a question without `trip`. */
export function tripLabel(trip: string | null, ctx: Pick<RenderContext, 'lang' | 'rubric'>): string | null {
  if (trip === null) return null;
  return rubricText(ctx.rubric, ctx.rubric.trips?.find((x) => x.id === trip)?.label, ctx.lang) ?? trip;
}

/** A trip as a table shows it: its label, or "(one step)" for a question without `trip`. */
export const tripText = (trip: string | null, ctx: Pick<RenderContext, 'lang' | 'rubric'>): string =>
  tripLabel(trip, ctx) ?? translator(reportMessages, ctx.lang)('trip.own');

/** A visit kind in words: kantor, aturan nasional, fisik, lapangan. */
export const visitKindLabel = (kind: VisitKind, lang: Lang): string =>
  translator(reportMessages, lang)(`visit.${kind}`);

/** Texts one after another: a sentence ends with its own stop, a phrase gets a `;`. */
const joinSentences = (texts: readonly string[]): string =>
  texts.reduce((all, text) => (all === '' ? text : `${all}${/[.!?]$/.test(all) ? ' ' : '; '}${text}`), '');

/** An action's texts in the report language; advice from the rubric, else the report's. */
export function actionTexts(action: GapAction, ctx: Pick<RenderContext, 'lang' | 'rubric'>) {
  const { rubric, lang } = ctx;
  const t = translator(reportMessages, lang);
  const steps = action.steps.map((step) => ({
    questionId: step.question,
    question: questionTitle(rubric, step.question, lang),
    current: answerLabel(rubric, step.question, step.current, lang),
    suggested: step.suggested === null ? t('no-suggestion') : answerLabel(rubric, step.question, step.suggested, lang),
    hasSuggestion: step.suggested !== null,
    advice: outcomeText(rubric, step.question, step.current, 'advice', lang, step.advice),
  }));
  const advice = [...new Set(steps.flatMap((s) => (s.advice === null ? [] : [s.advice])))];
  return {
    trip: tripLabel(action.trip, ctx),
    steps,
    /** Every step's change, in rubric order: all must change to save the visit. */
    change: steps.map((s) => t('step-change', { question: s.question, from: s.current, to: s.suggested })).join('; '),
    advice: advice.length === 0 ? null : joinSentences(advice),
  };
}

/** An inherent trip's texts in the report language; basis from the rubric, else the report's. */
export function inherentTexts(visit: GapInherent, ctx: Pick<RenderContext, 'lang' | 'rubric'>) {
  const { rubric, lang } = ctx;
  const t = translator(reportMessages, lang);
  const steps = visit.steps.map((step) => ({
    questionId: step.question,
    question: questionTitle(rubric, step.question, lang),
    current: answerLabel(rubric, step.question, step.current, lang),
    kind: visitKindLabel(step.kind, lang),
    basis: outcomeText(rubric, step.question, step.current, 'basis', lang, step.basis),
  }));
  const bases = [...new Set(steps.flatMap((s) => (s.basis === null ? [] : [s.basis])))];
  return {
    trip: tripLabel(visit.trip, ctx),
    kind: visitKindLabel(visit.kind, lang),
    steps,
    answers: steps.map((s) => t('step-current', { question: s.question, answer: s.current })).join('; '),
    basis: bases.length === 0 ? NONE : joinSentences(bases),
  };
}
