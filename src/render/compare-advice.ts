/**
 * The learn-from entries as advice a head of OPD can act on: where, who learns from whom,
 * the level it lifts, each answer to change (from what the learner does now to what the other
 * does), and the office visits a year it saves. Rubric titles and labels in the report language.
 */
import { translator } from '../i18n/index.js';
import { compareMessages } from '../i18n/compare-messages.js';
import { answerLabel, formatNumber, levelLabel, questionTitle } from './format.js';
import { namesIn, sidesOf } from './compare-view.js';
import type { Comparison, LearnFrom } from '../core/compare.js';
import type { RenderContext } from './context.js';

type Ctx = Pick<RenderContext, 'lang' | 'rubric'>;

/** One entry's texts; `steps` one per question, in rubric order. */
export interface Advice {
  /** `Disdukcapil / Akta Kelahiran` */
  where: string;
  /** `Kota Rintis can learn from Kota Maju` */
  who: string;
  /** `level 1 Information → 3 Transaction` */
  levels: string;
  /** `Application: 'Form at the counter' → 'Online form'` */
  steps: string[];
  /** `saves 60,000 visits a year` */
  saves: string;
}

/** A step's question and both answers, as the rubric words them. */
export function stepTexts(step: LearnFrom['steps'][number], ctx: Ctx) {
  return {
    question: questionTitle(ctx.rubric, step.question, ctx.lang),
    from: answerLabel(ctx.rubric, step.question, step.from_answer, ctx.lang),
    to: answerLabel(ctx.rubric, step.question, step.to_answer, ctx.lang),
  };
}

/** The texts of one learn-from entry. */
export function adviceOf(entry: LearnFrom, c: Comparison, ctx: Ctx): Advice {
  const t = translator(compareMessages, ctx.lang);
  const sides = sidesOf(c);
  const names = namesIn(c, ctx.rubric);
  const to = entry.to_side;
  const from = to === 'a' ? 'b' : 'a';
  const who = t(sides.isPeriods ? 'learn.periods' : 'learn.cities', { to: sides[to], from: sides[from] });
  const steps = entry.steps.map((step) => {
    const text = t('learn.step', stepTexts(step, ctx));
    return step.removes_visit ? t('learn.removes-visit', { step: text }) : text;
  });
  const saves =
    entry.visits_saved === null
      ? t('learn.saves-unknown', { side: sides[to] })
      : entry.visits_saved > 0
        ? t('learn.saves', { n: formatNumber(entry.visits_saved, ctx.lang) })
        : t('learn.saves-none');
  return {
    where: `${names.opd(entry.opd, to)} / ${names.service(entry.opd, entry.service, to)}`,
    who,
    levels: t('learn.levels', {
      to: levelLabel(ctx.rubric, entry.to_level, ctx.lang),
      from: levelLabel(ctx.rubric, entry.from_level, ctx.lang),
    }),
    steps: steps.length > 0 ? steps : [t('learn.no-steps')],
    saves,
  };
}
