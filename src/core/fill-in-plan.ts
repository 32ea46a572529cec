/**
 * The fill-in workbook's plan and layout: which sheets it has, which row holds which question
 * of which entity, and the texts a cell may hold for an answer. `opdm init --format xlsx` writes
 * the plan into the workbook; `opdm import` reads it back and expects every row where the plan
 * puts it. Both sides build the rows with {@link layoutSheet}, so they cannot disagree.
 */
import { localize } from './localize.js';
import { indexRubric } from './rubric-index.js';
import type { MultiQuestion, OptionValue, Question, Rubric, Scope } from './types.js';

/** What the hidden plan sheet's first cell holds: the layout's version. */
export const FILL_IN_FORMAT = 'opdm-fill-in/1';

/** The structure columns and the columns a person fills in, 1-based as a spreadsheet counts. */
export const COLUMNS = { key: 1, service: 2, question: 3, help: 4, answer: 5, na: 6, evidence: 7 } as const;
export type ColumnName = keyof typeof COLUMNS;
export const COLUMN_COUNT = 7;
/** Row 1: the sheet's title; row 2: the column headers; the rows of the plan start at 3. */
export const FIRST_ROW = 3;
/** Where the instructions sheet shows the rubric the workbook was made for. */
export const RUBRIC_CELL = { row: 5, col: 2 } as const;

export interface PlanService {
  id: string;
  name: string;
  /** Kept from an answers file (`--from`): the workbook shows and edits only the rest. */
  notes?: string;
}

/** One sheet of answers: the city's questions, or one OPD with its services. */
export interface PlanSheet {
  /** The sheet's name in the workbook (Excel: at most 31 characters, unique ignoring case). */
  name: string;
  scope: 'city' | 'opd';
  opd?: { id: string; name: string; notes?: string };
  services: PlanService[];
  /** Empty service blocks at the end, for services the catalog does not list. */
  blanks: number;
}

/** Everything the workbook needs to become an answers file again, besides the cells. */
export interface FillInPlan {
  format: typeof FILL_IN_FORMAT;
  /** `id@version` of the rubric the workbook was made for. */
  rubric: string;
  /** {@link rubricFingerprint} of that rubric: another rubric (or version) lays out other rows. */
  fingerprint: string;
  lang: string;
  city: { id: string; name: string; province?: string };
  period: string;
  assessed_at?: string;
  assessors?: string[];
  notes?: string;
  /** Names of the instructions sheet and the hidden sheets. */
  instructions: string;
  sheets: PlanSheet[];
}

/** Which entity a row belongs to within its sheet. */
export type RowEntity =
  | { scope: 'city' }
  | { scope: 'opd' }
  | { scope: 'service'; service: number; isBlank: false }
  | { scope: 'service'; service: number; isBlank: true };

export type LayoutRow =
  | { kind: 'service'; key: string; entity: RowEntity & { scope: 'service' } }
  | { kind: 'question'; key: string; entity: RowEntity; question: Question }
  | { kind: 'option'; key: string; entity: RowEntity; question: MultiQuestion; value: OptionValue };

/** `[akta-kelahiran]`, `[+1]` for the first empty block: the service part of a row's key. */
const serviceTag = (entity: RowEntity, services: readonly PlanService[]): string =>
  entity.scope !== 'service'
    ? ''
    : entity.isBlank
      ? `[+${entity.service + 1}] `
      : `[${services[entity.service]?.id ?? ''}] `;

function questionRows(scope: Scope, entity: RowEntity, rubric: Rubric, tag: string): LayoutRow[] {
  const rows: LayoutRow[] = [];
  for (const { question } of indexRubric(rubric).byScope[scope]) {
    rows.push({ kind: 'question', key: `${tag}${question.id}`, entity, question });
    if (question.type !== 'multi') continue;
    for (const option of question.options)
      rows.push({
        kind: 'option',
        key: `${tag}${question.id}=${String(option.value)}`,
        entity,
        question,
        value: option.value,
      });
  }
  return rows;
}

/**
 * The rows of one sheet, in order from {@link FIRST_ROW}: the city's questions; or the OPD's own
 * questions, then each service (a row for its name and volume, then its questions), then the
 * empty blocks. A multiple-choice question has a row of its own and one row per option below it.
 */
export function layoutSheet(rubric: Rubric, sheet: PlanSheet): LayoutRow[] {
  if (sheet.scope === 'city') return questionRows('city', { scope: 'city' }, rubric, '');
  const rows = questionRows('opd', { scope: 'opd' }, rubric, '');
  const block = (entity: RowEntity & { scope: 'service' }) => {
    const tag = serviceTag(entity, sheet.services);
    rows.push({ kind: 'service', key: tag.trimEnd(), entity }, ...questionRows('service', entity, rubric, tag));
  };
  sheet.services.forEach((_, service) => block({ scope: 'service', service, isBlank: false }));
  for (let service = 0; service < sheet.blanks; service++) block({ scope: 'service', service, isBlank: true });
  return rows;
}

/** FNV-1a over the text, as 8 hex digits: short, stable, and enough to tell layouts apart. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * What decides the rows and what a cell may hold: every question's id, scope, type, options,
 * range and whether it may be not applicable. Titles and scores may change without a new workbook.
 */
export function rubricFingerprint(rubric: Rubric): string {
  const parts = rubric.sections
    .flatMap((section) => section.questions.map((q) => ({ q, scope: section.scope })))
    .map(({ q, scope }) =>
      [
        scope,
        q.id,
        q.type,
        q.allow_na === true ? 'na' : '',
        'options' in q && Array.isArray(q.options) ? q.options.map((o) => JSON.stringify(o.value)).join(',') : '',
        q.type === 'number' ? `${q.min ?? ''}..${q.max ?? ''}` : '',
      ].join('|'),
    );
  return fnv1a(parts.join('\n'));
}

/** Yes and no as a cell shows them, and every word accepted for each when reading it back. */
export interface YesNoWords {
  yes: string;
  no: string;
  /** Lowercase words read as yes / no, in any language the workbook may come back in. */
  yesWords: readonly string[];
  noWords: readonly string[];
}

/**
 * The texts of a question's drop-down list, in `lang`: option labels (a label that two options
 * share gets its value added, so that each text names one option), or a boolean's two branches.
 */
export function answerLabels(question: Question, lang: string, rubric: Rubric, words: YesNoWords): string[] {
  const defaultLang = rubric.languages[0] ?? 'id';
  if (question.type === 'boolean')
    return [true, false].map(
      (b) => localize(question.options?.[b ? 'true' : 'false']?.label, lang, defaultLang) ?? (b ? words.yes : words.no),
    );
  if (question.type !== 'choice' && question.type !== 'multi') return [];
  const labels = question.options.map((o) => oneLine(localize(o.label, lang, defaultLang) ?? String(o.value)));
  return labels.map((label, i) =>
    labels.indexOf(label) === labels.lastIndexOf(label) ? label : `${label} (${String(question.options[i]!.value)})`,
  );
}

/** A list entry must be one line: Excel's lists and LibreOffice's both split on line breaks. */
export const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The entities a new workbook asks about: OPDs with their services, and whether the city's questions. */
export interface PlanChoices {
  lang: string;
  city: FillInPlan['city'];
  period: string;
  assessed_at?: string;
  assessors?: readonly string[];
  notes?: string;
  isCityIncluded: boolean;
  opds: readonly { id: string; name: string; notes?: string; services: readonly PlanService[] }[];
  /** Empty service blocks per OPD. */
  blanks: number;
  /** Names of the sheets that are not OPDs, in the workbook's language. */
  names: { instructions: string; city: string };
}

/** Excel's rules for a sheet name: 31 characters at most, none of `[]:*?/\`, unique ignoring case. */
function uniqueSheetName(wanted: string, taken: Set<string>): string {
  const base = wanted.replace(/[[\]:*?/\\]/g, '-').slice(0, 31) || 'opd';
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base.slice(0, 31 - String(n).length - 1)}~${n}`;
  taken.add(name.toLowerCase());
  return name;
}

/** The plan of a new workbook: its sheets, named, in order (instructions, city, one per OPD). */
export function makePlan(rubric: Rubric, choices: PlanChoices, hidden: readonly string[]): FillInPlan {
  const taken = new Set(hidden.map((n) => n.toLowerCase()));
  const instructions = uniqueSheetName(choices.names.instructions, taken);
  const sheets: PlanSheet[] = [];
  if (choices.isCityIncluded && indexRubric(rubric).byScope.city.length > 0)
    sheets.push({ name: uniqueSheetName(choices.names.city, taken), scope: 'city', services: [], blanks: 0 });
  for (const opd of choices.opds) {
    const { services, ...rest } = opd;
    sheets.push({
      name: uniqueSheetName(opd.id, taken),
      scope: 'opd',
      opd: rest,
      services: services.map((s) => ({ ...s })),
      blanks: choices.blanks,
    });
  }
  return {
    format: FILL_IN_FORMAT,
    rubric: `${rubric.rubric}@${rubric.version}`,
    fingerprint: rubricFingerprint(rubric),
    lang: choices.lang,
    city: choices.city,
    period: choices.period,
    ...(choices.assessed_at === undefined ? {} : { assessed_at: choices.assessed_at }),
    ...(choices.assessors === undefined ? {} : { assessors: [...choices.assessors] }),
    ...(choices.notes === undefined ? {} : { notes: choices.notes }),
    instructions,
    sheets,
  };
}
