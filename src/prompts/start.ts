/**
 * How a session opens: for a new file, who and what is assessed (city, period, assessors);
 * for an existing one, what to do now. Neither needs the rubric, so the first prompt shows at
 * once while the rubric loads behind it.
 */
import { translator, type Lang } from '../i18n/index.js';
import { assessMessages } from '../i18n/assess-messages.js';
import type { Asker } from './asker.js';
import { ID_PATTERN, slugify } from '../core/ids.js';
import { splitList } from './parse-input.js';

export interface HeaderAnswers {
  city: { id: string; name: string; province?: string };
  period: string;
  assessors: string[];
}

/**
 * Asks the city (name, id, province), the period and the assessors of a new answers file.
 * `signal` aborts the prompt on screen (when loading the rubric fails meanwhile).
 */
export async function askHeader(asker: Asker, lang: Lang, today: string, signal?: AbortSignal): Promise<HeaderAnswers> {
  const t = translator(assessMessages, lang);
  const required = (value: string) => (value.trim() === '' ? t('assess.required') : true);
  const abort = signal ? { signal } : {};
  const name = (
    await asker.input({ key: 'city.name', message: t('assess.city-name'), validate: required, ...abort })
  ).trim();
  const id = await asker.input({
    ...abort,
    key: 'city.id',
    message: t('assess.city-id'),
    default: slugify(name),
    validate: (value) => (ID_PATTERN.test(value.trim()) ? true : t('assess.bad-id')),
  });
  const province = (await asker.input({ key: 'city.province', message: t('assess.province'), ...abort })).trim();
  const period = await asker.input({
    key: 'city.period',
    message: t('assess.period'),
    default: today.slice(0, 4),
    validate: required,
    ...abort,
  });
  const assessors = await asker.input({ key: 'city.assessors', message: t('assess.assessors'), ...abort });
  return {
    city: { id: id.trim(), name, ...(province === '' ? {} : { province }) },
    period: period.trim(),
    assessors: splitList(assessors),
  };
}

/** What an existing file's session does: continue, choose or add OPDs first, or just show the result. */
export type StartChoice = 'continue' | 'choose' | 'finish';

/** The first prompt when an answers file exists: continue where it stopped is the default. */
export async function askStart(
  asker: Asker,
  lang: Lang,
  about: { file: string; isReview: boolean },
  signal?: AbortSignal,
): Promise<StartChoice> {
  const t = translator(assessMessages, lang);
  return asker.select<StartChoice>({
    key: 'start',
    message: t('assess.start', { file: about.file }),
    choices: [
      { value: 'continue', label: t(about.isReview ? 'assess.start-review' : 'assess.start-continue') },
      { value: 'choose', label: t('assess.start-choose') },
      { value: 'finish', label: t('assess.start-finish') },
    ],
    default: 'continue',
    ...(signal ? { signal } : {}),
  });
}
