/**
 * A seeded generator of VALID rubrics and answers (per SPEC), for the random cross-check of the
 * project's scoring against the independent reference.
 * Same seed, same files. No dependencies: a tiny PRNG (mulberry32).
 *
 * `generate(seed)` writes contract 1 files, exactly as before contract 2 (the contract 1
 * cross-check depends on it; generate.test.ts pins them). `generate(seed, { contract: 2 })` also
 * uses every contract 2 key: trips, visit kinds (with `basis`), neutral scores, `combine`, uptake,
 * a catalog that the answers cover in part. Every contract 2 draw happens only in contract 2 mode,
 * so the contract 1 sequence of random numbers is untouched.
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
  RefVisit,
} from './spec-reference.js';

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
const TRIP_IDS = ['ajukan', 'ambil', 'bayar', 'verifikasi'] as const;
/**
 * Contract 2 visits, with their odds: no `visit` key most often; `inherent` is contract 1's
 * `visit: true, inherent: true`.
 */
const VISITS = [
  'absent',
  'absent',
  'absent',
  'absent',
  'none',
  false,
  'office',
  'office',
  true,
  true,
  'rule',
  'physical',
  'physical',
  'field',
  'field',
  'inherent',
] as const;

/** Two-decimal roundings of n/3, n/6, n/7, n/9, n/12 (x 100) that lie above the exact value. */
const ROUNDED_UP = [16.67, 41.67, 42.86, 55.56, 66.67, 71.43, 77.78, 88.89, 14.29, 58.33] as const;

export interface Generated {
  seed: number;
  rubric: RefRubric;
  answers: RefCityAnswers;
}

export interface GenerateOptions {
  /** 1 (default): contract 1 keys only, the files of before contract 2. 2: every contract 2 key too. */
  contract?: 1 | 2;
}

/** A valid rubric and a valid answers file for it, from one seed. */
export function generate(seed: number, options: GenerateOptions = {}): Generated {
  const rnd = new Random(seed);
  const c2 = options.contract === 2;
  const rubric = generateRubric(rnd, c2);
  const answers = generateAnswers(rnd, rubric, c2);
  return { seed, rubric, answers };
}

/** What a question is generated within. */
interface QuestionContext {
  c2: boolean;
  /** The rubric's declared trip ids (contract 2). */
  trips: string[];
  /** This is the rubric's uptake question: a service-scope `number` with 0 <= min, max <= 100. */
  uptake: boolean;
}

// ---------------------------------------------------------------- the rubric

function generateRubric(rnd: Random, c2: boolean): RefRubric {
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
  const order = rnd.shuffle(plan);
  // Contract 2: declared trips (or none), and the service section that holds the uptake question.
  const trips = c2 && rnd.chance(0.8) ? rnd.sample(TRIP_IDS, rnd.int(1, 3)) : [];
  const serviceSections = order.flatMap((scope, i) => (scope === 'service' ? [i] : []));
  const uptakeSection = c2 && serviceSections.length > 0 && rnd.chance(0.65) ? rnd.pick(serviceSections) : -1;
  let uptakeQuestion: string | undefined;
  order.forEach((scope, i) => {
    const questions: RefQuestion[] = [];
    const count = rnd.int(1, 5);
    const uptakeAt = i === uptakeSection ? rnd.int(0, count - 1) : -1;
    for (let k = 0; k < count; k++) {
      questionNo += 1;
      const ctx: QuestionContext = { c2, trips, uptake: k === uptakeAt };
      const q = generateQuestion(rnd, `q${questionNo}`, top, text, earlier, scope, ctx);
      if (ctx.uptake) uptakeQuestion = q.id;
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
  if (!c2) {
    if (rnd.chance(0.3)) {
      rubric.catalog = rnd.sample(OPD_IDS, rnd.int(1, 3)).map((id) => ({
        id,
        name: text('opd'),
        services: rnd.sample(SERVICE_IDS, rnd.int(0, 3)).map((sid) => ({ id: sid, name: text('service') })),
      }));
    }
    return rubric;
  }

  if (trips.length > 0) rubric.trips = trips.map((id) => ({ id, label: text('trip') }));
  if (uptakeQuestion !== undefined)
    rubric.uptake = { question: uptakeQuestion, target: rnd.pick([0, 25, 50, 50, 60, 75, 100, rnd.int(1, 99), 33.5]) };
  // A catalog most of the time (rarely an empty one); the answers then hold some of its services.
  if (rnd.chance(0.05)) rubric.catalog = [];
  else if (rnd.chance(0.7)) {
    rubric.catalog = rnd.sample(OPD_IDS, rnd.int(1, 4)).map((id) => ({
      id,
      name: text('opd'),
      services: rnd.sample(SERVICE_IDS, rnd.int(0, 4)).map((sid) => ({ id: sid, name: text('service') })),
    }));
  }
  return rubric;
}

/**
 * Contract 2: a score that may be neutral (null), any visit kind (`basis` always with rule and
 * physical; sometimes with contract 1's `inherent: true`, which stays valid without it; rarely on
 * an office visit, where SPEC neither asks for it nor forbids it).
 */
function generateOutcomeC2(rnd: Random, top: number, text: (base: string) => RefText, withScore: boolean): RefOutcome {
  const o: RefOutcome = {};
  if (withScore) o.score = rnd.chance(0.15) ? null : rnd.chance(0.8) ? rnd.pick(SCORES) : rnd.int(0, 100) / 100;
  if (rnd.chance(0.7)) o.level = rnd.int(0, top);
  const visit = rnd.pick(VISITS);
  if (visit === 'inherent') {
    o.visit = true;
    o.inherent = true;
    if (rnd.chance(0.6)) o.basis = text('basis');
  } else if (visit !== 'absent') {
    o.visit = visit satisfies RefVisit;
    if (visit === 'rule' || visit === 'physical' || (visit === 'office' && rnd.chance(0.1))) o.basis = text('basis');
  }
  if (rnd.chance(0.5)) o.advice = text('advice');
  return o;
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
  ctx: QuestionContext,
): RefQuestion {
  const outcome = (withScore: boolean): RefOutcome =>
    ctx.c2 ? generateOutcomeC2(rnd, top, text, withScore) : generateOutcome(rnd, top, text, withScore);
  const type = ctx.uptake ? 'number' : rnd.pick(TYPES);
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
      ...outcome(true),
    }));
  } else if (type === 'boolean') {
    if (rnd.chance(0.6)) {
      const options: { true?: RefOutcome; false?: RefOutcome } = {};
      for (const branch of ['true', 'false'] as const) {
        if (!rnd.chance(0.7)) continue;
        const o = outcome(rnd.chance(0.6));
        if (rnd.chance(0.5)) o.label = text('branch');
        options[branch] = o;
      }
      q.options = options;
    }
  } else if (type === 'number') {
    // The uptake question is a percentage: min and max both given, within 0..100.
    const hasMin = ctx.uptake || rnd.chance(0.8);
    const min = ctx.uptake ? rnd.int(0, 10) : rnd.chance(0.15) ? rnd.int(-20, -1) : rnd.int(0, 10);
    if (hasMin) q.min = min;
    const max = ctx.uptake ? (rnd.chance(0.6) ? 100 : rnd.int(min + 5, 100)) : min + rnd.int(5, 200);
    if (ctx.uptake || rnd.chance(0.7)) q.max = max;
    const bands: RefBand[] = [];
    let at = hasMin && rnd.chance(0.3) ? min - rnd.int(1, 5) : min;
    const count = rnd.int(1, 4);
    for (let i = 0; i < count && at <= max; i++) {
      const band: RefBand = { min: at, ...outcome(true) };
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
  if (eligible.length > 0 && rnd.chance(0.35)) q.when = generateCondition(rnd, eligible, 0, ctx.c2);
  if (ctx.c2) {
    // `trip` only on service-scope questions (some, not all); `combine` only on multi (sometimes left to its default).
    if (scope === 'service' && ctx.trips.length > 0 && rnd.chance(0.55)) q.trip = rnd.pick(ctx.trips);
    if (type === 'multi' && rnd.chance(0.6)) q.combine = rnd.pick(['sum', 'max'] as const);
  }
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

function generateCondition(rnd: Random, eligible: RefQuestion[], depth: number, c2 = false): RefCondition {
  if (depth < 2 && rnd.chance(0.25)) {
    const children = Array.from({ length: rnd.int(1, 3) }, () => generateCondition(rnd, eligible, depth + 1, c2));
    return rnd.chance(0.5) ? { all: children } : { any: children };
  }
  const q = rnd.pick(eligible);
  const values = candidateValues(rnd, q);
  // SPEC (contract 2 text): on a multi answer, `equals` with a list holds when the chosen set equals it.
  if (c2 && q.type === 'multi' && rnd.chance(0.2)) return { question: q.id, equals: rnd.sample(values, rnd.int(1, 2)) };
  if (rnd.chance(0.6)) return { question: q.id, equals: rnd.pick(values) };
  return { question: q.id, in: rnd.sample([...new Set(values)], rnd.int(1, Math.min(3, new Set(values).size))) };
}

// ---------------------------------------------------------------- the answers

function answerFor(rnd: Random, q: RefQuestion, c2: boolean): RefAnswer | undefined {
  if (q.allow_na === true && rnd.chance(0.15)) return { na: rnd.pick(['tidak ada retribusi', 'tidak relevan', 'n/a']) };
  switch (q.type) {
    case 'choice':
      return rnd.pick((Array.isArray(q.options) ? q.options : []).map((o) => o.value));
    case 'multi': {
      const options = Array.isArray(q.options) ? q.options : [];
      // Contract 2: sometimes only neutral options, so that the whole answer is neutral.
      const neutral = options.filter((o) => o.score === null).map((o) => o.value);
      if (c2 && neutral.length > 0 && rnd.chance(0.25)) return rnd.sample(neutral, rnd.int(1, neutral.length));
      const values = options.map((o) => o.value);
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

function answersFor(rnd: Random, questions: RefQuestion[], c2: boolean): RefAnswerMap {
  const coverage = rnd.pick([0.3, 0.6, 0.85, 1, 1]);
  const out: RefAnswerMap = {};
  // Answers are given regardless of `when`: some answer questions that turn out not applicable.
  for (const q of questions) {
    if (!rnd.chance(coverage)) continue;
    const a = answerFor(rnd, q, c2);
    if (a !== undefined) out[q.id] = a;
  }
  return out;
}

/**
 * OPD ids for the answers file. Contract 2 with a catalog: most catalog OPDs (so that most
 * catalog services can be assessed, and some are missing) and a few others.
 */
function opdIds(rnd: Random, rubric: RefRubric, c2: boolean): string[] {
  if (!c2 || rubric.catalog === undefined) return rnd.sample(OPD_IDS, rnd.int(0, 6));
  const fromCatalog = rubric.catalog.map((o) => o.id).filter(() => rnd.chance(0.8));
  const others = rnd.sample(
    OPD_IDS.filter((id) => !fromCatalog.includes(id)),
    rnd.int(0, 3),
  );
  return rnd.shuffle([...fromCatalog, ...others]);
}

/** Service ids of one OPD. Contract 2 with a catalog: most of the OPD's catalog services and a few others. */
function serviceIds(rnd: Random, rubric: RefRubric, opdId: string, c2: boolean): string[] {
  if (!c2 || rubric.catalog === undefined) return rnd.sample(SERVICE_IDS, rnd.int(0, 6));
  const inCatalog = rubric.catalog.find((o) => o.id === opdId)?.services.map((s) => s.id) ?? [];
  const fromCatalog = inCatalog.filter(() => rnd.chance(0.7));
  const others = rnd.sample(
    SERVICE_IDS.filter((id) => !fromCatalog.includes(id)),
    rnd.int(0, inCatalog.length > 0 ? 2 : 5),
  );
  return rnd.shuffle([...fromCatalog, ...others]);
}

function generateAnswers(rnd: Random, rubric: RefRubric, c2: boolean): RefCityAnswers {
  const of = (scope: RefScope) => rubric.sections.filter((s) => s.scope === scope).flatMap((s) => s.questions);
  const [serviceQs, opdQs, cityQs] = [of('service'), of('opd'), of('city')];
  const byVolume = rubric.aggregation.service_weighting === 'volume' || rubric.aggregation.opd_weighting === 'volume';
  const major = rubric.version.split('.')[0] ?? '1';
  // Volumes: required when the rubric weights by volume; otherwise some, or (rarely) none at all.
  const volumeChance = byVolume ? 1 : rnd.chance(0.15) ? 0 : 0.7;

  const opds: RefOpdAnswers[] = opdIds(rnd, rubric, c2).map((id) => {
    const services: RefServiceAnswers[] = serviceIds(rnd, rubric, id, c2).map((sid) => {
      const svc: RefServiceAnswers = { id: sid, name: `Layanan ${sid}` };
      const given = answersFor(rnd, serviceQs, c2);
      if (Object.keys(given).length > 0 || rnd.chance(0.5)) svc.answers = given; // `answers` is optional
      if (rnd.chance(volumeChance))
        svc.annual_volume = rnd.chance(0.08) ? 0 : rnd.pick([rnd.int(1, 100), rnd.int(100, 50000), 1000, 5000]);
      addNotes(rnd, svc, given);
      return svc;
    });
    const given = answersFor(rnd, opdQs, c2);
    const opd: RefOpdAnswers = { id, name: `OPD ${id}`, services };
    if (Object.keys(given).length > 0 || rnd.chance(0.5)) opd.answers = given;
    addNotes(rnd, opd, given);
    return opd;
  });

  const city: RefCityAnswers = {
    rubric: `${rubric.rubric}@${rnd.chance(0.5) ? rubric.version : `${major}.${rnd.int(0, 9)}.${rnd.int(0, 9)}`}`,
    city: { id: 'kota-acak', name: 'Kota Acak', ...(rnd.chance(0.5) ? { province: 'Jawa Barat' } : {}) },
    period: '2026',
    answers: answersFor(rnd, cityQs, c2),
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
