/**
 * What every step of an interview shares: the asker, the rubric, the document being built, and
 * `commit`, which saves the document (atomically, through the injected `save`) before the next
 * question is asked.
 */
import { localize } from '../core/localize.js';
import type { LocalizedText, Rubric } from '../core/types.js';
import { translator, type Lang, type Translate } from '../i18n/index.js';
import { assessMessages, type AssessMessageKey } from '../i18n/assess-messages.js';
import type { AnswersDoc } from './answers-doc.js';
import type { Asker } from './asker.js';

/**
 * Writes the document to the answers file; resolves once it is safely on disk. When the file
 * changed on disk meanwhile and the change was merged in, resolves with the merged document,
 * which the session goes on with.
 */
export type Save = (doc: AnswersDoc) => Promise<AnswersDoc | void>;

export interface Session {
  asker: Asker;
  rubric: Rubric;
  lang: Lang;
  doc: AnswersDoc;
  /** `--review`: ask answered questions again, the current answer preselected. */
  isReview: boolean;
  t: Translate<AssessMessageKey>;
  /** A rubric text in the session's language (falling back to the rubric's default). */
  text: (value: LocalizedText | undefined) => string | undefined;
  /** Saves the document if it changed since the last save. */
  commit: () => Promise<void>;
  /** Keys of the prompts already put in this session: a skipped question is not asked twice. */
  asked: Set<string>;
  /**
   * Keys of the prompts answered in the current walk (an OPD with its services, or the city's
   * questions), in order: where "back" goes.
   */
  trail: string[];
  /** The prompt "back" returned to: put next, its answer offered again. */
  backTo: string | undefined;
  /** Prompts put again even when answered: those "back" passed over on its way. */
  again: Set<string>;
  /** The terminal's width, for the lines the interview writes itself. */
  width?: number;
}

export interface SessionOptions {
  asker: Asker;
  rubric: Rubric;
  lang: Lang;
  doc: AnswersDoc;
  save: Save;
  isReview?: boolean;
  width?: number;
}

/** A session over `doc`; the document as given counts as saved. */
export function createSession(options: SessionOptions): Session {
  const { asker, rubric, lang, save } = options;
  let saved = options.doc.toString();
  const defaultLang = rubric.languages[0] ?? lang;
  const session: Session = {
    asker,
    rubric,
    lang,
    doc: options.doc,
    isReview: options.isReview === true,
    t: translator(assessMessages, lang),
    text: (value) => localize(value, lang, defaultLang),
    asked: new Set(),
    trail: [],
    backTo: undefined,
    again: new Set(),
    ...(options.width === undefined ? {} : { width: options.width }),
    async commit() {
      const text = session.doc.toString();
      if (text === saved) return;
      const merged = await save(session.doc);
      // Someone else's edit was merged in: the interview goes on with their answers too.
      if (merged) session.doc = merged;
      saved = session.doc.toString();
    },
  };
  return session;
}

/**
 * "Back" at the prompt `key`: the previous prompt of the trail is put next (its answer, saved
 * already, offered back), then those after it again, up to `key`. Returns the previous prompt's key.
 */
export function goBack(s: Session, key: string | undefined): string | undefined {
  const target = s.trail.pop();
  for (const again of [key, target]) {
    if (again === undefined) continue;
    s.asked.delete(again);
    s.again.add(again);
  }
  s.backTo = target;
  return target;
}

/** Marks the prompt `key` as put in this session. */
export function markPut(s: Session, key: string): void {
  s.asked.add(key);
  s.again.delete(key);
  if (s.backTo === key) s.backTo = undefined;
}

/** A catalog name as the file stores it: in the rubric's default language. */
export function fileName(rubric: Rubric, name: LocalizedText): string {
  const defaultLang = rubric.languages[0] ?? 'id';
  return localize(name, defaultLang, defaultLang) ?? '';
}
