/**
 * What the READMEs show opdm printing is what opdm prints: every marked sample (see
 * readme-samples.ts for the markers) is compared with the built command's real output, run as a
 * reader runs it from the repository root, `node bin/opdm.cjs ...`, in a terminal 100 columns
 * wide, without colour. And the commands of the "Examples" block work as written.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, ensureBuilt } from '../helpers/built.js';
import {
  ELIDED,
  chunksOf,
  collapse,
  findSamples,
  hasNumber,
  numbersIn,
  quotesIn,
  splitArgs,
  type Sample,
} from './readme-samples.js';

const READMES = { 'README.md': 'Examples', 'README.id.md': 'Contoh' } as const;
const tmp = mkdtempSync(join(tmpdir(), 'opdm-readme-'));

beforeAll(() => ensureBuilt(), 300_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A reader's terminal: 100 columns, no colour, no English locale (Bahasa Indonesia unless --lang). */
function opdm(args: string[], cwd = ROOT) {
  const env = { ...process.env, COLUMNS: '100', LANG: 'C', NO_COLOR: '1' } as Record<string, string | undefined>;
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'FORCE_COLOR', 'NODE_OPTIONS']) delete env[name];
  return spawnSync(process.execPath, [BIN, ...args, '--no-color'], { cwd, encoding: 'utf8', env });
}

const printed = new Map<string, string>();
function outputOf(args: string[]): string {
  const key = JSON.stringify(args);
  if (!printed.has(key)) {
    const run = opdm(args);
    expect(run.status, `opdm ${args.join(' ')}\n${run.stderr}`).toBe(0);
    printed.set(key, run.stdout);
  }
  return printed.get(key)!;
}

const trimEnds = (lines: string[]) => lines.map((line) => line.trimEnd());

/** The block's parts, in order, each as consecutive lines of the output (from its start, to its end). */
function expectLinesIn(lines: string[], output: string, where: string): void {
  const out = trimEnds(output.replace(/\n$/, '').split('\n'));
  const { chunks, atStart, atEnd } = chunksOf(trimEnds(lines));
  let from = 0;
  chunks.forEach((chunk, i) => {
    const isFirst = i === 0;
    const isLast = i === chunks.length - 1;
    const fits = (at: number) => at >= from && chunk.every((line, k) => out[at + k] === line);
    let at = from;
    if (isFirst && atStart) at = 0;
    else if (isLast && atEnd) at = out.length - chunk.length;
    else while (at < out.length && !fits(at)) at++;
    // No fit: show the diff against the lines where the part's first line is, else where it should be.
    if (!fits(at)) at = Math.max(from, out.indexOf(chunk[0]!, from));
    expect(out.slice(at, at + chunk.length), `${where}: part ${i + 1} of the sample`).toEqual(chunk);
    if (isLast && atEnd) expect(at + chunk.length, `${where}: the output goes on after the sample`).toBe(out.length);
    from = at + chunk.length;
  });
}

function expectFigures(sample: Sample, where: string): void {
  const outputs = sample.commands.map(outputOf);
  const paragraph = sample.lines.join('\n');
  for (const number of numbersIn(paragraph))
    expect(
      outputs.some((out) => hasNumber(out, number)),
      `${where}: ${number} is not printed`,
    ).toBe(true);
  for (const quote of quotesIn(paragraph))
    expect(
      outputs.some((out) => collapse(out).includes(quote)),
      `${where}: "${quote}" is not printed`,
    ).toBe(true);
}

describe.each(Object.keys(READMES) as (keyof typeof READMES)[])('%s', (readme) => {
  const samples = findSamples(readFileSync(join(ROOT, readme), 'utf8'));

  it('marks its samples: the quick start, the gap, the headline figures, compare', () => {
    expect(samples.map((s) => s.kind)).toEqual(expect.arrayContaining(['output', 'excerpt', 'figures']));
    expect(samples[0]!.commands[0]).toEqual(['score', 'examples/kota-bandung.answers.yaml']);
  });

  it.each(samples.map((s) => [`line ${s.line}: ${s.kind} of opdm ${s.commands[0]!.join(' ')}`, s] as const))(
    '%s',
    (where, sample) => {
      if (sample.kind === 'figures') expectFigures(sample, `${readme} ${where}`);
      else {
        // An excerpt is held to neither end of the output.
        const lines = sample.kind === 'excerpt' ? [ELIDED, ...sample.lines, ELIDED] : sample.lines;
        expectLinesIn(lines, outputOf(sample.commands[0]!), `${readme} ${where}`);
      }
    },
    60_000,
  );

  it('runs the commands of its examples block as written', () => {
    const commands = examplesBlock(readme, READMES[readme]).filter((args) => args[0] !== 'assess');
    expect(commands.length).toBeGreaterThanOrEqual(6);
    const cwd = mkdtempSync(join(tmp, 'examples-'));
    cpSync(join(ROOT, 'examples'), join(cwd, 'examples'), { recursive: true });
    for (const args of commands) {
      const run = opdm(args, cwd);
      expect(run.status, `opdm ${args.join(' ')}\n${run.stderr}`).toBe(0);
      const written = args.includes('-o') ? args[args.indexOf('-o') + 1] : args[0] === 'init' ? args[1] : undefined;
      if (written !== undefined) expect(existsSync(join(cwd, written)), `${written} written`).toBe(true);
    }
  }, 120_000);
});

it('both READMEs show the same samples of the same commands (English with --lang en) and the same examples', () => {
  const shape = (readme: string) =>
    findSamples(readFileSync(join(ROOT, readme), 'utf8')).map((s) => ({
      kind: s.kind,
      commands: s.commands.map(withoutEnglish),
    }));
  expect(shape('README.id.md')).toEqual(shape('README.md'));
  expect(examplesBlock('README.id.md', READMES['README.id.md'])).toEqual(
    examplesBlock('README.md', READMES['README.md']),
  );
});

/** The arguments less `--lang en`. */
function withoutEnglish(args: string[]): string[] {
  return args.filter((a, i) => !(a === '--lang' && args[i + 1] === 'en') && !(a === 'en' && args[i - 1] === '--lang'));
}

/** The `node bin/opdm.cjs` lines of the sh block under the heading `### <heading>`. */
function examplesBlock(readme: string, heading: string): string[][] {
  const text = readFileSync(join(ROOT, readme), 'utf8');
  const block = new RegExp(`^### ${heading}\\n+\`\`\`sh\\n([\\s\\S]*?)\`\`\``, 'm').exec(text);
  if (!block) throw new Error(`${readme}: no sh block under "### ${heading}"`);
  return block[1]!
    .split('\n')
    .filter((line) => line.startsWith('node bin/opdm.cjs '))
    .map((line) => splitArgs(line.slice('node bin/opdm.cjs '.length)));
}
