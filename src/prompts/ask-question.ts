/**
 * Putting one rubric question to a person, by its type: a list for `choice` and `boolean`,
 * check boxes for `multi`, typed text for `number` and `text`. Every question can be left for
 * later; one that allows it can be marked not applicable, with a reason.
 */
import { localize } from '../core/localize.js';
import { isNotApplicable } from '../core/not-applicable.js';
import type { AnswerValue, LocalizedText, NumberQuestion, OptionValue, Question, Rubric } from '../core/types.js';
import { translator, type Lang } from '../i18n/index.js';
import { assessMessages } from '../i18n/assess-messages.js';
import type { Asker, Choice } from './asker.js';
import { parseNumberText } from './parse-input.js';

/** Chosen to leave the question for later (or, when it has an answer, to keep that answer). */
export const SKIP = Symbol('skip');
/** Chosen to mark the question not applicable here. */
export const NOT_APPLICABLE = Symbol('not-applicable');
/** What a person types for "not applicable" at a typed question. */
const NA_TEXT = '-';

export type Reply = { kind: 'answer'; value: AnswerValue } | { kind: 'na'; reason: string } | { kind: 'skip' };

export interface QuestionContext {
  asker: Asker;
  rubric: Rubric;
  lang: Lang;
  /** Where the question is asked: `dukcapil/akta-lahir/pengajuan`; prompt keys build on it. */
  path: string;
  /** The answer in the file, preselected (when reviewing). */
  current: AnswerValue | undefined;
}

type Picked = OptionValue | typeof SKIP | typeof NOT_APPLICABLE;

/** Asks one question; the reply says what to save (nothing, for a skip). */
export async function askQuestion(question: Question, ctx: QuestionContext): Promise<Reply> {
  const t = translator(assessMessages, ctx.lang);
  const text = (value: LocalizedText | undefined) => localize(value, ctx.lang, ctx.rubric.languages[0] ?? ctx.lang);
  const message = `${text(question.title) ?? question.id}${question.required === false ? ` ${t('assess.optional')}` : ''}`;
  const help = text(question.help);
  if (help) ctx.asker.say(help, 'help');
  const hasAnswer = ctx.current !== undefined;
  const extras: Choice<Picked>[] = [
    ...(question.allow_na ? [{ value: NOT_APPLICABLE, label: t('assess.na') } as const] : []),
    { value: SKIP, label: t(hasAnswer ? 'assess.keep' : 'assess.skip') },
  ];
  const preselected: Picked | undefined = isNotApplicable(ctx.current)
    ? NOT_APPLICABLE
    : (ctx.current as Picked | undefined);
  const key = `answer:${ctx.path}`;
  let reply: Reply;
  switch (question.type) {
    case 'choice':
    case 'boolean': {
      let options: Choice<Picked>[];
      if (question.type === 'boolean') {
        const branches = question.options;
        options = [true, false].map((value) => ({
          value,
          label: text(branches?.[value ? 'true' : 'false']?.label) ?? t(value ? 'assess.yes' : 'assess.no'),
        }));
      } else {
        options = question.options.map((o) => ({
          value: o.value,
          label: text(o.label) ?? String(o.value),
          ...(o.help ? { description: text(o.help) } : {}),
        }));
      }
      const picked = await ctx.asker.select<Picked>({
        key,
        message,
        choices: [...options, ...extras],
        ...(preselected === undefined || Array.isArray(preselected) ? {} : { default: preselected }),
      });
      reply = fromPicked(picked);
      break;
    }
    case 'multi': {
      const chosen = Array.isArray(ctx.current) ? (ctx.current as readonly OptionValue[]) : [];
      const picked = await ctx.asker.checkbox<Picked>({
        key,
        message: `${message} ${t('assess.multi-hint', { space: t('assess.key.space'), select: t('assess.key.select') })}`,
        choices: [
          ...question.options.map((o) => ({
            value: o.value,
            label: text(o.label) ?? String(o.value),
            isChecked: chosen.includes(o.value),
            ...(o.help ? { description: text(o.help) } : {}),
          })),
          ...extras.map((e) => ({ ...e, isChecked: e.value === preselected })),
        ],
        validate: (values) =>
          values.length > 1 && values.some((v) => typeof v === 'symbol') ? t('assess.multi-alone') : true,
      });
      const special = picked.find((v): v is typeof SKIP | typeof NOT_APPLICABLE => typeof v === 'symbol');
      // Stored in rubric order, whatever order the boxes were ticked in.
      reply = special
        ? fromPicked(special)
        : { kind: 'answer', value: question.options.map((o) => o.value).filter((v) => picked.includes(v)) };
      break;
    }
    case 'number':
    case 'text':
      reply = await askTyped(question, message, key, ctx);
      break;
  }
  if (reply.kind !== 'na') return reply;
  const reason = await ctx.asker.input({
    key: `reason:${ctx.path}`,
    message: t('assess.na-reason'),
    ...(isNotApplicable(ctx.current) ? { default: ctx.current.na } : {}),
    validate: (value) => (value.trim() === '' ? t('assess.na-reason-empty') : true),
  });
  return { kind: 'na', reason: reason.trim() };
}

function fromPicked(picked: Picked | readonly OptionValue[]): Reply {
  if (picked === SKIP) return { kind: 'skip' };
  if (picked === NOT_APPLICABLE) return { kind: 'na', reason: '' };
  return { kind: 'answer', value: picked as AnswerValue };
}

/** The lowest number a question accepts: its `min`, and never below its first band. */
function lowestOf(question: NumberQuestion): number | undefined {
  const bounds = [question.min, question.bands[0]?.min].filter((n): n is number => n !== undefined);
  return bounds.length > 0 ? Math.max(...bounds) : undefined;
}

/** A number as a default that reads back the same: `12.3450`, never `12.345` (read as 12345). */
export function numberDefault(value: number): string {
  const text = String(value);
  return /\.\d{3}$/.test(text) ? `${text}0` : text;
}

async function askTyped(
  question: Question & { type: 'number' | 'text' },
  message: string,
  key: string,
  ctx: QuestionContext,
): Promise<Reply> {
  const t = translator(assessMessages, ctx.lang);
  const isNa = (value: string) => question.allow_na === true && value.trim() === NA_TEXT;
  let validate: (value: string) => true | string = () => true;
  let title = message;
  if (question.type === 'number') {
    const low = lowestOf(question);
    const unit = localize(question.unit, ctx.lang, ctx.rubric.languages[0] ?? ctx.lang);
    const range =
      low !== undefined && question.max !== undefined
        ? `${low}–${question.max}`
        : low !== undefined
          ? `≥ ${low}`
          : question.max !== undefined
            ? `≤ ${question.max}`
            : '';
    title = [message, unit ? `(${unit})` : '', range ? `[${range}]` : ''].filter(Boolean).join(' ');
    validate = (value) => {
      if (value.trim() === '' || isNa(value)) return true;
      const n = parseNumberText(value);
      if (n === undefined) return t('assess.not-a-number', { value });
      if (low !== undefined && n < low) return t('assess.number-below', { min: low });
      if (question.max !== undefined && n > question.max) return t('assess.number-above', { max: question.max });
      return true;
    };
  }
  ctx.asker.say(t(question.allow_na ? 'assess.typed-hint-na' : 'assess.typed-hint'), 'help');
  const current = ctx.current;
  const fallback = isNotApplicable(current)
    ? NA_TEXT
    : typeof current === 'number'
      ? numberDefault(current)
      : typeof current === 'string'
        ? current
        : undefined;
  const typed = await ctx.asker.input({
    key,
    message: title,
    ...(fallback === undefined ? {} : { default: fallback }),
    validate,
  });
  if (isNa(typed)) return { kind: 'na', reason: '' };
  if (typed.trim() === '') return { kind: 'skip' };
  if (question.type === 'text') return { kind: 'answer', value: typed.trim() };
  return { kind: 'answer', value: parseNumberText(typed) as number };
}

/**
 * Asks for the evidence behind an answer (a note or a URL). Undefined: leave as it is;
 * null: remove it (the person typed '-').
 */
export async function askEvidence(
  ctx: Pick<QuestionContext, 'asker' | 'lang' | 'path'>,
  current: string | undefined,
): Promise<string | null | undefined> {
  const t = translator(assessMessages, ctx.lang);
  const typed = await ctx.asker.input({
    key: `evidence:${ctx.path}`,
    message: t(current === undefined ? 'assess.evidence' : 'assess.evidence-change'),
    ...(current === undefined ? {} : { default: current }),
  });
  const value = typed.trim();
  if (value === NA_TEXT) return null;
  if (value === '' || value === current) return undefined;
  return value;
}
