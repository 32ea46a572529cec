/**
 * `opdm rubric show` in the terminal: an overview to find one's way in a rubric (its scale, its
 * sections with their question counts, every question id and title, the catalog's size).
 * The full text of every question is the Markdown document's job.
 */
import { weightOf } from '../core/rubric-index.js';
import type { Rubric } from '../core/types.js';
import { translator } from '../i18n/index.js';
import { initMessages } from '../i18n/init-messages.js';
import type { RenderContext } from './context.js';
import { levelLabel, rubricText } from './format.js';
import { renderHeading, renderTable } from './table.js';
import { cell, type TableView } from './view.js';

/** The rubric as terminal text: heading, scale and ratings, a sections table, a questions table, the catalog's size. */
export function renderRubricTable(rubric: Rubric, ctx: RenderContext): string {
  const t = translator(initMessages, ctx.lang);
  const text = (value: Parameters<typeof rubricText>[1], fallback: string) =>
    rubricText(rubric, value, ctx.lang) ?? fallback;
  const scope = (s: 'service' | 'opd' | 'city') => t(`scope.${s}`);
  const sections: TableView = {
    columns: [
      { header: t('col.section') },
      { header: t('col.scope') },
      { header: t('col.weight'), align: 'right' },
      { header: t('col.questions'), align: 'right' },
      { header: t('col.title'), isFlexible: true },
    ],
    rows: rubric.sections.map((s) => [
      cell(s.id),
      cell(scope(s.scope)),
      cell(String(weightOf(s))),
      cell(String(s.questions.length)),
      cell(text(s.title, s.id)),
    ]),
  };
  const questions: TableView = {
    columns: [
      { header: t('col.section') },
      { header: t('col.id') },
      { header: t('col.type') },
      { header: t('col.title'), isFlexible: true },
    ],
    rows: rubric.sections.flatMap((s) =>
      s.questions.map((q) => [cell(s.id), cell(q.id), cell(t(`show.type.${q.type}`)), cell(text(q.title, q.id))]),
    ),
  };
  const catalog = rubric.catalog ?? [];
  const lines = [
    renderHeading(`${text(rubric.title, rubric.rubric)} (${rubric.rubric}@${rubric.version})`, ctx),
    [
      `${t('show.scale')}: ${rubric.scale.map((s) => levelLabel(rubric, s.level, ctx.lang)).join(' · ')}`,
      t('show.target', { level: levelLabel(rubric, rubric.target_level, ctx.lang) }),
      `${t('show.ratings')}: ${rubric.ratings.map((r) => `≥ ${r.min} ${text(r.label, '')}`).join(' · ')}`,
    ].join('\n'),
    renderHeading(t('show.sections-heading'), ctx),
    renderTable(sections, ctx),
    renderHeading(t('show.questions-heading'), ctx),
    renderTable(questions, ctx),
    catalog.length === 0
      ? t('show.catalog-empty')
      : t('show.catalog-summary', {
          opds: catalog.length,
          services: catalog.reduce((n, o) => n + o.services.length, 0),
        }),
  ];
  return `${lines.join('\n\n')}\n`;
}
