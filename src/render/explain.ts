import type { EntityResult, QuestionResult } from '../core/evaluate.js';
import { localize } from '../core/localize.js';
import { round } from '../core/numbers.js';
import { weightOf } from '../core/rubric-index.js';
import { chosenOptions } from '../core/question-types/index.js';
import type { LocalizedText, Rubric } from '../core/types.js';
import { answerLabel, formatExact, formatPercent } from './format.js';
import { ratingFor, serviceTrips, type CityScore, type OpdScore, type ServiceScore } from '../core/score.js';
import type { Lang } from '../i18n/index.js';
import { translator } from '../i18n/index.js';
import { explainMessages } from '../i18n/explain-messages.js';
import type { RenderContext } from './context.js';
import { renderHanging } from './table.js';

/**
 * `opdm explain`: the arithmetic behind one score, step by step, at full precision, so that
 * a planner can redo it by hand. Plain text; no colour needed.
 */
export interface ExplainTarget {
  opd?: string;
  service?: string;
}

type T = ReturnType<typeof translator<keyof (typeof explainMessages)['id']>>;

/** `(a x w1 + b x w2) / (w1 + w2)` of the parts that count. */
function formula(parts: { value: number | null; weight: number | null }[], num: (n: number) => string): string {
  const counted = parts.filter((p) => p.value !== null && p.weight !== null && p.weight > 0) as {
    value: number;
    weight: number;
  }[];
  const top = counted.map((p) => `${num(p.value)} x ${num(p.weight)}`).join(' + ');
  const bottom = counted.map((p) => num(p.weight)).join(' + ');
  return counted.length === 1 ? num(counted[0]!.value) : `(${top}) / (${bottom})`;
}

function answerText(r: QuestionResult, rubric: Rubric, lang: Lang): string {
  // Option labels, "Ya"/"Tidak", the band a number falls in: what the planner chose, in words.
  const label = answerLabel(rubric, r.entry.question.id, r.value ?? null, lang);
  return r.entry.question.type === 'number' ? `${formatExact(r.value as number, lang)} (${label})` : `"${label}"`;
}

function explainEntity(
  entity: EntityResult,
  lines: string[],
  t: T,
  lang: Lang,
  rubric: Rubric,
  num: (n: number | null) => string,
) {
  const defaultLang = rubric.languages[0] ?? 'id';
  entity.sections.forEach((section) => {
    const questions = entity.questions.filter((r) => r.entry.section.id === section.id);
    lines.push(t('section', { id: section.id, weight: num(section.weight) }));
    for (const r of questions) {
      const id = r.entry.question.id;
      if (r.status === 'inapplicable') lines.push(t('question.inapplicable', { id }));
      else if (r.status === 'unanswered')
        lines.push(t(r.entry.question.required === false ? 'question.optional' : 'question.unanswered', { id }));
      else if (r.status === 'na') lines.push(t('question.na', { id, reason: (r.value as { na: string }).na }));
      else if (r.entry.question.type === 'text') lines.push(t('question.text', { id }));
      else if (r.outcome?.score === null)
        lines.push(t('question.neutral', { id, answer: answerText(r, rubric, lang) }));
      else {
        const answer = answerText(r, rubric, lang);
        const weight = weightOf(r.entry.question);
        let score = num(r.outcome?.score ?? null);
        const q = r.entry.question;
        if (q.type === 'multi' && Array.isArray(r.value)) {
          // The chosen options' scores, neutral ones left out: summed (capped at 1) or the best.
          const scores = chosenOptions(q.options, r.value).flatMap((o) => (o.score === null ? [] : [num(o.score)]));
          const shown =
            q.combine === 'max'
              ? t('question.max', { scores: scores.join(', ') || '0' })
              : t('question.multi', { sum: scores.join(' + ') || '0' });
          score = `${shown} = ${score}`;
        }
        lines.push(
          weight > 0
            ? t('question.scored', { id, answer, score, weight: num(weight) })
            : t('question.weight-zero', { id, answer }),
        );
      }
      const kind = r.outcome?.visit ?? 'none';
      if (kind !== 'none') {
        const basis = localize(r.outcome?.basis ?? undefined, lang, defaultLang) ?? '–';
        lines.push(t(`question.visit-${kind}`, { basis }));
      }
    }
    const parts = questions
      .filter((r) => r.outcome !== null && r.outcome.score !== null)
      .map((r) => ({ value: r.outcome!.score, weight: weightOf(r.entry.question) }));
    const sectionFormula = formula(parts, num);
    const value = num(section.score);
    lines.push(
      section.score === null
        ? t('section.none')
        : t('section.result', { formula: sectionFormula === value ? value : `${sectionFormula} = ${value}` }),
    );
  });
  lines.push(
    entity.ownScore === null
      ? t('own.none')
      : t('own.score', {
          formula: formula(
            entity.sections.map((s) => ({ value: s.score, weight: s.weight })),
            num,
          ),
          value: num(entity.ownScore),
        }),
  );
}

function explainService(city: CityScore, opd: OpdScore, service: ServiceScore, lang: Lang): string[] {
  const t = translator(explainMessages, lang);
  // Numbers at full precision (4 decimals) in the reader's convention: 0,7667 / 0.7667.
  const num = (n: number | null) => formatExact(n, lang);
  const { rubric, defaultLang } = city.index;
  const lines = [t('service.heading', { opd: opd.id, service: service.id, name: service.name })];
  lines.push(service.volume === null ? t('volume.unknown') : t('volume', { volume: num(service.volume) }));
  explainEntity(service, lines, t, lang, rubric, num);
  lines.push(
    t('service.score', {
      value: num(service.score),
      rounded: num(service.score === null ? null : round(service.score, 2)),
    }),
  );
  const levels = service.questions
    .filter((r) => r.outcome?.level != null)
    .map((r) => `${r.entry.question.id} ${r.outcome!.level}`);
  const label = localize(rubric.scale.find((s) => s.level === service.level)?.label, lang, defaultLang) ?? '';
  lines.push(
    service.level === null ? t('level.none') : t('level', { levels: levels.join(', '), level: service.level, label }),
  );
  lines.push(...explainTrips(service, t, lang, rubric, num));
  lines.push(
    t('completeness', {
      answered: service.counts.answered,
      applicable: service.counts.applicable,
      percent: formatPercent(service.completeness, lang),
    }),
  );
  lines.push(
    service.isNoVisit === null
      ? t('no-visit.null')
      : service.isNoVisit
        ? t('no-visit.true')
        : t('no-visit.false', { count: service.visitsPerTransaction }),
  );
  return lines;
}

/** SPEC Scoring 9 for one service: each trip, why it is inherent or avoidable, and the counts. */
function explainTrips(service: ServiceScore, t: T, lang: Lang, rubric: Rubric, num: (n: number | null) => string) {
  const defaultLang = rubric.languages[0] ?? 'id';
  const text = (x: LocalizedText | null | undefined) => localize(x ?? undefined, lang, defaultLang);
  if (service.visitsPerTransaction === null) return [t('visits.unknown')];
  const lines = [t('visits', { count: service.visitsPerTransaction })];
  const trips = serviceTrips(service);
  for (const trip of trips) {
    const steps = trip.steps.map((r) => `${r.entry.question.id} (${r.outcome?.visit ?? 'office'})`).join(', ');
    const label = text(rubric.trips?.find((x) => x.id === trip.id)?.label) ?? trip.id;
    lines.push(trip.id === null ? t('trip.own', { steps }) : t('trip.named', { trip: trip.id, label, steps }));
    if (trip.kind === 'office') lines.push(t('trip.avoidable'));
    else {
      const because = trip.steps.find((r) => r.outcome?.visit === trip.kind);
      lines.push(t('trip.inherent', { kind: trip.kind, basis: text(because?.outcome?.basis) ?? '–' }));
    }
  }
  const inherent = service.inherentVisitsPerTransaction ?? 0;
  if (trips.length > 0) {
    lines.push(
      t('visits.inherent', {
        inherent,
        rule: service.ruleVisitsPerTransaction ?? 0,
        avoidable: service.visitsPerTransaction - inherent,
      }),
    );
  }
  if ((service.fieldVisitsPerTransaction ?? 0) > 0) {
    lines.push(t('visits.field', { count: service.fieldVisitsPerTransaction }));
  }
  if (service.volume !== null) {
    lines.push(
      t('visits.annual', {
        count: service.visitsPerTransaction,
        volume: num(service.volume),
        visits: num(service.annualVisits),
      }),
    );
  }
  return lines;
}

function explainAggregate(city: CityScore, opd: OpdScore | null, lang: Lang): string[] {
  const t = translator(explainMessages, lang);
  // Numbers at full precision (4 decimals) in the reader's convention: 0,7667 / 0.7667.
  const num = (n: number | null) => formatExact(n, lang);
  const { rubric, defaultLang } = city.index;
  const entity = opd ?? city;
  const lines = opd
    ? [t('opd.heading', { opd: opd.id, name: opd.name })]
    : [t('city.heading', { city: city.source.city.id, name: city.source.city.name, period: city.source.period })];
  explainEntity(entity, lines, t, lang, rubric, num);
  const isVolume = opd
    ? rubric.aggregation.service_weighting === 'volume'
    : rubric.aggregation.opd_weighting === 'volume';
  const weighting = t(isVolume ? 'weighting.volume' : 'weighting.equal');
  const children = opd
    ? opd.services.map((s) => ({ value: s.score, weight: isVolume ? s.volume : 1 }))
    : city.opds.map((o) => ({ value: o.score, weight: isVolume ? o.volume : 1 }));
  const mean = opd ? opd.servicesScore : city.opdsScore;
  if (mean === null) lines.push(t(opd ? 'services.none' : 'opds.none'));
  else
    lines.push(
      t(opd ? 'services.mean' : 'opds.mean', { weighting, formula: formula(children, num), value: num(mean) }),
    );
  const weights = opd
    ? rubric.aggregation.opd
    : { services: rubric.aggregation.city.opds, sections: rubric.aggregation.city.sections };
  const score = opd ? opd.score : city.score;
  const parts = [
    { value: mean, weight: weights.services },
    { value: entity.ownScore, weight: weights.sections },
  ];
  const combined = formula(parts, num);
  const value = num(score);
  // One part only (an OPD without services): its value is the score, no arithmetic to show.
  lines.push(
    t('combined', {
      formula: combined === value ? '' : `${combined} = `,
      value,
      rounded: num(score === null ? null : round(score, 2)),
    }),
  );
  const rating = ratingFor(rubric, score);
  if (rating) lines.push(t('rating', { rating: localize(rating.label, lang, defaultLang) ?? '', value: num(score) }));
  const counts = opd ? opd.totalCounts : city.totalCounts;
  const completeness = opd ? opd.completeness : city.completeness;
  lines.push(
    t('completeness', {
      answered: counts.answered,
      applicable: counts.applicable,
      percent: formatPercent(completeness, lang),
    }),
  );
  return lines;
}

/**
 * The explanation of one service, one OPD, or (with neither) the city; each line wrapped to
 * ctx.width, its further lines indented under its text.
 */
export function renderExplain(
  city: CityScore,
  target: ExplainTarget,
  ctx: Pick<RenderContext, 'lang' | 'width'>,
): string {
  const { lang } = ctx;
  const opd = city.opds.find((o) => o.id === target.opd);
  const service = opd?.services.find((s) => s.id === target.service);
  const lines = service && opd ? explainService(city, opd, service, lang) : explainAggregate(city, opd ?? null, lang);
  return `${lines.map((line) => renderHanging(line, ctx)).join('\n')}\n`;
}
