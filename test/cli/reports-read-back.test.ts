/**
 * Issue #13, items 3, 6 and 7: reports read back by `compare` and `--baseline`. Any report opdm
 * writes reads back, whatever its size; a baseline must be of the same rubric (id and major
 * version) and, in a batch, hold every city; and a report's texts are checked for control
 * characters like an answers file's, with file:line:col.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

const RUBRIC = fixture('uji-mini.rubric.yaml');
const ANSWERS = fixture('kota-uji.answers.yaml');
const BANDUNG = readFileSync('examples/kota-bandung.answers.yaml', 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'opdm-reports-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const MB = 1024 * 1024;

/** A report of kota-uji as JSON text. */
async function reportText(): Promise<string> {
  const run = await runCli(['score', ANSWERS, '--rubric', RUBRIC, '--format', 'json']);
  expect(run.code).toBe(0);
  return run.stdout;
}

/** line:col of the first `needle` in `text`. */
function where(text: string, needle: string): string {
  const at = text.indexOf(needle);
  expect(at).toBeGreaterThanOrEqual(0);
  const line = text.slice(0, at).split('\n').length;
  return `${line}:${at - text.lastIndexOf('\n', at - 1)}`;
}

describe('--baseline of another rubric (item 6)', () => {
  it.each([
    ['another rubric id', (r: string) => r.replace('"id": "uji-mini"', '"id": "rubrik-lain"'), 'rubrik-lain@1.2.0'],
    ['another major version', (r: string) => r.replace('"version": "1.2.0"', '"version": "2.0.0"'), 'uji-mini@2.0.0'],
  ])('%s: exit 2 with the reason, never compared', async (_name, change, named) => {
    const text = await reportText();
    const baseline = join(dir, `baseline-${named}.json`);
    const changed = change(text);
    expect(changed).not.toBe(text);
    writeFileSync(baseline, changed);
    const run = await runCli(['score', ANSWERS, '--rubric', RUBRIC, '--baseline', baseline, '--lang', 'en']);
    expect(run).toMatchObject({
      code: 2,
      stderr:
        `opdm: the baseline ${baseline} scored city "kota-uji" with rubric ${named}, ` +
        `not uji-mini@1.2.0 (another id or major version), so its scores cannot be compared; ` +
        `make the baseline with the same rubric\n`,
    });
  });

  it('a batch: the cities the baseline does not hold are named (exit 2), not passed silently', async () => {
    const folder = join(dir, 'two-cities');
    mkdirSync(folder);
    const text = readFileSync(ANSWERS, 'utf8');
    writeFileSync(join(folder, 'a.yaml'), text);
    writeFileSync(join(folder, 'b.yaml'), text.replace('id: kota-uji', 'id: kota-baru'));
    const baseline = join(dir, 'baseline-one-city.json');
    writeFileSync(baseline, await reportText());
    const run = await runCli(['score', folder, '--rubric', RUBRIC, '--baseline', baseline, '--lang', 'en']);
    expect(run).toMatchObject({
      code: 2,
      stderr:
        `opdm: the baseline ${baseline} holds no report of kota-baru (${join(folder, 'b.yaml')}); ` +
        `add their reports to the baseline, or score those cities without --baseline\n`,
    });
  });
});

describe('reports opdm writes read back whatever their size (item 7)', () => {
  let folder: string;
  let batch: string;
  beforeAll(async () => {
    // 45 cities of Bandung's size: a batch report past the 10 MB of an answers file.
    folder = join(dir, 'province');
    mkdirSync(folder);
    for (let i = 0; i < 45; i += 1) {
      writeFileSync(
        join(folder, `kota-${i}.yaml`),
        BANDUNG.replace('id: kota-bandung', `id: kota-${i}`).replace('name: Kota Bandung', `name: Kota ${i}`),
      );
    }
    batch = join(dir, 'province.json');
    const run = await runCli(['score', folder, '--format', 'json', '-o', batch]);
    expect(run.code).toBe(0);
  }, 120_000);

  it('a batch of 45 cities (over 10 MB) works as --baseline', async () => {
    expect(statSync(batch).size).toBeGreaterThan(10 * MB);
    const run = await runCli(['score', folder, '--baseline', batch, '--format', 'json', '-o', join(dir, 'again.json')]);
    expect(run.stderr).not.toContain('too large');
    expect(run.code).toBe(0);
  }, 120_000);

  it('one city over 10 MB reads back in compare', async () => {
    const [head, opds] = BANDUNG.split('\nopds:\n') as [string, string];
    const copies = Array.from({ length: 45 }, (_, i) => opds.replace(/^ {2}- id: ([a-z0-9-]+)/gm, `  - id: $1-${i}`));
    const answers = join(dir, 'kota-besar.yaml');
    writeFileSync(answers, `${head}\nopds:\n${copies.join('')}`);
    const report = join(dir, 'kota-besar.json');
    expect((await runCli(['score', answers, '--format', 'json', '-o', report])).code).toBe(0);
    expect(statSync(report).size).toBeGreaterThan(10 * MB);
    const run = await runCli(['compare', report, report, '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ a: { city: { id: 'kota-bandung' } } });
  }, 120_000);

  it('a large report with a mistake says where, as a small one does', async () => {
    const text = readFileSync(batch, 'utf8');
    const broken = join(dir, 'province-broken.json');
    const changed = text.replace('"report_version": 2', '"report_version": "dua"');
    writeFileSync(broken, changed);
    const run = await runCli(['score', ANSWERS, '--rubric', RUBRIC, '--baseline', broken, '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`^${broken}:${where(changed, '"dua"')}: `));
  }, 120_000);
});

describe('control characters in a report read back (item 3)', () => {
  it.each([
    ['compare', (report: string) => ['compare', report, ANSWERS, '--rubric', RUBRIC]],
    ['--baseline', (report: string) => ['score', ANSWERS, '--rubric', RUBRIC, '--baseline', report]],
  ])('%s: an ESC sequence in a city name is refused at its place (exit 2)', async (_name, argv) => {
    const text = (await reportText()).replace('"name": "Kota Uji"', '"name": "Kota Uji\\u001b]0;pwned\\u0007"');
    const report = join(dir, 'escape.json');
    writeFileSync(report, text);
    const run = await runCli([...argv(report), '--lang', 'en']);
    expect(run).toMatchObject({
      code: 2,
      stderr:
        `${report}:${where(text, '"Kota Uji\\u001b')}: this text holds the control character U+001B, ` +
        `which could fake lines in terminals and reports; remove it\n`,
    });
  });

  it('a newline in a name fakes a line: refused; in notes it is text', async () => {
    const text = await reportText();
    const faked = join(dir, 'newline.json');
    writeFileSync(faked, text.replace('"name": "Kota Uji"', '"name": "Kota Uji\\nSkor 99,99"'));
    expect((await runCli(['compare', faked, ANSWERS, '--rubric', RUBRIC])).code).toBe(2);
    const noted = join(dir, 'notes.json');
    writeFileSync(noted, text.replace('"name": "Kota Uji"', '"name": "Kota Uji", "notes": "baris 1\\nbaris 2"'));
    expect((await runCli(['compare', noted, ANSWERS, '--rubric', RUBRIC])).code).toBe(0);
  });

  it('in a report over 10 MB too, at its place', async () => {
    const [head, opds] = BANDUNG.split('\nopds:\n') as [string, string];
    const answers = join(dir, 'kota-besar-2.yaml');
    const copies = Array.from({ length: 45 }, (_, i) => opds.replace(/^ {2}- id: ([a-z0-9-]+)/gm, `  - id: $1-${i}`));
    writeFileSync(answers, `${head}\nopds:\n${copies.join('')}`);
    const run0 = await runCli(['score', answers, '--format', 'json']);
    const text = run0.stdout.replace(/"name": "Dinas Kependudukan dan Pencatatan Sipil"/, (m) =>
      m.replace('Dinas', 'Dinas\\u001b[2J'),
    );
    expect(text.length).toBeGreaterThan(10 * MB);
    const report = join(dir, 'kota-besar-escape.json');
    writeFileSync(report, text);
    const run = await runCli(['compare', report, report, '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `${report}:${where(text, '"Dinas\\u001b[2J')}: this text holds the control character U+001B, ` +
        `which could fake lines in terminals and reports; remove it\n`,
    );
  }, 120_000);
});

describe('control characters in a rubric (item 3)', () => {
  it('are refused at their place, so no report opdm writes carries one; line breaks stay allowed', async () => {
    const text = readFileSync(RUBRIC, 'utf8');
    const file = join(dir, 'escape.rubric.yaml');
    const changed = text.replace(
      'advice: {id: Sediakan formulir daring,',
      'advice: {id: "Sediakan\\e[2J formulir daring",',
    );
    expect(changed).not.toBe(text);
    writeFileSync(file, changed);
    const run = await runCli(['rubric', 'validate', file, '--lang', 'en']);
    expect(run).toMatchObject({
      code: 2,
      stderr:
        `${file}:${where(changed, '"Sediakan')}: this text holds the control character U+001B, ` +
        `which could fake lines in terminals and reports; remove it\n`,
    });
    const lines = join(dir, 'lines.rubric.yaml');
    writeFileSync(
      lines,
      text.replace('advice: {id: Sediakan formulir daring,', 'advice: {id: "Sediakan\\nformulir daring",'),
    );
    expect((await runCli(['rubric', 'validate', lines])).code).toBe(0);
  });
});
