/**
 * Putting one rubric question to a person, by its type: a list for `choice` and `boolean`,
 * check boxes for `multi`, typed text for `number` and `text` (ask-typed.ts). Every question
 * can be left for later; one that allows it can be marked not applicable, with a reason; and
 * after the first, a person can go back to the previous one.
 */
import { localize } from '../core/localize.js';
import { isNotApplicable } from '../core/not-applicable.js';
import type { AnswerValue, LocalizedText, OptionValue, Question } from '../core/types.js';
import { translator, type Translate } from '../i18n/index.js';
import { assessMessages, type AssessMessageKey } from '../i18n/assess-messages.js';
import type { Choice } from './asker.js';
import { askTyped } from './ask-typed.js';
import {
  BACK,
  isBackText,
  keyHints,
  NA_TEXT,
  NOT_APPLICABLE,
  SKIP,
  type QuestionContext,
  type Reply,
} from './reply.js';

type Special = typeof SKIP | typeof NOT_APPLICABLE | typeof BACK;
type Picked = OptionValue | Special;

/** Asks one question; the reply says what to save (nothing, for a skip or back). */
export async function askQuestion(question: Question, ctx: QuestionContext): Promise<Reply> {
  const t = translator(assessMessages, ctx.lang);
  const text = (value: LocalizedText | undefined) => localize(value, ctx.lang, ctx.rubric.languages[0] ?? ctx.lang);
  const optional = question.required === false ? ` ${t('assess.optional')}` : '';
  const message = `${text(question.title) ?? question.id}${optional}`;
  const help = text(question.help);
  if (help) ctx.asker.say(help, 'help');
  const labelOf = (value: OptionValue) =>
    text(question.type === 'multi' ? question.options.find((o) => o.value === value)?.label : undefined) ??
    String(value);
  const extras: Choice<Picked>[] = [
    ...(question.allow_na ? [{ value: NOT_APPLICABLE, label: t('assess.na') } as const] : []),
    { value: SKIP, label: keepLabel(ctx.current, question.type === 'multi', labelOf, t) },
    ...(ctx.canGoBack ? [{ value: BACK, label: t('assess.back') } as const] : []),
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
      const hint = t('assess.multi-hint', { space: t('assess.key.space'), select: t('assess.key.select') });
      let chosen = Array.isArray(ctx.current) ? (ctx.current as readonly OptionValue[]) : [];
      for (;;) {
        const picked = await ctx.asker.checkbox<Picked>({
          key,
          message: `${message} ${hint}`,
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
        const special = picked.find((v): v is Special => typeof v === 'symbol');
        // Stored in rubric order, whatever order the boxes were ticked in.
        chosen = question.options.map((o) => o.value).filter((v) => picked.includes(v));
        // Enter with nothing ticked may be a slip, and "none" can end a service's visits: asked to confirm.
        if (special || chosen.length > 0 || (await confirmNone(ctx, t))) {
          reply = special ? fromPicked(special) : { kind: 'answer', value: chosen };
          break;
        }
      }
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

/** "Leave for later", or with an answer "keep it"; a list's answer is spelt out, `(tidak ada)` when empty. */
function keepLabel(
  current: AnswerValue | undefined,
  isMulti: boolean,
  labelOf: (value: OptionValue) => string,
  t: Translate<AssessMessageKey>,
): string {
  if (current === undefined) return t('assess.skip');
  if (!isMulti || !Array.isArray(current)) return t('assess.keep');
  const answer = current.length === 0 ? t('assess.none') : current.map(labelOf).join(', ');
  return t('assess.keep-answer', { answer });
}

/** Whether an empty answer (nothing ticked) is meant; no ticks the boxes again. */
function confirmNone(ctx: QuestionContext, t: Translate<AssessMessageKey>): Promise<boolean> {
  return ctx.asker.confirm({ key: `none:${ctx.path}`, message: t('assess.confirm-none'), default: false });
}

function fromPicked(picked: Picked): Reply {
  if (picked === SKIP) return { kind: 'skip' };
  if (picked === NOT_APPLICABLE) return { kind: 'na', reason: '' };
  if (picked === BACK) return { kind: 'back' };
  return { kind: 'answer', value: picked };
}

/**
 * Asks for the evidence behind an answer (a note or a URL). Undefined: leave as it is;
 * null: remove it (the person typed '-'); BACK: put the question again.
 */
export async function askEvidence(
  ctx: Pick<QuestionContext, 'asker' | 'lang' | 'path' | 'canGoBack'>,
  current: string | undefined,
): Promise<string | null | undefined | typeof BACK> {
  const t = translator(assessMessages, ctx.lang);
  const keys = keyHints(t, [
    current === undefined ? 'assess.evidence-none' : 'assess.evidence-keep',
    ctx.canGoBack && 'assess.type-back',
  ]);
  const typed = await ctx.asker.input({
    key: `evidence:${ctx.path}`,
    message: t('assess.evidence', { keys }),
    ...(current === undefined ? {} : { default: current }),
  });
  const value = typed.trim();
  if (isBackText(value, ctx.canGoBack)) return BACK;
  if (value === NA_TEXT) return null;
  if (value === '' || value === current) return undefined;
  return value;
}
