import { readdirSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import type { Issue } from '../core/types.js';
import { InvalidInputError, UsageError } from '../errors.js';
import { loadCity, RubricCache, type LoadedCity } from '../io/load.js';

const isYaml = (name: string) => /\.ya?ml$/i.test(name);

/** Synchronous, like every read of opdm's: node:fs/promises alone costs a CLI a millisecond to load. */
function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** Arguments -> answers files: a folder stands for its *.yaml / *.yml files, sorted. */
export async function expandAnswerFiles(args: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const arg of args) {
    const info = statOrUndefined(arg);
    if (info === undefined && /[\\/]$/.test(arg)) throw new UsageError('usage.folder-missing', { folder: arg });
    if (!info?.isDirectory()) {
      files.push(arg);
      continue;
    }
    const names = readdirSync(arg).filter(isYaml).sort();
    if (names.length === 0) throw new UsageError('usage.no-answers-in-folder', { folder: arg });
    files.push(...names.map((n) => join(arg, n)));
  }
  return files;
}

/**
 * Loads every answers file; reports the issues of ALL failing files at once, so a pipeline
 * sees every problem in one run. Warnings come back with the cities.
 */
export async function loadCities(
  files: readonly string[],
  rubricFile: string | undefined,
): Promise<{ cities: LoadedCity[]; warnings: Issue[] }> {
  const cache = new RubricCache();
  const cities: LoadedCity[] = [];
  const errors: Issue[] = [];
  for (const file of files) {
    try {
      cities.push(await loadCity(file, rubricFile, cache));
    } catch (error) {
      if (!(error instanceof InvalidInputError)) throw error;
      errors.push(...error.issues);
    }
  }
  if (errors.length > 0) throw new InvalidInputError(errors);
  return { cities, warnings: cities.flatMap((c) => [...c.rubric.warnings, ...c.warnings]) };
}
