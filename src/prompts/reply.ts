/**
 * What putting one question gives back, and what every question prompt shares: the entries
 * added to a list (leave for later, not applicable, back) and what a person types for them at
 * a typed prompt.
 */
import type { AnswerValue, Rubric } from '../core/types.js';
import type { Lang, Translate } from '../i18n/index.js';
import type { AssessMessageKey } from '../i18n/assess-messages.js';
import type { Asker } from './asker.js';

/** Chosen to leave the question for later (or, when it has an answer, to keep that answer). */
export const SKIP = Symbol('skip');
/** Chosen to mark the question not applicable here. */
export const NOT_APPLICABLE = Symbol('not-applicable');
/** Chosen to go back to the previous question (its answer stays saved, and is offered again). */
export const BACK = Symbol('back');
/** What a person types for "not applicable" at a typed prompt. */
export const NA_TEXT = '-';
/** What a person types for "back" at a typed prompt. */
export const BACK_TEXT = '<';

export type Reply =
  { kind: 'answer'; value: AnswerValue } | { kind: 'na'; reason: string } | { kind: 'skip' } | { kind: 'back' };

export interface QuestionContext {
  asker: Asker;
  rubric: Rubric;
  lang: Lang;
  /** Where the question is asked: `dukcapil/akta-lahir/pengajuan`; prompt keys build on it. */
  path: string;
  /** The answer in the file, preselected (when reviewing, or after going back). */
  current: AnswerValue | undefined;
  /** Whether there is a previous question to go back to. */
  canGoBack: boolean;
}

/** Whether `typed` asks to go back, where going back is offered. */
export const isBackText = (typed: string, canGoBack: boolean): boolean => canGoBack && typed.trim() === BACK_TEXT;

/**
 * What the keys do at a typed prompt, as one hint: `Enter = biarkan; ketik < untuk kembali`.
 * Keys left out (false, undefined) are not offered there.
 */
export function keyHints(
  t: Translate<AssessMessageKey>,
  keys: readonly (AssessMessageKey | false | undefined)[],
): string {
  return keys
    .filter((key): key is AssessMessageKey => typeof key === 'string')
    .map((key) => t(key))
    .join('; ');
}
