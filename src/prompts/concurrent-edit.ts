/**
 * An answers file changed on disk while an interview had it open (a hand edit in an editor, a
 * merge from git): the session's own changes since its last save are replayed onto the file as
 * it now is, so the other writer's edits (answers, comments, order) survive next to this
 * session's. Changes are compared answer by answer, by ids: when both sides changed the same
 * answer (or the other side removed what this session changed), nothing is merged.
 */
import { isDeepStrictEqual } from 'node:util';
import type { AnswerValue, CityAnswers } from '../core/types.js';
import { AnswersDoc, type EntityRef } from './answers-doc.js';

/** One thing an interview changes: an answer, an evidence note, a volume, an added OPD or service. */
type Field =
  | { kind: 'answer' | 'evidence'; opd?: string; service?: string; question: string }
  | { kind: 'volume'; opd: string; service: string }
  | { kind: 'opd'; opd: string }
  | { kind: 'service'; opd: string; service: string };

/** Where a conflict is, for people: `dukcapil/akta-lahir: pengajuan`. */
export interface Conflict {
  where: string;
  /** This session's value, as YAML would show it; undefined when it removed it. */
  ours: unknown;
  /** The value in the file now; undefined when the other writer removed it. */
  theirs: unknown;
}

export type MergeResult =
  | { kind: 'merged'; doc: AnswersDoc }
  | { kind: 'conflict'; conflicts: Conflict[] }
  /** The other writer reordered or removed OPDs or services this session is going through. */
  | { kind: 'moved' };

/** Every field an interview may change, by ids, with its value (undefined: not there). */
function fieldsOf(answers: CityAnswers): Map<string, { field: Field; value: unknown }> {
  const fields = new Map<string, { field: Field; value: unknown }>();
  const add = (field: Field, value: unknown) => fields.set(JSON.stringify(field), { field, value });
  const addEntity = (
    at: { opd?: string; service?: string },
    entity: { answers?: Readonly<Record<string, AnswerValue>>; evidence?: Readonly<Record<string, string>> },
  ) => {
    for (const [question, value] of Object.entries(entity.answers ?? {}))
      add({ kind: 'answer', ...at, question }, value);
    for (const [question, value] of Object.entries(entity.evidence ?? {}))
      add({ kind: 'evidence', ...at, question }, value);
  };
  addEntity({}, answers);
  for (const opd of answers.opds ?? []) {
    add({ kind: 'opd', opd: opd.id }, opd.name);
    addEntity({ opd: opd.id }, opd);
    for (const service of opd.services ?? []) {
      add({ kind: 'service', opd: opd.id, service: service.id }, service.name);
      add({ kind: 'volume', opd: opd.id, service: service.id }, service.annual_volume);
      addEntity({ opd: opd.id, service: service.id }, service);
    }
  }
  return fields;
}

/** The keys whose values differ between two field maps. */
type Fields = ReadonlyMap<string, { field: Field; value: unknown }>;

function changed(before: Fields, after: Fields): Map<string, Field> {
  const keys = new Set([...before.keys(), ...after.keys()]);
  const result = new Map<string, Field>();
  for (const key of keys) {
    if (!isDeepStrictEqual(before.get(key)?.value, after.get(key)?.value)) {
      result.set(key, (after.get(key) ?? before.get(key))!.field);
    }
  }
  return result;
}

const whereOf = (field: Field): string => {
  const entity = [field.opd, 'service' in field ? field.service : undefined].filter(Boolean).join('/');
  const what = 'question' in field ? field.question : field.kind === 'volume' ? 'annual_volume' : '';
  return [entity, what].filter(Boolean).join(': ') || field.kind;
};

/** Positions of the OPD and service in `answers`, by ids; undefined when either is not there. */
function refOf(answers: CityAnswers, field: Field): EntityRef | undefined {
  if (field.opd === undefined) return { scope: 'city' };
  const opd = answers.opds.findIndex((o) => o.id === field.opd);
  if (opd < 0) return undefined;
  const serviceId = 'service' in field ? field.service : undefined;
  if (serviceId === undefined) return { scope: 'opd', opd };
  const service = answers.opds[opd]!.services.findIndex((s) => s.id === serviceId);
  return service < 0 ? undefined : { scope: 'service', opd, service };
}

/** What `ours` changed since `baseText` and is not on disk yet, for a message that keeps it. */
export function unsavedChanges(baseText: string, ours: AnswersDoc): Conflict[] {
  const base = fieldsOf(AnswersDoc.parse(baseText).read());
  const mine = fieldsOf(ours.read());
  return [...changed(base, mine)]
    .filter(([, field]) => field.kind !== 'opd' && field.kind !== 'service')
    .map(([key, field]) => ({ where: whereOf(field), ours: mine.get(key)?.value, theirs: base.get(key)?.value }));
}

/**
 * Replays what `ours` changed since `baseText` (the file as this session last read or wrote it)
 * onto `theirsText` (the file as it is now). A conflict when both changed a field to different
 * values; `moved` when the other writer's changes shift the OPDs or services this session
 * addresses by position.
 */
export function mergeConcurrentEdit(baseText: string, ours: AnswersDoc, theirsText: string): MergeResult {
  const base = fieldsOf(AnswersDoc.parse(baseText).read());
  const mine = fieldsOf(ours.read());
  const doc = AnswersDoc.parse(theirsText);
  const theirs = fieldsOf(doc.read());
  const ourChanges = changed(base, mine);
  const theirChanges = changed(base, theirs);

  const conflicts: Conflict[] = [];
  for (const [key, field] of ourChanges) {
    if (theirChanges.has(key) && !isDeepStrictEqual(mine.get(key)?.value, theirs.get(key)?.value)) {
      conflicts.push({ where: whereOf(field), ours: mine.get(key)?.value, theirs: theirs.get(key)?.value });
    }
  }
  // What this session changed inside an OPD or service the other writer removed.
  for (const [key, field] of ourChanges) {
    if (field.kind === 'opd' || field.kind === 'service' || theirChanges.has(key)) continue;
    const parent: Field | undefined =
      field.opd === undefined
        ? undefined
        : 'service' in field && field.service !== undefined
          ? { kind: 'service', opd: field.opd, service: field.service }
          : { kind: 'opd', opd: field.opd };
    const parentKey = parent && JSON.stringify(parent);
    if (parentKey && base.has(parentKey) && !theirs.has(parentKey)) {
      conflicts.push({ where: whereOf(field), ours: mine.get(key)?.value, theirs: undefined });
    }
  }
  if (conflicts.length > 0) return { kind: 'conflict', conflicts };

  const order = ['opd', 'service', 'volume', 'answer', 'evidence'];
  const sorted = [...ourChanges].sort(([, a], [, b]) => order.indexOf(a.kind) - order.indexOf(b.kind));
  for (const [key, field] of sorted) {
    if (theirChanges.has(key)) continue; // the same value on both sides
    const value = mine.get(key)?.value;
    const now = doc.read();
    if (field.kind === 'opd') {
      if (value !== undefined && refOf(now, field) === undefined) doc.addOpd({ id: field.opd, name: String(value) });
      continue;
    }
    const ref = refOf(now, field.kind === 'service' ? { kind: 'opd', opd: field.opd } : field);
    if (ref === undefined) return { kind: 'moved' };
    if (field.kind === 'service') {
      if (value !== undefined && refOf(now, field) === undefined && ref.scope === 'opd') {
        doc.addService(ref.opd, { id: field.service, name: String(value) });
      }
    } else if (field.kind === 'volume') {
      if (ref.scope === 'service' && typeof value === 'number') doc.setVolume(ref.opd, ref.service, value);
    } else if (field.kind === 'answer') {
      if (value !== undefined) doc.setAnswer(ref, field.question, value as AnswerValue);
    } else {
      doc.setEvidence(ref, field.question, value as string | undefined);
    }
  }
  return isSameLayout(ours.read(), doc.read()) ? { kind: 'merged', doc } : { kind: 'moved' };
}

/**
 * Whether every OPD and service of `ours` sits at the same position in `merged`: the interview
 * goes on addressing them by position, and must not write into a neighbour.
 */
function isSameLayout(ours: CityAnswers, merged: CityAnswers): boolean {
  return ours.opds.every((opd, i) => {
    const other = merged.opds[i];
    return other?.id === opd.id && opd.services.every((service, j) => other.services[j]?.id === service.id);
  });
}
