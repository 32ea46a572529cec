/**
 * The interview: which OPDs, their services and volumes, then the OPD's questions and each
 * service's questions, and the city's questions once. It knows nothing of the terminal or the
 * disk: it talks through the injected Asker and saves through the injected `save`, which it
 * awaits after every answer, before the next question.
 */
import { namedQuestions } from '../core/conditions.js';
import { indexRubric } from '../core/rubric-index.js';
import { scoreCity, type CityScore } from '../core/score.js';
import type { EntityResult, QuestionResult } from '../core/evaluate.js';
import type { CityAnswers, Rubric } from '../core/types.js';
import type { EntityRef } from './answers-doc.js';
import { askEvidence, askQuestion } from './ask-question.js';
import { askVolume, ensureOpds, pickOpds, pickServices, type PickedOpd } from './pick.js';
import { progressLine, type Position, type Step } from './progress.js';
import { createSession, type Session, type SessionOptions } from './session.js';

export interface InterviewOptions extends SessionOptions {
  /** `continue`: every OPD in the file, unanswered questions only; `choose`: pick OPDs first. */
  start: 'continue' | 'choose';
  /** `--opd`: only these OPDs (catalog ones added when missing), and no city questions. */
  opdIds?: readonly string[];
}

export interface InterviewResult {
  /** Ids of the OPDs this session went through, in file order. */
  opds: string[];
}

/**
 * Whether the city's questions come first: when an OPD or service question depends on one
 * (`when`), its answer must exist before that question is reached. Otherwise they come last,
 * after the people of the OPDs have answered theirs.
 */
export function isCityFirst(rubric: Rubric): boolean {
  const index = indexRubric(rubric);
  return [...index.byScope.opd, ...index.byScope.service].some(
    ({ question }) =>
      question.when !== undefined &&
      namedQuestions(question.when).some((id) => index.questions.get(id)?.scope === 'city'),
  );
}

/** Runs one session of the interview over `options.doc`; every answer is saved as it is given. */
export async function runInterview(options: InterviewOptions): Promise<InterviewResult> {
  const s = createSession(options);
  const hasCity = options.opdIds === undefined;
  const isFirst = isCityFirst(s.rubric);
  if (hasCity && isFirst) await askEntity(s, { scope: 'city' }, { city: s.doc.read().city.name });
  let picked: PickedOpd[];
  if (options.opdIds) picked = await ensureOpds(s, options.opdIds);
  else if (options.start === 'choose' || s.doc.read().opds.length === 0) picked = await pickOpds(s);
  else picked = s.doc.read().opds.map((_, index) => ({ index, isNew: false }));
  for (const [i, opd] of picked.entries()) {
    await interviewOpd(s, opd, { n: i + 1, total: picked.length }, options.start === 'choose');
  }
  if (hasCity && !isFirst) await askEntity(s, { scope: 'city' }, { city: s.doc.read().city.name });
  const opds = s.doc.read().opds;
  return { opds: picked.map((p) => opds[p.index]?.id ?? '') };
}

async function interviewOpd(
  s: Session,
  picked: PickedOpd,
  step: Omit<Step, 'name'>,
  isChoosing: boolean,
): Promise<void> {
  const { index } = picked;
  if (picked.isNew || isChoosing || s.doc.read().opds[index]?.services.length === 0) await pickServices(s, index);
  const opd = s.doc.read().opds[index];
  if (!opd) return;
  const opdStep = { ...step, name: opd.name };
  await askEntity(s, { scope: 'opd', opd: index }, { opd: opdStep });
  for (const [si, service] of opd.services.entries()) {
    const position = { opd: opdStep, service: { n: si + 1, total: opd.services.length, name: service.name } };
    const path = `${opd.id}/${service.id}`;
    if ((service.annual_volume === undefined || s.isReview) && !s.asked.has(`volume:${path}`)) {
      s.asked.add(`volume:${path}`);
      const volume = await askVolume(s, path, service.name, service.annual_volume);
      if (volume !== undefined) s.doc.setVolume(index, si, volume);
      await s.commit();
    }
    await askEntity(s, { scope: 'service', opd: index, service: si }, position);
  }
}

function entityOf(city: CityScore, ref: EntityRef): EntityResult | undefined {
  if (ref.scope === 'city') return city;
  const opd = city.opds[ref.opd];
  return ref.scope === 'opd' ? opd : opd?.services[ref.service];
}

/** `dukcapil/akta-lahir`: where an entity sits, for prompt keys; '' for the city. */
function pathOf(
  answers: CityAnswers,
  ref: EntityRef,
): { path: string; evidence: Readonly<Record<string, string>> | undefined } {
  if (ref.scope === 'city') return { path: '', evidence: answers.evidence };
  const opd = answers.opds[ref.opd];
  if (ref.scope === 'opd') return { path: opd?.id ?? '', evidence: opd?.evidence };
  const service = opd?.services[ref.service];
  return { path: `${opd?.id}/${service?.id}`, evidence: service?.evidence };
}

/** Due in this session: applicable and unanswered, or (reviewing) answered; and not yet put. */
function isDue(s: Session, result: QuestionResult, key: string): boolean {
  if (s.asked.has(key)) return false;
  return result.status === 'unanswered' || (s.isReview && (result.status === 'answered' || result.status === 'na'));
}

/**
 * Asks an entity's due questions in rubric order. Applicability is evaluated again after each
 * answer (by the scoring core), so `when` follows the answers as they are given.
 */
async function askEntity(s: Session, ref: EntityRef, position: Position): Promise<void> {
  let section: string | undefined;
  for (;;) {
    const answers = s.doc.read();
    const city = scoreCity(s.rubric, answers);
    const { path, evidence } = pathOf(answers, ref);
    const keyOf = (r: QuestionResult) => [path, r.entry.question.id].filter(Boolean).join('/');
    const next = entityOf(city, ref)?.questions.find((r) => isDue(s, r, `answer:${keyOf(r)}`));
    if (!next) return;
    const { question } = next.entry;
    const qpath = keyOf(next);
    s.asked.add(`answer:${qpath}`);
    if (next.entry.section.id !== section) {
      section = next.entry.section.id;
      s.asker.say(`\n── ${s.text(next.entry.section.title) ?? section} ──`);
    }
    s.asker.say(progressLine(position, city.totalCounts, s.t, s.lang, s.width), 'heading');
    const reply = await askQuestion(question, {
      asker: s.asker,
      rubric: s.rubric,
      lang: s.lang,
      path: qpath,
      current: next.value,
    });
    if (reply.kind === 'skip') continue;
    s.doc.setAnswer(ref, question.id, reply.kind === 'na' ? { na: reply.reason } : reply.value);
    await s.commit();
    if (reply.kind !== 'answer' || question.type === 'text') continue;
    const given = await askEvidence({ asker: s.asker, lang: s.lang, path: qpath }, evidence?.[question.id]);
    if (given === undefined) continue;
    s.doc.setEvidence(ref, question.id, given ?? undefined);
    await s.commit();
  }
}
