import { existsSync } from 'node:fs';
import type { MigrationData } from '../core/migrate.js';
import { BUNDLED_RUBRICS_DIR } from './bundled.js';
import { readTextFile } from './read-text.js';
import { parseYamlFile } from './yaml-fast.js';

/**
 * The migration data shipped for a bundled rubric from one major version to the next
 * (`rubrics/migrations/<id>-<from>-to-<to>.yaml`); undefined when there is none. It is package
 * data, checked by the tests: a broken file is a bug, not a user's mistake.
 */
export async function readMigrationData(id: string, from: number, to: number): Promise<MigrationData | undefined> {
  const file = `${BUNDLED_RUBRICS_DIR}migrations/${id}-${from}-to-${to}.yaml`;
  if (!existsSync(file)) return undefined;
  const parsed = await parseYamlFile(await readTextFile(file), file);
  if (parsed.issues.some((i) => i.severity === 'error')) throw new Error(`broken migration data: ${file}`);
  return parsed.value as MigrationData;
}
