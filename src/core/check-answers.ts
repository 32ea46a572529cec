import { isNotApplicable } from './not-applicable.js';
import { kindOf, type ReportIssue } from './question-types/index.js';
import { indexRubric, isVolumeRequired, majorOf, type RubricIndex } from './rubric-index.js';
import { withSuggestion } from './suggest.js';
import type { AnswerMap, CityAnswers, DocPath, Issue, Rubric, Scope } from './types.js';

type Report = ReportIssue;

/** `opd-digital-maturity@1.2.0` -> its id and major version. */
export function parseRubricRef(ref: string): { id: string; version: string; major: number } | null {
  const match = /^([a-z0-9-]+)@(\d+)\.\d+\.\d+/.exec(ref);
  return match?.[1] && match[2]
    ? { id: match[1], version: ref.slice(match[1].length + 1), major: Number(match[2]) }
    : null;
}

function checkAnswerMap(
  index: RubricIndex,
  scope: Scope,
  answers: AnswerMap | undefined,
  path: DocPath,
  report: Report,
) {
  // Built only for a suggestion: most answer maps have no unknown id.
  const scopeIds = () => index.byScope[scope].map((e) => e.question.id);
  for (const [id, value] of Object.entries(answers ?? {})) {
    // The issue's path is built only for an issue: a nation's batch checks millions of answers.
    const entry = index.questions.get(id);
    if (!entry) report('answers.unknown-question', [...path, id], withSuggestion({ id, scope }, id, scopeIds()));
    else if (entry.scope !== scope) report('answers.wrong-scope', [...path, id], { id, scope, expected: entry.scope });
    else if (isNotApplicable(value)) {
      if (!entry.question.allow_na) report('answers.na-not-allowed', [...path, id], { id });
      if (CONTROL.test(value.na)) checkText(value.na, [...path, id], 'na', report);
    } else {
      const problem = kindOf(entry.question).checkAnswer(entry.question, value);
      if (problem) report(problem[0], [...path, id], { id, ...problem[1] });
      // An option's value is the rubric's; only free text is the user's own.
      else if (entry.question.type === 'text') checkText(value, path, id, report);
    }
  }
}

function checkEvidence(
  index: RubricIndex,
  evidence: Readonly<Record<string, string>> | undefined,
  path: DocPath,
  report: Report,
) {
  for (const [id, text] of Object.entries(evidence ?? {})) {
    checkText(text, path, id, report);
    if (!index.questions.has(id))
      report(
        'answers.evidence-unknown-question',
        [...path, id],
        withSuggestion({ id }, id, index.questions.keys()),
        'warning',
      );
  }
}

function checkUnique(ids: readonly string[], path: DocPath, kind: string, report: Report) {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) report('answers.duplicate-id', [...path, i, 'id'], { kind, id });
    seen.add(id);
  });
}

// C0 and C1 controls, ESC and DEL included: they would reach terminals and reports as is.
/* eslint-disable no-control-regex -- finding control characters is the point */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const CONTROL_BUT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;
/* eslint-enable no-control-regex */

/** `U+001B`: how a message names an invisible character. */
const codePoint = (char: string): string => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * SPEC: a text holding a control character (C0 or C1, ESC included) is invalid, because it would
 * reach terminals and reports as is; a newline is allowed only in notes. The texts are those a
 * person reads back: names, notes, a reason for `na`, a text answer, evidence, the header's
 * words. Keys need no look: an answer or evidence key is a question id or an error anyway.
 */
function checkText(text: unknown, at: DocPath, key: string | number, report: Report, isNotes = false): void {
  if (typeof text !== 'string') return;
  const found = (isNotes ? CONTROL_BUT_NEWLINE : CONTROL).exec(text);
  // The path is built only for an issue: a nation's batch checks a million texts.
  if (found) report('answers.control-character', [...at, key], { char: codePoint(found[0]) });
}

/** The name and notes of the city, an OPD or a service. */
function checkNamed(entity: { name?: unknown; notes?: unknown }, at: DocPath, report: Report): void {
  checkText(entity.name, at, 'name', report);
  checkText(entity.notes, at, 'notes', report, true);
}

/**
 * The meaning rules of SPEC "The answers file" against the rubric in use. Assumes the shape
 * passed the schema. Answers to questions that are not applicable are reported by
 * `findIgnoredAnswers` after scoring, since applicability needs the evaluation.
 */
export function checkAnswers(rubric: Rubric, answers: CityAnswers): Issue[] {
  const issues: Issue[] = [];
  const report: Report = (code, path, params = {}, severity = 'error') => issues.push({ severity, code, params, path });
  const index = indexRubric(rubric);
  const ref = parseRubricRef(answers.rubric);
  const using = `${rubric.rubric}@${rubric.version}`;
  const usingMajor = majorOf(rubric.version);
  if (ref && ref.id !== rubric.rubric) report('answers.rubric-other', ['rubric'], { named: answers.rubric, using });
  else if (ref && ref.major !== usingMajor)
    report('answers.rubric-major', ['rubric'], { named: answers.rubric, using });
  // Answers written for another rubric: every question would be "unknown". The one line that
  // says which rubric is the one to read.
  if (issues.length > 0) return issues;
  checkNamed(answers.city, ['city'], report);
  checkText(answers.city.province, ['city'], 'province', report);
  checkText(answers.period, [], 'period', report);
  checkText(answers.assessed_at, [], 'assessed_at', report);
  (answers.assessors ?? []).forEach((who, i) => checkText(who, ['assessors'], i, report));
  checkText(answers.notes, [], 'notes', report, true);
  checkAnswerMap(index, 'city', answers.answers, ['answers'], report);
  checkEvidence(index, answers.evidence, ['evidence'], report);
  checkUnique(
    answers.opds.map((o) => o.id),
    ['opds'],
    'OPD',
    report,
  );
  // The schema lets an OPD leave out `services` and `answers`; the loader fills them, callers may not.
  const needsVolume = isVolumeRequired(rubric);
  answers.opds.forEach((opd, oi) => {
    checkNamed(opd, ['opds', oi], report);
    checkAnswerMap(index, 'opd', opd.answers, ['opds', oi, 'answers'], report);
    checkEvidence(index, opd.evidence, ['opds', oi, 'evidence'], report);
    checkUnique(
      (opd.services ?? []).map((s) => s.id),
      ['opds', oi, 'services'],
      'service',
      report,
    );
    (opd.services ?? []).forEach((service, si) => {
      const path = ['opds', oi, 'services', si];
      checkNamed(service, path, report);
      if (needsVolume && service.annual_volume === undefined)
        report('answers.volume-required', [...path, 'id'], { service: service.id });
      checkAnswerMap(index, 'service', service.answers, [...path, 'answers'], report);
      checkEvidence(index, service.evidence, [...path, 'evidence'], report);
    });
  });
  return issues;
}
