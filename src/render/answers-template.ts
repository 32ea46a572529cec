/**
 * The answers template of `opdm init`: a valid answers file in which every question of every
 * entity is a commented-out key under its documentation (title, help, allowed values, `when`,
 * `na`), so that a planner fills it in any editor by uncommenting lines and typing values.
 * Pure: the CLI passes the clock's period, the schema reference and the translator in.
 */
import type { Translate } from '../i18n/index.js';
import type { InitMessageKey } from '../i18n/init-messages.js';
import { localize } from '../core/localize.js';
import { indexRubric, isRequired, isVolumeRequired } from '../core/rubric-index.js';
import { kindOf, visitKindOf, type Choice } from '../core/question-types/index.js';
import type { CatalogOpd, Condition, LocalizedText, Outcome, Question, Rubric, Scope } from '../core/types.js';

export interface TemplateChoices {
  /** The language of the comments (and of the rubric texts quoted in them). */
  lang: string;
  city: { id: string; name: string; province?: string };
  /** True when the city id and name are placeholders for the planner to replace. */
  isCityPlaceholder: boolean;
  period: string;
  /** The catalog OPDs to list, in the order given. */
  opds: readonly CatalogOpd[];
  /** What the `# yaml-language-server: $schema=` line points at. */
  schemaRef: string;
  /** How the header's check commands name the file. */
  fileLabel: string;
}

type T = Translate<InitMessageKey>;
const WIDTH = 100;

// YAML 1.1 readers take these for booleans or null; quoting keeps every tool reading a string.
const AMBIGUOUS = /^(?:true|false|null|yes|no|on|off|y|n|~)$/i;
const PLAIN = /^[\p{L}\p{N}][\p{L}\p{N} _.,()/'@-]*$/u;

/** YAML's c-printable: what may stand unescaped in a file. */
const isPrintable = (c: number): boolean =>
  c === 0x9 ||
  c === 0xa ||
  c === 0xd ||
  (c >= 0x20 && c <= 0x7e) ||
  c === 0x85 ||
  (c >= 0xa0 && c <= 0xd7ff) ||
  (c >= 0xe000 && c <= 0xfffd) ||
  c >= 0x10000;

/** One scalar as YAML: plain when that cannot be misread, else a JSON (= YAML) double-quoted string. */
export function yamlScalar(value: string | number | boolean): string {
  if (typeof value !== 'string') return String(value);
  const isPlain = PLAIN.test(value) && !AMBIGUOUS.test(value) && !/^\p{N}/u.test(value) && !value.endsWith(' ');
  if (isPlain) return value;
  const escape = (ch: string) =>
    isPrintable(ch.codePointAt(0) ?? 0) ? ch : `\\u${(ch.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`;
  return [...JSON.stringify(value)].map(escape).join('');
}

/** Text that can stand in a comment: one line, printable, single spaces. */
function oneLine(text: string): string {
  const isBreak = (c: number) => c === 0xa || c === 0xd || c === 0x85 || c === 0x2028 || c === 0x2029;
  return [...text]
    .map((ch) => {
      const c = ch.codePointAt(0) ?? 0;
      return isBreak(c) || !isPrintable(c) || c === 0x9 ? ' ' : ch;
    })
    .join('')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** Greedy word wrap to `room` columns (a longer word stays whole). */
function wrap(text: string, room: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of oneLine(text).split(' ')) {
    if (line !== '' && line.length + 1 + word.length > room) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  return [...lines, line];
}

/** Comment lines at `indent` (continuation lines indented by `hang`), wrapped to the width. */
function comment(indent: number, text: string, hang = 0): string[] {
  const pad = `${' '.repeat(indent)}# ${' '.repeat(hang)}`;
  return wrap(text, Math.max(40, WIDTH - pad.length)).map((l) => `${pad}${l}`.trimEnd());
}

/** A `- ` bullet as comment lines, continuation lines under the text. */
function bullet(text: string): string[] {
  return wrap(text, WIDTH - 4).map((l, i) => `#${i === 0 ? ' - ' : '   '}${l}`);
}

/**
 * A `when` condition in words: `ada-retribusi = true`, `a = x and (b = y or c in p, q)`.
 * The caller chooses how question ids and values read (ids in a template, labels in a document).
 */
export function describeCondition(
  condition: Condition,
  t: T,
  name: (id: string) => string,
  value: (id: string, v: unknown) => string,
): string {
  const part = (c: Condition) =>
    'all' in c || 'any' in c ? `(${describeCondition(c, t, name, value)})` : describeCondition(c, t, name, value);
  if ('all' in condition) return condition.all.map(part).join(t('cond.and'));
  if ('any' in condition) return condition.any.map(part).join(t('cond.or'));
  const question = name(condition.question);
  if ('in' in condition)
    return t('cond.in', { question, values: condition.in.map((v) => value(condition.question, v)).join(', ') });
  return t('cond.equals', { question, value: value(condition.question, condition.equals) });
}

const valueText = (v: unknown): string =>
  typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? yamlScalar(v) : JSON.stringify(v);

interface Context {
  rubric: Rubric;
  t: T;
  text: (text: LocalizedText | undefined) => string | undefined;
}

/** What an option, band or branch leads to, for the planner: where the citizen must be. */
function visitNote(o: Partial<Outcome>, t: T): string {
  const kind = visitKindOf(o);
  return kind === 'none' ? '' : ` (${t(`q.visit-${kind}`)})`;
}

/** The header line of a question's allowed answers: its type, and a number's limits and unit. */
function formatHead(question: Question, ctx: Context): string {
  const { t, text } = ctx;
  if (question.type !== 'number') return t(`q.${question.type}`);
  const unit = text(question.unit);
  return [
    t('q.number'),
    question.min === undefined ? '' : t('q.min', { min: question.min }),
    question.max === undefined ? '' : t('q.max', { max: question.max }),
    unit ? t('q.unit', { unit }) : '',
  ]
    .filter(Boolean)
    .join('; ');
}

/** The allowed answers of one question as comment lines: the head, then `value = label` per choice. */
function answerFormat(question: Question, indent: number, ctx: Context): string[] {
  const { t, text } = ctx;
  // `value = label`, values padded to one column and wrapped lines hanging under the labels.
  const list = (items: { value: string; label: string }[]) => {
    const width = Math.min(24, Math.max(...items.map((i) => i.value.length)));
    return items.flatMap((i) => {
      if (i.label === '') return comment(indent, i.value, 4);
      const [first = '', ...rest] = comment(indent, i.label, 4 + width + 3);
      const pad = `${' '.repeat(indent)}#     `;
      return [`${pad}${i.value.padEnd(width)} = ${first.slice(pad.length + width + 3)}`, ...rest];
    });
  };
  const choices = kindOf(question).choices(question);
  const head = comment(indent, formatHead(question, ctx), 2);
  if (choices.length === 0) return head;
  // A band is picked by its min and up; a yes/no without a label reads Ya / Tidak.
  const valueOf = (c: Choice) => (question.type === 'number' ? `>= ${c.value}` : yamlScalar(c.value));
  const labelOf = (c: Choice) =>
    text(c.label ?? undefined) ?? (typeof c.value === 'boolean' ? t(c.value ? 'q.yes' : 'q.no') : '');
  return [
    ...head,
    ...list(
      choices.map((c) => ({
        value: valueOf(c),
        label: `${labelOf(c)}${visitNote(c.outcome, t)}${c.help ? `. ${text(c.help)}` : ''}`,
      })),
    ),
  ];
}

/** Every question of a scope, by section, each as documentation and a commented-out key. */
function questionBlocks(scope: Scope, indent: number, ctx: Context): string[] {
  const { rubric, t, text } = ctx;
  const lines: string[] = [];
  for (const section of indexRubric(rubric).sectionsByScope[scope]) {
    lines.push('', ...comment(indent, `── ${text(section.title) ?? section.id} ──`));
    if (section.description) lines.push(...comment(indent, text(section.description) ?? ''));
    for (const [i, question] of section.questions.entries()) {
      if (i > 0) lines.push('');
      lines.push(...comment(indent, `${text(question.title) ?? question.id}`));
      if (question.help) lines.push(...comment(indent, text(question.help) ?? '', 2));
      lines.push(...answerFormat(question, indent, ctx));
      if (question.when)
        lines.push(
          ...comment(
            indent,
            t('q.when', {
              condition: describeCondition(
                question.when,
                t,
                (id) => id,
                (_id, v) => valueText(v),
              ),
            }),
            2,
          ),
        );
      if (question.allow_na) lines.push(...comment(indent, t('q.na'), 2));
      if (!isRequired(question)) lines.push(...comment(indent, t('q.optional'), 2));
      lines.push(`${' '.repeat(indent)}# ${yamlScalar(question.id)}:`);
    }
  }
  return lines;
}

const hasQuestions = (rubric: Rubric, scope: Scope) => indexRubric(rubric).byScope[scope].length > 0;

/** `answers: {}` with the hint to drop the braces; the questions follow as comments. */
function answersBlock(scope: Scope, indent: number, ctx: Context): string[] {
  const pad = ' '.repeat(indent);
  if (!hasQuestions(ctx.rubric, scope)) return [`${pad}answers: {}`];
  return [`${pad}answers: {}  # ${ctx.t('tpl.answers-empty')}`, ...questionBlocks(scope, indent + 2, ctx)];
}

/** A name in the rubric's default language, with the comment language's name beside it when it differs. */
function nameLine(indent: number, name: LocalizedText, ctx: Context): string {
  const official = localize(name, ctx.rubric.languages[0] ?? 'id', ctx.rubric.languages[0] ?? 'id') ?? '';
  const translated = ctx.text(name);
  const note = translated !== undefined && translated !== official ? `  # ${oneLine(translated)}` : '';
  return `${' '.repeat(indent)}name: ${yamlScalar(official)}${note}`;
}

function opdBlock(opd: CatalogOpd, ctx: Context): string[] {
  const { t } = ctx;
  const volume = isVolumeRequired(ctx.rubric)
    ? [`        # annual_volume:  # ${t('tpl.volume-line')}`]
    : [`        # annual_volume:  # ${t('tpl.volume-line-optional')}`];
  const services = opd.services.flatMap((service) => [
    '',
    `      - id: ${yamlScalar(service.id)}`,
    nameLine(8, service.name, ctx),
    ...(service.description ? comment(8, ctx.text(service.description) ?? '') : []),
    ...volume,
    ...answersBlock('service', 8, ctx),
  ]);
  return [
    '',
    `  - id: ${yamlScalar(opd.id)}`,
    nameLine(4, opd.name, ctx),
    ...answersBlock('opd', 4, ctx),
    ...(services.length === 0 ? [`    services: []  # ${t('tpl.no-services')}`] : ['    services:', ...services]),
  ];
}

function header(rubric: Rubric, choices: TemplateChoices, ctx: Context): string[] {
  const { t, text } = ctx;
  const ref = `${rubric.rubric}@${rubric.version}`;
  const volume = isVolumeRequired(rubric) ? t('tpl.volume-required') : t('tpl.volume-optional');
  const file = choices.fileLabel;
  const example =
    indexRubric(rubric).byScope.service[0]?.question.id ?? indexRubric(rubric).questions.keys().next().value ?? 'id';
  const na = [...indexRubric(rubric).questions.values()].some((e) => e.question.allow_na) ? [t('tpl.how-na')] : [];
  const bullets = [
    t('tpl.how-uncomment', { example }),
    t('tpl.how-braces'),
    t('tpl.how-unanswered'),
    ...na,
    t('tpl.how-evidence'),
    volume,
    t('tpl.how-check', { file }),
  ];
  return [
    `# yaml-language-server: $schema=${choices.schemaRef}`,
    ...comment(0, t('tpl.title', { city: choices.city.name, period: choices.period })),
    ...comment(0, t('tpl.rubric', { title: text(rubric.title) ?? rubric.rubric, ref })),
    '#',
    ...comment(0, t('tpl.how')),
    ...bullets.flatMap(bullet),
  ];
}

/**
 * The template text: a valid answers file (`opdm validate` accepts it; its completeness is 0)
 * for the city and the chosen catalog OPDs, every question documented in `choices.lang`.
 */
export function buildAnswersTemplate(rubric: Rubric, choices: TemplateChoices, t: T): string {
  const defaultLang = rubric.languages[0] ?? 'id';
  const ctx: Context = { rubric, t, text: (text) => localize(text, choices.lang, defaultLang) };
  const { city } = choices;
  const placeholder = choices.isCityPlaceholder ? `  # ${t('tpl.city-placeholder')}` : '';
  const opds = choices.opds.flatMap((opd) => opdBlock(opd, ctx));
  const example: CatalogOpd = {
    id: 'contoh-opd',
    name: t('tpl.example-opd'),
    services: [{ id: 'contoh-layanan', name: t('tpl.example-service') }],
  };
  const noCatalog = [
    ...comment(0, t('tpl.no-catalog')),
    'opds: []',
    '# opds:',
    ...opdBlock(example, ctx)
      .filter(Boolean)
      .map((l) => `# ${l}`),
  ];
  const lines = [
    ...header(rubric, choices, ctx),
    '',
    `rubric: ${yamlScalar(`${rubric.rubric}@${rubric.version}`)}`,
    'city:',
    `  id: ${yamlScalar(city.id)}${placeholder}`,
    `  name: ${yamlScalar(city.name)}${placeholder}`,
    city.province === undefined
      ? `  # province: Jawa Barat  # ${t('tpl.optional')}`
      : `  province: ${yamlScalar(city.province)}`,
    `period: ${yamlScalar(choices.period)}`,
    `# assessed_at: YYYY-MM-DD  # ${t('tpl.optional')}`,
    `# assessors: [${yamlScalar(t('tpl.example-assessor'))}]  # ${t('tpl.optional')}`,
    ...answersBlock('city', 0, ctx),
    '',
    ...(choices.opds.length === 0 ? noCatalog : ['opds:', ...opds]),
  ];
  return `${lines.join('\n')}\n`;
}
