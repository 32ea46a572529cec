import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { generate } from '../reference/generate.js';
import { opdm, scoreReport, tempDir } from './helpers.js';

/** Evidence on some answered and some unanswered questions: a note, a URL, text with a colon. */
function withEvidence(answers: ReturnType<typeof generate>['answers']) {
  const copy = structuredClone(answers) as {
    opds?: {
      answers?: Record<string, unknown>;
      evidence?: Record<string, string>;
      services?: { answers?: Record<string, unknown>; evidence?: Record<string, string> }[];
    }[];
  };
  copy.opds?.forEach((opd, oi) => {
    const first = Object.keys(opd.answers ?? {})[0];
    if (first !== undefined) opd.evidence = { [first]: `SK Kepala Dinas No. ${oi}: https://contoh.go.id/${oi}` };
    opd.services?.forEach((service, si) => {
      const ids = Object.keys(service.answers ?? {});
      if (ids.length > 0 && si % 2 === 0)
        service.evidence = { [ids[ids.length - 1]!]: `https://layanan.contoh.go.id/${si}` };
    });
  });
  return copy;
}

/** Seeds whose rubrics use every question type, n/a, when, multiple choice and evidence between them. */
const SEEDS = [1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233];

describe('random rubrics: answers file -> workbook -> import scores identically', () => {
  it.each(SEEDS)('seed %i', async (seed) => {
    const { rubric, answers } = generate(seed);
    const dir = tempDir();
    writeFileSync(join(dir, 'acak.rubric.yaml'), stringify(rubric));
    writeFileSync(join(dir, 'asli.yaml'), stringify(withEvidence(answers)));
    const rubricFlag = ['--rubric', join(dir, 'acak.rubric.yaml')];
    const init = await opdm(dir, 'init', '--format', 'xlsx', '-o', 'isian.xlsx', '--from', 'asli.yaml', ...rubricFlag);
    expect(init.code, init.stderr).toBe(0);
    const imported = await opdm(dir, 'import', 'isian.xlsx', '-o', 'impor.yaml', ...rubricFlag);
    expect(imported.code, imported.stderr).toBe(0);
    const original = await scoreReport(dir, join(dir, 'asli.yaml'), ...rubricFlag);
    expect(await scoreReport(dir, join(dir, 'impor.yaml'), ...rubricFlag)).toEqual(original);
  });
});
