import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Rubric } from '../../src/core/types.js';
import { CancelledError } from '../../src/errors.js';
import { AnswersDoc } from '../../src/prompts/answers-doc.js';
import { NOT_APPLICABLE, SKIP } from '../../src/prompts/reply.js';
import { isCityFirst, runInterview, type InterviewOptions } from '../../src/prompts/interview.js';
import { NEW_ENTRY } from '../../src/prompts/pick.js';
import { runCli } from '../helpers/run-cli.js';
import {
  labelOf,
  promptKeys,
  promptsOf,
  scriptedAsker,
  type ScriptedAsker,
  type Step,
} from '../fixtures/assess/scripted-asker.js';
import {
  FIRST_PART,
  loadMiniRubric,
  newDoc,
  REST,
  RUBRIC,
  S,
  session as sessionOf,
} from '../fixtures/assess/interview-session.js';

let rubric: Rubric;
beforeAll(async () => {
  rubric = await loadMiniRubric();
});
const session = (doc: AnswersDoc, steps: readonly Step[], options: Partial<InterviewOptions> = {}) =>
  sessionOf(rubric, doc, steps, options);

describe('runInterview: a session from an empty file to the last question', () => {
  it('asks OPDs, services and volume, then the OPD, service and city questions, with skip logic', async () => {
    const doc = newDoc();
    const { asker, run } = await session(doc, [...FIRST_PART, ...REST]);
    expect(await run).toEqual({ opds: ['dukcapil'] });
    expect(asker.left()).toBe(0);
    const answers = doc.read();
    expect(answers.answers).toEqual({ 'kebijakan-spbe': true });
    expect(answers.evidence).toEqual({ 'kebijakan-spbe': 'Perwal 12/2023' });
    expect(answers.opds[0]).toMatchObject({
      id: 'dukcapil',
      name: 'Dinas Kependudukan dan Pencatatan Sipil',
      answers: { sop: true },
    });
    expect(answers.opds[0]?.services[0]).toEqual({
      id: 'akta-lahir',
      name: 'Akta Kelahiran',
      annual_volume: 42000,
      // a multi answer is stored in rubric order, whatever order it was ticked in
      answers: {
        pengajuan: 'daring',
        berbayar: false,
        'tanda-tangan': { na: 'Tidak ada keputusan' },
        hasil: ['pos', 'unduh'],
        'persen-daring': 80,
        catatan: 'Daring sejak 2024',
      },
      evidence: { pengajuan: 'https://example.org/form' },
    });
  });

  it('saves every answer before the next prompt is put', async () => {
    const { asker, run } = await session(newDoc(), [...FIRST_PART, ...REST]);
    await run;
    const timeline = asker.events.flatMap((e) => (e.kind === 'prompt' ? [e.key] : e.kind === 'note' ? [e.text] : []));
    timeline.forEach((entry, i) => {
      if (/^(answer|reason|volume):/.test(entry) && !entry.endsWith('/tanda-tangan'))
        expect(timeline[i + 1], `after ${entry}`).toBe('save');
    });
    expect(timeline[timeline.indexOf(`reason:${S}/tanda-tangan`) + 1]).toBe('save');
  });

  it('writes a file that opdm validate accepts', async () => {
    const doc = newDoc();
    await (
      await session(doc, [...FIRST_PART, ...REST])
    ).run;
    const dir = mkdtempSync(join(tmpdir(), 'opdm-assess-'));
    const file = join(dir, 'kota-uji.yaml');
    writeFileSync(file, doc.toString());
    const result = await runCli(['validate', file, '--rubric', RUBRIC]);
    rmSync(dir, { recursive: true, force: true });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('shows where the interview stands above each question', async () => {
    const { asker, run } = await session(newDoc(), [...FIRST_PART, ...REST]);
    await run;
    const headers = asker.events.flatMap((e) => (e.kind === 'say' && e.text.startsWith('[') ? [e.text] : []));
    expect(headers[0]).toBe('[OPD 1 of 1: Dinas Kependudukan dan Pencatatan Sipil · 0% of questions answered (0/7)]');
    expect(headers[1]).toBe(
      '[OPD 1 of 1: Dinas Kependudukan dan Pencatatan Sipil › ' +
        'Service 1 of 1: Akta Kelahiran · 14% of questions answered (1/7)]',
    );
    // Not applicable leaves the count: 5 of 6 once the signature question is marked so.
    expect(headers.at(-1)).toBe('[City: Kota Uji · 83% of questions answered (5/6)]');
    expect(asker.events).toContainEqual({ kind: 'say', text: 'Choose the way most citizens use.' });
    // The same words as the key line under the check boxes: `space choose`.
    expect(promptsOf(asker, `answer:${S}/hasil`)[0]?.message).toBe(
      'How is the result delivered? (space = choose; Enter with nothing chosen = none)',
    );
  });
});

describe('runInterview: names', () => {
  it('names a catalog OPD and service the same on every screen, in English too, as file and reports do', async () => {
    const { asker, run } = await session(newDoc(), FIRST_PART);
    await expect(run).rejects.toBeInstanceOf(CancelledError);
    const prompt = (key: string) => promptsOf(asker, key)[0];
    const label = (key: string, value: string) => labelOf(prompt(key), value);
    const opd = 'Dinas Kependudukan dan Pencatatan Sipil';
    expect(label('opds', 'dukcapil')).toBe(opd);
    expect(prompt('services:dukcapil')?.message).toBe(`Services of ${opd}: which are assessed?`);
    expect(label('services:dukcapil', 'akta-lahir')).toBe('Akta Kelahiran');
    expect(prompt(`volume:${S}`)?.message).toContain('Annual volume of Akta Kelahiran');
    const headers = asker.events.flatMap((e) => (e.kind === 'say' && e.text.startsWith('[') ? [e.text] : []));
    expect(headers.at(-1)).toContain(`[OPD 1 of 1: ${opd} › Service 1 of 1: Akta Kelahiran`);
  });
});

describe('runInterview: interrupted, resumed, reviewed', () => {
  it('keeps every answer given before Ctrl-C, and the next session asks only what is left', async () => {
    const first = await session(newDoc(), FIRST_PART);
    await expect(first.run).rejects.toBeInstanceOf(CancelledError);
    const lastSaved = first.saved.at(-1) ?? '';
    expect(lastSaved).toContain('pengajuan: daring');
    expect(lastSaved).toContain('pengajuan: https://example.org/form');

    const doc = AnswersDoc.parse(lastSaved);
    const second = await session(doc, REST, { start: 'continue' });
    await second.run;
    expect(promptKeys(second.asker)[0]).toBe(`answer:${S}/berbayar`);
    expect(second.asker.left()).toBe(0);
    expect(doc.read().opds[0]?.services[0]?.answers['persen-daring']).toBe(80);
  });

  it('a skipped question stays unanswered and comes back in the next session', async () => {
    const steps: Step[] = FIRST_PART.map(([key, answer]) =>
      key === `answer:${S}/pengajuan` ? [key, SKIP] : [key, answer],
    );
    const first = await session(
      newDoc(),
      steps.filter(([key]) => key !== `evidence:${S}/pengajuan`),
    );
    await expect(first.run).rejects.toBeInstanceOf(CancelledError);
    const doc = AnswersDoc.parse(first.saved.at(-1) ?? '');
    expect(doc.read().opds[0]?.services[0]?.answers).toEqual({});
    const second = await session(doc, [[`answer:${S}/pengajuan`, 'loket']], { start: 'continue' });
    await expect(second.run).rejects.toBeInstanceOf(CancelledError);
    expect(doc.read().opds[0]?.services[0]?.answers).toEqual({ pengajuan: 'loket' });
  });

  it('follows `when` as answers change: a fee makes the payment question appear', async () => {
    const doc = newDoc();
    const withFee = REST.map(([key, answer]): Step => (key === `answer:${S}/berbayar` ? [key, true] : [key, answer]));
    withFee.splice(2, 0, [`answer:${S}/pembayaran`, 'tunai'], [`evidence:${S}/pembayaran`, '']);
    const { asker, run } = await session(doc, [...FIRST_PART, ...withFee]);
    await run;
    expect(asker.left()).toBe(0);
    expect(doc.read().opds[0]?.services[0]?.answers.pembayaran).toBe('tunai');
  });

  it('--review asks every applicable question again with the current answer preselected', async () => {
    const doc = newDoc();
    await (
      await session(doc, [...FIRST_PART, ...REST])
    ).run;
    const review: Step[] = [
      ['answer:dukcapil/sop', SKIP],
      [`volume:${S}`, ''],
      [`answer:${S}/pengajuan`, 'loket'],
      [`evidence:${S}/pengajuan`, '-'],
      [`answer:${S}/berbayar`, SKIP],
      [`answer:${S}/tanda-tangan`, SKIP],
      [`answer:${S}/hasil`, [SKIP]],
      [`answer:${S}/persen-daring`, ''],
      [`evidence:${S}/persen-daring`, ''],
      [`answer:${S}/catatan`, ''],
      ['answer:kebijakan-spbe', SKIP],
    ];
    const { asker, run } = await session(doc, review, { start: 'continue', isReview: true });
    await run;
    const put = (key: string) => asker.events.find((e) => e.kind === 'prompt' && e.key === key);
    // Enter keeps what is shown, and says so; numbers are offered as English writes them.
    expect(put(`volume:${S}`)).toMatchObject({
      default: '42,000',
      message: 'Annual volume of Akta Kelahiran (transactions a year; Enter = keep; type < to go back)',
    });
    expect(put(`answer:${S}/pengajuan`)).toMatchObject({ default: 'daring' });
    expect(put(`answer:${S}/tanda-tangan`)).toMatchObject({ default: NOT_APPLICABLE });
    expect(put(`answer:${S}/hasil`)).toMatchObject({
      choices: expect.arrayContaining([{ value: 'pos', label: 'Sent by post', isChecked: true }]),
    });
    expect(put(`answer:${S}/persen-daring`)).toMatchObject({ default: '80' });
    const hints = asker.events.flatMap((e) => (e.kind === 'say' && e.text.startsWith('Enter') ? [e.text] : []));
    expect(hints).toEqual(['Enter = keep; type < to go back.', 'Enter = keep; type < to go back.']);
    expect(put(`evidence:${S}/pengajuan`)).toMatchObject({ default: 'https://example.org/form' });
    const service = doc.read().opds[0]?.services[0];
    expect(service?.answers).toMatchObject({
      pengajuan: 'loket',
      'tanda-tangan': { na: 'Tidak ada keputusan' },
      hasil: ['pos', 'unduh'],
      'persen-daring': 80,
    });
    expect(service?.evidence).toBeUndefined();
  });
});

describe('runInterview: what a session covers', () => {
  it('--opd goes straight to that OPD, adding it from the catalog, and asks no city question', async () => {
    const doc = newDoc();
    const { asker, run } = await session(
      doc,
      [
        ['services:bapenda', ['pbb']],
        ['volume:bapenda/pbb', '5000'],
        ['answer:bapenda/sop', SKIP],
      ],
      { opdIds: ['bapenda'] },
    );
    await expect(run).rejects.toBeInstanceOf(CancelledError);
    expect(promptKeys(asker)).not.toContain('opds');
    expect(doc.read().opds.map((o) => [o.id, o.name, o.services.map((s) => s.id)])).toEqual([
      ['bapenda', 'Badan Pendapatan Daerah', ['pbb']],
    ]);
  });

  it('adds OPDs and services that are not in the catalog, with ids made from their names', async () => {
    const doc = newDoc();
    const { run } = await session(doc, [
      ['opds', [NEW_ENTRY]],
      ['opd.new', 'Dinas Pemadam Kebakaran'],
      ['opd.new', ''],
      // An OPD without catalog services goes straight to naming new ones.
      ['service.new:dinas-pemadam-kebakaran', 'Izin Proteksi Kebakaran'],
      ['volume:dinas-pemadam-kebakaran/izin-proteksi-kebakaran', '120'],
      ['service.new:dinas-pemadam-kebakaran', ''],
    ]);
    await expect(run).rejects.toBeInstanceOf(CancelledError);
    expect(doc.read().opds).toEqual([
      {
        id: 'dinas-pemadam-kebakaran',
        name: 'Dinas Pemadam Kebakaran',
        answers: {},
        services: [{ id: 'izin-proteksi-kebakaran', name: 'Izin Proteksi Kebakaran', annual_volume: 120, answers: {} }],
      },
    ]);
  });

  it('refuses what a person cannot mean: a number out of range, no volume where the rubric weights by it', async () => {
    const outOfRange = await session(newDoc(), [
      ...FIRST_PART,
      [`answer:${S}/berbayar`, SKIP],
      [`answer:${S}/tanda-tangan`, SKIP],
      [`answer:${S}/hasil`, [SKIP]],
      [`answer:${S}/persen-daring`, '150'],
    ]);
    await expect(outOfRange.run).rejects.toThrow('refused "150": At most 100.');
    const noVolume = await session(newDoc(), [FIRST_PART[0]!, FIRST_PART[1]!, [`volume:${S}`, '']]);
    await expect(noVolume.run).rejects.toThrow(/refused "": This rubric weights by volume/);
    const both = await session(newDoc(), [
      ...FIRST_PART,
      [`answer:${S}/berbayar`, SKIP],
      [`answer:${S}/tanda-tangan`, SKIP],
      [`answer:${S}/hasil`, ['pos', SKIP]],
    ]);
    await expect(both.run).rejects.toThrow(/chosen alone/);
  });

  it('puts the city questions first when an OPD or service question depends on one', async () => {
    const dependent = structuredClone(rubric) as { -readonly [K in keyof Rubric]: Rubric[K] } & {
      sections: Rubric['sections'][number][];
    };
    const city = dependent.sections.find((s) => s.scope === 'city')!;
    dependent.sections = [city, ...dependent.sections.filter((s) => s !== city)];
    const governance = dependent.sections.find((s) => s.id === 'tata-kelola')!;
    (governance.questions[0] as { when?: unknown }).when = { question: 'kebijakan-spbe', equals: true };
    expect(isCityFirst(rubric)).toBe(false);
    expect(isCityFirst(dependent)).toBe(true);
    const asker: ScriptedAsker = scriptedAsker([
      ['answer:kebijakan-spbe', false],
      ['evidence:kebijakan-spbe', ''],
      ['opds', ['dukcapil']],
      ['services:dukcapil', []],
    ]);
    const doc = newDoc();
    await runInterview({ asker, rubric: dependent, lang: 'en', doc, save: async () => {}, start: 'choose' });
    // sop applies only with the regulation: with none, the OPD has nothing to ask.
    expect(promptKeys(asker)).toEqual([
      'answer:kebijakan-spbe',
      'evidence:kebijakan-spbe',
      'opds',
      'services:dukcapil',
    ]);
  });
});
