/**
 * `opdm migrate FILE [-o NEW]`: an answers file written for an older major version of a bundled
 * rubric, rewritten for the newest one with the migration data shipped beside it. Comments and
 * order survive; the original file is never changed (the result goes to -o or the screen); the
 * planner is told what to answer again, what is new, and what to check.
 */
import { checkAnswers, parseRubricRef } from '../../core/check-answers.js';
import { localize } from '../../core/localize.js';
import { planMigration, type EntityRef, type MigrationData, type MigrationNote } from '../../core/migrate.js';
import { majorOf } from '../../core/rubric-index.js';
import type { CityAnswers, Issue, Rubric } from '../../core/types.js';
import { UsageError } from '../../errors.js';
import { translator, type Lang } from '../../i18n/index.js';
import { migrateMessages } from '../../i18n/migrate-messages.js';
import { bundledRubricPath, bundledRubrics } from '../../io/bundled.js';
import { loadCity, loadRubric } from '../../io/load.js';
import { readMigrationData } from '../../io/migration-data.js';
import { readTextFile } from '../../io/read-text.js';
import { AnswersDoc } from '../../prompts/answers-doc.js';
import type { CliEnv } from '../env.js';
import { formatIssue } from '../format-issues.js';
import { printIssues } from '../print-issues.js';
import type { Options } from '../options.js';
import { writeResult } from '../output.js';

type T = ReturnType<typeof translator<keyof (typeof migrateMessages)['id']>>;

/** Applies a plan's edits: answers first, then services renamed, then moved (last index first). */
function applyPlan(doc: AnswersDoc, plan: ReturnType<typeof planMigration>, rubric: Rubric): void {
  const moves: Extract<(typeof plan.edits)[number], { op: 'move-service' }>[] = [];
  for (const edit of plan.edits) {
    switch (edit.op) {
      case 'set-rubric':
        doc.setField({ scope: 'city' }, 'rubric', edit.value);
        break;
      case 'rename-answer':
        doc.renameAnswer(edit.at, edit.from, edit.to);
        break;
      case 'set-answer':
        doc.setAnswer(edit.at, edit.question, edit.value);
        break;
      case 'delete-answer':
        doc.deleteAnswer(edit.at, edit.question);
        if (edit.withEvidence) doc.deleteEvidence(edit.at, edit.question);
        break;
      case 'rename-service':
        doc.setField(edit.at, 'id', edit.id);
        break;
      case 'move-service':
        moves.push(edit);
        break;
    }
  }
  moves.sort((a, b) => b.at.opd - a.at.opd || b.at.service - a.at.service);
  for (const move of moves) {
    let target = doc.read().opds.findIndex((o) => o.id === move.toOpd);
    if (target < 0) {
      const name = rubric.catalog?.find((o) => o.id === move.toOpd)?.name;
      target = doc.addOpd({ id: move.toOpd, name: localize(name, rubric.languages[0] ?? 'id', 'id') ?? move.toOpd });
    }
    doc.setField(move.at, 'id', move.id);
    doc.moveService(move.at, target);
  }
}

/** The entity an answers-file path points into, for an answer the new rubric refuses. */
function entityOf(path: Issue['path']): { ref: EntityRef; question: string; where: string } | null {
  const at = path.indexOf('answers');
  const question = path[at + 1];
  if (at < 0 || typeof question !== 'string') return null;
  const [, opd, , service] = path;
  if (at === 0) return { ref: { scope: 'city' }, question, where: '' };
  if (typeof opd !== 'number') return null;
  if (at === 2) return { ref: { scope: 'opd', opd }, question, where: String(opd) };
  return typeof service === 'number' ? { ref: { scope: 'service', opd, service }, question, where: '' } : null;
}

/**
 * What the new rubric still refuses after the plan (an answer the data did not foresee): that
 * answer goes, and the planner answers it again. Anything else is a fault of the migration data.
 */
function dropRefused(doc: AnswersDoc, rubric: Rubric, lang: Lang, t: T): MigrationNote[] {
  const answers: CityAnswers = doc.read();
  const notes: MigrationNote[] = [];
  const ref = `${rubric.rubric}@${rubric.version}`;
  for (const issue of checkAnswers(rubric, answers).filter((i) => i.severity === 'error')) {
    const entity = entityOf(issue.path);
    if (entity === null)
      throw new Error(`migration data left an invalid file: ${issue.code} at ${issue.path.join('.')}`);
    const { opd, service } = entity.ref as { opd?: number; service?: number };
    const opdId = opd === undefined ? undefined : answers.opds[opd]?.id;
    const serviceId = service === undefined || opd === undefined ? undefined : answers.opds[opd]?.services[service]?.id;
    const where = [opdId, serviceId].filter(Boolean).join('/');
    const message = formatIssue({ ...issue, path: [] }, lang);
    notes.push({
      kind: 'answer-again',
      where,
      question: entity.question,
      reason: t('migrate.invalid-after', { rubric: ref, message }),
    });
    doc.deleteAnswer(entity.ref, entity.question);
  }
  return notes;
}

/** The places a note applies to: the first few, then how many more. */
function placesOf(places: readonly string[]): string {
  const shown = places.slice(0, 4).join(', ');
  return places.length > 4 ? `${shown}, +${places.length - 4}` : shown;
}

/**
 * The notes by kind (answer again, new questions, check, catalog), each reason said once with
 * the places it applies to: a note on every service of a city is one line, not seventy.
 */
function describeNotes(notes: readonly MigrationNote[], rubric: Rubric, lang: Lang, t: T): string {
  const text = (value: MigrationNote['reason']) => localize(value, lang, rubric.languages[0] ?? 'id') ?? '';
  const groups: [MigrationNote['kind'], Parameters<T>[0]][] = [
    ['answer-again', 'migrate.answer-again'],
    ['new-question', 'migrate.new-questions'],
    ['check', 'migrate.check'],
    ['catalog', 'migrate.catalog'],
  ];
  const out: string[] = [];
  for (const [kind, heading] of groups) {
    const items = notes.filter((n) => n.kind === kind);
    if (items.length === 0) continue;
    out.push(t(heading, { n: items.length }));
    if (kind === 'new-question') {
      for (const n of items) {
        const scope = t(`scope.${n.where as 'service' | 'opd' | 'city'}`);
        const reason = text(n.reason);
        out.push(`  ${t('migrate.new-question-line', { question: n.question, count: n.count, scope, reason })}`);
      }
      continue;
    }
    const byReason = new Map<string, { question: string | undefined; reason: string; places: string[] }>();
    for (const n of items) {
      const reason = text(n.reason);
      const key = `${n.question ?? ''}\u0000${reason}`;
      const group = byReason.get(key) ?? { question: n.question, reason, places: [] };
      if (n.where !== '') group.places.push(n.where);
      byReason.set(key, group);
    }
    for (const { question, reason, places } of byReason.values()) {
      const where = places.length === 0 ? '' : placesOf(places);
      out.push(`  ${question === undefined ? where : `${question}${where ? ` (${where})` : ''}`}: ${reason}`);
    }
  }
  return out.map((l) => `${l}\n`).join('');
}

/** `opdm migrate FILE`: read, plan, apply, check against the new rubric, write, and say what is left. */
export async function run(args: readonly unknown[], options: Options, env: CliEnv): Promise<number> {
  const { lang } = options;
  const t = translator(migrateMessages, lang);
  const file = args[0] as string;
  const city = await loadCity(file, undefined);
  await printIssues(env, city.warnings, lang);
  const from = city.rubric.rubric;
  const ref = parseRubricRef(city.answers.rubric);
  const id = ref?.id ?? from.rubric;
  const newest = bundledRubrics()
    .filter((r) => r.id === id)
    .at(-1);
  if (newest === undefined) throw new UsageError('migrate.not-bundled', { file, rubric: city.answers.rubric });
  const fromMajor = majorOf(from.version);
  const toMajor = majorOf(newest.version);
  if (toMajor <= fromMajor) {
    env.stderr(`${t('migrate.up-to-date', { file, rubric: `${from.rubric}@${from.version}` })}\n`);
    return 0;
  }
  const doc = AnswersDoc.parse(await readTextFile(file));
  const notes: MigrationNote[] = [];
  let target = from;
  // One major version at a time, each with its own migration data.
  for (let major = fromMajor; major < toMajor; major++) {
    const data: MigrationData | undefined = await readMigrationData(id, major, major + 1);
    if (data === undefined) throw new UsageError('migrate.no-data', { rubric: id, from: major, to: major + 1 });
    const next = bundledRubricPath(`${id}@${major + 1}`);
    if (next === undefined) throw new UsageError('migrate.no-data', { rubric: id, from: major, to: major + 1 });
    target = (await loadRubric(next)).rubric;
    const plan = planMigration(data, doc.read());
    applyPlan(doc, plan, target);
    notes.push(...plan.notes, ...dropRefused(doc, target, lang, t));
  }
  const output = options.output;
  await writeResult(
    doc.toString(),
    { format: 'yaml', inputs: [file], ...(output === undefined ? {} : { output }) },
    env,
    lang,
  );
  const to = `${target.rubric}@${target.version}`;
  env.stderr(`${t('migrate.done', { file, from: `${from.rubric}@${from.version}`, to })}\n`);
  env.stderr(describeNotes(notes, target, lang, t));
  env.stderr(`${output === undefined ? t('migrate.to-stdout') : t('migrate.next', { file: output })}\n`);
  return 0;
}
