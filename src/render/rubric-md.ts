/**
 * `opdm rubric show --format md`: the whole questionnaire as a document to print or share, so a
 * planner can walk through it with an OPD before the interview. Rubric texts come from a file
 * someone wrote, so each is escaped; ids stand in code spans (they are [a-z0-9-] only).
 */
import { describeCondition } from './answers-template.js';
import { indexRubric, isRequired, weightOf } from '../core/rubric-index.js';
import {
  SCOPES,
  type AnswerValue,
  type Band,
  type BooleanBranch,
  type ChoiceOption,
  type LocalizedText,
  type Question,
  type Rubric,
} from '../core/types.js';
import { translator, type Translate } from '../i18n/index.js';
import { initMessages, type InitMessageKey } from '../i18n/init-messages.js';
import type { RenderContext } from './context.js';
import { answerLabel, formatExact, formatYesNo, levelLabel, NONE, rubricText } from './format.js';
import { escapeMd, renderMdTable } from './markdown.js';
import { cell, type TableView } from './view.js';

type T = Translate<InitMessageKey>;
type Row = Partial<BooleanBranch> & { label?: LocalizedText; help?: LocalizedText };

function outcomeTable(
  first: string,
  rows: { key: string; row: Row; score: number }[],
  rubric: Rubric,
  ctx: RenderContext,
  t: T,
): string {
  const text = (value: LocalizedText | undefined) => rubricText(rubric, value, ctx.lang);
  const view: TableView = {
    columns: [first, 'col.label', 'col.score', 'col.level', 'col.visit', 'col.inherent', 'col.advice'].map(
      (key, i) => ({
        header: i === 0 ? key : t(key as InitMessageKey),
        ...(key === 'col.score' ? { align: 'right' as const } : {}),
      }),
    ),
    rows: rows.map(({ key, row, score }) => {
      const label = [text(row.label), text(row.help)].filter(Boolean).join(': ');
      const inherent =
        row.visit && row.inherent ? [formatYesNo(true, ctx.lang), text(row.basis)].filter(Boolean).join(': ') : NONE;
      return [
        key,
        label || NONE,
        formatExact(score, ctx.lang),
        levelLabel(rubric, row.level, ctx.lang),
        formatYesNo(row.visit ?? false, ctx.lang),
        inherent,
        text(row.advice) ?? NONE,
      ].map((c) => cell(c));
    }),
  };
  return renderMdTable(view);
}

/** The answers a question takes, with what each means: a table for options, bands and branches. */
function answersOf(question: Question, rubric: Rubric, ctx: RenderContext, t: T): string[] {
  const value = t('col.value');
  switch (question.type) {
    case 'choice':
    case 'multi':
      return [
        outcomeTable(
          value,
          question.options.map((o: ChoiceOption) => ({ key: String(o.value), row: o, score: o.score })),
          rubric,
          ctx,
          t,
        ),
      ];
    case 'boolean': {
      const branch = (b: boolean): Row => ({
        label: formatYesNo(b, ctx.lang),
        ...question.options?.[b ? 'true' : 'false'],
      });
      return [
        outcomeTable(
          value,
          [true, false].map((b) => ({ key: String(b), row: branch(b), score: branch(b).score ?? (b ? 1 : 0) })),
          rubric,
          ctx,
          t,
        ),
      ];
    }
    case 'number': {
      const unit = rubricText(rubric, question.unit, ctx.lang);
      const bounds = [
        question.min === undefined ? '' : t('q.min', { min: formatExact(question.min, ctx.lang) }),
        question.max === undefined ? '' : t('q.max', { max: formatExact(question.max, ctx.lang) }),
      ];
      const range = [t('q.number'), ...bounds, unit ? t('q.unit', { unit }) : ''].filter(Boolean).join('; ');
      const rows = question.bands.map((b: Band) => ({
        key: `≥ ${formatExact(b.min, ctx.lang)}`,
        row: b,
        score: b.score,
      }));
      return [escapeMd(t('show.range', { range })), outcomeTable(t('col.from'), rows, rubric, ctx, t)];
    }
    case 'text':
      return [escapeMd(t('show.not-scored'))];
  }
}

function questionBlock(question: Question, rubric: Rubric, ctx: RenderContext, t: T): string[] {
  const text = (value: LocalizedText | undefined) => escapeMd(rubricText(rubric, value, ctx.lang) ?? '');
  const meta = t('show.question-meta', {
    type: t(`show.type.${question.type}`),
    weight: formatExact(weightOf(question), ctx.lang),
    required: t(isRequired(question) ? 'show.required' : 'show.optional'),
    na: t(question.allow_na ? 'show.na-allowed' : 'show.na-not-allowed'),
  });
  const blocks = [`#### ${text(question.title)} (\`${question.id}\`)`, escapeMd(meta)];
  if (question.when) {
    const value = (id: string, v: unknown) => escapeMd(answerLabel(rubric, id, v as AnswerValue, ctx.lang));
    blocks.push(`**${escapeMd(t('show.when'))}** ${describeCondition(question.when, t, (id) => `\`${id}\``, value)}`);
  }
  if (question.help) blocks.push(text(question.help));
  return [...blocks, ...answersOf(question, rubric, ctx, t)];
}

function header(rubric: Rubric, ctx: RenderContext, t: T): string[] {
  const text = (value: LocalizedText | undefined) => escapeMd(rubricText(rubric, value, ctx.lang) ?? '');
  const scale: TableView = {
    columns: [{ header: t('col.level'), align: 'right' }, { header: t('col.label') }, { header: t('col.description') }],
    rows: rubric.scale.map((s) => [
      cell(String(s.level)),
      cell(rubricText(rubric, s.label, ctx.lang) ?? ''),
      cell(rubricText(rubric, s.description, ctx.lang) ?? NONE),
    ]),
  };
  const ratings: TableView = {
    columns: [{ header: t('col.min-score'), align: 'right' }, { header: t('col.rating') }],
    rows: rubric.ratings.map((r) => [
      cell(formatExact(r.min, ctx.lang)),
      cell(rubricText(rubric, r.label, ctx.lang) ?? ''),
    ]),
  };
  const { aggregation: a } = rubric;
  const weighting = (w: 'equal' | 'volume') => t(w === 'equal' ? 'show.weighting-equal' : 'show.weighting-volume');
  return [
    `# ${text(rubric.title)}`,
    `${escapeMd(t('show.version'))}: \`${rubric.rubric}@${rubric.version}\` · ${escapeMd(t('show.languages'))}: ${escapeMd(rubric.languages.join(', '))}`,
    ...(rubric.description ? [text(rubric.description)] : []),
    `## ${escapeMd(t('show.scale'))}`,
    renderMdTable(scale),
    escapeMd(t('show.target', { level: levelLabel(rubric, rubric.target_level, ctx.lang) })),
    `## ${escapeMd(t('show.ratings'))}`,
    renderMdTable(ratings),
    `## ${escapeMd(t('show.aggregation'))}`,
    [
      t('show.aggregation-opd', {
        services: formatExact(a.opd.services, ctx.lang),
        sections: formatExact(a.opd.sections, ctx.lang),
      }),
      t('show.aggregation-city', {
        opds: formatExact(a.city.opds, ctx.lang),
        sections: formatExact(a.city.sections, ctx.lang),
      }),
      t('show.weighting', { services: weighting(a.service_weighting), opds: weighting(a.opd_weighting) }),
    ]
      .map((line) => `- ${escapeMd(line)}`)
      .join('\n'),
  ];
}

function catalog(rubric: Rubric, ctx: RenderContext, t: T): string[] {
  const blocks = [`## ${escapeMd(t('show.catalog'))}`];
  if (!rubric.catalog?.length) return [...blocks, escapeMd(t('show.catalog-empty'))];
  for (const opd of rubric.catalog) {
    blocks.push(`### ${escapeMd(rubricText(rubric, opd.name, ctx.lang) ?? opd.id)} (\`${opd.id}\`)`);
    const rows = opd.services.map((s) => [
      cell(s.id),
      cell(
        [rubricText(rubric, s.name, ctx.lang), rubricText(rubric, s.description, ctx.lang)].filter(Boolean).join(': '),
      ),
    ]);
    blocks.push(
      rows.length === 0
        ? escapeMd(t('show.no-services'))
        : renderMdTable({ columns: [{ header: t('col.id') }, { header: t('col.service') }], rows }),
    );
  }
  return blocks;
}

/** The rubric as a Markdown document: header, scale, ratings, every question by scope and section, the catalog. */
export function renderRubricMd(rubric: Rubric, ctx: RenderContext): string {
  const t = translator(initMessages, ctx.lang);
  const index = indexRubric(rubric);
  const blocks = header(rubric, ctx, t);
  for (const scope of SCOPES) {
    blocks.push(`## ${escapeMd(t(`show.scope.${scope}`))}`);
    const sections = index.sectionsByScope[scope];
    if (sections.length === 0) blocks.push(escapeMd(t('show.scope-none')));
    for (const section of sections) {
      blocks.push(`### ${escapeMd(rubricText(rubric, section.title, ctx.lang) ?? section.id)}`);
      blocks.push(
        escapeMd(
          t('show.section-meta', {
            id: section.id,
            weight: formatExact(weightOf(section), ctx.lang),
            count: section.questions.length,
          }),
        ),
      );
      if (section.description) blocks.push(escapeMd(rubricText(rubric, section.description, ctx.lang) ?? ''));
      for (const question of section.questions) blocks.push(...questionBlock(question, rubric, ctx, t));
    }
  }
  blocks.push(...catalog(rubric, ctx, t));
  return `${blocks.join('\n\n')}\n`;
}
