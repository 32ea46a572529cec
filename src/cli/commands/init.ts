import { ID_PATTERN, slugify } from '../../core/ids.js';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAnswersTemplate, type TemplateChoices } from '../../render/answers-template.js';
import { isVolumeRequired } from '../../core/rubric-index.js';
import { suggest } from '../../core/suggest.js';
import type { CatalogOpd, Rubric } from '../../core/types.js';
import { UsageError } from '../../errors.js';
import { translator, type Translate } from '../../i18n/index.js';
import { initMessages, type InitMessageKey } from '../../i18n/init-messages.js';
import { takenBy } from '../../io/paths.js';
import { bundledRubricPath } from '../../io/bundled.js';
import { loadRubric } from '../../io/load.js';
import { writeOutputAtomic } from '../../io/write-output.js';
import type { CliEnv } from '../env.js';
import { printIssues } from '../print-issues.js';
import type { Options } from '../options.js';
import { resolveRubricArg } from './rubric-show.js';

/** The package root: src/cli/commands (tests) and dist/cli/commands (installed) are both three deep. */
const PACKAGE_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SCHEMA_FILE = join(PACKAGE_ROOT, 'schemas', 'answers.schema.json');

const isWithin = (path: string, folder: string) =>
  path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);

/**
 * The `$schema` reference for a file in `folder`, always the schema this opdm ships, so that it
 * resolves offline and matches the installed version (docs/decisions.md): a relative path when
 * the package is part of the project that holds the file (in its node_modules, or the project
 * itself), so the reference survives a clone; else its absolute path (a global install, npx).
 */
export function schemaRefFor(folder: string): string {
  const project = PACKAGE_ROOT.includes(`${sep}node_modules${sep}`)
    ? PACKAGE_ROOT.slice(0, PACKAGE_ROOT.lastIndexOf(`${sep}node_modules${sep}`))
    : PACKAGE_ROOT;
  const path = isWithin(resolve(folder), resolve(project)) ? relative(resolve(folder), SCHEMA_FILE) : SCHEMA_FILE;
  return path.split(sep).join('/');
}

export function optionText(option: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const trimmed = String(value).trim();
  if (trimmed === '') throw new UsageError('init.empty-option', { option });
  return trimmed;
}

/** `--opd a b` or `--opd a,b`: the catalog OPDs asked for, in catalog order; all without it. */
export function chooseOpds(rubric: Rubric, asked: unknown): CatalogOpd[] {
  const catalog = rubric.catalog ?? [];
  if (asked === undefined) return [...catalog];
  const ref = `${rubric.rubric}@${rubric.version}`;
  if (catalog.length === 0) throw new UsageError('init.no-catalog', { rubric: ref });
  const ids = new Set(
    (Array.isArray(asked) ? asked : [asked])
      .flatMap((v) => String(v).split(','))
      .map((v) => v.trim())
      .filter(Boolean),
  );
  const known = catalog.map((o) => o.id);
  for (const id of ids) {
    if (known.includes(id)) continue;
    if (/[./\\]/.test(id))
      throw new UsageError('init.opd-looks-like-file', {
        id,
        rubric: ref,
        first: [...ids].find((i) => known.includes(i)) ?? known[0] ?? '',
      });
    const near = suggest(id, known);
    throw new UsageError('init.unknown-opd', {
      id,
      rubric: ref,
      suggestion: near ? ` (${near}?)` : '',
      known: known.join(', '),
    });
  }
  return catalog.filter((o) => ids.has(o.id));
}

/** City id and name from the flags; each derived from the other, placeholders without either. */
export function chooseCity(options: Pick<Options, 'cityId' | 'cityName' | 'province'>, t: Translate<InitMessageKey>) {
  const id = optionText('--city-id', options.cityId);
  const name = optionText('--city-name', options.cityName);
  const province = optionText('--province', options.province);
  if (id !== undefined && !ID_PATTERN.test(id)) throw new UsageError('init.bad-city-id', { value: id });
  const fromName = name === undefined ? '' : slugify(name);
  const isPlaceholder = id === undefined && fromName === '';
  const placeholderName = t('init.city-placeholder-name');
  const cityId = id ?? (isPlaceholder ? slugify(placeholderName) : fromName);
  const cityName =
    name ??
    (id === undefined
      ? placeholderName
      : id
          .split('-')
          .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
          .join(' '));
  return { city: { id: cityId, name: cityName, ...(province === undefined ? {} : { province }) }, isPlaceholder };
}

/** `opdm init [FILE]`: an answers template for a city from a rubric and its catalog. */
export async function run(args: readonly unknown[], options: Options, env: CliEnv): Promise<number> {
  const { lang } = options;
  const t = translator(initMessages, lang);
  // `--format xlsx` (or an .xlsx file): the workbook for OPDs to fill in, in its own module.
  const target = String(options.output ?? args[0] ?? '');
  const format = options.format ?? (/\.xlsx$/i.test(target) ? 'xlsx' : 'yaml');
  if (format !== 'yaml' && format !== 'xlsx') throw new UsageError('init.bad-format', { value: format });
  if (format === 'xlsx') return (await import('./init-workbook.js')).run(args, options, env);
  if (options.from !== undefined) throw new UsageError('init.from-needs-xlsx');
  if (options.output !== undefined) args = [options.output];
  const file = args[0] === undefined || args[0] === '-' ? undefined : resolve(env.cwd, String(args[0]));
  const period = optionText('--period', options.period) ?? String(new Date().getFullYear());
  const rubricFile = resolveRubricArg(options.rubric, env);
  // Refuse before any work: the user's answers are never at risk, whatever else fails. lstat, so
  // that even a dangling symlink counts as taken.
  const existing = file === undefined ? 'nothing' : takenBy(file);
  // A folder is never the answers file, --force or not: say so, rather than "use --force".
  if (existing === 'folder') throw new UsageError('init.is-folder', { file: String(args[0]) });
  if (existing !== 'nothing' && !options.force) throw new UsageError('init.file-exists', { file: String(args[0]) });
  const loaded = await loadRubric(rubricFile);
  await printIssues(env, loaded.warnings, lang);
  const { rubric } = loaded;
  const opds = chooseOpds(rubric, options.opd);
  const { city, isPlaceholder } = chooseCity(options, t);
  // A rubric that is not bundled is found again only through --rubric: the hints say so.
  const given = options.rubric;
  const rubricFlag = given === undefined || bundledRubricPath(given) !== undefined ? '' : ` --rubric ${given}`;
  const choices: TemplateChoices = {
    lang,
    city,
    isCityPlaceholder: isPlaceholder,
    period,
    opds,
    schemaRef: schemaRefFor(file === undefined ? env.cwd : dirname(file)),
    fileLabel: `${file === undefined ? t('tpl.file-placeholder') : String(args[0])}${rubricFlag}`,
  };
  const template = buildAnswersTemplate(rubric, choices, t);
  if (file === undefined) {
    env.stdout(template);
    return 0;
  }
  await writeOutputAtomic(file, template, [rubricFile]);
  const services = opds.reduce((n, o) => n + o.services.length, 0);
  const check = `${String(args[0])}${rubricFlag}`;
  env.stderr(`${t('init.written', { file: String(args[0]), check, opds: opds.length, services })}\n`);
  if (isVolumeRequired(rubric) && services > 0) env.stderr(`${t('init.volume-reminder')}\n`);
  return 0;
}
