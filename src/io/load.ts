import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { checkAnswers, parseRubricRef } from '../core/check-answers.js';
import { checkRubric } from '../core/check-rubric.js';
import { findIgnoredAnswers } from '../core/ignored-answers.js';
import { scoreCity, type CityScore } from '../core/score.js';
import type { CityAnswers, Issue, Rubric } from '../core/types.js';
import { InvalidInputError, UsageError } from '../errors.js';
import { checkAnswersShape, checkRubricShape } from '../schema/validate.js';
import { bundledRubricPath, bundledRubricIds } from './bundled.js';
import { readTextFile } from './read-text.js';
import { parseYamlDocument, type ParsedYaml } from './yaml.js';

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
export function placeIssues(issues: readonly Issue[], parsed: ParsedYaml, file: string): Issue[] {
  return issues.map((issue) => {
    if (issue.line !== undefined) return { ...issue, file };
    const { line, col } = KEY_CODES.has(issue.code) ? parsed.locateKey(issue.path) : parsed.locate(issue.path);
    return { ...issue, file, line, col };
  });
}

const errorsIn = (issues: readonly Issue[]) => issues.some((i) => i.severity === 'error');

async function readYaml(file: string): Promise<ParsedYaml> {
  const parsed = parseYamlDocument(await readTextFile(file), file);
  if (errorsIn(parsed.issues)) throw new InvalidInputError(parsed.issues);
  return parsed;
}

export interface LoadedRubric {
  rubric: Rubric;
  file: string;
  /** SPEC report field rubric.sha256: of the file's bytes. */
  sha256: string;
  warnings: Issue[];
}

/** Reads and checks a rubric file: YAML, then the JSON Schema, then the meaning rules. */
export async function loadRubric(file: string): Promise<LoadedRubric> {
  const parsed = await readYaml(file);
  const shape = placeIssues(checkRubricShape(parsed.value), parsed, file);
  if (errorsIn(shape)) throw new InvalidInputError(shape);
  const rubric = parsed.value as Rubric;
  const issues = placeIssues(checkRubric(rubric), parsed, file);
  if (errorsIn(issues)) throw new InvalidInputError(issues);
  // The hash is of the bytes as stored (a BOM included), as SPEC asks; a rubric is read once.
  const sha256 = createHash('sha256').update(await readFile(file)).digest('hex');
  return { rubric, file, sha256, warnings: issues };
}

/** Fills the keys SPEC lets an answers file leave out, so scoring sees one shape. */
function normalizeAnswers(value: CityAnswers): CityAnswers {
  return {
    ...value,
    answers: value.answers ?? {},
    opds: (value.opds ?? []).map((opd) => ({
      ...opd,
      answers: opd.answers ?? {},
      services: (opd.services ?? []).map((s) => ({ ...s, answers: s.answers ?? {} })),
    })),
  };
}

export interface LoadedCity {
  file: string;
  answers: CityAnswers;
  rubric: LoadedRubric;
  parsed: ParsedYaml;
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

/** The rubric for an answers file: `--rubric`, else the bundled rubric its `rubric:` names. */
export function resolveRubricFile(answers: CityAnswers, rubricFile: string | undefined): string {
  if (rubricFile !== undefined) return rubricFile;
  const id = parseRubricRef(answers.rubric)?.id ?? answers.rubric;
  const bundled = bundledRubricPath(id);
  if (!bundled) throw new UsageError('usage.rubric-not-found', { id, known: bundledRubricIds().join(', ') });
  return bundled;
}

/**
 * Reads an answers file, finds its rubric, and checks the answers against it. Every issue of
 * the file is reported at once (InvalidInputError); warnings are returned.
 */
export async function loadCity(file: string, rubricFile: string | undefined, cache = new RubricCache()): Promise<LoadedCity> {
  const parsed = await readYaml(file);
  const shape = placeIssues(checkAnswersShape(parsed.value), parsed, file);
  if (errorsIn(shape)) throw new InvalidInputError(shape);
  const answers = normalizeAnswers(parsed.value as CityAnswers);
  const rubric = await cache.load(resolveRubricFile(answers, rubricFile));
  const issues = placeIssues(checkAnswers(rubric.rubric, answers), parsed, file);
  if (errorsIn(issues)) throw new InvalidInputError(issues);
  const score = scoreCity(rubric.rubric, answers);
  const ignored = placeIssues(findIgnoredAnswers(score), parsed, file);
  return { file, answers, rubric, parsed, score, warnings: [...shape, ...issues, ...ignored] };
}
