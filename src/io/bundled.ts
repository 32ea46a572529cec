import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The package's rubrics folder: dist/io -> ../../rubrics (and src/io the same under tests). */
export const BUNDLED_RUBRICS_DIR = fileURLToPath(new URL('../../rubrics/', import.meta.url));

/** A rubric shipped with the package: `rubrics/<id>@<version>.yaml`. */
export interface BundledRubric {
  id: string;
  version: string;
  file: string;
}

const FILE_NAME = /^([a-z0-9]+(?:-[a-z0-9]+)*)@(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)\.yaml$/;

/** `2.10.0` after `2.9.1`; a pre-release before its release. */
function compareVersions(a: string, b: string): number {
  const parts = (v: string) => v.split(/[.-]/).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return (x[i] as number) - (y[i] as number);
  return (x.length === 3 ? 1 : 0) - (y.length === 3 ? 1 : 0);
}

let listed: BundledRubric[] | undefined;

/** Every bundled rubric, by id, then version ascending. */
export function bundledRubrics(): readonly BundledRubric[] {
  if (listed !== undefined) return listed;
  const names = existsSync(BUNDLED_RUBRICS_DIR) ? readdirSync(BUNDLED_RUBRICS_DIR) : [];
  listed = names
    .flatMap((name) => {
      const match = FILE_NAME.exec(name);
      return match ? [{ id: match[1]!, version: match[2]!, file: `${BUNDLED_RUBRICS_DIR}${name}` }] : [];
    })
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : compareVersions(a.version, b.version)));
  return listed;
}

/** Ids of the rubrics shipped with the package. */
export function bundledRubricIds(): string[] {
  return [...new Set(bundledRubrics().map((r) => r.id))];
}

/**
 * The bundled rubric file a reference names: `id` (its newest version), `id@2` (the newest of
 * major 2) or `id@2.0.0` (its major's newest: answers fit any rubric of the same major version).
 */
export function bundledRubricPath(ref: string): string | undefined {
  const [id, version] = ref.split('@');
  const major = version === undefined || version === '' ? undefined : version.split('.')[0];
  const matching = bundledRubrics().filter(
    (r) => r.id === id && (major === undefined || r.version.split('.')[0] === major),
  );
  return matching.at(-1)?.file;
}
