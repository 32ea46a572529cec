#!/usr/bin/env node
// `npm run bench`: how fast and frugal `opdm` is, measured against floors, in one run.
//
//   npm run build && npm run bench [-- --cities N] [--seed S] [--regenerate]
//                                     [--runs-cold N] [--runs-batch N] [--compare-ref REF] [--cold-only]
//
// 1. cold start of an installed copy (npm pack, installed into a prefix of its own, as users get
//    it): `node -e 0`, `opdm --version`, `opdm score` on one example city, on this Node and on the
//    npm registry's node@22 (from its compile cache, and on a first run without one); with
//    --compare-ref, the copy of commit REF too, built and installed the same way;
// 2. national batch: `opdm score DIR --format table` against reading + parsing the same files
//    in one process with js-yaml `load` (and, once, with the `yaml` package's `parse`);
// 3. scaling: the batch on 1/8, 1/4, 1/2 and all of the files;
// 4. peak memory (max RSS, from GNU time) of every run.
// --cold-only: part 1 alone, a minute instead of several.
// Medians of repeated runs, interleaved so that a busy neighbour slows every command alike.
// Writes bench-out/bench.json and bench-out/bench.md. A script, not a test: it never fails on
// a slow machine, it reports.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { generateDataSet, NATION_SIZE } from './bench-data.mjs';
import { buildRef, ensureNode22, installPackage } from './bench-install.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const path = (...parts) => join(root, ...parts);
const OUT = path('bench-out');
const DATA = join(OUT, 'data');
const GNU_TIME = '/usr/bin/time';
const EXAMPLE = 'examples/kota-bandung.answers.yaml';
const FRACTIONS = [8, 4, 2, 1];
const TARGETS = { coldRatio: 2, coldVsRef: 1.15, batchRatio: 1.3, linearSlopeRatio: 1.25, peakRssMb: 300 };
/** Above this estimate, the `yaml` parse runs on 1/8 of the files and is scaled up. */
const YAML_FULL_RUN_LIMIT_MS = 60_000;

// ---------------------------------------------------------------------------------------------
// Options

const USAGE =
  'usage: npm run bench [-- --cities N] [--seed S] [--regenerate] [--runs-cold N] [--runs-batch N] ' +
  '[--compare-ref REF] [--cold-only]';

function parseArgs(argv) {
  const options = {
    cities: NATION_SIZE,
    seed: 1,
    regenerate: false,
    runsCold: 10,
    runsBatch: 3,
    compareRef: undefined,
    coldOnly: false,
  };
  const numeric = { '--cities': 'cities', '--seed': 'seed', '--runs-cold': 'runsCold', '--runs-batch': 'runsBatch' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (arg === '--regenerate') options.regenerate = true;
    else if (arg === '--cold-only') options.coldOnly = true;
    else if (arg === '--compare-ref') {
      options.compareRef = argv[++i];
      if (!options.compareRef) fail('--compare-ref needs a git ref (a commit, a branch, a tag)');
    } else if (arg in numeric) {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value < 1) fail(`${arg} needs a positive whole number`);
      options[numeric[arg]] = value;
    } else fail(`unknown option ${arg}`);
  }
  // The scaling part needs 1/8 of the files to be at least one file, and each step to add some.
  if (options.cities < 8) fail('--cities must be at least 8 (the scaling part runs on 1/8 of the files)');
  return options;
}

function fail(message) {
  console.error(`bench: ${message}`);
  console.error(USAGE);
  process.exit(2);
}

const progress = (message) => process.stderr.write(`bench: ${message}\n`);

// ---------------------------------------------------------------------------------------------
// The data set: generated once, reused while the seed, size, generator and rubric are the same.

const sha256 = async (file) =>
  createHash('sha256')
    .update(await readFile(file))
    .digest('hex');

async function ensureDataSet({ cities, seed, regenerate }) {
  const manifestFile = join(DATA, 'manifest.json');
  const wanted = {
    cities,
    seed,
    generator_sha256: await sha256(path('scripts/bench-data.mjs')),
    rubric_sha256: await sha256(path('rubrics/opd-digital-maturity@1.0.0.yaml')),
  };
  const manifest = existsSync(manifestFile) ? JSON.parse(await readFile(manifestFile, 'utf8')) : undefined;
  const isSame = manifest && Object.entries(wanted).every(([k, v]) => manifest[k] === v);
  const files = existsSync(DATA) ? (await readdir(DATA)).filter((n) => n.endsWith('.answers.yaml')) : [];
  if (!regenerate && isSame && files.length === cities) {
    progress(
      `reusing the data set in ${relative(root, DATA)} (${files.length} files, seed ${seed}; ` +
        `--regenerate to write it again)`,
    );
    return { ...manifest, generated: false };
  }
  progress(`generating ${cities} answers files (seed ${seed}) into ${relative(root, DATA)} ...`);
  const started = performance.now();
  const result = await generateDataSet({ dir: DATA, cities, seed });
  const generated = { ...wanted, files: result.files.length, bytes: result.bytes, services: result.services };
  await writeFile(manifestFile, `${JSON.stringify(generated, null, 2)}\n`);
  progress(
    `generated ${result.files.length} files, ${mb(result.bytes)} MB in ${seconds(performance.now() - started)} s`,
  );
  return { ...generated, generated: true, generate_ms: Math.round(performance.now() - started) };
}

/** Nested subsets as folders of symlinks: 1/2 = every 2nd file, 1/4 = every 4th, 1/8 = every 8th. */
async function makeSubsets() {
  const names = (await readdir(DATA)).filter((n) => n.endsWith('.answers.yaml')).sort();
  const subsets = [];
  for (const k of FRACTIONS) {
    const picked = names.filter((_, i) => i % k === 0);
    let dir = DATA;
    if (k !== 1) {
      dir = join(OUT, 'subsets', `1-${k}`);
      await rm(dir, { recursive: true, force: true });
      await mkdir(dir, { recursive: true });
      for (const name of picked) await symlink(join('..', '..', 'data', name), join(dir, name));
    }
    let bytes = 0;
    for (const name of picked) bytes += (await readFile(join(DATA, name))).length;
    subsets.push({ fraction: k === 1 ? 'all' : `1/${k}`, k, dir, files: picked.length, bytes });
  }
  return subsets;
}

// ---------------------------------------------------------------------------------------------
// Measuring one process: wall time from here; peak RSS and CPU time (user + system) from GNU
// time. CPU time hardly moves when a neighbour loads the machine, wall time does: both are kept.

const hasGnuTime = existsSync(GNU_TIME);

/** One run of `node ARGS` (this Node unless `node` names another), with `env` added to ours. */
async function measure(args, { keepStdout = false, node = process.execPath, env = {}, before } = {}) {
  await before?.();
  const rssFile = join(OUT, `.rss-${process.pid}`);
  const [command, argv] = hasGnuTime ? [GNU_TIME, ['-f', '%M %U %S', '-o', rssFile, node, ...args]] : [node, args];
  const started = performance.now();
  const child = spawn(command, argv, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', keepStdout ? 'pipe' : 'ignore', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const code = await new Promise((resolve) => child.on('close', resolve));
  const ms = performance.now() - started;
  if (code !== 0) throw new Error(`node ${args.join(' ')} exited with ${code}:\n${stderr.slice(-2000)}`);
  const [rssKb, user, system] = hasGnuTime
    ? (await readFile(rssFile, 'utf8')).trim().split('\n').pop().split(' ').map(Number)
    : [NaN, NaN, NaN];
  return { ms, cpuMs: (user + system) * 1000, rssMb: rssKb / 1024, stdout };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * Runs each command `runs` times, round-robin (A B C, A B C, ...), after `warmups` rounds that
 * do not count (file cache, JIT caches of the OS).
 */
async function interleaved(commands, runs, warmups, label) {
  const samples = commands.map(() => []);
  for (let round = -warmups; round < runs; round++) {
    if (round >= 0) progress(`${label}: round ${round + 1} of ${runs}`);
    for (const [i, command] of commands.entries()) {
      const sample = await measure(command.args, command);
      if (round >= 0) samples[i].push(sample);
    }
  }
  return commands.map((command, i) => summarize(command, samples[i]));
}

function summarize(command, samples) {
  const ms = samples.map((s) => s.ms);
  return {
    name: command.name,
    ...(command.nodeLabel ? { node: command.nodeLabel } : {}),
    command: [command.node ? relative(root, command.node) : 'node', ...command.args]
      .map((arg) => (arg.startsWith(root) ? relative(root, arg) : arg))
      .join(' '),
    median_ms: round(median(ms)),
    min_ms: round(Math.min(...ms)),
    max_ms: round(Math.max(...ms)),
    samples_ms: ms.map(round),
    cpu_median_ms: round(median(samples.map((s) => s.cpuMs))),
    peak_rss_mb: round(median(samples.map((s) => s.rssMb)), 1),
    stdout: samples.at(-1)?.stdout,
  };
}

// ---------------------------------------------------------------------------------------------
// The three parts

const baseline = (dir, parser) => ['scripts/bench-parse-baseline.mjs', dir, '--parser', parser];

/**
 * The copies measured: this checkout's (and, with --compare-ref, that commit's), each packed and
 * installed into a prefix of its own under bench-out/install/, as `npm install -g` does.
 */
async function installCopies(compareRef) {
  progress('packing this checkout and installing it into bench-out/install/current ...');
  const current = { label: 'this checkout', ...(await installPackage(root, join(OUT, 'install', 'current'))) };
  if (compareRef === undefined) return { current };
  progress(`building ${compareRef} in bench-out/ref/ (kept for the next run) ...`);
  const { commit, dir } = await buildRef(root, compareRef, join(OUT, 'ref'));
  const short = commit.slice(0, 7);
  const label = commit.startsWith(compareRef) ? short : `${compareRef} (${short})`;
  progress(`packing ${label} and installing it into bench-out/install/ref ...`);
  const ref = {
    label,
    commit,
    // The city both copies can score: the commit's own example (its bundled rubric may be older).
    example: relative(root, join(dir, EXAMPLE)),
    ...(await installPackage(dir, join(OUT, 'install', 'ref'))),
  };
  return { current, ref };
}

/**
 * Cold start of the installed copies. Node 22's compile cache goes where it goes by default, into
 * the OS's temp dir: here a temp dir of the benchmark's own (TMPDIR), so that its state is known.
 * The warm-up round fills it for the rows of second and later runs; the first-run row starts
 * every run with an empty one.
 */
async function coldStart(runs, copies, node22) {
  const warm = join(OUT, 'tmp', 'warm');
  const cold = join(OUT, 'tmp', 'cold');
  await rm(join(OUT, 'tmp'), { recursive: true, force: true });
  await mkdir(warm, { recursive: true });
  await mkdir(cold, { recursive: true });
  const tmpIn = (dir) => ({ TMPDIR: dir, TMP: dir, TEMP: dir });
  const here = { nodeLabel: `Node ${process.versions.node}`, env: tmpIn(warm) };
  const commands = [
    { name: 'node -e 0', args: ['-e', '0'], ...here },
    { name: 'opdm --version', args: [copies.current.bin, '--version'], ...here },
    { name: 'opdm score (one city)', args: [copies.current.bin, 'score', EXAMPLE], ...here },
  ];
  if (copies.ref) {
    // Against the commit: both copies on the same city, the commit's own example.
    const city = `opdm score (${copies.ref.label}'s example)`;
    commands.push(
      { name: city, args: [copies.current.bin, 'score', copies.ref.example], ...here, isRefInput: true },
      {
        name: `${city}, ${copies.ref.label}`,
        args: [copies.ref.bin, 'score', copies.ref.example],
        ...here,
        isRef: true,
      },
    );
  }
  if (node22.node) {
    const there = { node: node22.node, nodeLabel: `Node ${node22.version.replace(/^v/, '')}`, env: tmpIn(warm) };
    commands.push(
      { name: 'node -e 0', args: ['-e', '0'], ...there },
      { name: 'opdm --version', args: [copies.current.bin, '--version'], ...there },
      { name: 'opdm score (one city)', args: [copies.current.bin, 'score', EXAMPLE], ...there },
      {
        name: 'opdm score (one city), first run',
        args: [copies.current.bin, 'score', EXAMPLE],
        ...there,
        env: tmpIn(cold),
        before: () => rm(join(cold, 'node-compile-cache'), { recursive: true, force: true }),
      },
    );
  }
  const rows = await interleaved(commands, runs, 1, 'cold start');
  const floor = (row) => rows.find((r) => r.node === row.node && r.name === 'node -e 0');
  const current = rows[commands.findIndex((c) => c.isRefInput)];
  return rows.map((row, i) => ({
    ...strip(row),
    ...ratios(row, floor(row)),
    ...(commands[i].isRefInput ? { is_ref_input: true } : {}),
    ...(commands[i].isRef ? { is_ref: true, current_vs_ref: round(current.median_ms / row.median_ms, 2) } : {}),
  }));
}

async function scaling(subsets, runs, copies) {
  // One parse of every file first, not counted: the batch runs then all start with the files in
  // the page cache, as the cold-start runs do after their warm-up round.
  progress('warm-up: reading every file once');
  await measure(baseline(relative(root, DATA), 'js-yaml'));
  const rows = [];
  for (const subset of subsets) {
    const dir = relative(root, subset.dir);
    const commands = [
      { name: 'opdm score', args: [copies.current.bin, 'score', dir, '--format', 'table'] },
      { name: 'js-yaml load', args: baseline(dir, 'js-yaml'), keepStdout: true },
    ];
    // The commit compared against, on every file only: the batch must not regress.
    if (copies.ref && subset.k === 1) {
      commands.push({
        name: `opdm score, ${copies.ref.label}`,
        args: [copies.ref.bin, 'score', dir, '--format', 'table'],
      });
    }
    const [batch, parse, ref] = await interleaved(
      commands,
      runs,
      0,
      `batch on ${subset.fraction} (${subset.files} files)`,
    );
    rows.push({
      ...subset,
      dir,
      batch: strip(batch),
      parse: strip(parse),
      ...ratios(batch, parse),
      ...(ref ? { ref: { ...strip(ref), ...ratios(ref, parse) } } : {}),
    });
  }
  return rows;
}

const strip = ({ stdout: _, ...row }) => row;
const ratios = (row, floor) => ({
  ratio: round(row.median_ms / floor.median_ms, 2),
  cpu_ratio: round(row.cpu_median_ms / floor.cpu_median_ms, 2),
});

/** The `yaml` package, once: on every file when that takes under a minute, else on 1/8, scaled. */
async function yamlOnce(subsets, jsYamlAll) {
  const all = subsets.find((s) => s.k === 1);
  const eighth = subsets.find((s) => s.k === 8);
  // `yaml` parses about ten times slower than js-yaml; the fastest js-yaml run is the best
  // guess of this machine's speed when others share it.
  const isScaled = jsYamlAll.min_ms * 10 > YAML_FULL_RUN_LIMIT_MS;
  const subset = isScaled ? eighth : all;
  progress(`yaml parse, once, on ${subset.fraction} of the files (${subset.files}) ...`);
  const sample = await measure(baseline(relative(root, subset.dir), 'yaml'), { keepStdout: true });
  const scale = all.bytes / subset.bytes;
  return {
    name: 'yaml parse',
    command: `node ${baseline(relative(root, subset.dir), 'yaml').join(' ')}`,
    median_ms: round(sample.ms * scale),
    samples_ms: [round(sample.ms)],
    cpu_median_ms: round(sample.cpuMs * scale),
    peak_rss_mb: round(sample.rssMb, 1),
    ratio: round((sample.ms * scale) / jsYamlAll.median_ms, 2),
    cpu_ratio: round((sample.cpuMs * scale) / jsYamlAll.cpu_median_ms, 2),
    note: isScaled
      ? `run once on 1/8 of the files (${subset.files} files, ${mb(subset.bytes)} MB): ${seconds(sample.ms)} s, ` +
        `scaled by bytes x${scale.toFixed(2)}; its peak memory is of that run`
      : 'run once on every file',
  };
}

// ---------------------------------------------------------------------------------------------
// Reading the figures

/** Least squares of time (ms) over size (MB), and the slope of each step between sizes. */
function fitLine(points) {
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  const sxy = points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0);
  const sxx = points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  const syy = points.reduce((s, p) => s + (p.y - my) ** 2, 0);
  const slope = sxy / sxx;
  const steps = points.slice(1).map((p, i) => (p.y - points[i].y) / (p.x - points[i].x));
  return {
    slope,
    intercept: my - slope * mx,
    r2: syy === 0 ? 1 : (sxy * sxy) / (sxx * syy),
    steps,
    slopeRatio: steps.at(-1) / steps[0],
  };
}

function machine() {
  let cpu = os.cpus()[0]?.model ?? 'unknown';
  try {
    cpu = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpu;
  } catch {
    // not Linux: os.cpus() it is
  }
  return {
    cpu: cpu.trim(),
    cores: os.availableParallelism?.() ?? os.cpus().length,
    memory_gb: round(os.totalmem() / 1024 ** 3, 1),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    load_average: os.loadavg().map((l) => round(l, 2)),
  };
}

const round = (value, digits = 0) => Math.round(value * 10 ** digits) / 10 ** digits;
const mb = (bytes) => (bytes / 1e6).toFixed(1);
const seconds = (ms) => (ms / 1000).toFixed(2);

// ---------------------------------------------------------------------------------------------
// The report: a terminal table and Markdown, from the same rows.

function tables(result) {
  const { cold_start: cold, batch, scaling: scale, targets, package: pkg } = result;
  const ms = (v) => (v >= 10_000 ? `${seconds(v)} s` : `${Math.round(v)} ms`);
  const parts = [
    {
      title: `Package (npm pack)`,
      head: ['copy', 'unpacked', 'tarball', 'files'],
      rows: pkg.map((p) => [
        p.label,
        `${(p.unpacked_bytes / 1e6).toFixed(2)} MB`,
        `${(p.tarball_bytes / 1e6).toFixed(2)} MB`,
        String(p.files),
      ]),
    },
    {
      title:
        `Cold start of the installed copy (median of ${result.runs.cold_start} runs; ` +
        `ratio against node -e 0 on the same Node)`,
      head: ['command', 'Node', 'median', 'min-max', 'CPU', 'peak RSS', 'ratio', 'CPU ratio'],
      left: 2,
      rows: cold.map((r) => [
        r.name,
        r.node,
        ms(r.median_ms),
        `${ms(r.min_ms)}-${ms(r.max_ms)}`,
        ms(r.cpu_median_ms),
        `${r.peak_rss_mb} MB`,
        `${r.ratio}x`,
        `${r.cpu_ratio}x`,
      ]),
    },
  ];
  if (batch === undefined) return [...parts, targetTable(targets)];
  return [
    ...parts,
    {
      title:
        `National batch: ${result.data.files} files, ${mb(result.data.bytes)} MB ` +
        `(median of ${result.runs.batch} runs; ratio against js-yaml load)`,
      head: ['command', 'median', 'min-max', 'CPU', 'peak RSS', 'ratio', 'CPU ratio'],
      rows: batch.map((r) => [
        r.name + (r.note?.startsWith('run once on 1/8') ? ' (1/8, scaled)' : r.note ? ' (once)' : ''),
        ms(r.median_ms),
        r.min_ms === undefined ? '-' : `${ms(r.min_ms)}-${ms(r.max_ms)}`,
        ms(r.cpu_median_ms),
        `${r.peak_rss_mb} MB`,
        `${r.ratio}x`,
        `${r.cpu_ratio}x`,
      ]),
    },
    {
      title: 'Scaling: the batch on part of the files',
      head: [
        'files',
        'MB',
        'opdm score',
        'js-yaml load',
        'ratio',
        'CPU ratio',
        'opdm CPU ms/MB',
        'opdm peak RSS',
        'js-yaml peak RSS',
      ],
      rows: scale.map((r) => [
        `${r.fraction} (${r.files})`,
        mb(r.bytes),
        ms(r.batch.median_ms),
        ms(r.parse.median_ms),
        `${r.ratio}x`,
        `${r.cpu_ratio}x`,
        String(round(r.batch.cpu_median_ms / (r.bytes / 1e6))),
        `${r.batch.peak_rss_mb} MB`,
        `${r.parse.peak_rss_mb} MB`,
      ]),
    },
    targetTable(targets),
  ];
}

function targetTable(targets) {
  return {
    title: 'Targets',
    head: ['target', 'goal', 'measured', 'met'],
    left: 3,
    rows: targets.map((t) => [t.name, t.goal, t.measured, t.ok ? 'yes' : 'NO']),
  };
}

/** Text columns (the first `left`, default 1) align left, figures right. */
function textTable({ title, head, rows, left = 1 }) {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => (i < left ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [title, line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function mdTable({ title, head, rows, left = 1 }) {
  const align = head.map((_, i) => (i < left ? '---' : '---:'));
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [`**${title}**`, '', line(head), line(align), ...rows.map(line)].join('\n');
}

function machineLine(m) {
  return (
    `${m.cpu}, ${m.cores} cores, ${m.memory_gb} GB, ${m.os}, Node ${m.node} ` +
    `(load average at start ${m.load_average.join(' ')})`
  );
}

// ---------------------------------------------------------------------------------------------

/** Part 1: the installed copies and their cold start, with its targets. */
async function measureColdStart(options) {
  const copies = await installCopies(options.compareRef);
  const node22 = await ensureNode22(join(OUT, 'node22'));
  if (node22.node)
    progress(`Node 22: the npm registry's node@22, ${node22.version}, in ${relative(root, join(OUT, 'node22'))}`);
  else progress(`Node 22: skipped: the npm registry's node@22 could not be installed (${node22.reason})`);
  const cold = await coldStart(options.runsCold, copies, node22);
  const coldScores = cold.filter((r) => r.name === 'opdm score (one city)');
  const coldRef = cold.find((r) => r.is_ref);
  const coldRefInput = cold.find((r) => r.is_ref_input);
  const targets = [
    ...coldScores.map((row) => ({
      name: `cold start of opdm score on one city, ${row.node}`,
      goal: `<= ${TARGETS.coldRatio}x node -e 0`,
      value: row.ratio,
      measured: `${row.ratio}x (CPU ${row.cpu_ratio}x)`,
      ok: row.ratio <= TARGETS.coldRatio,
    })),
    ...(coldRef
      ? [
          {
            name: `cold start of opdm score on one city, ${coldRef.node}, against ${copies.ref.label}`,
            goal: `<= ${TARGETS.coldVsRef}x`,
            value: coldRef.current_vs_ref,
            measured: `${coldRef.current_vs_ref}x (${coldRefInput.median_ms} against ${coldRef.median_ms} ms)`,
            ok: coldRef.current_vs_ref <= TARGETS.coldVsRef,
          },
        ]
      : []),
  ];
  return { copies, node22, cold, targets };
}

/** Parts 2-4: the national batch, its scaling and its memory, with their targets. */
async function measureBatch(options, copies) {
  const data = await ensureDataSet(options);
  const subsets = await makeSubsets();
  const scale = await scaling(subsets, options.runsBatch, copies);
  const all = scale.find((r) => r.k === 1);
  const eighth = scale.find((r) => r.k === 8);
  const yamlRow = await yamlOnce(subsets, all.parse);
  const batch = [
    { ...all.batch, name: 'opdm score (all files)', ratio: all.ratio, cpu_ratio: all.cpu_ratio },
    ...(all.ref ? [{ ...all.ref, name: `opdm score (all files), ${copies.ref.label}` }] : []),
    { ...all.parse, name: 'js-yaml load (parse only)', ratio: 1, cpu_ratio: 1 },
    yamlRow,
  ];
  // Growth is judged on CPU time: its shape is what matters, and wall time on a shared machine
  // adds the neighbours' work to it.
  const fit = fitLine(scale.map((r) => ({ x: r.bytes / 1e6, y: r.batch.cpu_median_ms })));
  const targets = [
    ...(all.ref
      ? [
          {
            name: `national batch, against ${copies.ref.label}`,
            goal: 'no slower',
            value: round(all.batch.median_ms / all.ref.median_ms, 2),
            measured:
              `${round(all.batch.median_ms / all.ref.median_ms, 2)}x ` +
              `(CPU ${round(all.batch.cpu_median_ms / all.ref.cpu_median_ms, 2)}x)`,
            // One in ten: single batch runs on a shared machine vary by more than that.
            ok: all.batch.median_ms <= all.ref.median_ms * 1.1,
          },
        ]
      : []),
    {
      name: 'national batch',
      goal: `<= ${TARGETS.batchRatio}x js-yaml parse only`,
      value: all.ratio,
      measured: `${all.ratio}x (CPU ${all.cpu_ratio}x)`,
      ok: all.ratio <= TARGETS.batchRatio,
    },
    {
      name: 'time grows linearly',
      goal: `CPU ms/MB of the last step <= ${TARGETS.linearSlopeRatio}x the first's`,
      value: round(fit.slopeRatio, 2),
      measured:
        `${round(fit.steps[0])} -> ${round(fit.steps.at(-1))} ms/MB (${round(fit.slopeRatio, 2)}x), ` +
        `R2 ${round(fit.r2, 4)}`,
      ok: fit.slopeRatio <= TARGETS.linearSlopeRatio,
    },
    {
      name: 'peak memory, whole nation',
      goal: `< ${TARGETS.peakRssMb} MB`,
      value: all.batch.peak_rss_mb,
      // A batch that streams should stay flat; a slope here is memory kept per city.
      measured:
        `${all.batch.peak_rss_mb} MB ` +
        `(${round(((all.batch.peak_rss_mb - eighth.batch.peak_rss_mb) / (all.files - eighth.files)) * 1000)} ` +
        `kB more per file than at 1/8)`,
      ok: all.batch.peak_rss_mb < TARGETS.peakRssMb,
    },
  ];
  return {
    data: { dir: relative(root, DATA), ...data },
    batch,
    scaling: scale.map(({ dir, k: _, ...r }) => ({
      ...r,
      dir,
      opdm_cpu_ms_per_mb: round(r.batch.cpu_median_ms / (r.bytes / 1e6), 1),
    })),
    linear_fit: {
      of: 'opdm score CPU time (ms) over MB',
      ms_per_mb: round(fit.slope, 1),
      intercept_ms: round(fit.intercept),
      r2: round(fit.r2, 4),
      step_ms_per_mb: fit.steps.map((s) => round(s, 1)),
    },
    yaml_note: yamlRow.note,
    targets,
  };
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (!existsSync(path('dist/opdm.cjs'))) {
    console.error('bench: dist/ is missing: run `npm run build` first (the benchmark measures the built CLI).');
    process.exit(1);
  }
  if (!hasGnuTime) progress(`${GNU_TIME} not found: peak memory will not be measured`);
  await mkdir(OUT, { recursive: true });
  const host = machine();
  const cold = await measureColdStart(options);
  const batch = options.coldOnly ? undefined : await measureBatch(options, cold.copies);
  const result = {
    bench_version: 2,
    date: new Date().toISOString(),
    machine: { ...host, load_average_end: os.loadavg().map((l) => round(l, 2)) },
    runs: { cold_start: options.runsCold, ...(batch ? { batch: options.runsBatch } : {}) },
    node22: cold.node22.node ? { version: cold.node22.version } : { skipped: cold.node22.reason },
    package: Object.values(cold.copies).map(({ bin: _, ...copy }) => copy),
    cold_start: cold.cold,
    ...(batch ? { data: batch.data, batch: batch.batch, scaling: batch.scaling, linear_fit: batch.linear_fit } : {}),
    targets: [...cold.targets, ...(batch?.targets ?? [])],
  };

  const parts = tables(result);
  const { data } = result;
  const dataLine = data
    ? `Data: ${data.files} synthetic answers files (seed ${data.seed}), ${data.services} services, ` +
      `${mb(data.bytes)} MB of YAML.`
    : 'Cold start only (--cold-only): no batch.';
  console.log(`\nopdm benchmark, ${result.date}\nmachine: ${machineLine(result.machine)}\n${dataLine}\n`);
  console.log(parts.map(textTable).join('\n\n'));
  if (batch) console.log(`\nyaml parse: ${batch.yaml_note}.`);
  await writeFile(join(OUT, 'bench.json'), `${JSON.stringify(result, null, 2)}\n`);
  const md = [
    `Measured ${result.date.slice(0, 10)} on ${machineLine(result.machine)}.`,
    dataLine,
    '',
    parts.map(mdTable).join('\n\n'),
    '',
    ...(batch ? [`\`yaml\` parse: ${batch.yaml_note}.`, ''] : []),
  ].join('\n');
  await writeFile(join(OUT, 'bench.md'), md);
  console.log(`\nwritten: ${relative(root, join(OUT, 'bench.json'))}, ${relative(root, join(OUT, 'bench.md'))}`);
  await rm(join(OUT, `.rss-${process.pid}`), { force: true });
}

await main();
