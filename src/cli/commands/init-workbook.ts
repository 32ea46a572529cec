import { resolve } from 'node:path';
import { makePlan, type PlanChoices, type YesNoWords } from '../../core/fill-in-plan.js';
import { LISTS_SHEET, PLAN_SHEET } from '../../core/fill-in-plan-sheet.js';
import { localize } from '../../core/localize.js';
import { suggest } from '../../core/suggest.js';
import type { CityAnswers, Rubric } from '../../core/types.js';
import { UsageError } from '../../errors.js';
import { translator, type Lang } from '../../i18n/index.js';
import { initMessages } from '../../i18n/init-messages.js';
import { workbookMessages } from '../../i18n/workbook-messages.js';
import { takenBy } from '../../io/paths.js';
import { loadCity, loadRubric } from '../../io/load.js';
import { writeOutputAtomic } from '../../io/write-output.js';
import { renderFillInWorkbook } from '../../render/workbook/fill-in-workbook.js';
import type { CliEnv } from '../env.js';
import type { Options } from '../options.js';
import { printIssues } from '../print-issues.js';
import { chooseCity, chooseOpds, optionText } from './init.js';
import { resolveRubricArg } from './rubric-show.js';

/** Empty service blocks at the end of each OPD's sheet, for services the catalog does not list. */
const BLANK_SERVICES = 2;

/** Yes and no in the workbook's language; both languages' words (and TRUE/FALSE) read back. */
export function yesNoWords(lang: Lang): YesNoWords {
  const words = (l: Lang) => translator(workbookMessages, l);
  const all = (key: 'wb.yes' | 'wb.no') => [words('id')(key), words('en')(key)].map((w) => w.toLowerCase());
  return {
    yes: words(lang)('wb.yes'),
    no: words(lang)('wb.no'),
    yesWords: [...all('wb.yes'), 'true', 'benar', 'y'],
    noWords: [...all('wb.no'), 'false', 'salah', 'n'],
  };
}

/** `--opd` over the OPDs of an answers file, in the file's order. */
function chooseFileOpds(answers: CityAnswers, asked: unknown, rubric: Rubric) {
  if (asked === undefined) return answers.opds;
  const ids = (Array.isArray(asked) ? asked : [asked]).flatMap((v) => String(v).split(',')).map((v) => v.trim());
  const known = answers.opds.map((o) => o.id);
  for (const id of ids.filter(Boolean))
    if (!known.includes(id)) {
      const near = suggest(id, known);
      throw new UsageError('init.unknown-opd', {
        id,
        rubric: `${rubric.rubric}@${rubric.version}`,
        suggestion: near ? ` (${near}?)` : '',
        known: known.join(', '),
      });
    }
  return answers.opds.filter((o) => ids.includes(o.id));
}

/**
 * `opdm init --format xlsx -o FILE [--opd ID...] [--from ANSWERS]`: the workbook OPDs fill in.
 * With `--opd`, only those OPDs and not the city's questions: one workbook per OPD.
 */
export async function run(args: readonly unknown[], options: Options, env: CliEnv): Promise<number> {
  const { lang } = options;
  const t = translator(workbookMessages, lang);
  const given = options.output ?? args[0];
  if (given === undefined || given === '-') throw new UsageError('init.xlsx-needs-file');
  const file = resolve(env.cwd, String(given));
  const existing = takenBy(file);
  if (existing === 'folder') throw new UsageError('init.is-folder', { file: String(given) });
  if (existing !== 'nothing' && !options.force) throw new UsageError('init.file-exists', { file: String(given) });

  let rubric: Rubric;
  let inputs: string[];
  let from: CityAnswers | undefined;
  let choices: Omit<PlanChoices, 'lang' | 'names' | 'blanks' | 'isCityIncluded'>;
  if (options.from !== undefined) {
    const loaded = await loadCity(resolve(env.cwd, options.from), options.rubric);
    await printIssues(env, [...loaded.rubric.warnings, ...loaded.warnings], lang);
    rubric = loaded.rubric.rubric;
    from = loaded.answers;
    inputs = [loaded.rubric.file, loaded.file];
    const { city, period, assessed_at, assessors, notes } = from;
    choices = {
      city,
      period,
      ...(assessed_at === undefined ? {} : { assessed_at }),
      ...(assessors === undefined ? {} : { assessors }),
      ...(notes === undefined ? {} : { notes }),
      opds: chooseFileOpds(from, options.opd, rubric).map((o) => ({
        id: o.id,
        name: o.name,
        ...(o.notes === undefined ? {} : { notes: o.notes }),
        services: o.services.map((s) => ({
          id: s.id,
          name: s.name,
          ...(s.notes === undefined ? {} : { notes: s.notes }),
        })),
      })),
    };
  } else {
    const rubricFile = resolveRubricArg(options.rubric, env);
    const loaded = await loadRubric(rubricFile);
    await printIssues(env, loaded.warnings, lang);
    rubric = loaded.rubric;
    inputs = [rubricFile];
    if ((rubric.catalog ?? []).length === 0)
      throw new UsageError('init.xlsx-no-opds', { rubric: `${rubric.rubric}@${rubric.version}` });
    const defaultLang = rubric.languages[0] ?? 'id';
    const name = (text: Parameters<typeof localize>[0]) => localize(text, defaultLang, defaultLang) ?? '';
    choices = {
      city: chooseCity(options, translator(initMessages, lang)).city,
      period: optionText('--period', options.period) ?? String(new Date().getFullYear()),
      opds: chooseOpds(rubric, options.opd).map((o) => ({
        id: o.id,
        name: name(o.name),
        services: o.services.map((s) => ({ id: s.id, name: name(s.name) })),
      })),
    };
  }
  const plan = makePlan(
    rubric,
    {
      ...choices,
      lang,
      blanks: BLANK_SERVICES,
      isCityIncluded: options.opd === undefined,
      names: { instructions: t('wb.sheet.instructions'), city: t('wb.sheet.city') },
    },
    [PLAN_SHEET, LISTS_SHEET],
  );
  const texts = { t, q: translator(initMessages, lang), words: yesNoWords(lang), fileLabel: String(given) };
  const bytes = await renderFillInWorkbook(rubric, plan, texts, from);
  await writeOutputAtomic(file, bytes, inputs);
  const services = plan.sheets.reduce((n, s) => n + s.services.length, 0);
  env.stderr(`${t('init.xlsx-written', { file: String(given), opds: choices.opds.length, services })}\n`);
  return 0;
}
