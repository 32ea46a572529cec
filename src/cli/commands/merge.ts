import { checkAnswers } from '../../core/check-answers.js';
import { mergeAnswers, type Conflict } from '../../core/merge-answers.js';
import { scoreCity } from '../../core/score.js';
import type { Issue } from '../../core/types.js';
import { InvalidInputError, UsageError } from '../../errors.js';
import { translator } from '../../i18n/index.js';
import { workbookMessages } from '../../i18n/workbook-messages.js';
import type { LoadedCity } from '../../io/load.js';
import { AnswersDoc } from '../../prompts/answers-doc.js';
import { formatPercent } from '../../render/format.js';
import type { CliEnv } from '../env.js';
import { loadCities } from '../inputs.js';
import type { Options } from '../options.js';
import { writeOutputAtomic } from '../../io/write-output.js';
import { printIssues } from '../print-issues.js';
import { resolve } from 'node:path';

/** A conflict as an issue in the later file, naming the earlier file's line:col. */
async function toIssue(conflict: Conflict, cities: readonly LoadedCity[]): Promise<Issue> {
  const at = cities[conflict.at.file]!;
  const other = cities[conflict.other.file]!;
  const here = (await at.source.locator()).locate(conflict.at.path);
  const there = (await other.source.locator()).locate(conflict.other.path);
  const params: Issue['params'] =
    conflict.code === 'merge.rubric-differs'
      ? { named: conflict.value, other: other.file, other_named: conflict.otherValue }
      : {
          place: conflict.place,
          value: conflict.value,
          other_value: conflict.otherValue,
          other: `${other.file}:${there.line}:${there.col}`,
        };
  return { severity: 'error', code: conflict.code, params, path: conflict.at.path, file: at.file, ...here };
}

/** `opdm merge A B ... [-o ANSWERS]`: per-OPD answers files into one city file. */
export async function run(args: readonly unknown[], options: Options, env: CliEnv): Promise<number> {
  const { lang } = options;
  const files = (args[0] as string[]).map(String);
  if (files.length < 2) throw new UsageError('merge.one-file');
  const { cities, warnings } = await loadCities(files, options.rubric);
  await printIssues(env, warnings, lang);
  const { merged, conflicts } = mergeAnswers(cities.map((c) => c.answers));
  if (conflicts.length > 0) throw new InvalidInputError(await Promise.all(conflicts.map((c) => toIssue(c, cities))));
  const rubric = cities[0]!.rubric;
  // Each file was valid; together they may still not be (a service in two files, each without
  // a volume the rubric needs, stays without one).
  const errors = checkAnswers(rubric.rubric, merged).filter((i) => i.severity === 'error');
  if (errors.length > 0) throw new InvalidInputError(errors.map((i) => ({ ...i, file: files.join(' + ') })));

  const doc = AnswersDoc.create({
    rubric: merged.rubric,
    city: merged.city,
    period: merged.period,
    ...(merged.assessed_at === undefined ? {} : { assessedAt: merged.assessed_at }),
    ...(merged.assessors === undefined ? {} : { assessors: merged.assessors }),
  });
  if (merged.notes !== undefined) doc.setField({ scope: 'city' }, 'notes', merged.notes);
  doc.update(merged, { city: true });
  const output = options.output === undefined || options.output === '-' ? undefined : options.output;
  if (output === undefined) {
    env.stdout(doc.toString());
    return 0;
  }
  await writeOutputAtomic(resolve(env.cwd, output), doc.toString(), [...files, rubric.file]);
  const score = scoreCity(rubric.rubric, merged);
  const services = merged.opds.reduce((n, o) => n + o.services.length, 0);
  env.stderr(
    `${translator(workbookMessages, lang)('merge.written', {
      count: files.length,
      file: output,
      opds: merged.opds.length,
      services,
      completeness: formatPercent(score.completeness, lang),
    })}\n`,
  );
  return 0;
}
