/**
 * Questions answered by typing: a number (in either language's habit, `35%` where it counts in
 * percent) or a text. Enter leaves the question for later, or keeps the answer shown; `-` marks
 * it not applicable, `<` goes back.
 */
import { localize } from '../core/localize.js';
import { isNotApplicable } from '../core/not-applicable.js';
import type { LocalizedText, NumberQuestion, Question } from '../core/types.js';
import { translator } from '../i18n/index.js';
import { assessMessages } from '../i18n/assess-messages.js';
import { numberText, parseNumberText, withoutPercent } from './parse-input.js';
import { isBackText, keyHints, NA_TEXT, type QuestionContext, type Reply } from './reply.js';

/** The lowest number a question accepts: its `min`, and never below its first band. */
function lowestOf(question: NumberQuestion): number | undefined {
  const bounds = [question.min, question.bands[0]?.min].filter((n): n is number => n !== undefined);
  return bounds.length > 0 ? Math.max(...bounds) : undefined;
}

/** Units that say a question counts in percent, in the languages rubrics are written in. */
const PERCENT_UNITS = new Set(['%', 'persen', 'percent', 'per cent']);

/** Whether a number question counts in percent (its unit, in any language, says so): then `35%` is 35. */
function isPercent(question: NumberQuestion): boolean {
  const unit: LocalizedText | undefined = question.unit;
  const texts = unit === undefined ? [] : typeof unit === 'string' ? [unit] : Object.values(unit);
  return texts.some((text) => PERCENT_UNITS.has(text.trim().toLowerCase()));
}

/** How a number question reads what is typed; undefined when it is no number. */
const numberReader = (question: NumberQuestion) => (text: string) =>
  parseNumberText(isPercent(question) ? withoutPercent(text) : text);

/** `Share online (%) [0–100]`: the title with its unit and the range it accepts. */
function numberTitle(question: NumberQuestion, message: string, ctx: QuestionContext): string {
  const n = (value: number) => numberText(value, ctx.lang);
  const low = lowestOf(question);
  const { max } = question;
  const unit = localize(question.unit, ctx.lang, ctx.rubric.languages[0] ?? ctx.lang);
  const range =
    low !== undefined && max !== undefined
      ? `${n(low)}–${n(max)}`
      : low !== undefined
        ? `≥ ${n(low)}`
        : max !== undefined
          ? `≤ ${n(max)}`
          : '';
  return [message, unit ? `(${unit})` : '', range ? `[${range}]` : ''].filter(Boolean).join(' ');
}

/** Asks a number or text question; the current answer is offered back (Enter keeps it). */
export async function askTyped(
  question: Question & { type: 'number' | 'text' },
  message: string,
  key: string,
  ctx: QuestionContext,
): Promise<Reply> {
  const t = translator(assessMessages, ctx.lang);
  const isNa = (value: string) => question.allow_na === true && value.trim() === NA_TEXT;
  const isBack = (value: string) => isBackText(value, ctx.canGoBack);
  let validate: (value: string) => true | string = () => true;
  let title = message;
  const read = question.type === 'number' ? numberReader(question) : undefined;
  if (question.type === 'number' && read) {
    const low = lowestOf(question);
    title = numberTitle(question, message, ctx);
    validate = (value) => {
      if (value.trim() === '' || isNa(value) || isBack(value)) return true;
      const n = read(value);
      if (n === undefined) return t('assess.not-a-number', { value });
      if (low !== undefined && n < low) return t('assess.number-below', { min: numberText(low, ctx.lang) });
      if (question.max !== undefined && n > question.max)
        return t('assess.number-above', { max: numberText(question.max, ctx.lang) });
      return true;
    };
  }
  const { current } = ctx;
  const fallback = isNotApplicable(current)
    ? NA_TEXT
    : typeof current === 'number'
      ? numberText(current, ctx.lang)
      : typeof current === 'string'
        ? current
        : undefined;
  const hint = keyHints(t, [
    fallback === undefined ? 'assess.enter-skip' : 'assess.enter-keep',
    question.allow_na === true && 'assess.type-na',
    ctx.canGoBack && 'assess.type-back',
  ]);
  ctx.asker.say(`${hint}.`, 'help');
  const typed = await ctx.asker.input({
    key,
    message: title,
    ...(fallback === undefined ? {} : { default: fallback }),
    validate,
  });
  if (isBack(typed)) return { kind: 'back' };
  if (isNa(typed)) return { kind: 'na', reason: '' };
  if (typed.trim() === '') return { kind: 'skip' };
  if (!read) return { kind: 'answer', value: typed.trim() };
  return { kind: 'answer', value: read(typed) as number };
}
