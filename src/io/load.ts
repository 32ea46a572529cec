import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkAnswers, parseRubricRef } from '../core/check-answers.js';
import { checkRubric } from '../core/check-rubric.js';
import { suggest } from '../core/suggest.js';
import { findIgnoredAnswers } from '../core/ignored-answers.js';
import { scoreCity, type CityScore } from '../core/score.js';
import type { CityAnswers, Issue, OpdAnswers, Rubric, ServiceAnswers } from '../core/types.js';
import { InvalidInputError, UsageError } from '../errors.js';
import { checkAnswersShape, checkRubricShape } from '../schema/validate.js';
import { bundledRubricPath, bundledRubricIds } from './bundled.js';
import { findControlText } from './control-text.js';
import { expectKind } from './file-kind.js';
import { capIssues, ioIssue } from './issues.js';
import { readTextFile, readUserFile } from './read-text.js';
import { parseYamlFile, type Locator, type YamlSource } from './yaml-fast.js';

/** Issues about a key (not its value) point at the key itself. */
const KEY_CODES = new Set([
  'schema.unknown-key',
  'answers.unknown-question',
  'answers.wrong-scope',
  'answers.evidence-unknown-question',
  'answers.ignored-not-applicable',
  'answers.na-not-allowed',
]);

/** Gives each issue its file and line:col through the parsed YAML document. */
export function placeIssues(issues: readonly Issue[], locator: Locator, file: string): Issue[] {
  return issues.map((issue) => {
    // The count of issues left unlisted is about the whole file: no position.
    if (issue.line !== undefined || issue.code === 'issues.more') return { ...issue, file };
    const { line, col } = KEY_CODES.has(issue.code) ? locator.locateKey(issue.path) : locator.locate(issue.path);
    return { ...issue, file, line, col };
  });
}

/**
 * placeIssues, asking for positions (a slow parse on the fast path) only when there are issues,
 * and only for the first ones: the rest of a file's issues are counted (capIssues).
 */
export async function locateIssues(issues: readonly Issue[], source: YamlSource, file: string): Promise<Issue[]> {
  if (issues.length === 0) return [];
  const listed = capIssues(issues, file);
  return placeIssues(listed, await source.locator(), file);
}

const errorsIn = (issues: readonly Issue[]) => issues.some((i) => i.severity === 'error');

async function readYaml(file: string, text?: string): Promise<YamlSource> {
  const source = await parseYamlFile(text ?? (await readTextFile(file)), file);
  if (errorsIn(source.issues)) throw new InvalidInputError(capIssues(source.issues, file));
  return source;
}

export interface LoadedRubric {
  rubric: Rubric;
  file: string;
  /** SPEC report field rubric.sha256: of the file's bytes. */
  sha256: string;
  warnings: Issue[];
}

const COMPILED_RUBRICS = fileURLToPath(new URL('../compiled-rubrics/', import.meta.url));

/**
 * A rubric the build already checked: `npm run build` keeps each bundled rubric's bytes and, in
 * `<name>.json`, its parsed form and sha256 (scripts/build-rubrics.mjs). The same bytes need no
 * parsing, checking or hashing again; not even node:crypto, which alone costs a CLI 3 ms to load.
 */
function readPrecompiled(file: string, bytes: Buffer): { rubric: Rubric; sha256: string } | undefined {
  const kept = join(COMPILED_RUBRICS, basename(file));
  try {
    if (!bytes.equals(readFileSync(kept))) return undefined;
    return JSON.parse(readFileSync(`${kept}.json`, 'utf8')) as { rubric: Rubric; sha256: string };
  } catch {
    return undefined;
  }
}

/** SPEC report field rubric.sha256: of the bytes as stored (a BOM included). */
async function sha256Of(bytes: Buffer): Promise<string> {
  const { createHash } = await import('node:crypto');
  return createHash('sha256').update(bytes).digest('hex');
}

/** A volume written with thousands separators, as Indonesian text writes numbers: `95.000`, `1.250.000`, `95,000`. */
const SEPARATED_VOLUME = /^([ \t]*(?:-[ \t]+)?annual_volume:[ \t]*)(\d{1,3}(?:[.,]\d{3})+)[ \t]*(?:#.*)?$/gm;

/**
 * YAML reads `95.000` as 95 and `1.250.000` as text: a volume written the Indonesian way would
 * weigh a service a thousand times too little, without a word. Each one is an error, at its place.
 */
function findSeparatedVolumes(text: string, file: string): Issue[] {
  if (!/annual_volume:[ \t]*\d{1,3}[.,]\d{3}/.test(text)) return [];
  return [...text.matchAll(SEPARATED_VOLUME)].map((match) => {
    const at = match.index + match[1]!.length;
    const line = text.slice(0, at).split('\n').length;
    const col = at - text.lastIndexOf('\n', at - 1);
    return ioIssue(
      'number.thousands-separator',
      file,
      { text: match[2]!, fixed: match[2]!.replace(/[.,]/g, '') },
      { line, col },
    );
  });
}

/** Reads and checks a rubric file: YAML, then the JSON Schema, then the meaning rules. */
export async function loadRubric(file: string): Promise<LoadedRubric> {
  const { text, bytes } = readUserFile(file);
  const precompiled = readPrecompiled(file, bytes);
  if (precompiled) return { ...precompiled, file, warnings: [] };
  const sha256 = await sha256Of(bytes);
  const source = await readYaml(file, text);
  expectKind(source.value, 'rubric file', file);
  const shape = await locateIssues(checkRubricShape(source.value), source, file);
  if (errorsIn(shape)) throw new InvalidInputError(shape);
  const rubric = source.value as Rubric;
  // Its texts reach terminals and reports (advice, basis, labels): no control character but line
  // breaks and tabs, or a report opdm writes with them could not be read back.
  const issues = await locateIssues([...checkRubric(rubric), ...findControlText(rubric, () => true)], source, file);
  if (errorsIn(issues)) throw new InvalidInputError(issues);
  return { rubric, file, sha256, warnings: issues };
}

type Loose<T> = { -readonly [K in keyof T]?: T[K] };

/**
 * Fills the keys SPEC lets an answers file leave out, so scoring sees one shape. In place: the
 * value was just parsed and is ours, and a nation's batch should not copy 200,000 services.
 */
function normalizeAnswers(value: CityAnswers): CityAnswers {
  const city = value as Loose<CityAnswers>;
  city.answers ??= {};
  city.opds ??= [];
  for (const opd of city.opds as Loose<OpdAnswers>[]) {
    opd.answers ??= {};
    opd.services ??= [];
    for (const service of opd.services as Loose<ServiceAnswers>[]) service.answers ??= {};
  }
  return value;
}

export interface LoadedCity {
  file: string;
  answers: CityAnswers;
  rubric: LoadedRubric;
  source: YamlSource;
  /** The scored city: applicability is needed to warn about ignored answers anyway. */
  score: CityScore;
  warnings: Issue[];
}

/** Loads rubrics once per path for a batch of cities. */
export class RubricCache {
  private readonly byPath = new Map<string, Promise<LoadedRubric>>();
  load(file: string): Promise<LoadedRubric> {
    let loaded = this.byPath.get(file);
    if (!loaded) this.byPath.set(file, (loaded = loadRubric(file)));
    return loaded;
  }
}

/**
 * The rubric for an answers file: `--rubric`, else the bundled rubric its `rubric:` names. A
 * name close to a bundled one is taken for a typo in `file`, and said so.
 */
export function resolveRubricFile(answers: CityAnswers, rubricFile: string | undefined, file: string): string {
  if (rubricFile !== undefined) return rubricFile;
  const ref = parseRubricRef(answers.rubric);
  const id = ref?.id ?? answers.rubric;
  // The bundled rubric of the file's major version; else the newest, and the check names the mismatch.
  const bundled = (ref ? bundledRubricPath(`${id}@${ref.major}`) : undefined) ?? bundledRubricPath(id);
  if (bundled) return bundled;
  const near = suggest(id, bundledRubricIds());
  if (near !== undefined) throw new UsageError('usage.rubric-typo', { id, suggestion: near, file });
  throw new UsageError('usage.rubric-not-found', { id, known: bundledRubricIds().join(', ') });
}

/** An answers file already read and parsed (compare looks for its rubric first). */
export interface ReadAnswers {
  text: string;
  source: YamlSource;
}

/**
 * Reads an answers file, finds its rubric, and checks the answers against it. Every issue of
 * the file is reported at once (InvalidInputError); warnings are returned. `read`: the file as
 * already read and parsed, so that a large one is not parsed twice.
 */
export interface LoadCityOptions {
  /**
   * For `assess`: a service without its volume is what the interview asks for, not an error
   * (a template of `init` holds none yet). Everything else is checked as for `score`.
   */
  isInterview?: boolean;
}

export async function loadCity(
  file: string,
  rubricFile: string | undefined,
  cache = new RubricCache(),
  read?: ReadAnswers,
  options: LoadCityOptions = {},
): Promise<LoadedCity> {
  const text = read?.text ?? (await readTextFile(file));
  const source = read?.source ?? (await parseYamlFile(text, file));
  if (errorsIn(source.issues)) throw new InvalidInputError(capIssues(source.issues, file));
  expectKind(source.value, 'answers file', file);
  const separated = findSeparatedVolumes(text, file);
  if (separated.length > 0) throw new InvalidInputError(separated);
  const shape = await locateIssues(checkAnswersShape(source.value), source, file);
  if (errorsIn(shape)) throw new InvalidInputError(shape);
  const answers = normalizeAnswers(source.value as CityAnswers);
  const rubric = await cache.load(resolveRubricFile(answers, rubricFile, file));
  const checked = checkAnswers(rubric.rubric, answers);
  const issues = await locateIssues(
    options.isInterview ? checked.filter((i) => i.code !== 'answers.volume-required') : checked,
    source,
    file,
  );
  if (errorsIn(issues)) throw new InvalidInputError(issues);
  const score = scoreCity(rubric.rubric, answers);
  const ignored = await locateIssues(findIgnoredAnswers(score), source, file);
  return { file, answers, rubric, source, score, warnings: [...source.issues, ...shape, ...issues, ...ignored] };
}
