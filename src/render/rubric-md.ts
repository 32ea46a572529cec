/**
 * `opdm rubric show --format md`: the whole questionnaire as a document to print or share, so a
 * planner can walk through it with an OPD before the interview. Rubric texts come from a file
 * someone wrote, so each is escaped; ids stand in code spans (they are [a-z0-9-] only).
 */
import { describeCondition } from './answers-template.js';
import { indexRubric, isRequired, weightOf } from '../core/rubric-index.js';
import { kindOf, visitKindOf } from '../core/question-types/index.js';
import { SCOPES, type AnswerValue, type LocalizedText, type Question, type Rubric } from '../core/types.js';
import { translator, type Translate } from '../i18n/index.js';
import { initMessages, type InitMessageKey } from '../i18n/init-messages.js';
import type { RenderContext } from './context.js';
import { answerLabel, formatExact, formatYesNo, levelLabel, NONE, rubricText } from './format.js';
import { escapeMd, renderMdTable } from './markdown.js';
import { cell, type TableView } from './view.js';

type T = Translate<InitMessageKey>;

/** The choices of a question (options, branches or bands) with what each means. */
function outcomeTable(first: string, question: Question, rubric: Rubric, ctx: RenderContext, t: T): string {
  const text = (value: LocalizedText | null | undefined) => rubricText(rubric, value ?? undefined, ctx.lang);
  const kind = kindOf(question);
  const view: TableView = {
    columns: [first, 'col.label', 'col.score', 'col.level', 'col.visit', 'col.basis', 'col.advice'].map((key, i) => ({
      header: i === 0 ? key : t(key as InitMessageKey),
      ...(key === 'col.score' ? { align: 'right' as const } : {}),
    })),
    rows: kind.choices(question).map((choice) => {
      const { outcome } = choice;
      const isYesNo = typeof choice.value === 'boolean';
      const label = text(choice.label) ?? (isYesNo ? formatYesNo(choice.value as boolean, ctx.lang) : undefined);
      const { score } = choice;
      const key =
        question.type === 'number' ? `≥ ${formatExact(choice.value as number, ctx.lang)}` : String(choice.value);
      return [
        key,
        [label, text(choice.help)].filter(Boolean).join(': ') || NONE,
        score === null ? t('show.neutral') : formatExact(score, ctx.lang),
        levelLabel(rubric, outcome.level, ctx.lang),
        t(`visit.${visitKindOf(outcome)}`),
        text(outcome.basis) ?? NONE,
        text(outcome.advice) ?? NONE,
      ].map((c) => cell(c));
    }),
  };
  return renderMdTable(view);
}

/** The answers a question takes, with what each means: a table for options, bands and branches. */
function answersOf(question: Question, rubric: Rubric, ctx: RenderContext, t: T): string[] {
  if (question.type === 'text') return [escapeMd(t('show.not-scored'))];
  if (question.type !== 'number') return [outcomeTable(t('col.value'), question, rubric, ctx, t)];
  const unit = rubricText(rubric, question.unit, ctx.lang);
  const bounds = [
    question.min === undefined ? '' : t('q.min', { min: formatExact(question.min, ctx.lang) }),
    question.max === undefined ? '' : t('q.max', { max: formatExact(question.max, ctx.lang) }),
  ];
  const range = [t('q.number'), ...bounds, unit ? t('q.unit', { unit }) : ''].filter(Boolean).join('; ');
  return [escapeMd(t('show.range', { range })), outcomeTable(t('col.from'), question, rubric, ctx, t)];
}

function questionBlock(question: Question, rubric: Rubric, ctx: RenderContext, t: T): string[] {
  const text = (value: LocalizedText | undefined) => escapeMd(rubricText(rubric, value, ctx.lang) ?? '');
  const trip = rubric.trips?.find((x) => x.id === question.trip);
  const meta = [
    t('show.question-meta', {
      type: t(`show.type.${question.type}`),
      weight: formatExact(weightOf(question), ctx.lang),
      required: t(isRequired(question) ? 'show.required' : 'show.optional'),
      na: t(question.allow_na ? 'show.na-allowed' : 'show.na-not-allowed'),
    }),
    ...(question.type === 'multi' ? [t(question.combine === 'max' ? 'show.combine-max' : 'show.combine-sum')] : []),
    ...(trip === undefined ? [] : [t('show.trip', { trip: rubricText(rubric, trip.label, ctx.lang) ?? trip.id })]),
  ].join('; ');
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
    `${escapeMd(t('show.version'))}: \`${rubric.rubric}@${rubric.version}\` · ${escapeMd(t('show.languages'))}: ` +
      `${escapeMd(rubric.languages.join(', '))}`,
    ...(rubric.description ? [text(rubric.description)] : []),
    `## ${escapeMd(t('show.scale'))}`,
    renderMdTable(scale),
    escapeMd(t('show.target', { level: levelLabel(rubric, rubric.target_level, ctx.lang) })),
    ...trips(rubric, ctx, t),
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

/** The rubric's trips (the occasions a citizen may have to come) and its uptake question. */
function trips(rubric: Rubric, ctx: RenderContext, t: T): string[] {
  const blocks: string[] = [];
  if (rubric.trips?.length) {
    const rows = rubric.trips.map((trip) => [
      cell(trip.id),
      cell(
        [rubricText(rubric, trip.label, ctx.lang), rubricText(rubric, trip.description, ctx.lang)]
          .filter(Boolean)
          .join(': '),
      ),
    ]);
    blocks.push(
      `## ${escapeMd(t('show.trips'))}`,
      escapeMd(t('show.trips-lead')),
      renderMdTable({ columns: [{ header: t('col.id') }, { header: t('col.label') }], rows }),
    );
  }
  if (rubric.uptake) {
    blocks.push(
      t('show.uptake', { question: rubric.uptake.question, target: formatExact(rubric.uptake.target, ctx.lang) }),
    );
  }
  return blocks;
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
