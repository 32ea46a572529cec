import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type * as ExcelJS from 'exceljs';
import { createRequire } from 'node:module';
import { runCli, type CliRun } from '../helpers/run-cli.js';

export const ExcelJs = createRequire(import.meta.url)('exceljs') as typeof ExcelJS;

/** A fresh folder for one test's files. */
export function tempDir(prefix = 'opdm-wb-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** opdm in-process, English unless asked otherwise, in `cwd`. */
export const opdm = (cwd: string, ...argv: string[]): Promise<CliRun> => runCli(argv, { cwd });

type Json = Record<string, unknown>;

/** `opdm score --format json`, without what differs between two files of the same answers (multi order, generator). */
export async function scoreReport(cwd: string, file: string, ...extra: string[]): Promise<Json> {
  const run = await opdm(cwd, 'score', file, '--format', 'json', ...extra);
  if (run.code !== 0) throw new Error(`score ${file} exited ${run.code}: ${run.stderr}`);
  return normalizeReport(JSON.parse(run.stdout) as Json);
}

/** A multiple-choice answer is a set: its order in a file (and so in the report's answers and gap) says nothing. */
function normalizeReport(value: unknown): Json {
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object') {
      const out: Json = {};
      for (const [k, x] of Object.entries(v)) {
        if (k === 'answers' && x !== null && typeof x === 'object' && !Array.isArray(x)) {
          out[k] = Object.fromEntries(
            Object.entries(x as Json)
              .sort(([a], [b]) => a.localeCompare(b))
              .map(([q, a]) => [q, Array.isArray(a) ? [...a].map(String).sort() : a]),
          );
        } else if ((k === 'current' || k === 'suggested') && Array.isArray(x)) out[k] = [...x].map(String).sort();
        else out[k] = walk(x);
      }
      return out;
    }
    return v;
  };
  return walk(value) as Json;
}

/** Opens a workbook with ExcelJS, lets `edit` change it as a person would, and saves it. */
export async function editWorkbook(
  file: string,
  edit: (workbook: ExcelJS.Workbook) => void | Promise<void>,
): Promise<void> {
  const workbook = new ExcelJs.Workbook();
  await workbook.xlsx.readFile(file);
  await edit(workbook);
  await workbook.xlsx.writeFile(file);
}

/** The row (1-based) of a sheet whose key (column A) is `key`. */
export function rowOf(sheet: ExcelJS.Worksheet, key: string): number {
  let found = -1;
  sheet.eachRow((row, r) => {
    if (found < 0 && row.getCell(1).value === key) found = r;
  });
  if (found < 0) throw new Error(`no row ${key} in ${sheet.name}`);
  return found;
}

/**
 * The workbook opened and saved by LibreOffice Calc (headless), as a person saving it would:
 * returns the path of the saved copy. A profile of its own, so parallel runs do not collide.
 */
export function saveWithLibreOffice(file: string): string {
  const out = join(tempDir('opdm-lo-out-'));
  const profile = tempDir('opdm-lo-profile-');
  const result = spawnSync(
    'soffice',
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'xlsx:Calc MS Excel 2007 XML',
      '--outdir',
      out,
      file,
    ],
    { encoding: 'utf8', timeout: 120_000 },
  );
  rmSync(profile, { recursive: true, force: true });
  const saved = join(out, basename(file).replace(/\.[^.]+$/, '.xlsx'));
  if (result.status !== 0) throw new Error(`soffice failed (${result.status}): ${result.stdout}${result.stderr}`);
  readFileSync(saved); // throws when LibreOffice wrote nothing
  return saved;
}

export { copyFileSync, mkdirSync, readFileSync, writeFileSync };
