import type { Issue } from '../core/types.js';
import { InvalidInputError } from '../errors.js';
import { loadCity, RubricCache, type LoadedCity } from '../io/load.js';

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
