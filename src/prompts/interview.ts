/**
 * The interview: which OPDs, their services and volumes, then the OPD's questions and each
 * service's questions, and the city's questions once. It knows nothing of the terminal or the
 * disk: it talks through the injected Asker and saves through the injected `save`, which it
 * awaits after every answer, before the next question. Within an OPD with its services (or the
 * city's questions), "back" returns to the previous question, across services too.
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
import { BACK } from './reply.js';
import { createSession, goBack, markPut, type Session, type SessionOptions } from './session.js';

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
  const cityWalk = () => walk(s, [entityStop(s, { scope: 'city' }, '', { city: s.doc.read().city.name })]);
  if (hasCity && isFirst) await cityWalk();
  let picked: PickedOpd[];
  if (options.opdIds) picked = await ensureOpds(s, options.opdIds);
  else if (options.start === 'choose' || s.doc.read().opds.length === 0) picked = await pickOpds(s);
  else picked = s.doc.read().opds.map((_, index) => ({ index, isNew: false }));
  for (const [i, opd] of picked.entries()) {
    await interviewOpd(s, opd, { n: i + 1, total: picked.length }, options.start === 'choose');
  }
  if (hasCity && !isFirst) await cityWalk();
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
  const stops = [entityStop(s, { scope: 'opd', opd: index }, opd.id, { opd: opdStep })];
  for (const [si, service] of opd.services.entries()) {
    const position = { opd: opdStep, service: { n: si + 1, total: opd.services.length, name: service.name } };
    const path = `${opd.id}/${service.id}`;
    stops.push(
      volumeStop(s, index, si, path),
      entityStop(s, { scope: 'service', opd: index, service: si }, path, position),
    );
  }
  await walk(s, stops);
}

/** One part of a walk: an entity's questions, or a service's volume. */
interface Stop {
  /** Whether the prompt `key` is put by this stop. */
  owns: (key: string) => boolean;
  /** Puts the stop's due prompts; `back` when the person went back past its first one. */
  run: () => Promise<'done' | 'back'>;
}

/**
 * Runs stops in order, with one trail of answered prompts: "back" at a stop's first prompt goes
 * on in the stop that put the previous one, and from there forward again.
 */
async function walk(s: Session, stops: readonly Stop[]): Promise<void> {
  s.trail = [];
  s.again.clear();
  let i = 0;
  while (i < stops.length) {
    if ((await stops[i]?.run()) === 'back') {
      let j = i - 1;
      while (j > 0 && !(s.backTo !== undefined && stops[j]?.owns(s.backTo))) j -= 1;
      i = Math.max(j, 0);
      continue;
    }
    // Put, or no longer due (an answer before it changed): either way, not pending any more.
    s.backTo = undefined;
    i += 1;
  }
}

/** A service's annual volume: asked when missing (or reviewing), and again after "back". */
function volumeStop(s: Session, opd: number, service: number, path: string): Stop {
  const key = `volume:${path}`;
  return {
    owns: (k) => k === key,
    async run() {
      const current = s.doc.read().opds[opd]?.services[service];
      const isDue = s.again.has(key) || ((current?.annual_volume === undefined || s.isReview) && !s.asked.has(key));
      if (!current || !isDue) return 'done';
      markPut(s, key);
      const volume = await askVolume(s, path, current.name, current.annual_volume, s.trail.length > 0);
      if (volume === BACK) {
        goBack(s, key);
        return 'back';
      }
      s.trail.push(key);
      if (volume !== undefined) s.doc.setVolume(opd, service, volume);
      await s.commit();
      return 'done';
    },
  };
}

/** An entity's questions; `path` is where it sits (`dukcapil/akta-lahir`, '' for the city). */
function entityStop(s: Session, ref: EntityRef, path: string, position: Position): Stop {
  const prefix = path === '' ? 'answer:' : `answer:${path}/`;
  return {
    // Question ids hold no '/': an OPD's questions are not its services'.
    owns: (key) => key.startsWith(prefix) && !key.slice(prefix.length).includes('/'),
    run: () => askEntity(s, ref, position),
  };
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

/**
 * Due in this session: applicable and unanswered, or (reviewing) answered; and not yet put. Or
 * to be put again after "back", answered or not.
 */
function isDue(s: Session, result: QuestionResult, key: string): boolean {
  if (s.again.has(key)) return result.status !== 'inapplicable';
  if (s.asked.has(key)) return false;
  return result.status === 'unanswered' || (s.isReview && (result.status === 'answered' || result.status === 'na'));
}

/**
 * Asks an entity's due questions in rubric order (the one "back" returned to first).
 * Applicability is evaluated again after each answer (by the scoring core), so `when` follows
 * the answers as they are given. `back` when the person goes back past its first question.
 */
async function askEntity(s: Session, ref: EntityRef, position: Position): Promise<'done' | 'back'> {
  let section: string | undefined;
  for (;;) {
    const answers = s.doc.read();
    const city = scoreCity(s.rubric, answers);
    const { path, evidence } = pathOf(answers, ref);
    const keyOf = (r: QuestionResult) => `answer:${[path, r.entry.question.id].filter(Boolean).join('/')}`;
    const questions = entityOf(city, ref)?.questions ?? [];
    const next =
      questions.find((r) => keyOf(r) === s.backTo && isDue(s, r, keyOf(r))) ??
      questions.find((r) => isDue(s, r, keyOf(r)));
    if (!next) return 'done';
    const { question } = next.entry;
    const key = keyOf(next);
    const qpath = key.slice('answer:'.length);
    markPut(s, key);
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
      canGoBack: s.trail.length > 0,
    });
    if (reply.kind === 'back') {
      const target = goBack(s, key);
      if (target !== undefined && !questions.some((r) => keyOf(r) === target)) return 'back';
      continue;
    }
    s.trail.push(key);
    if (reply.kind === 'skip') continue;
    s.doc.setAnswer(ref, question.id, reply.kind === 'na' ? { na: reply.reason } : reply.value);
    await s.commit();
    if (reply.kind !== 'answer' || question.type === 'text') continue;
    const ctx = { asker: s.asker, lang: s.lang, path: qpath, canGoBack: true };
    const given = await askEvidence(ctx, evidence?.[question.id]);
    // Back from the evidence: this question again, its answer just saved offered back.
    if (given === BACK) goBack(s, undefined);
    if (given === undefined || given === BACK) continue;
    s.doc.setEvidence(ref, question.id, given ?? undefined);
    await s.commit();
  }
}
