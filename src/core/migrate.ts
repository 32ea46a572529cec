/**
 * `opdm migrate`: an answers file of one major version of a bundled rubric, rewritten for the
 * next, from the migration data shipped with it (rubrics/migrations/). Pure: this plans the
 * edits and says what the planner must answer again or check; the CLI applies them to the YAML
 * document, so comments and order survive.
 */
import { isNotApplicable } from './not-applicable.js';
import type { AnswerMap, AnswerValue, CityAnswers, LocalizedText, OptionValue, Scope } from './types.js';

type ValueRule = 'same' | { to?: string; drop?: LocalizedText; note?: LocalizedText };
type QuestionRule =
  'same' | { to?: string; drop?: LocalizedText; note?: LocalizedText; values?: Readonly<Record<string, ValueRule>> };

/** The migration data file (its format is documented at the top of each file). */
export interface MigrationData {
  migration: { rubric: string; from: string; to: string };
  answers_rubric: string;
  questions: Readonly<Record<string, QuestionRule>>;
  new_questions?: readonly { id: string; scope: Scope; reason: LocalizedText }[];
  new_values?: Readonly<Record<string, readonly string[]>>;
  catalog?: readonly {
    from: { opd: string; service: string };
    to?: { opd: string; service: string };
    change: 'moved' | 'renamed' | 'dropped' | 'narrowed';
    reason: LocalizedText;
  }[];
}

/** Where an answer lives, as the answers document addresses it. */
export type EntityRef =
  { scope: 'city' } | { scope: 'opd'; opd: number } | { scope: 'service'; opd: number; service: number };

export type MigrationEdit =
  | { op: 'set-rubric'; value: string }
  | { op: 'rename-answer'; at: EntityRef; from: string; to: string }
  | { op: 'set-answer'; at: EntityRef; question: string; value: AnswerValue }
  | { op: 'delete-answer'; at: EntityRef; question: string; withEvidence?: boolean }
  | { op: 'rename-service'; at: EntityRef & { scope: 'service' }; id: string }
  | { op: 'move-service'; at: EntityRef & { scope: 'service' }; toOpd: string; id: string };

/** What the planner must do after migrating, one line each. */
export interface MigrationNote {
  kind: 'answer-again' | 'check' | 'new-question' | 'catalog';
  /** `opd/service`, `opd`, or '' for the city; for a new question, the scope. */
  where: string;
  question?: string;
  /** How many entities a new question applies to. */
  count?: number;
  reason: LocalizedText;
}

export interface MigrationPlan {
  edits: MigrationEdit[];
  notes: MigrationNote[];
}

interface Entity {
  ref: EntityRef;
  where: string;
  answers: AnswerMap;
  evidence?: Readonly<Record<string, string>>;
}

function entitiesOf(answers: CityAnswers): Entity[] {
  const all: Entity[] = [{ ref: { scope: 'city' }, where: '', answers: answers.answers }];
  answers.opds.forEach((opd, oi) => {
    all.push({ ref: { scope: 'opd', opd: oi }, where: opd.id, answers: opd.answers });
    opd.services.forEach((service, si) => {
      const ref: EntityRef = { scope: 'service', opd: oi, service: si };
      all.push({ ref, where: `${opd.id}/${service.id}`, answers: service.answers });
    });
  });
  return all;
}

/** A value's new form: renamed, kept, or dropped (with why). */
function mapValue(rule: QuestionRule, value: OptionValue): { value: OptionValue } | { drop: LocalizedText } {
  if (rule === 'same' || rule.values === undefined) return { value };
  const valueRule = rule.values[String(value)];
  if (valueRule === undefined || valueRule === 'same') return { value };
  if (valueRule.drop !== undefined) return { drop: valueRule.drop };
  return { value: valueRule.to ?? value };
}

/** Notes of a question and of the values an answer holds: something to check, not to redo. */
function checksOf(rule: QuestionRule, answer: AnswerValue): LocalizedText[] {
  if (rule === 'same') return [];
  const values = Array.isArray(answer) ? answer : [answer];
  const ofValues = values.flatMap((v) => {
    const valueRule = rule.values?.[String(v)];
    return typeof valueRule === 'object' && valueRule.note !== undefined ? [valueRule.note] : [];
  });
  return [...(rule.note === undefined ? [] : [rule.note]), ...ofValues];
}

function migrateAnswer(entity: Entity, id: string, answer: AnswerValue, rule: QuestionRule, plan: MigrationPlan) {
  const { ref, where } = entity;
  if (rule !== 'same' && rule.drop !== undefined) {
    plan.edits.push({ op: 'delete-answer', at: ref, question: id, withEvidence: true });
    plan.notes.push({ kind: 'answer-again', where, question: id, reason: rule.drop });
    return;
  }
  const newId = rule === 'same' ? id : (rule.to ?? id);
  if (newId !== id) plan.edits.push({ op: 'rename-answer', at: ref, from: id, to: newId });
  for (const note of checksOf(rule, answer)) plan.notes.push({ kind: 'check', where, question: newId, reason: note });
  if (isNotApplicable(answer)) return;
  const values = Array.isArray(answer) ? answer : [answer as OptionValue];
  const mapped = values.map((v) => mapValue(rule, v));
  const dropped = mapped.flatMap((m) => ('drop' in m ? [m.drop] : []));
  const kept = mapped.flatMap((m) => ('value' in m ? [m.value] : []));
  if (dropped.length > 0) {
    // A dropped value: the answer goes (a list keeps its other values), and the planner answers again.
    if (Array.isArray(answer)) plan.edits.push({ op: 'set-answer', at: ref, question: newId, value: kept });
    else plan.edits.push({ op: 'delete-answer', at: ref, question: newId });
    for (const reason of dropped) plan.notes.push({ kind: 'answer-again', where, question: newId, reason });
  } else if (kept.some((v, i) => v !== values[i])) {
    plan.edits.push({ op: 'set-answer', at: ref, question: newId, value: Array.isArray(answer) ? kept : kept[0]! });
  }
}

/** Catalog services that moved OPD or changed id are rewritten; dropped and narrowed ones are reported. */
function migrateCatalog(data: MigrationData, answers: CityAnswers, plan: MigrationPlan) {
  for (const change of data.catalog ?? []) {
    const oi = answers.opds.findIndex((o) => o.id === change.from.opd);
    const si = oi < 0 ? -1 : answers.opds[oi]!.services.findIndex((s) => s.id === change.from.service);
    if (si < 0) continue;
    const at = { scope: 'service', opd: oi, service: si } as const;
    const where = `${change.from.opd}/${change.from.service}`;
    const to = change.to;
    if ((change.change === 'moved' || change.change === 'renamed') && to !== undefined) {
      if (to.opd !== change.from.opd) plan.edits.push({ op: 'move-service', at, toOpd: to.opd, id: to.service });
      else if (to.service !== change.from.service) plan.edits.push({ op: 'rename-service', at, id: to.service });
    }
    plan.notes.push({ kind: 'catalog', where, reason: change.reason });
  }
}

/**
 * The edits that take `answers` (valid for `data.migration.from`'s major version) to
 * `data.migration.to`, and the notes for the planner. Answers to questions the data does not
 * know are left alone (the checks after migrating name them).
 */
export function planMigration(data: MigrationData, answers: CityAnswers): MigrationPlan {
  const plan: MigrationPlan = { edits: [{ op: 'set-rubric', value: data.answers_rubric }], notes: [] };
  const entities = entitiesOf(answers);
  for (const entity of entities) {
    for (const [id, answer] of Object.entries(entity.answers)) {
      const rule = data.questions[id];
      if (rule !== undefined) migrateAnswer(entity, id, answer, rule, plan);
    }
  }
  for (const question of data.new_questions ?? []) {
    const count = entities.filter((e) => e.ref.scope === question.scope).length;
    if (count > 0) {
      plan.notes.push({
        kind: 'new-question',
        where: question.scope,
        question: question.id,
        count,
        reason: question.reason,
      });
    }
  }
  migrateCatalog(data, answers, plan);
  return plan;
}
