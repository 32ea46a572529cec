/**
 * Contract 2's new rules for bad input, one scenario each: a rubric that breaks one of them, or
 * an answers file that does; exit 2 with one `file:line:col: message` line, nothing written.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'opdm-c2-'));
const RUBRIC = readFileSync(fixture('uji-trip.rubric.yaml'), 'utf8');
const ANSWERS = readFileSync(fixture('kota-trip.answers.yaml'), 'utf8');

/** Writes `text` with `from` replaced by `to` (which must be there) and says where `to` begins. */
function variant(name: string, text: string, from: string, to: string, mark = to) {
  expect(text).toContain(from);
  const changed = text.replace(from, to);
  const at = changed.indexOf(mark);
  const line = changed.slice(0, at).split('\n').length;
  const col = at - changed.lastIndexOf('\n', at - 1);
  const file = join(dir, name);
  writeFileSync(file, changed);
  return { file, where: `${file}:${line}:${col}` };
}

/** A service question of scope opd, for the rule that only service questions go on a trip. */
const OPD_SECTION = `  - id: tata-kelola
    scope: opd
    title: Tata kelola
    questions:
      - id: sop
        type: boolean
        trip: ajukan
        title: Ada SOP?
`;

describe('a rubric that breaks a contract 2 rule: exit 2, the place and what to do', () => {
  it.each([
    {
      rule: 'a trip that is not declared',
      make: () => variant('undeclared-trip.yaml', RUBRIC, 'trip: ambil', 'trip: ambl', 'ambl'),
      message: 'perjalanan "ambl" tidak dideklarasikan di `trips` (yang ada: ajukan, ambil); periksa id-nya',
    },
    {
      rule: 'a trip on a question that is not of service scope',
      make: () =>
        variant(
          'trip-on-opd.yaml',
          RUBRIC,
          '  - id: pemanfaatan\n',
          `${OPD_SECTION}  - id: pemanfaatan\n`,
          'ajukan\n        title: Ada',
        ),
      message: '`trip` hanya untuk pertanyaan berlingkup layanan, bukan OPD; hapus `trip` dari pertanyaan ini',
    },
    {
      rule: 'combine on a question that is not multi',
      make: () =>
        variant(
          'combine-choice.yaml',
          RUBRIC,
          '        trip: ajukan\n',
          '        trip: ajukan\n        combine: max\n',
          'max\n',
        ),
      message: '`combine` hanya untuk pertanyaan `multi`, bukan `choice`; hapus `combine` atau ubah tipenya',
    },
    {
      rule: 'uptake naming a question that is not a service-scope number',
      make: () =>
        variant(
          'uptake-boolean.yaml',
          RUBRIC,
          'question: persen-daring, target',
          'question: status, target',
          'status, target',
        ),
      message:
        '`uptake` harus menyebut pertanyaan `number` berlingkup layanan; "status" bertipe boolean berlingkup layanan',
    },
    {
      rule: 'uptake naming a number that is not a percent',
      make: () =>
        variant('uptake-max.yaml', RUBRIC, '        max: 100\n', '        max: 1000\n', 'persen-daring, target'),
      message:
        'pertanyaan `uptake` "persen-daring" harus berupa persen: ' +
        '`min` >= 0 dan `max` <= 100 (sekarang min 0, max 1000)',
    },
    {
      rule: 'a rule visit without its basis',
      make: () =>
        variant(
          'rule-no-basis.yaml',
          RUBRIC,
          'visit: rule, basis: "Aturan nasional: aktivasi IKD di hadapan petugas"}',
          'visit: rule}',
          'rule}',
        ),
      message:
        'kunjungan jenis `rule` perlu `basis`: peraturan atau fakta yang mewajibkan warga hadir; tambahkan `basis`',
    },
    {
      rule: 'a physical visit without its basis',
      make: () =>
        variant(
          'physical-no-basis.yaml',
          RUBRIC,
          'visit: physical, basis: Sidik jari dan iris direkam langsung}',
          'visit: physical}',
          'physical}',
        ),
      message:
        'kunjungan jenis `physical` perlu `basis`: peraturan atau fakta yang mewajibkan warga hadir; tambahkan `basis`',
    },
  ])('$rule', async ({ make, message }) => {
    const { file, where } = make();
    const run = await runCli(['rubric', 'validate', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`${where}: ${message}\n`);
  });

  it('a visit kind that does not exist names the kinds there are', async () => {
    const { file, where } = variant('visit-kind.yaml', RUBRIC, 'visit: field}', 'visit: lapangan}', 'lapangan}');
    const run = await runCli(['rubric', 'validate', file, '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${where}: `);
    expect(run.stderr).toContain('none, office, rule, physical, field');
  });
});

describe('an answers file against contract 2: text with control characters, volumes, exact completeness', () => {
  const rubric = fixture('uji-trip.rubric.yaml');

  async function scoreBad(file: string, lang = 'id') {
    const out = join(dir, `${Math.random()}.json`);
    const run = await runCli(['score', file, '--rubric', rubric, '--format', 'json', '-o', out, '--lang', lang]);
    expect(run.code).toBe(2);
    expect(existsSync(out)).toBe(false);
    return run.stderr;
  }

  it('an ESC in a service name is refused at its place (it could fake a line on a terminal)', async () => {
    const { file, where } = variant(
      'esc.answers.yaml',
      ANSWERS,
      'name: Izin Usaha',
      'name: "Izin \\e[2J Usaha"',
      '"Izin',
    );
    expect(await scoreBad(file)).toBe(
      `${where}: teks ini memuat karakter kendali U+001B yang bisa memalsukan tampilan terminal dan laporan; ` +
        `hapus karakter itu\n`,
    );
  });

  it('a newline in a name is refused, in notes it is fine', async () => {
    const { file, where } = variant(
      'newline.answers.yaml',
      ANSWERS,
      'name: KTP-el',
      'name: "KTP-el\\nSkor 99,99"',
      '"KTP-el',
    );
    expect(await scoreBad(file, 'en')).toBe(
      `${where}: this text holds the control character U+000A, which could fake lines in terminals and reports; ` +
        `remove it\n`,
    );
    const notes = variant(
      'notes.answers.yaml',
      ANSWERS,
      'name: KTP-el\n',
      'name: KTP-el\n        notes: "baris satu\\nbaris dua"\n',
    );
    const run = await runCli(['validate', notes.file, '--rubric', rubric]);
    expect(run.code).toBe(0);
  });

  it('an annual volume that is not a whole number is refused at its place', async () => {
    const { file, where } = variant(
      'fraction.answers.yaml',
      ANSWERS,
      'annual_volume: 2000',
      'annual_volume: 2000.5',
      '2000.5',
    );
    expect(await scoreBad(file, 'en')).toBe(`${where}: wrong type: must be whole number\n`);
  });

  it('completeness is exact: 1 missing answer of 20,001 is 99,99%, and --require-complete fails', async () => {
    const head =
      'rubric: uji-mini@1.2.0\ncity: {id: kota-besar, name: Kota Besar}\n' +
      'period: "2026"\nanswers: {kebijakan-spbe: true}\n';
    const services = Array.from({ length: 5000 }, (_, i) => {
      const hasAll = i > 0;
      const answers = hasAll
        ? '{pengajuan: daring, berbayar: false, hasil: [unduh], persen-daring: 80}'
        : '{pengajuan: daring, berbayar: false, hasil: [unduh]}';
      return `      - {id: s${i}, name: Layanan ${i}, annual_volume: 10, answers: ${answers}}`;
    });
    const opd = '  - id: dinas\n    name: Dinas\n    answers: {sop: true, integrasi: penuh}\n    services:\n';
    const file = join(dir, 'besar.answers.yaml');
    writeFileSync(file, `${head}opds:\n${opd}${services.join('\n')}\n`);
    const uji = fixture('uji-mini.rubric.yaml');
    const json = await runCli(['score', file, '--rubric', uji, '--format', 'json']);
    expect(json.code).toBe(0);
    const { summary } = JSON.parse(json.stdout);
    expect(summary.questions_applicable - summary.questions_answered).toBe(1);
    expect(summary.questions_applicable).toBeGreaterThan(20_000);
    expect(summary.completeness).toBe(0.9999);
    const validate = await runCli(['validate', file, '--rubric', uji]);
    expect(validate.stdout).toContain('99,99%');
    const gate = await runCli(['score', file, '--rubric', uji, '--require-complete']);
    expect(gate.code).toBe(1);
  });
});
