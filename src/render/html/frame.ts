/**
 * What every city report's page says around its content: the facts under the heading (province,
 * period, assessment date, rubric), the "how to read" block (levels, ratings, what an unknown
 * and an inherent visit are), and the footer (generator, rubric hash).
 */
import { translator } from '../../i18n/index.js';
import { reportMessages } from '../../i18n/report-messages.js';
import { rubricText } from '../format.js';
import { ratingLegend } from './score-charts.js';
import { html, withCode, type Markup } from './markup.js';
import { block } from './parts.js';
import type { Report } from '../../core/report.js';
import type { RenderContext } from '../context.js';

type Ctx = Pick<RenderContext, 'lang' | 'rubric'>;

/** Province, period, assessment date and rubric of a report. */
export function metaOf(report: Report, ctx: Ctx): string[] {
  const t = translator(reportMessages, ctx.lang);
  const { city, rubric } = report;
  return [
    ...(city.province ? [city.province] : []),
    t('html.meta.period', { period: city.period }),
    ...(city.assessed_at ? [t('html.meta.assessed', { date: city.assessed_at })] : []),
    t('html.meta.rubric', { id: rubric.id, version: rubric.version }),
  ];
}

/** The levels of the scale with their descriptions, the ratings, and the two notes on numbers. */
export function howToRead(ctx: Ctx, hasRatings = true): Markup {
  const t = translator(reportMessages, ctx.lang);
  const levels = ctx.rubric.scale.map((s) => {
    const label = rubricText(ctx.rubric, s.label, ctx.lang) ?? '';
    const description = rubricText(ctx.rubric, s.description, ctx.lang) ?? '';
    return html`<dt>${String(s.level)} ${label}</dt><dd>${description}</dd>`;
  });
  return block(
    t('html.heading.legend'),
    html`<h3>${t('html.legend.levels')}</h3>
<dl class="scale">${levels}</dl>
${hasRatings ? html`<h3 style="margin-top:.8rem">${t('html.legend.ratings')}</h3>${ratingLegend(ctx)}` : ''}
<p class="hint">${t('html.legend.inherent')}</p>
<p class="hint">${t('html.legend.unknown')}</p>`,
  );
}

/**
 * The footer lines: who made the page from which rubric, and where the exact numbers are
 * (`command`: the command that writes them as JSON).
 */
export function footerOf(
  generator: string,
  rubric: { id: string; version: string; sha256?: string },
  lang: Ctx['lang'],
  command = 'opdm score --format json',
): Markup[] {
  const t = translator(reportMessages, lang);
  const sha = rubric.sha256 ? rubric.sha256.slice(0, 12) : '–';
  return [
    html`${t('html.footer.generator', { generator, rubric: `${rubric.id}@${rubric.version}`, sha })}`,
    withCode(t('html.footer.numbers', { command })),
  ];
}
