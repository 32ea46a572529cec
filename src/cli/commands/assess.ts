import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { CancelledError, InvalidInputError, UsageError } from '../../errors.js';
import { translator, type Lang } from '../../i18n/index.js';
import { assessMessages } from '../../i18n/assess-messages.js';
import { bundledRubricIds, bundledRubricPath } from '../../io/bundled.js';
import type { LoadedRubric } from '../../io/load.js';
import { ioIssue } from '../../io/issues.js';
import { checkRegularFile } from '../../io/open-input.js';
import { isFolderThere, pathExists } from '../../io/paths.js';
import { readTextFile } from '../../io/read-text.js';
import { writeFileAtomic } from '../../io/write-output.js';
import type { AnswersDoc } from '../../prompts/answers-doc.js';
import { createMergingSave, lockAnswersFile } from '../assess-file.js';
import type { Asker } from '../../prompts/asker.js';
import { checkOpdIds } from '../../prompts/pick.js';
import { askHeader, askStart, type StartChoice } from '../../prompts/start.js';
import { safeText } from '../../render/safe-text.js';
import { isColorWanted, terminalWidth, type CliEnv } from '../env.js';
import { printIssues } from '../print-issues.js';
import type { Options } from '../options.js';
import { GENERATOR } from '../version.js';

/** The rubric of a new answers file when `--rubric` is not given. */
const DEFAULT_RUBRIC = 'opd-digital-maturity';
/** How many gap actions the closing scorecard shows. */
const TOP_ACTIONS = 5;

export interface AssessRequest {
  /** The answers file to create or continue; asked for when missing. */
  file?: string;
  rubricFile?: string;
  opdIds?: readonly string[];
  isReview: boolean;
}

export interface AssessDeps {
  asker: Asker;
  env: CliEnv;
  lang: Lang;
  isColor: boolean;
  /** Today as YYYY-MM-DD: the default period and a new file's `assessed_at`. */
  today: string;
}

/**
 * A path given relative to the session's folder, as this process can open it; spelt as given
 * when the session runs in the process's own folder (so messages name files as the user did).
 */
function pathFrom(cwd: string, path: string): string {
  return isAbsolute(path) ? path : relative(process.cwd(), resolve(cwd, path)) || path;
}

/** Refuses at once an answers path that is not a regular file (a FIFO, a device). */
function checkAnswersPath(path: string): void {
  checkRegularFile(path, (code, params = {}) => new InvalidInputError([ioIssue(code, path, params)]));
}

/** Runs `load` once the prompt just started has been drawn, so the first question shows at once. */
function afterFirstPrompt<T>(load: () => Promise<T>, controller: AbortController): Promise<T> {
  const loading = new Promise<void>((done) => setImmediate(done)).then(load);
  // A load that fails (a broken rubric or file) ends the prompt on screen with its error.
  loading.catch((error: unknown) => controller.abort(error));
  return loading;
}

interface Opened {
  doc: AnswersDoc;
  /** The file's text as this session read or wrote it: what a change on disk is measured from. */
  baseText: string;
  rubric: LoadedRubric;
  file: string;
  start: StartChoice;
}

/**
 * An existing file: the start menu shows at once (it names the file, so nothing has to be
 * parsed first) while the file and its rubric are read and checked behind it.
 */
async function openExisting(request: AssessRequest, file: string, deps: AssessDeps): Promise<Opened> {
  const path = pathFrom(deps.env.cwd, file);
  // Loaded on demand: the checks pull in YAML and the schema validator, which the first prompt need not wait for.
  const load = async () =>
    (await import('../../io/load.js')).loadCity(
      path,
      request.rubricFile && pathFrom(deps.env.cwd, request.rubricFile),
      undefined,
      undefined,
      { isInterview: true },
    );
  let start: StartChoice = 'continue';
  let loaded;
  if (request.opdIds !== undefined) loaded = await load();
  else {
    const controller = new AbortController();
    const choice = askStart(deps.asker, deps.lang, { file, isReview: request.isReview }, controller.signal);
    const loading = afterFirstPrompt(load, controller);
    start = await choice;
    loaded = await loading;
  }
  await printIssues(deps.env, loaded.warnings, deps.lang);
  if (request.opdIds) checkOpdIds(loaded.rubric.rubric, loaded.answers, request.opdIds);
  const { AnswersDoc } = await import('../../prompts/answers-doc.js');
  const baseText = await readTextFile(path);
  return { doc: AnswersDoc.parse(baseText), baseText, rubric: loaded.rubric, file, start };
}

/**
 * A new file: city, period and assessors are asked while the rubric loads; saved at once. When
 * the file is named only now, its lock is taken now (`lock`).
 */
async function startNew(request: AssessRequest, deps: AssessDeps, lock: (file: string) => void): Promise<Opened> {
  const rubricFile =
    request.rubricFile === undefined ? bundledRubricPath(DEFAULT_RUBRIC) : pathFrom(deps.env.cwd, request.rubricFile);
  if (rubricFile === undefined)
    throw new UsageError('usage.rubric-not-found', { id: DEFAULT_RUBRIC, known: bundledRubricIds().join(', ') });
  const controller = new AbortController();
  const asked = askHeader(deps.asker, deps.lang, deps.today, controller.signal);
  const loading = afterFirstPrompt(async () => {
    const loaded = await (await import('../../io/load.js')).loadRubric(rubricFile);
    // An unknown --opd ends the first prompt at once, before anything is typed in vain.
    if (request.opdIds) checkOpdIds(loaded.rubric, undefined, request.opdIds);
    return loaded;
  }, controller);
  const header = await asked;
  const rubric = await loading;
  const { AnswersDoc } = await import('../../prompts/answers-doc.js');
  const doc = AnswersDoc.create({
    rubric: `${rubric.rubric.rubric}@${rubric.rubric.version}`,
    ...header,
    assessedAt: deps.today,
  });
  const proposed = `${header.city.id}-${header.period.replace(/[^0-9A-Za-z-]+/g, '-')}.yaml`;
  const file = await createFile(request.file, proposed, doc.toString(), deps, lock);
  return { doc, baseText: doc.toString(), rubric, file, start: 'choose' };
}

/** Why `file` cannot be a new answers file (it exists, its folder does not); undefined when it can. */
function refusalOf(file: string, deps: AssessDeps): string | undefined {
  const t = translator(assessMessages, deps.lang);
  const path = resolve(deps.env.cwd, file);
  if (pathExists(path)) return t('assess.file-exists', { file });
  if (!isFolderThere(path)) return t('assess.no-folder', { folder: dirname(file) });
  return undefined;
}

/**
 * Writes the new file under the name given, or asked for; when it cannot be created there (the
 * folder is missing, someone made the file meanwhile, it cannot be written), says why and asks
 * for a name again, the one typed offered back: the header answers are never lost.
 */
async function createFile(
  given: string | undefined,
  proposed: string,
  text: string,
  deps: AssessDeps,
  lock: (file: string) => void,
): Promise<string> {
  const t = translator(assessMessages, deps.lang);
  let locked = given;
  let offered = given ?? proposed;
  let file = given;
  for (;;) {
    file ??= (
      await deps.asker.input({
        key: 'file',
        message: t('assess.file'),
        default: offered,
        validate: (value) => (value.trim() === '' ? t('assess.required') : (refusalOf(value.trim(), deps) ?? true)),
      })
    ).trim();
    if (file !== locked) {
      locked = file;
      lock(file);
    }
    const reason = await reasonNotCreated(file, text, deps);
    if (reason === undefined) {
      deps.env.stderr(`${t('assess.created', { file })}\n`);
      return file;
    }
    deps.asker.say(reason);
    offered = file;
    file = undefined;
  }
}

/** Creates `file` with `text`; undefined when done, else what a person reads about why not. */
async function reasonNotCreated(file: string, text: string, deps: AssessDeps): Promise<string | undefined> {
  // Never over a file someone made meanwhile: a lock holds sessions back, not editors.
  const refusal = refusalOf(file, deps);
  if (refusal !== undefined) return refusal;
  try {
    await writeFileAtomic(resolve(deps.env.cwd, file), text);
    return undefined;
  } catch (error) {
    if (!(error instanceof InvalidInputError)) throw error;
    return (await import('../format-issues.js')).formatIssues(error.issues, deps.lang).trimEnd();
  }
}

/** The result in the room: the city's headline, the OPDs of this session, their top actions. */
async function scorecard(opened: Opened, opdIds: readonly string[] | undefined, deps: AssessDeps): Promise<string> {
  const t = translator(assessMessages, deps.lang);
  const [
    { scoreCity },
    { findGaps },
    { buildReport },
    { actionsTable },
    { opdsTable, scoreFacts },
    { renderFacts, renderHeading, renderTable, renderText },
  ] = await Promise.all([
    import('../../core/score.js'),
    import('../../core/gap.js'),
    import('../../core/report.js'),
    import('../../render/gap-tables.js'),
    import('../../render/score-view.js'),
    import('../../render/table.js'),
  ]);
  const city = scoreCity(opened.rubric.rubric, opened.doc.read());
  const report = buildReport(city, findGaps(city), {
    generator: GENERATOR,
    sha256: opened.rubric.sha256,
    lang: deps.lang,
  });
  const isShown = (opd: string) => opdIds === undefined || opdIds.includes(opd);
  const ctx = {
    lang: deps.lang,
    isColor: deps.isColor,
    rubric: opened.rubric.rubric,
    csvDelimiter: ',' as const,
    width: terminalWidth(deps.env),
  };
  const shown = { ...report, opds: report.opds.filter((o) => isShown(o.id)) };
  const actions = report.gap.actions.filter((a) => isShown(a.opd)).slice(0, TOP_ACTIONS);
  const blocks = [
    renderHeading(t('assess.result', { city: report.city.name, period: report.city.period }), ctx),
    renderFacts(scoreFacts(report, ctx), ctx),
  ];
  if (shown.opds.length > 0) blocks.push(renderTable(opdsTable(shown, ctx), ctx));
  blocks.push(
    renderHeading(actions.length === 0 ? t('assess.actions') : t('assess.top-actions', { n: actions.length }), ctx),
  );
  blocks.push(
    actions.length === 0
      ? renderText(t('assess.no-actions'), ctx)
      : renderTable(
          actionsTable(
            report,
            actions.map((action, i) => ({ rank: i + 1, action })),
            ctx,
            false,
          ),
          ctx,
        ),
  );
  blocks.push(renderText(t('assess.next', { file: opened.file }), ctx));
  return `\n${blocks.join('\n\n')}\n`;
}

/** The whole `assess` session with its dependencies given: the CLI passes a terminal, tests a script. */
export async function assess(request: AssessRequest, deps: AssessDeps): Promise<number> {
  const t = translator(assessMessages, deps.lang);
  let opened: Opened | undefined;
  let release: (() => void) | undefined;
  /** Takes `file`'s lock, releasing the one held (a new file named again after a refusal). */
  const lock = (file: string) => {
    release?.();
    release = undefined;
    release = lockAnswersFile(resolve(deps.env.cwd, file), file);
  };
  try {
    const { file } = request;
    // A FIFO or a device would block the read (and Ctrl-C with it), and is no file to save into.
    if (file !== undefined) checkAnswersPath(pathFrom(deps.env.cwd, file));
    const isThere = file !== undefined && pathExists(resolve(deps.env.cwd, file));
    // A new file's folder must exist before the header is asked: nothing typed is lost.
    if (file !== undefined && !isThere && !isFolderThere(resolve(deps.env.cwd, file)))
      throw new UsageError('assess.no-folder', { folder: dirname(file) });
    // One session per file, before anything is read or asked: a second one says who holds it.
    if (file !== undefined) lock(file);
    opened =
      file !== undefined && isThere ? await openExisting(request, file, deps) : await startNew(request, deps, lock);
    const path = resolve(deps.env.cwd, opened.file);
    const session = opened;
    const rubricFile = opened.rubric.file;
    const save = createMergingSave({
      path,
      file: opened.file,
      baseText: opened.baseText,
      check: async () =>
        void (await (
          await import('../../io/load.js')
        ).loadCity(path, rubricFile, undefined, undefined, { isInterview: true })),
      asker: deps.asker,
      stderr: deps.env.stderr,
      lang: deps.lang,
      onMerged: (doc) => (session.doc = doc),
    });
    let opds: readonly string[] | undefined;
    if (opened.start !== 'finish') {
      const options = {
        asker: deps.asker,
        rubric: opened.rubric.rubric,
        lang: deps.lang,
        doc: opened.doc,
        save,
        isReview: request.isReview,
        width: terminalWidth(deps.env),
      };
      const { runInterview } = await import('../../prompts/interview.js');
      opds = (
        await runInterview({ ...options, start: opened.start, ...(request.opdIds ? { opdIds: request.opdIds } : {}) })
      ).opds;
    }
    deps.env.stdout(safeText(await scorecard(opened, opds, deps), deps.isColor));
    return 0;
  } catch (error) {
    if (error instanceof CancelledError) {
      const file = opened?.file ?? request.file;
      const isSaved = file !== undefined && pathExists(resolve(deps.env.cwd, file));
      deps.env.stderr(`\n${isSaved ? t('assess.resume-hint', { file }) : t('assess.nothing-saved')}\n`);
    }
    throw error;
  } finally {
    release?.();
  }
}

/** `opdm assess [ANSWERS]`: the interview in a terminal; without one, a pointer to init + score. */
export async function run(args: readonly unknown[], options: Options, env: CliEnv): Promise<number> {
  const { lang } = options;
  // Checked before anything else: without a terminal nothing may wait for input (CI).
  if (!env.isStdinTTY) throw new UsageError('assess.no-tty');
  const isColor = isColorWanted(options.color, env);
  const { createInquirerAsker } = await import('../../prompts/inquirer-asker.js');
  const now = new Date();
  const today = [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
  return assess(
    {
      ...(args[0] === undefined ? {} : { file: args[0] as string }),
      ...(options.rubric === undefined ? {} : { rubricFile: options.rubric }),
      ...(options.opd === undefined ? {} : { opdIds: options.opd }),
      isReview: options.isReview,
    },
    { asker: createInquirerAsker({ lang, isColor }), env, lang, isColor, today },
  );
}
