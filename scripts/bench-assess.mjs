#!/usr/bin/env node
/**
 * How quickly `opdm assess` answers a person, against `node -e 0` (the cost of starting Node):
 * - time to the first prompt: a new file, an existing file (the start menu), and `--opd`
 *   (the worst case: the rubric is loaded before the first question);
 * - per answer: the save (YAML text + atomic write with fsync) and the re-evaluation of which
 *   questions apply, in process; and Enter -> next prompt as seen in a terminal.
 * Uses the built CLI (`npm run build` first) and the bundled default rubric, in a
 * pseudo-terminal through test/helpers/pty-run.py (Python's standard library).
 *
 * Usage: node scripts/bench-assess.mjs [--runs 10]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin/opdm.cjs');
const HELPER = join(ROOT, 'test/helpers/pty-run.py');
const RUBRIC = join(ROOT, 'rubrics/opd-digital-maturity@2.0.0.yaml');
const runsAt = process.argv.indexOf('--runs');
const RUNS = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 10;
if (!existsSync(join(ROOT, 'dist/cli/commands/assess.js'))) {
  console.error('bench-assess: build first (npm run build)');
  process.exit(2);
}
const dist = (path) => import(join(ROOT, 'dist', path));
const { loadRubric } = await dist('io/load.js');
const { AnswersDoc } = await dist('prompts/answers-doc.js');
const { writeFileAtomic } = await dist('io/write-output.js');
const { scoreCity } = await dist('core/score.js');

const ms = (seconds) => seconds * 1000;
const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p90: at(0.9), n: sorted.length };
};
const show = (label, s) =>
  console.log(`${label.padEnd(62)} ${s.median.toFixed(1).padStart(7)} ${s.p90.toFixed(1).padStart(7)}   (n=${s.n})`);

function pty(argv, cwd, steps) {
  const script = { argv, cwd, env: { NO_COLOR: '1', LANG: 'C' }, timeout: 20, total_timeout: 300, steps };
  const run = spawnSync('python3', [HELPER, '-'], { input: JSON.stringify(script), encoding: 'utf8' });
  const result = JSON.parse(run.stdout);
  if (result.status === 'failed' || result.status === 'timeout')
    throw new Error(`${result.error}\n${result.transcript.slice(-1500)}`);
  return result;
}

/** A large, valid answers file: every catalog OPD and service of the rubric, all answered but Disdukcapil's. */
function bigFile(rubric) {
  const doc = AnswersDoc.create({
    rubric: `${rubric.rubric}@${rubric.version}`,
    city: { id: 'kota-bench', name: 'Kota Bench' },
    period: '2026',
  });
  const answerOf = (q) =>
    q.type === 'choice'
      ? q.options[0].value
      : q.type === 'multi'
        ? [q.options[0].value]
        : q.type === 'boolean'
          ? true
          : q.type === 'number'
            ? q.bands[0].min
            : 'catatan';
  const questions = (scope) => rubric.sections.filter((s) => s.scope === scope).flatMap((s) => s.questions);
  for (const q of questions('city')) doc.setAnswer({ scope: 'city' }, q.id, answerOf(q));
  for (const entry of rubric.catalog ?? []) {
    const opd = doc.addOpd({ id: entry.id, name: typeof entry.name === 'string' ? entry.name : entry.name.id });
    for (const q of questions('opd')) doc.setAnswer({ scope: 'opd', opd }, q.id, answerOf(q));
    for (const s of entry.services) {
      const service = doc.addService(opd, {
        id: s.id,
        name: typeof s.name === 'string' ? s.name : s.name.id,
        annual_volume: 1000,
      });
      if (entry.id === 'disdukcapil') continue;
      for (const q of questions('service')) doc.setAnswer({ scope: 'service', opd, service }, q.id, answerOf(q));
    }
  }
  return doc;
}

const dir = mkdtempSync(join(tmpdir(), 'opdm-bench-'));
try {
  const { rubric } = await loadRubric(RUBRIC);
  const doc = bigFile(rubric);
  const big = join(dir, 'big.yaml');
  await writeFileAtomic(big, doc.toString());
  const answers = doc.read();
  const services = answers.opds.reduce((n, o) => n + o.services.length, 0);
  console.log(
    `opdm assess, ${RUNS} runs each; node ${process.version}, ${cpus().length} CPU(s): ${cpus()[0]?.model ?? '?'}`,
  );
  console.log(
    `rubric ${rubric.rubric}@${rubric.version}; answers file ${answers.opds.length} OPDs, ${services} services, ` +
      `${(doc.toString().length / 1024).toFixed(0)} KB`,
  );
  console.log(`${''.padEnd(62)} ${'median'.padStart(7)} ${'p90'.padStart(7)}   (ms)`);

  const times = (n, fn) => Array.from({ length: n }, fn);
  const baseline = stats(times(RUNS, () => ms(pty([process.execPath, '-e', '0'], dir, []).exited_at)));
  show('node -e 0 (start to exit): the floor', baseline);
  const first = (args, expect) =>
    stats(
      times(RUNS, () =>
        ms(pty([process.execPath, BIN, ...args], dir, [{ expect, send: '\u0003' }]).timings[0].matched_at),
      ),
    );
  const newFile = first(['assess', 'new.yaml'], 'Nama pemda');
  show('first prompt, new file (city name)', newFile);
  const existing = first(['assess', big], 'apa yang dilakukan sekarang');
  show('first prompt, existing file (start menu)', existing);
  const opd = first(['assess', big, '--opd', 'disdukcapil'], 'OPD 1 dari 1');
  show('first question with --opd (rubric and file checked first)', opd);
  console.log(
    `${'  over node -e 0: new file / existing file / --opd'.padEnd(62)} ` +
      `${[newFile, existing, opd].map((s) => (s.median - baseline.median).toFixed(1)).join(' / ')}`,
  );

  // In process: what happens between Enter and the next prompt.
  const save = [];
  const evaluate = [];
  const values = rubric.sections.find((s) => s.id === 'alur-pengajuan').questions[0].options.map((o) => o.value);
  for (let i = 0; i < RUNS * 5; i++) {
    doc.setAnswer({ scope: 'service', opd: 0, service: 0 }, 'permohonan', values[i % values.length]);
    let t0 = performance.now();
    await writeFileAtomic(big, doc.toString());
    save.push(performance.now() - t0);
    t0 = performance.now();
    scoreCity(rubric, doc.read());
    evaluate.push(performance.now() - t0);
  }
  show('per answer, in process: YAML text + atomic write (fsync)', stats(save));
  show('per answer, in process: which questions apply now (scoreCity)', stats(evaluate));

  // In a terminal: Enter on an answer (saved) -> evidence prompt; Enter on evidence -> next question.
  const steps = [{ expect: 'OPD 1 dari 1', send: '\r' }];
  for (let i = 0; i < 8; i++)
    steps.push({ expect: 'Bukti', send: '\r' }, { expect: 'pertanyaan terjawab', send: '\r' });
  const run = pty([process.execPath, BIN, 'assess', big, '--opd', 'disdukcapil'], dir, [
    ...steps,
    { expect: 'Bukti', send: '\u0003' },
  ]);
  const latency = (even) =>
    stats(run.timings.filter((t) => t.step > 0 && (t.step % 2 === 1) === even).map((t) => ms(t.since_send)));
  show('per answer, in a terminal: Enter -> evidence prompt (save incl.)', latency(true));
  show('per answer, in a terminal: Enter -> next question', latency(false));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
