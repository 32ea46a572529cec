/**
 * "Back" in the interview: from a question (a list entry, a check box, `<` typed), from an
 * evidence prompt and from a volume, to the prompt before it in the OPD's walk, its saved
 * answer offered again; then forward again to where the person was.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Rubric } from '../../src/core/types.js';
import { CancelledError } from '../../src/errors.js';
import type { AnswersDoc } from '../../src/prompts/answers-doc.js';
import type { InterviewOptions } from '../../src/prompts/interview.js';
import { BACK, SKIP } from '../../src/prompts/reply.js';
import { FIRST_PART, loadMiniRubric, newDoc, S, session } from '../fixtures/assess/interview-session.js';
import { labelOf, promptKeys, promptsOf, type Step } from '../fixtures/assess/scripted-asker.js';

let rubric: Rubric;
beforeAll(async () => {
  rubric = await loadMiniRubric();
});
const interview = (doc: AnswersDoc, steps: readonly Step[], options: Partial<InterviewOptions> = {}) =>
  session(rubric, doc, steps, options);
const answersOf = (doc: AnswersDoc) => doc.read().opds[0]?.services[0]?.answers;

describe('back to the previous question', () => {
  it('is offered from the second question of a walk on, never at its first', async () => {
    const { asker, run } = interview(newDoc(), FIRST_PART);
    await expect(run).rejects.toBeInstanceOf(CancelledError);
    expect(labelOf(promptsOf(asker, 'answer:dukcapil/sop')[0], BACK)).toBeUndefined();
    expect(labelOf(promptsOf(asker, `answer:${S}/pengajuan`)[0], BACK)).toBe('← Back to the previous question');
  });

  it('puts the previous question again with its saved answer preselected; changing it follows `when`', async () => {
    const doc = newDoc();
    const { asker, saved, run } = interview(doc, [
      ...FIRST_PART,
      [`answer:${S}/berbayar`, false],
      [`evidence:${S}/berbayar`, ''],
      [`answer:${S}/tanda-tangan`, BACK],
      // The fee question again, "no" preselected: now there is a fee, so the payment question follows.
      [`answer:${S}/berbayar`, true],
      [`evidence:${S}/berbayar`, ''],
      [`answer:${S}/pembayaran`, 'qris'],
      [`evidence:${S}/pembayaran`, ''],
      [`answer:${S}/tanda-tangan`, 'tte'],
    ]);
    await expect(run).rejects.toBeInstanceOf(CancelledError);
    expect(promptsOf(asker, `answer:${S}/berbayar`).map((p) => p.default)).toEqual([undefined, false]);
    // The answer given before going back was saved, and stayed so until it was changed.
    expect(saved.filter((text) => text.includes('berbayar: false'))).not.toHaveLength(0);
    expect(answersOf(doc)).toMatchObject({ berbayar: true, pembayaran: 'qris', 'tanda-tangan': 'tte' });
  });

  it('goes back step by step, and forward again through the questions in between', async () => {
    const doc = newDoc();
    const { asker, run } = interview(doc, [
      ...FIRST_PART,
      [`answer:${S}/berbayar`, false],
      [`evidence:${S}/berbayar`, ''],
      [`answer:${S}/tanda-tangan`, BACK],
      [`answer:${S}/berbayar`, BACK],
      [`answer:${S}/pengajuan`, 'loket'],
      [`evidence:${S}/pengajuan`, ''],
      [`answer:${S}/berbayar`, SKIP],
      [`answer:${S}/tanda-tangan`, 'tte'],
    ]);
    await expect(run).rejects.toBeInstanceOf(CancelledError);
    expect(promptsOf(asker, `answer:${S}/pengajuan`).map((p) => p.default)).toEqual([undefined, 'daring']);
    expect(promptsOf(asker, `evidence:${S}/pengajuan`)[1]).toMatchObject({
      default: 'https://example.org/form',
      message: 'Evidence: a note or URL (Enter = keep; - = remove; type < to go back)',
    });
    expect(answersOf(doc)).toEqual({ pengajuan: 'loket', berbayar: false, 'tanda-tangan': 'tte' });
    expect(doc.read().opds[0]?.services[0]?.evidence).toEqual({ pengajuan: 'https://example.org/form' });
  });

  it('from an evidence prompt (<) puts its question again', async () => {
    const doc = newDoc();
    const steps = FIRST_PART.map(([key, answer]): Step =>
      key === `evidence:${S}/pengajuan` ? [key, '<'] : [key, answer],
    );
    const { asker, run } = interview(doc, [
      ...steps,
      [`answer:${S}/pengajuan`, 'unduh'],
      [`evidence:${S}/pengajuan`, ''],
    ]);
    await expect(run).rejects.toBeInstanceOf(CancelledError);
    expect(promptKeys(asker).slice(-5)).toEqual([
      `answer:${S}/pengajuan`,
      `evidence:${S}/pengajuan`,
      `answer:${S}/pengajuan`,
      `evidence:${S}/pengajuan`,
      `answer:${S}/berbayar`,
    ]);
    expect(promptsOf(asker, `answer:${S}/pengajuan`)[1]?.default).toBe('daring');
    expect(answersOf(doc)).toEqual({ pengajuan: 'unduh' });
    expect(doc.read().opds[0]?.services[0]?.evidence).toBeUndefined();
  });

  it('by typing < at a number question, and from a check-box question, its boxes ticked as saved', async () => {
    const doc = newDoc();
    const { asker, run } = interview(doc, [
      ...FIRST_PART,
      [`answer:${S}/berbayar`, false],
      [`evidence:${S}/berbayar`, ''],
      [`answer:${S}/tanda-tangan`, 'tte'],
      [`evidence:${S}/tanda-tangan`, ''],
      [`answer:${S}/hasil`, ['pos']],
      [`evidence:${S}/hasil`, ''],
      [`answer:${S}/persen-daring`, '<'],
      [`answer:${S}/hasil`, [BACK]],
      [`answer:${S}/tanda-tangan`, SKIP],
      [`answer:${S}/hasil`, ['pos', 'unduh']],
      [`evidence:${S}/hasil`, ''],
      [`answer:${S}/persen-daring`, '40'],
    ]);
    await expect(run).rejects.toBeInstanceOf(CancelledError);
    expect(asker.events).toContainEqual({
      kind: 'say',
      text: 'Enter with nothing typed = skip for now; type < to go back.',
    });
    const again = promptsOf(asker, `answer:${S}/hasil`)[1];
    expect(again?.choices?.filter((c) => c.isChecked).map((c) => c.value)).toEqual(['pos']);
    expect(labelOf(again, SKIP)).toBe('Keep the current answer: Sent by post');
    expect(answersOf(doc)).toMatchObject({ 'tanda-tangan': 'tte', hasil: ['pos', 'unduh'], 'persen-daring': 40 });
  });

  it('crosses from a service to its OPD, and from a service to the volume asked before it', async () => {
    const doc = newDoc();
    // A service added by hand, without a volume: the walk asks it before the service's questions.
    const opd = doc.addOpd({ id: 'dukcapil', name: 'Dinas Kependudukan dan Pencatatan Sipil' });
    doc.addService(opd, { id: 'akta-lahir', name: 'Akta Kelahiran' });
    const { asker, run } = interview(
      doc,
      [
        ['answer:dukcapil/sop', true],
        ['evidence:dukcapil/sop', ''],
        [`volume:${S}`, '1.500'],
        [`answer:${S}/pengajuan`, BACK],
        [`volume:${S}`, '<'],
        ['answer:dukcapil/sop', false],
        ['evidence:dukcapil/sop', ''],
        [`volume:${S}`, '2.000'],
        [`answer:${S}/pengajuan`, 'daring'],
      ],
      { start: 'continue' },
    );
    await expect(run).rejects.toBeInstanceOf(CancelledError);
    expect(promptsOf(asker, `volume:${S}`).map((p) => p.default)).toEqual([undefined, '1,500', '1,500']);
    expect(promptsOf(asker, 'answer:dukcapil/sop').map((p) => p.default)).toEqual([undefined, true]);
    expect(doc.read().opds[0]).toMatchObject({ answers: { sop: false }, services: [{ annual_volume: 2000 }] });
  });

  it('is not offered at the city question, the first of its walk', async () => {
    const doc = newDoc();
    const { asker, run } = interview(doc, [
      ['opds', ['dukcapil']],
      ['services:dukcapil', []],
      ['answer:dukcapil/sop', SKIP],
      ['answer:kebijakan-spbe', SKIP],
    ]);
    await run;
    expect(labelOf(promptsOf(asker, 'answer:kebijakan-spbe')[0], BACK)).toBeUndefined();
  });
});
