/**
 * The answers file of an `opdm assess` session, shared safely: one session per file (a lock),
 * and before each save a look at the file on disk. When someone else changed it since this
 * session last read or wrote it (a hand edit, another tool), their change is merged with this
 * session's answers when they touched different answers; otherwise the session stops (exit 2)
 * and leaves the file as the other writer left it, saying which answers were not saved.
 */
import { InvalidInputError, UsageError } from '../errors.js';
import { translator, type Lang } from '../i18n/index.js';
import { assessMessages } from '../i18n/assess-messages.js';
import { realPathOf } from '../io/paths.js';
import { acquireLock, LockedError } from '../io/lock.js';
import { readTextFile } from '../io/read-text.js';
import { writeFileAtomic } from '../io/write-output.js';
import type { AnswersDoc } from '../prompts/answers-doc.js';
import type { Asker } from '../prompts/asker.js';
import { mergeConcurrentEdit, unsavedChanges, type Conflict } from '../prompts/concurrent-edit.js';
import type { Save } from '../prompts/session.js';
import { errnoOf } from '../io/issues.js';

/**
 * Takes the answers file's lock; returns its release.
 * @throws UsageError `assess.locked` naming who holds it (pid, host, user, since).
 */
export function lockAnswersFile(path: string, file: string): () => void {
  try {
    // By the file's real path: the same file reached through a symlink has the same lock.
    return acquireLock(realPathOf(path));
  } catch (error) {
    if (!(error instanceof LockedError)) throw error;
    if (error.holder === undefined) throw new UsageError('assess.locked-unknown', { file, lock: error.lockFile });
    const { pid, host, user, since } = error.holder;
    throw new UsageError('assess.locked', { file, pid, host, user, since, lock: error.lockFile });
  }
}

/**
 * A value as a person reads it in a message: text as it is, an empty list as `(tidak ada)` (as
 * the interview shows it), anything else as YAML-like JSON.
 */
function shown(value: unknown, lang: Lang): string {
  const t = translator(assessMessages, lang);
  if (value === undefined) return t('assess.removed-value');
  if (Array.isArray(value) && value.length === 0) return t('assess.none');
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export interface SaveOptions {
  /** The path this process writes. */
  path: string;
  /** The file as the person named it, for messages. */
  file: string;
  /** The file's text as this session last read or wrote it. */
  baseText: string;
  /** Reads and checks the file as it is now, as `opdm validate` would (InvalidInputError). */
  check: () => Promise<void>;
  asker: Pick<Asker, 'say'>;
  stderr: (text: string) => void;
  lang: Lang;
  /** Called with the document the session goes on with after a merge. */
  onMerged?: (doc: AnswersDoc) => void;
}

/** The file's text now; undefined when it is gone. */
async function readNow(path: string): Promise<string | undefined> {
  try {
    return await readTextFile(path);
  } catch (error) {
    if (error instanceof InvalidInputError && error.issues[0]?.code === 'file.missing') return undefined;
    if (errnoOf(error) === 'ENOENT') return undefined;
    throw error;
  }
}

/** The Save of an interview: atomic, and merging (or stopping at) what changed on disk meanwhile. */
export function createMergingSave(options: SaveOptions): Save {
  const t = translator(assessMessages, options.lang);
  let base = options.baseText;
  const list = (items: readonly Conflict[], item: (c: Conflict) => string) => items.map(item).join('; ') || '-';
  const unsaved = (doc: AnswersDoc) =>
    list(unsavedChanges(base, doc), (c) => `${c.where} = ${shown(c.ours, options.lang)}`);

  return async (doc) => {
    // A few rounds at most: someone saving again between our look and our write.
    for (let round = 0; ; round += 1) {
      const now = await readNow(options.path);
      if (now === base || now === undefined) {
        const text = doc.toString();
        await writeFileAtomic(options.path, text);
        if (now === undefined) options.asker.say(t('assess.recreated', { file: options.file }));
        base = text;
        return undefined;
      }
      try {
        await options.check();
      } catch (error) {
        if (error instanceof InvalidInputError) {
          options.stderr(`opdm: ${t('assess.changed-invalid', { file: options.file, unsaved: unsaved(doc) })}\n`);
        }
        throw error;
      }
      const result = mergeConcurrentEdit(base, doc, now);
      if (result.kind === 'conflict') {
        const conflicts = list(result.conflicts, (c) =>
          t('assess.conflict-item', {
            where: c.where,
            ours: shown(c.ours, options.lang),
            theirs: shown(c.theirs, options.lang),
          }),
        );
        throw new UsageError('assess.conflict', { file: options.file, conflicts, unsaved: unsaved(doc) });
      }
      if (result.kind === 'moved') throw new UsageError('assess.moved', { file: options.file, unsaved: unsaved(doc) });
      const text = result.doc.toString();
      // Checking and merging took a moment: if the file changed again meanwhile, merge again.
      if ((await readNow(options.path)) !== now && round < 3) continue;
      await writeFileAtomic(options.path, text);
      base = text;
      options.asker.say(t('assess.merged', { file: options.file }));
      options.onMerged?.(result.doc);
      return result.doc;
    }
  };
}
