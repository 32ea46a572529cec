import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { ChoiceOption, Outcome, Question, Rubric } from '../../src/core/types.js';
import { runCli } from '../helpers/run-cli.js';

const RUBRIC = 'rubrics/opd-digital-maturity@1.0.0.yaml';
const EXAMPLES = [
  'test/fixtures/examples-1.0.0/kota-bandung.answers.yaml',
  'test/fixtures/examples-1.0.0/kota-palangka-raya.answers.yaml',
];
const rubric = parse(readFileSync(RUBRIC, 'utf8')) as Rubric;
const serviceQuestions = rubric.sections.filter((s) => s.scope === 'service').flatMap((s) => s.questions);

/** Every outcome of a question, with a name for messages. */
function outcomes(q: Question): [string, Partial<Outcome>][] {
  if (q.type === 'choice' || q.type === 'multi')
    return q.options.map((o: ChoiceOption) => [`${q.id}=${String(o.value)}`, o]);
  if (q.type === 'number') return q.bands.map((b) => [`${q.id}>=${b.min}`, b]);
  if (q.type === 'boolean') return Object.entries(q.options ?? {}).map(([k, b]) => [`${q.id}=${k}`, b ?? {}]);
  return [];
}

describe('the bundled rubric opd-digital-maturity', () => {
  it('validates without a warning', async () => {
    const run = await runCli(['rubric', 'validate', RUBRIC]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
  });

  it('follows the SPBE ladder and predicates, target level 3', () => {
    expect(rubric.scale.map((s) => s.level)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(rubric.target_level).toBe(3);
    expect(rubric.ratings.map((r) => r.min)).toEqual([84, 70, 52, 36, 0]);
  });

  it('has a catalog of at least 12 OPDs and 45 services', () => {
    expect(rubric.catalog?.length).toBeGreaterThanOrEqual(12);
    expect(rubric.catalog?.reduce((n, o) => n + o.services.length, 0)).toBeGreaterThanOrEqual(45);
  });

  describe('honesty of the journey questions', () => {
    const service = serviceQuestions.flatMap(outcomes);

    it('every choice option of a journey step says whether it needs a visit', () => {
      const silent = serviceQuestions
        .filter((q) => (q.type === 'choice' || q.type === 'multi') && q.options.some((o) => o.visit === true))
        .flatMap(outcomes)
        .filter(([, o]) => o.visit === undefined)
        .map(([name]) => name);
      expect(silent).toEqual([]);
    });

    it('no option that needs a removable visit sits at or above the target level', () => {
      const dishonest = service
        .filter(([, o]) => o.visit === true && !o.inherent && (o.level ?? 0) >= rubric.target_level)
        .map(([name]) => name);
      expect(dishonest).toEqual([]);
    });

    it('inherent only with a visit, and always with its basis', () => {
      const wrong = service
        .filter(([, o]) => o.inherent === true && (o.visit !== true || o.basis === undefined))
        .map(([name]) => name);
      expect(wrong).toEqual([]);
      expect(service.some(([, o]) => o.inherent === true)).toBe(true);
    });

    it('every step that can need a visit offers a visit-free answer, so the gap can suggest one', () => {
      const stuck = serviceQuestions
        .filter((q) => outcomes(q).some(([, o]) => o.visit === true) && !outcomes(q).some(([, o]) => o.visit !== true))
        .map((q) => q.id);
      expect(stuck).toEqual([]);
    });

    it('every in-person option below the top says how to move on from it', () => {
      const mute = service
        .filter(([, o]) => o.visit === true && !o.inherent && o.advice === undefined)
        .map(([name]) => name);
      expect(mute).toEqual([]);
    });
  });
});

describe('the example cities', () => {
  it.each(EXAMPLES)('%s is valid and complete', async (file) => {
    const run = await runCli(['validate', file]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/kelengkapan 100,0%/);
  });

  it.each(EXAMPLES)('%s says at its top that it is illustrative, not an official assessment', (file) => {
    const top = readFileSync(file, 'utf8').slice(0, 1500);
    expect(top).toMatch(/ILUSTRATIF, BUKAN PENILAIAN RESMI/);
    expect(top).toMatch(/ILLUSTRATIVE EXAMPLE, NOT AN OFFICIAL ASSESSMENT/);
  });

  it.each(EXAMPLES)('%s carries its notice into every report a reader may forward', async (file) => {
    const notice = 'Contoh ilustratif, bukan penilaian resmi / Illustrative example, not an official assessment';
    const json = JSON.parse((await runCli(['score', file, '--format', 'json'])).stdout);
    expect(json.city.notes).toBe(notice);
    expect((await runCli(['score', file])).stdout).toContain(notice);
    expect((await runCli(['gap', file, '--format', 'md'])).stdout).toContain(`> ${notice}`);
    const html = await runCli(['score', file, '--format', 'html']);
    expect(html.stdout).toContain(`<p class="note">${notice}</p>`);
  });

  it('their comparison carries the notice once, in every format', async () => {
    const notice = 'Contoh ilustratif, bukan penilaian resmi / Illustrative example, not an official assessment';
    const table = (await runCli(['compare', ...EXAMPLES])).stdout;
    expect(table.split(notice)).toHaveLength(2);
    expect((await runCli(['compare', ...EXAMPLES, '--format', 'md'])).stdout).toContain(`> ${notice}`);
    expect((await runCli(['compare', ...EXAMPLES, '--format', 'html'])).stdout).toContain(
      `<p class="note">${notice}</p>`,
    );
    expect(JSON.parse((await runCli(['compare', ...EXAMPLES, '--format', 'json'])).stdout).a.city.notes).toBe(notice);
  });

  it.each(EXAMPLES)('%s has at least 8 OPDs and 25 services', (file) => {
    const answers = parse(readFileSync(file, 'utf8')) as { opds: { services: unknown[] }[] };
    expect(answers.opds.length).toBeGreaterThanOrEqual(8);
    expect(answers.opds.reduce((n, o) => n + o.services.length, 0)).toBeGreaterThanOrEqual(25);
  });

  it('gives a gap a planner can act on: ranked actions with advice naming a national building block', async () => {
    const run = await runCli(['gap', EXAMPLES[1]!, '--format', 'json']);
    const { gap, summary } = JSON.parse(run.stdout);
    expect(summary.annual_visits).toBeGreaterThan(summary.annual_visits_inherent);
    expect(gap.actions.length).toBeGreaterThan(10);
    const visits = gap.actions.map((a: { visits_avoided: number }) => a.visits_avoided);
    expect(visits).toEqual([...visits].sort((x, y) => y - x));
    const steps = gap.actions.flatMap((a: { steps: { advice: string | null }[] }) => a.steps);
    expect(steps.every((s: { advice: string | null }) => s.advice !== null)).toBe(true);
    expect(steps.map((s: { advice: string }) => s.advice).join(' ')).toMatch(
      /IKD|INApas|QRIS|TTE|SP4N-LAPOR|OSS|SPLP|MPP Digital/,
    );
  });
});
