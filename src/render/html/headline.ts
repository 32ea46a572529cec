/**
 * The headline cards a mayor reads first: the score and rating, then the distance to "no office
 * visit needed": services and transactions that still need a visit, and the office visits a year
 * with the inherent ones apart. Every number is a `<data>` element naming its report field.
 */
import { translator } from '../../i18n/index.js';
import { reportMessages } from '../../i18n/report-messages.js';
import { formatNumber, formatPercent, formatScore, NONE } from '../format.js';
import { ratingOf } from '../rubric-text.js';
import { scoreColor, VISIT_COLORS } from './colors.js';
import { fillMarkup, html, px, type Markup } from './markup.js';
import { figure, ratingBadge } from './parts.js';
import type { Report, ReportService } from '../../core/report.js';
import type { RenderContext } from '../context.js';
import type { GapFigures } from '../gap-view.js';

type Ctx = Pick<RenderContext, 'lang' | 'rubric'>;

/** What still needs a visit: services whose answers say so (unknown ones are not counted). */
export interface VisitNeeds {
  services: number;
  /** Their transactions a year; null when none of them has a known volume. */
  annualVolume: number | null;
}

/** Services that still need a visit, and their transactions a year, in the whole city or one OPD. */
export function visitNeeds(report: Report, opd?: string): VisitNeeds {
  const services: ReportService[] = report.opds
    .filter((o) => opd === undefined || o.id === opd)
    .flatMap((o) => o.services);
  const needing = services.filter((s) => s.no_visit === false);
  const isVolumeKnown = needing.length === 0 || needing.some((s) => s.annual_volume !== null);
  const volume = needing.reduce((sum, s) => sum + (s.annual_volume ?? 0), 0);
  return { services: needing.length, annualVolume: isVolumeKnown ? volume : null };
}

/** A thin meter: one or more coloured parts of a 0-1 track. */
function meter(parts: readonly { share: number | null; color: string }[]): Markup {
  let x = 0;
  const rects = parts.map((p) => {
    const width = Math.max(0, Math.min(1, p.share ?? 0)) * 100;
    const rect = html`<rect x="${px(x)}" y="0" width="${px(width)}" height="10" fill="${p.color}"/>`;
    x += width;
    return rect;
  });
  return html`<svg viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">\
<rect x="0" y="0" width="100" height="10" fill="#e4e9ef"/>${rects}</svg>`;
}

/** A headline card; `accent` colours its top edge (the score's rating colour). */
function card(title: string, value: Markup, body: readonly Markup[], accent?: string): Markup {
  const style = accent ? html` style="border-top-color:${accent}"` : '';
  return html`<article class="card"${style}><h2>${title}</h2><p class="value">${value}</p>${body}</article>\n`;
}

/** The score card: score of 100, rating, completeness. */
export function scoreCard(report: Report, ctx: Ctx): Markup {
  const t = translator(reportMessages, ctx.lang);
  const { score, rating, completeness, catalog } = report.summary;
  const { label } = ratingOf(ctx.rubric, rating, score, ctx.lang);
  const color = scoreColor(ctx.rubric, rating, score);
  const share = figure(formatPercent(completeness, ctx.lang), completeness, 'summary.completeness');
  return card(
    t('html.card.score'),
    html`${figure(formatScore(score, ctx.lang), score, 'summary.score')} <small>/ 100</small>`,
    [
      html`<p class="rating">${ratingBadge(label ?? NONE, color)}</p>`,
      meter([{ share: score === null ? null : score / 100, color }]),
      html`<p>${fillMarkup(t('html.card.completeness'), { share })}</p>`,
      ...(catalog === null
        ? []
        : [
            html`<p>${fillMarkup(t('html.card.catalog'), {
              n: figure(
                formatNumber(catalog.services_assessed, ctx.lang),
                catalog.services_assessed,
                'summary.catalog.services_assessed',
              ),
              total: figure(formatNumber(catalog.services, ctx.lang), catalog.services, 'summary.catalog.services'),
            })}</p>`,
          ]),
    ],
    color,
  );
}

/**
 * The three distance cards. `isCity` names the fields after the report's summary; for one OPD
 * (gap --opd) the figures are the OPD's and carry no field name. Sums over volumes are unknown
 * (a dash) when no service has an annual volume.
 */
export function distanceCards(
  report: Report,
  figures: GapFigures,
  needs: VisitNeeds,
  ctx: Ctx,
  isCity: boolean,
): Markup[] {
  const t = translator(reportMessages, ctx.lang);
  const { lang } = ctx;
  const field = (name: string) => (isCity ? name : undefined);
  const n = (value: number | null, name?: string) => figure(formatNumber(value, lang), value, name);
  const pct = (value: number | null, name?: string) => figure(formatPercent(value, lang), value, name);
  const of = (total: Markup) => html` <small>${fillMarkup(t('html.of'), { total })}</small>`;
  const p = (key: Parameters<typeof t>[0], values: Record<string, Markup>) =>
    html`<p>${fillMarkup(t(key), values)}</p>`;
  const servicesBody = [
    meter([{ share: figures.shareServicesNoVisit, color: '#1e7b4f' }]),
    p('html.card.services-done', {
      n: n(figures.servicesNoVisit, field('summary.services_no_visit')),
      share: pct(figures.shareServicesNoVisit, field('summary.share_services_no_visit')),
    }),
  ];
  if (figures.servicesUnknown > 0)
    servicesBody.push(
      p('html.card.services-unknown', { n: n(figures.servicesUnknown, field('summary.services_unknown')) }),
    );
  const volumeBody = [
    meter([{ share: figures.shareVolumeNoVisit, color: '#1e7b4f' }]),
    p('html.card.volume-done', {
      n: n(figures.annualVolumeNoVisit, field('summary.annual_volume_no_visit')),
      share: pct(figures.shareVolumeNoVisit, field('summary.share_volume_no_visit')),
    }),
  ];
  if (figures.servicesWithoutVolume > 0)
    volumeBody.push(p('html.card.volume-unknown', { n: n(figures.servicesWithoutVolume) }));
  const visits = figures.annualVisits;
  const shareOf = (part: number | null) => (visits === null || visits === 0 || part === null ? 0 : part / visits);
  const rule = figures.annualVisitsRule;
  const physical = minus(figures.annualVisitsInherent, rule);
  const visitsBody = [
    meter([
      { share: shareOf(figures.annualVisitsAvoidable), color: VISIT_COLORS.avoidable },
      { share: shareOf(rule), color: VISIT_COLORS.rule },
      { share: shareOf(physical), color: VISIT_COLORS.physical },
    ]),
    p('html.card.visits-split', {
      avoidable: n(figures.annualVisitsAvoidable, field('summary.annual_visits_avoidable')),
      inherent: n(figures.annualVisitsInherent, field('summary.annual_visits_inherent')),
      rule: n(rule, field('summary.annual_visits_rule')),
    }),
  ];
  if ((figures.annualFieldVisits ?? 0) > 0) {
    visitsBody.push(
      p('html.card.field', { field: n(figures.annualFieldVisits, field('summary.annual_field_visits')) }),
    );
  }
  if (figures.annualVolumeOnline !== null) {
    visitsBody.push(
      p('html.card.online', {
        n: n(figures.annualVolumeOnline, field('summary.annual_volume_online')),
        share: pct(figures.shareVolumeOnline, field('summary.share_volume_online')),
      }),
    );
  }
  return [
    card(
      t('html.card.services-visit'),
      html`${n(needs.services, 'headline.services_visit')}${of(n(figures.services, field('summary.services')))}`,
      servicesBody,
    ),
    card(
      t('html.card.volume-visit'),
      html`${n(needs.annualVolume, 'headline.annual_volume_visit')}\
${of(n(figures.annualVolume, field('summary.annual_volume')))}`,
      volumeBody,
    ),
    card(t('html.card.visits'), n(visits, field('summary.annual_visits')), visitsBody),
  ];
}

const minus = (a: number | null, b: number | null) => (a === null || b === null ? null : a - b);

/** The row of headline cards of a score report. */
export function scoreHeadline(report: Report, figures: GapFigures, ctx: Ctx): Markup {
  const score = scoreCard(report, ctx);
  const distance = distanceCards(report, figures, visitNeeds(report), ctx, true);
  return html`<div class="cards">\n${score}${distance}</div>\n`;
}
