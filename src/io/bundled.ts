import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The package's rubrics folder: dist/io -> ../../rubrics (and src/io the same under tests). */
export const BUNDLED_RUBRICS_DIR = fileURLToPath(new URL('../../rubrics/', import.meta.url));

/** Ids of the rubrics shipped with the package (file name = id). */
export function bundledRubricIds(): string[] {
  if (!existsSync(BUNDLED_RUBRICS_DIR)) return [];
  return readdirSync(BUNDLED_RUBRICS_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.slice(0, -'.yaml'.length))
    .sort();
}

/** The bundled rubric file of an id, if the package ships one. */
export function bundledRubricPath(id: string): string | undefined {
  if (!/^[a-z0-9-]+$/.test(id)) return undefined;
  const file = `${BUNDLED_RUBRICS_DIR}${id}.yaml`;
  return existsSync(file) ? file : undefined;
}
