#!/usr/bin/env node
// A synthetic but realistic national data set for `npm run bench`: one answers file per local
// government (provinsi, kabupaten, kota in Indonesia's proportions 38 / 416 / 98), valid against
// the bundled rubric, drawn from a seeded PRNG so that every run writes the same bytes.
//
//   node scripts/bench-data.mjs [DIR] [--cities N] [--seed S]
//
// Importable: generateDataSet({dir, cities, seed, rubricFile, opds, services}).
// The names are invented (no real city is assessed here); province names are real.
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import jsYaml from 'js-yaml';

const root = new URL('../', import.meta.url);
export const DEFAULT_RUBRIC = fileURLToPath(new URL('rubrics/opd-digital-maturity@1.0.0.yaml', root));
/** Indonesia's local governments: 38 provinces, 416 kabupaten, 98 kota. */
export const NATION = { provinsi: 38, kabupaten: 416, kota: 98 };
export const NATION_SIZE = NATION.provinsi + NATION.kabupaten + NATION.kota;

// ---------------------------------------------------------------------------------------------
// Randomness: mulberry32, and the few shapes the generator needs from it.

/** mulberry32: a tiny, fast 32-bit PRNG; plenty for test data, and identical on every platform. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A sub-seed per city, so a city's file does not depend on how many cities come before it. */
const subSeed = (seed, index) => (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) + Math.imul(index + 1, 0xc2b2ae35)) >>> 0;

function tools(rand) {
  const clamp01 = (x) => Math.min(0.98, Math.max(0.02, x));
  return {
    rand,
    chance: (p) => rand() < p,
    int: (min, max) => min + Math.floor(rand() * (max - min + 1)),
    pick: (list) => list[Math.floor(rand() * list.length)],
    /** An integer in [min, max] skewed towards min: most OPDs run a few services, a few run many. */
    skewed: (min, max, power) => min + Math.floor(Math.pow(rand(), power) * (max - min + 1)),
    /** Roughly normal noise (sum of three uniforms) with this standard deviation. */
    noise: (sd) => (rand() + rand() + rand() - 1.5) * 2 * sd,
    clamp01,
    shuffle(list) {
      const out = [...list];
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(rand() * (i + 1));
        [out[i], out[j]] = [out[j], out[i]];
      }
      return out;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Names: real provinces, invented kabupaten and kota, realistic OPDs and services.

const PROVINCES = [
  'Aceh',
  'Sumatera Utara',
  'Sumatera Barat',
  'Riau',
  'Kepulauan Riau',
  'Jambi',
  'Sumatera Selatan',
  'Kepulauan Bangka Belitung',
  'Bengkulu',
  'Lampung',
  'DKI Jakarta',
  'Jawa Barat',
  'Banten',
  'Jawa Tengah',
  'DI Yogyakarta',
  'Jawa Timur',
  'Bali',
  'Nusa Tenggara Barat',
  'Nusa Tenggara Timur',
  'Kalimantan Barat',
  'Kalimantan Tengah',
  'Kalimantan Selatan',
  'Kalimantan Timur',
  'Kalimantan Utara',
  'Sulawesi Utara',
  'Gorontalo',
  'Sulawesi Tengah',
  'Sulawesi Barat',
  'Sulawesi Selatan',
  'Sulawesi Tenggara',
  'Maluku',
  'Maluku Utara',
  'Papua',
  'Papua Barat',
  'Papua Barat Daya',
  'Papua Selatan',
  'Papua Tengah',
  'Papua Pegunungan',
];
const PLACE_HEADS = [
  'Suka',
  'Tanjung',
  'Batu',
  'Sungai',
  'Muara',
  'Bukit',
  'Tanah',
  'Gunung',
  'Teluk',
  'Labuhan',
  'Kuala',
  'Pangkalan',
  'Sri',
  'Bandar',
  'Lubuk',
  'Padang',
  'Karang',
  'Rantau',
  'Pematang',
  'Air',
  'Kampung',
  'Lembah',
];
const PLACE_TAILS = [
  'Jaya',
  'Makmur',
  'Raya',
  'Sari',
  'Baru',
  'Indah',
  'Mulya',
  'Rejo',
  'Agung',
  'Permai',
  'Lestari',
  'Asri',
  'Bening',
  'Emas',
  'Harapan',
  'Mekar',
  'Wangi',
  'Damai',
  'Kencana',
  'Sejahtera',
  'Tinggi',
  'Panjang',
];
const COMPASS = ['Utara', 'Selatan', 'Barat', 'Timur', 'Tengah', 'Hulu', 'Hilir', 'Kepulauan'];

const slug = (text) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Invented place names, unique by slug ("Tanjung Makmur", "Sukamulya", "Batu Raya Timur"). */
function placeNamer(t) {
  const used = new Set();
  return () => {
    for (;;) {
      const head = t.pick(PLACE_HEADS);
      const tail = t.pick(PLACE_TAILS);
      let name = t.chance(0.3) ? `${head}${tail.toLowerCase()}` : `${head} ${tail}`;
      if (used.has(slug(name))) name = `${name} ${t.pick(COMPASS)}`;
      if (!used.has(slug(name))) {
        used.add(slug(name));
        return name;
      }
    }
  };
}

/** OPDs that every pemda has besides the rubric's catalog; services are made from their topic. */
const EXTRA_OPDS = [
  ['bappeda', 'Badan Perencanaan Pembangunan Daerah', 'Perencanaan Pembangunan'],
  ['bkpsdm', 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', 'Kepegawaian'],
  ['satpol-pp', 'Satuan Polisi Pamong Praja', 'Ketertiban Umum'],
  ['bpbd', 'Badan Penanggulangan Bencana Daerah', 'Kebencanaan'],
  ['distan', 'Dinas Pertanian', 'Pertanian'],
  ['diskan', 'Dinas Perikanan', 'Perikanan'],
  ['disparbud', 'Dinas Pariwisata dan Kebudayaan', 'Pariwisata'],
  ['diskopukm', 'Dinas Koperasi dan Usaha Mikro', 'Koperasi dan UMKM'],
  ['dispora', 'Dinas Kepemudaan dan Olahraga', 'Olahraga'],
  ['dp3a', 'Dinas Pemberdayaan Perempuan dan Perlindungan Anak', 'Perlindungan Anak'],
  ['dppkb', 'Dinas Pengendalian Penduduk dan Keluarga Berencana', 'Keluarga Berencana'],
  ['dpmd', 'Dinas Pemberdayaan Masyarakat dan Desa', 'Pemerintahan Desa'],
  ['dkp', 'Dinas Ketahanan Pangan', 'Ketahanan Pangan'],
  ['bkad', 'Badan Keuangan dan Aset Daerah', 'Aset Daerah'],
  ['kesbangpol', 'Badan Kesatuan Bangsa dan Politik', 'Organisasi Kemasyarakatan'],
  ['rsud', 'Rumah Sakit Umum Daerah', 'Pelayanan Rumah Sakit'],
  ['dinas-pertanahan', 'Dinas Pertanahan', 'Pertanahan'],
  ['disnakeswan', 'Dinas Peternakan dan Kesehatan Hewan', 'Peternakan'],
  ['setda-hukum', 'Bagian Hukum Sekretariat Daerah', 'Produk Hukum Daerah'],
];
const CATALOG_TOPICS = {
  disdukcapil: 'Kependudukan',
  dpmptsp: 'Perizinan',
  bapenda: 'Pajak Daerah',
  dinkes: 'Kesehatan',
  disdik: 'Pendidikan',
  dinsos: 'Kesejahteraan Sosial',
  disnaker: 'Ketenagakerjaan',
  dishub: 'Perhubungan',
  dlh: 'Lingkungan Hidup',
  kecamatan: 'Kewilayahan',
  diskominfo: 'Informasi Publik',
  dpupr: 'Tata Ruang',
  disperkim: 'Permukiman',
  disdagin: 'Perdagangan',
  damkar: 'Kebakaran',
  dispusip: 'Kearsipan',
};
/** Kinds of service an OPD runs on its topic: `izin` + "Pertanian" -> izin-2, "Izin Pertanian". */
const SERVICE_KINDS = [
  ['izin', 'Izin'],
  ['rekomendasi', 'Rekomendasi Teknis'],
  ['surat-keterangan', 'Surat Keterangan'],
  ['pendaftaran', 'Pendaftaran'],
  ['pengaduan', 'Pengaduan'],
  ['konsultasi', 'Konsultasi'],
  ['permintaan-data', 'Permintaan Data'],
  ['bantuan', 'Bantuan'],
  ['sertifikasi', 'Sertifikasi'],
  ['pelatihan', 'Pelatihan'],
  ['legalisasi', 'Legalisasi Dokumen'],
  ['pembinaan', 'Pembinaan'],
  ['verifikasi', 'Verifikasi'],
  ['pelaporan', 'Pelaporan'],
];
const NA_REASONS = [
  'Layanan ini tidak menerbitkan dokumen keputusan',
  'Tidak ada dokumen persyaratan; cukup NIK',
  'Hasil langsung diberikan di tempat; tidak ada status untuk dilacak',
  'Pemohon adalah badan usaha yang diverifikasi lewat OSS-RBA',
  'Layanan dimulai oleh pemerintah sendiri dari data yang ada',
];
const EVIDENCE_NOTES = [
  'Dicek langsung di situs layanan pada saat penilaian; alur lengkap dicoba oleh penilai',
  'Wawancara dengan kepala seksi pelayanan dan petugas loket; dibandingkan dengan SOP yang berlaku',
  'Berdasarkan data aplikasi layanan semester terakhir dan laporan survei kepuasan masyarakat',
  'Tangkapan layar aplikasi dan contoh dokumen hasil layanan disimpan di folder bukti penilaian',
  'Keputusan kepala OPD tentang standar pelayanan, diunggah di situs resmi pemerintah daerah',
  'Uji coba oleh penilai sebagai warga: permohonan, unggah berkas, pembayaran dan unduh hasil',
];
const SERVICE_NOTES = [
  'Volume dari rekap aplikasi layanan tahun lalu, dibulatkan.',
  'Sebagian pemohon masih datang ke loket karena belum terbiasa dengan kanal daring.',
  'Layanan juga dibuka di Mal Pelayanan Publik dan di kantor kecamatan.',
  'Rencana integrasi dengan platform nasional dijadwalkan tahun depan.',
];

// ---------------------------------------------------------------------------------------------
// YAML text, written directly in the block style of examples/ (flow only for short values).

const PLAIN = /^[a-z0-9][a-z0-9-]*$/;
const RESERVED = new Set(['true', 'false', 'null', 'yes', 'no', 'on', 'off', 'y', 'n']);
/** An id-like word stays plain; anything else is a JSON string, which is valid double-quoted YAML. */
const scalar = (value) => {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return PLAIN.test(value) && !RESERVED.has(value) && !/^[0-9.-]+$/.test(value) ? value : JSON.stringify(value);
};
const yamlValue = (value) => {
  if (Array.isArray(value)) return `[${value.map(scalar).join(', ')}]`;
  if (value !== null && typeof value === 'object') return `{na: ${JSON.stringify(value.na)}}`;
  return scalar(value);
};
function yamlMap(key, map, indent) {
  const entries = Object.entries(map);
  if (entries.length === 0) return `${indent}${key}: {}\n`;
  return `${indent}${key}:\n${entries.map(([k, v]) => `${indent}  ${k}: ${yamlValue(v)}\n`).join('')}`;
}

// ---------------------------------------------------------------------------------------------
// Answers drawn from the rubric: each question in rubric order, only when its `when` holds.

function holds(condition, lookup) {
  if (condition.all) return condition.all.every((c) => holds(c, lookup));
  if (condition.any) return condition.any.some((c) => holds(c, lookup));
  const answer = lookup(condition.question);
  if (answer === undefined) return false;
  const matches = (expected) => (Array.isArray(answer) ? answer.includes(expected) : answer === expected);
  return 'in' in condition ? condition.in.some(matches) : matches(condition.equals);
}

/** Options from worst to best score (stable), so "maturity" picks an index along them. */
const byScore = (options) => [...options].sort((a, b) => (a.score ?? 0) - (b.score ?? 0));

function drawAnswer(question, maturity, t) {
  const m = t.clamp01(maturity + t.noise(0.18));
  switch (question.type) {
    case 'choice': {
      const options = byScore(question.options);
      return options[Math.round(m * (options.length - 1))].value;
    }
    case 'multi': {
      const options = byScore(question.options);
      const first = Math.round(m * (options.length - 1));
      const count = 1 + (t.chance(0.35) ? 1 : 0) + (t.chance(0.1) ? 1 : 0);
      const chosen = new Set([options[first].value]);
      while (chosen.size < Math.min(count, options.length)) chosen.add(t.pick(options).value);
      return options.map((o) => o.value).filter((v) => chosen.has(v));
    }
    case 'boolean':
      // A weight-0 yes/no only steers `when` (is there an inspection, a fee): not a maturity signal.
      return t.chance(question.weight === 0 ? 0.4 : m);
    case 'number': {
      const min = question.min ?? 0;
      const max = question.max ?? 100;
      return Math.round(min + (max - min) * m);
    }
    default:
      return t.pick(SERVICE_NOTES);
  }
}

/**
 * Answers of one entity for the questions of its scope. `outer` looks up answers of the
 * enclosing entities (the OPD, the city) for `when`.
 */
function drawAnswers(questions, maturity, outer, t, shape) {
  const answers = {};
  const evidence = {};
  const lookup = (id) => {
    const own = answers[id];
    if (own !== undefined) return typeof own === 'object' && !Array.isArray(own) ? undefined : own;
    return outer(id);
  };
  for (const q of questions) {
    if (q.when && !holds(q.when, lookup)) continue;
    if (q.type === 'text') {
      if (t.chance(shape.textRate)) answers[q.id] = drawAnswer(q, maturity, t);
      continue;
    }
    if (t.chance(shape.skipRate)) continue;
    if (q.allow_na && t.chance(0.05)) {
      answers[q.id] = { na: t.pick(NA_REASONS) };
      continue;
    }
    answers[q.id] = drawAnswer(q, maturity, t);
    if (t.chance(shape.evidenceRate)) evidence[q.id] = t.pick(EVIDENCE_NOTES);
  }
  return { answers, evidence, lookup };
}

// ---------------------------------------------------------------------------------------------
// One city.

/** A plausible yearly volume: log-uniform, two significant digits, larger for bigger pemda. */
function drawVolume(t, size) {
  const raw = Math.pow(10, 1.7 + t.rand() * 3.3) * size;
  const magnitude = Math.pow(10, Math.max(0, Math.floor(Math.log10(raw)) - 1));
  return Math.max(10, Math.round(raw / magnitude) * magnitude);
}

function cityOpds(rubric, t, shape, kecamatanName) {
  const catalog = (rubric.catalog ?? []).map((o) => ({
    id: o.id,
    name: typeof o.name === 'string' ? o.name : o.name[rubric.languages?.[0] ?? 'id'],
    topic: CATALOG_TOPICS[o.id] ?? o.id,
    services: o.services.map((s) => ({ id: s.id, name: typeof s.name === 'string' ? s.name : s.name.id })),
  }));
  const extras = t.shuffle(EXTRA_OPDS).map(([id, name, topic]) => ({ id, name, topic, services: [] }));
  const count = t.skewed(shape.opds[0], shape.opds[1], 4);
  const opds = [...catalog, ...extras].slice(0, count);
  // Past the named OPDs, the kecamatan: each is an OPD of its own in a pemda.
  for (let n = 2; opds.length < count; n++) {
    opds.push({ id: `kecamatan-${n}`, name: `Kecamatan ${kecamatanName()}`, topic: 'Kewilayahan', services: [] });
  }
  return opds.map((opd) => {
    const wanted = t.skewed(shape.services[0], shape.services[1], 6);
    const services = opd.services.slice(0, wanted);
    const used = new Map();
    while (services.length < wanted) {
      const [kind, label] = t.pick(SERVICE_KINDS);
      const n = (used.get(kind) ?? 0) + 1;
      used.set(kind, n);
      services.push({ id: `${kind}-${n}`, name: `${label} ${opd.topic}${n > 1 ? ` ${n}` : ''}` });
    }
    return { ...opd, services };
  });
}

function cityYaml(rubric, city, t, shape) {
  const scope = (s) => rubric.sections.filter((x) => x.scope === s).flatMap((x) => x.questions);
  const [cityQs, opdQs, serviceQs] = [scope('city'), scope('opd'), scope('service')];
  const cityDrawn = drawAnswers(cityQs, city.maturity, () => undefined, t, shape);
  const kecamatanName = placeNamer(t);

  let out = `# Data sintetis untuk tolok ukur opdm (npm run bench); bukan penilaian sungguhan.\n`;
  out += `rubric: ${rubric.rubric}@${rubric.version}\n`;
  out += `city: {id: ${city.id}, name: ${JSON.stringify(city.name)}, province: ${JSON.stringify(city.province)}}\n`;
  out += `period: "2026"\n`;
  out += `assessed_at: "2026-${String(t.int(8, 11)).padStart(2, '0')}-${String(t.int(1, 28)).padStart(2, '0')}"\n`;
  out += `assessors: [${JSON.stringify(`Tim Penilai ${city.name}`)}, "Inspektorat Daerah"]\n\n`;
  out += yamlMap('answers', cityDrawn.answers, '');
  if (Object.keys(cityDrawn.evidence).length > 0) out += yamlMap('evidence', cityDrawn.evidence, '');
  out += '\nopds:\n';
  for (const opd of cityOpds(rubric, t, shape, kecamatanName)) {
    const opdMaturity = t.clamp01(city.maturity + t.noise(0.15));
    const opdDrawn = drawAnswers(opdQs, opdMaturity, cityDrawn.lookup, t, shape);
    out += `  - id: ${opd.id}\n    name: ${JSON.stringify(opd.name)}\n`;
    out += yamlMap('answers', opdDrawn.answers, '    ');
    if (Object.keys(opdDrawn.evidence).length > 0) out += yamlMap('evidence', opdDrawn.evidence, '    ');
    out += '    services:\n';
    for (const service of opd.services) {
      const drawn = drawAnswers(serviceQs, t.clamp01(opdMaturity + t.noise(0.15)), opdDrawn.lookup, t, shape);
      out += `      - id: ${service.id}\n        name: ${JSON.stringify(service.name)}\n`;
      out += `        annual_volume: ${drawVolume(t, city.size)}\n`;
      if (t.chance(shape.notesRate)) out += `        notes: ${JSON.stringify(t.pick(SERVICE_NOTES))}\n`;
      out += yamlMap('answers', drawn.answers, '        ');
      if (Object.keys(drawn.evidence).length > 0) out += yamlMap('evidence', drawn.evidence, '        ');
    }
  }
  return out;
}

/** The pemda of a data set of `cities`, in the nation's proportions, with invented names. */
function nationOf(cities, t) {
  const provinsi = Math.min(
    cities,
    Math.max(cities >= 3 ? 1 : 0, Math.round((cities * NATION.provinsi) / NATION_SIZE)),
  );
  const kota = Math.min(
    cities - provinsi,
    Math.max(cities >= 2 ? 1 : 0, Math.round((cities * NATION.kota) / NATION_SIZE)),
  );
  const kabupaten = cities - provinsi - kota;
  const placeName = placeNamer(t);
  const list = [];
  for (let i = 0; i < provinsi; i++) {
    const province = PROVINCES[i % PROVINCES.length];
    list.push({ kind: 'prov', name: `Provinsi ${province}`, province, size: 3 });
  }
  for (let i = 0; i < kabupaten; i++)
    list.push({ kind: 'kab', name: `Kabupaten ${placeName()}`, province: PROVINCES[i % PROVINCES.length], size: 1 });
  for (let i = 0; i < kota; i++)
    list.push({
      kind: 'kota',
      name: `Kota ${placeName()}`,
      province: PROVINCES[(i * 7) % PROVINCES.length],
      size: 1.5,
    });
  return list.map((c) => ({ ...c, id: `${c.kind}-${slug(c.name.replace(/^\S+ /, ''))}` }));
}

/**
 * Writes `<dir>/<city-id>.answers.yaml` for `cities` pemda (default the whole nation, 552).
 * `opds` and `services` are [min, max] per city and per OPD (default [25, 45] and [10, 30]);
 * the other rates shape how much text a file holds. Any previous *.answers.yaml in dir goes.
 * @returns {Promise<{files: string[], bytes: number, services: number}>}
 */
export async function generateDataSet({
  dir,
  cities = NATION_SIZE,
  seed = 1,
  rubricFile = DEFAULT_RUBRIC,
  opds = [25, 45],
  services = [10, 30],
  evidenceRate = 0.03,
  notesRate = 0.05,
  textRate = 0.05,
  skipRate = 0.01,
} = {}) {
  const rubric = jsYaml.load(await readFile(rubricFile, 'utf8'));
  const shape = { opds, services, evidenceRate, notesRate, textRate, skipRate };
  await mkdir(dir, { recursive: true });
  for (const name of await readdir(dir)) if (name.endsWith('.answers.yaml')) await rm(join(dir, name));
  const files = [];
  let bytes = 0;
  let serviceCount = 0;
  const nation = nationOf(cities, tools(mulberry32(seed)));
  for (const [index, pemda] of nation.entries()) {
    const t = tools(mulberry32(subSeed(seed, index)));
    // Kota tend to be further along than kabupaten; every pemda somewhere between 0.1 and 0.9.
    const maturity = t.clamp01(0.2 + 0.6 * t.rand() + (pemda.kind === 'kota' ? 0.08 : 0));
    const text = cityYaml(rubric, { ...pemda, maturity }, t, shape);
    const file = join(dir, `${pemda.id}.answers.yaml`);
    await writeFile(file, text);
    files.push(file);
    bytes += Buffer.byteLength(text);
    serviceCount += text.match(/^ {6}- id: /gm)?.length ?? 0;
  }
  return { files, bytes, services: serviceCount };
}

// ---------------------------------------------------------------------------------------------
// As a script.

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const i = args.indexOf(name);
    return i === -1 ? fallback : Number(args.splice(i, 2)[1]);
  };
  const cities = option('--cities', NATION_SIZE);
  const seed = option('--seed', 1);
  const dir = args[0] ?? fileURLToPath(new URL('bench-out/data/', root));
  const started = Date.now();
  const result = await generateDataSet({ dir, cities, seed });
  const mb = (result.bytes / 1e6).toFixed(1);
  console.log(
    `${result.files.length} answers files, ${result.services} services, ` +
      `${mb} MB in ${dir} (${Date.now() - started} ms)`,
  );
}
