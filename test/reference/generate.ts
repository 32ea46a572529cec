/**
 * A seeded generator of VALID rubrics and answers (per docs/SPEC.md), for the random
 * cross-check of the project's scoring against the independent reference.
 * Same seed, same files. No dependencies: a tiny PRNG (mulberry32).
 */
import type {
  RefAnswer,
  RefAnswerMap,
  RefBand,
  RefCityAnswers,
  RefCondition,
  RefOpdAnswers,
  RefOption,
  RefOutcome,
  RefQuestion,
  RefQuestionType,
  RefRubric,
  RefScalar,
  RefScope,
  RefSection,
  RefServiceAnswers,
  RefText,
} from './spec-reference-c1.js';

/** mulberry32: a 32-bit seeded PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Random {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  /** An integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const tmp = out[i] as T;
      out[i] = out[j] as T;
      out[j] = tmp;
    }
    return out;
  }
  /** `n` distinct items of `items` (n at most items.length), in random order. */
  sample<T>(items: readonly T[], n: number): T[] {
    return this.shuffle(items).slice(0, n);
  }
}

const SCOPES: readonly RefScope[] = ['service', 'opd', 'city'];
const TYPES: readonly RefQuestionType[] = ['choice', 'multi', 'boolean', 'number', 'text'];
const SCORES = [0, 0, 0.1, 0.2, 0.25, 0.3, 0.4, 0.5, 0.5, 0.6, 0.7, 0.75, 0.8, 0.9, 1, 1] as const;
const VALUES = [
  'loket',
  'unduh',
  'daring',
  'otomatis',
  'pos',
  'ambil',
  'qris',
  'tunai',
  'a',
  'b',
  'c',
  'x-1',
  'x2',
  'ya',
  'tidak',
] as const;
const TEXTS = ['ada', 'tidak ada', 'sebagian', 'lihat catatan'] as const;
/** Ids that sort differently by code point than by locale ('-' < digits < lowercase; prefixes). */
const OPD_IDS = [
  'dukcapil',
  'bapenda',
  'a',
  'a-b',
  'ab',
  'a1',
  'b',
  'b-1',
  'dinas-2',
  'dinas-10',
  'z',
  'kec-1',
] as const;
const SERVICE_IDS = ['kk', 'ktp-el', 'akta', 'akta-lahir', 'akta1', 'pbb', 'p', 'p-2', 'p10', 'izin'] as const;

/** Two-decimal roundings of n/3, n/6, n/7, n/9, n/12 (x 100) that lie above the exact value. */
const ROUNDED_UP = [16.67, 41.67, 42.86, 55.56, 66.67, 71.43, 77.78, 88.89, 14.29, 58.33] as const;

export interface Generated {
  seed: number;
  rubric: RefRubric;
  answers: RefCityAnswers;
}

/** A valid rubric and a valid answers file for it, from one seed. */
export function generate(seed: number): Generated {
  const rnd = new Random(seed);
  const rubric = generateRubric(rnd);
  const answers = generateAnswers(rnd, rubric);
  return { seed, rubric, answers };
}

// ---------------------------------------------------------------- the rubric

function generateRubric(rnd: Random): RefRubric {
  const languages = rnd.pick([['id', 'en'], ['en', 'id'], ['id']]);
  const [lang, other] = [languages[0] ?? 'id', languages[1]];
  let n = 0;
  const text = (base: string): RefText => {
    n += 1;
    if (rnd.chance(0.4)) return `${base} ${n}`;
    const map: Record<string, string> = { [lang]: `${base} ${n} (${lang})` };
    if (other !== undefined && rnd.chance(0.7)) map[other] = `${base} ${n} (${other})`;
    return map;
  };

  const top = rnd.int(1, 5);
  const scale = Array.from({ length: top + 1 }, (_, level) => ({
    level,
    label: text('level'),
    ...(rnd.chance(0.3) ? { description: text('description') } : {}),
  }));

  const ratingCount = rnd.int(1, 4);
  // Some mins sit just above a common score (2/3 = 66.6667 rounds up to 66.67): is the rating
  // taken before or after rounding?
  const pool = rnd.chance(0.3) ? ROUNDED_UP : Array.from({ length: 99 }, (_, i) => i + 1);
  const mins = rnd.sample(pool, Math.min(pool.length, ratingCount - 1)).sort((a, b) => b - a);
  const ratings = [...mins, 0].map((min) => ({ min, label: text('rating') }));

  const pair = (): [number, number] => {
    const a = rnd.pick([0, 0, 1, 1, 2, 3, 4, 0.5]);
    let b = rnd.pick([0, 0, 1, 1, 2, 3, 4, 0.5]);
    if (a === 0 && b === 0) b = 1;
    return [a, b];
  };
  const [services, opdSections] = pair();
  const [opds, citySections] = pair();

  // Sections of every scope, interleaved in random order (a service question may then depend on
  // an opd or city question defined earlier in the rubric).
  const plan: RefScope[] = [];
  for (const scope of SCOPES) {
    const count = rnd.chance(0.2) ? 0 : rnd.int(1, 4);
    for (let i = 0; i < count; i++) plan.push(scope);
  }
  // The service scope is the heart of the tool: keep it non-empty most of the time. At least one
  // section in all (the project's JSON Schema asks for one; SPEC does not say).
  if ((!plan.includes('service') && rnd.chance(0.7)) || plan.length === 0) plan.push('service');

  const sections: RefSection[] = [];
  const earlier: { q: RefQuestion; scope: RefScope }[] = [];
  let questionNo = 0;
  rnd.shuffle(plan).forEach((scope, i) => {
    const questions: RefQuestion[] = [];
    const count = rnd.int(1, 5);
    for (let k = 0; k < count; k++) {
      questionNo += 1;
      const q = generateQuestion(rnd, `q${questionNo}`, top, text, earlier, scope);
      questions.push(q);
      earlier.push({ q, scope });
    }
    const section: RefSection = { id: `s${i + 1}-${scope}`, scope, title: text('section'), questions };
    if (rnd.chance(0.6)) section.weight = rnd.pick([0, 0.5, 1, 2, 3]);
    sections.push(section);
  });

  const rubric: RefRubric = {
    rubric: 'acak',
    version: `${rnd.int(1, 3)}.${rnd.int(0, 9)}.${rnd.int(0, 9)}`,
    title: text('title'),
    languages,
    target_level: rnd.int(1, top),
    scale,
    ratings,
    aggregation: {
      opd: { services, sections: opdSections },
      city: { opds, sections: citySections },
      service_weighting: rnd.pick(['equal', 'volume'] as const),
      opd_weighting: rnd.pick(['equal', 'volume'] as const),
    },
    sections,
  };
  if (rnd.chance(0.3)) {
    rubric.catalog = rnd.sample(OPD_IDS, rnd.int(1, 3)).map((id) => ({
      id,
      name: text('opd'),
      services: rnd.sample(SERVICE_IDS, rnd.int(0, 3)).map((sid) => ({ id: sid, name: text('service') })),
    }));
  }
  return rubric;
}

function generateOutcome(rnd: Random, top: number, text: (base: string) => RefText, withScore: boolean): RefOutcome {
  const o: RefOutcome = {};
  if (withScore) o.score = rnd.chance(0.8) ? rnd.pick(SCORES) : rnd.int(0, 100) / 100;
  if (rnd.chance(0.7)) o.level = rnd.int(0, top);
  if (rnd.chance(0.35)) {
    o.visit = true;
    if (rnd.chance(0.3)) {
      o.inherent = true;
      if (rnd.chance(0.7)) o.basis = text('basis');
    }
  } else if (rnd.chance(0.2)) {
    o.visit = false;
  }
  if (rnd.chance(0.5)) o.advice = text('advice');
  return o;
}

function generateQuestion(
  rnd: Random,
  id: string,
  top: number,
  text: (base: string) => RefText,
  earlier: { q: RefQuestion; scope: RefScope }[],
  scope: RefScope,
): RefQuestion {
  const type = rnd.pick(TYPES);
  const q: RefQuestion = { id, type, title: text('question') };
  if (rnd.chance(0.2)) q.help = text('help');
  if (rnd.chance(0.6)) q.weight = rnd.pick([0, 0, 0.5, 1, 2, 3]);
  if (rnd.chance(0.4)) q.required = rnd.chance(0.5);
  if (rnd.chance(0.4)) q.allow_na = rnd.chance(0.75);

  if (type === 'choice' || type === 'multi') {
    const values = rnd.sample(VALUES, rnd.int(type === 'choice' ? 2 : 1, 5));
    q.options = values.map((value): RefOption => ({
      value,
      label: text('option'),
      ...generateOutcome(rnd, top, text, true),
    }));
  } else if (type === 'boolean') {
    if (rnd.chance(0.6)) {
      const options: { true?: RefOutcome; false?: RefOutcome } = {};
      for (const branch of ['true', 'false'] as const) {
        if (!rnd.chance(0.7)) continue;
        const o = generateOutcome(rnd, top, text, rnd.chance(0.6));
        if (rnd.chance(0.5)) o.label = text('branch');
        options[branch] = o;
      }
      q.options = options;
    }
  } else if (type === 'number') {
    const hasMin = rnd.chance(0.8);
    const min = rnd.chance(0.15) ? rnd.int(-20, -1) : rnd.int(0, 10);
    if (hasMin) q.min = min;
    const max = min + rnd.int(5, 200);
    if (rnd.chance(0.7)) q.max = max;
    const bands: RefBand[] = [];
    let at = hasMin && rnd.chance(0.3) ? min - rnd.int(1, 5) : min;
    const count = rnd.int(1, 4);
    for (let i = 0; i < count && at <= max; i++) {
      const band: RefBand = { min: at, ...generateOutcome(rnd, top, text, true) };
      if (rnd.chance(0.4)) band.label = text('band');
      bands.push(band);
      at += rnd.chance(0.2) ? rnd.int(1, 20) + 0.5 : rnd.int(1, 40);
    }
    q.bands = bands;
  }

  const enclosing: Record<RefScope, RefScope[]> = {
    service: ['service', 'opd', 'city'],
    opd: ['opd', 'city'],
    city: ['city'],
  };
  const eligible = earlier.filter((e) => enclosing[scope].includes(e.scope)).map((e) => e.q);
  if (eligible.length > 0 && rnd.chance(0.35)) q.when = generateCondition(rnd, eligible, 0);
  return q;
}

/** Values an answer to `q` may take (and a few it can equal), for `when` conditions. */
function candidateValues(rnd: Random, q: RefQuestion): RefScalar[] {
  switch (q.type) {
    case 'choice':
    case 'multi':
      return (Array.isArray(q.options) ? q.options : []).map((o) => o.value);
    case 'boolean':
      return [true, false];
    case 'number': {
      const lo = Math.max(q.min ?? 0, q.bands?.[0]?.min ?? 0);
      const mins = (q.bands ?? []).map((b) => b.min).filter((m) => m >= lo && (q.max === undefined || m <= q.max));
      return [...mins, lo, lo + rnd.int(0, 5)];
    }
    default:
      return [...TEXTS];
  }
}

function generateCondition(rnd: Random, eligible: RefQuestion[], depth: number): RefCondition {
  if (depth < 2 && rnd.chance(0.25)) {
    const children = Array.from({ length: rnd.int(1, 3) }, () => generateCondition(rnd, eligible, depth + 1));
    return rnd.chance(0.5) ? { all: children } : { any: children };
  }
  const q = rnd.pick(eligible);
  const values = candidateValues(rnd, q);
  if (rnd.chance(0.6)) return { question: q.id, equals: rnd.pick(values) };
  return { question: q.id, in: rnd.sample([...new Set(values)], rnd.int(1, Math.min(3, new Set(values).size))) };
}

// ---------------------------------------------------------------- the answers

function answerFor(rnd: Random, q: RefQuestion): RefAnswer | undefined {
  if (q.allow_na === true && rnd.chance(0.15)) return { na: rnd.pick(['tidak ada retribusi', 'tidak relevan', 'n/a']) };
  switch (q.type) {
    case 'choice':
      return rnd.pick((Array.isArray(q.options) ? q.options : []).map((o) => o.value));
    case 'multi': {
      const values = (Array.isArray(q.options) ? q.options : []).map((o) => o.value);
      return rnd.sample(values, rnd.chance(0.1) ? 0 : rnd.int(1, values.length));
    }
    case 'boolean':
      return rnd.chance(0.5);
    case 'number': {
      const lo = Math.max(q.min ?? -Infinity, q.bands?.[0]?.min ?? -Infinity);
      const floor = Number.isFinite(lo) ? lo : 0;
      const hi = q.max ?? floor + 300;
      const mins = (q.bands ?? []).map((b) => b.min).filter((m) => m >= floor && m <= hi);
      if (mins.length > 0 && rnd.chance(0.35)) return rnd.pick(mins); // exactly on a band boundary
      const v = floor + rnd.float() * (hi - floor);
      return rnd.chance(0.5) ? Math.min(hi, Math.max(floor, Math.round(v))) : Math.round(v * 10) / 10;
    }
    case 'text':
      return rnd.pick(TEXTS);
  }
}

function answersFor(rnd: Random, questions: RefQuestion[]): RefAnswerMap {
  const coverage = rnd.pick([0.3, 0.6, 0.85, 1, 1]);
  const out: RefAnswerMap = {};
  // Answers are given regardless of `when`: some answer questions that turn out not applicable.
  for (const q of questions) {
    if (!rnd.chance(coverage)) continue;
    const a = answerFor(rnd, q);
    if (a !== undefined) out[q.id] = a;
  }
  return out;
}

function generateAnswers(rnd: Random, rubric: RefRubric): RefCityAnswers {
  const of = (scope: RefScope) => rubric.sections.filter((s) => s.scope === scope).flatMap((s) => s.questions);
  const [serviceQs, opdQs, cityQs] = [of('service'), of('opd'), of('city')];
  const byVolume = rubric.aggregation.service_weighting === 'volume' || rubric.aggregation.opd_weighting === 'volume';
  const major = rubric.version.split('.')[0] ?? '1';
  // Volumes: required when the rubric weights by volume; otherwise some, or (rarely) none at all.
  const volumeChance = byVolume ? 1 : rnd.chance(0.15) ? 0 : 0.7;

  const opds: RefOpdAnswers[] = rnd.sample(OPD_IDS, rnd.int(0, 6)).map((id) => {
    const services: RefServiceAnswers[] = rnd.sample(SERVICE_IDS, rnd.int(0, 6)).map((sid) => {
      const svc: RefServiceAnswers = { id: sid, name: `Layanan ${sid}` };
      const given = answersFor(rnd, serviceQs);
      if (Object.keys(given).length > 0 || rnd.chance(0.5)) svc.answers = given; // `answers` is optional
      if (rnd.chance(volumeChance))
        svc.annual_volume = rnd.chance(0.08) ? 0 : rnd.pick([rnd.int(1, 100), rnd.int(100, 50000), 1000, 5000]);
      addNotes(rnd, svc, given);
      return svc;
    });
    const given = answersFor(rnd, opdQs);
    const opd: RefOpdAnswers = { id, name: `OPD ${id}`, services };
    if (Object.keys(given).length > 0 || rnd.chance(0.5)) opd.answers = given;
    addNotes(rnd, opd, given);
    return opd;
  });

  const city: RefCityAnswers = {
    rubric: `${rubric.rubric}@${rnd.chance(0.5) ? rubric.version : `${major}.${rnd.int(0, 9)}.${rnd.int(0, 9)}`}`,
    city: { id: 'kota-acak', name: 'Kota Acak', ...(rnd.chance(0.5) ? { province: 'Jawa Barat' } : {}) },
    period: '2026',
    answers: answersFor(rnd, cityQs),
    opds,
  };
  if (rnd.chance(0.3)) {
    city.assessed_at = '2026-11-20';
    city.assessors = ['Tim Penilai'];
  }
  return city;
}

/** Optional evidence (per answered question) and notes: they must not change any number. */
function addNotes(
  rnd: Random,
  entity: { evidence?: Record<string, string>; notes?: string },
  given: RefAnswerMap,
): void {
  const ids = Object.keys(given);
  if (ids.length > 0 && rnd.chance(0.3))
    entity.evidence = Object.fromEntries(
      rnd.sample(ids, rnd.int(1, ids.length)).map((id) => [id, `https://contoh.go.id/${id}`]),
    );
  if (rnd.chance(0.2)) entity.notes = 'catatan penilai';
}
