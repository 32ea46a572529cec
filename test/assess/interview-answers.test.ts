/**
 * What a person sees of an answer while it is given and offered back: an empty list confirmed
 * and shown as "(none)", numbers offered as each language writes them, `35%` at a percent
 * question, and hints that say what Enter does.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Rubric } from '../../src/core/types.js';
import { CancelledError } from '../../src/errors.js';
import type { AnswersDoc } from '../../src/prompts/answers-doc.js';
import type { InterviewOptions } from '../../src/prompts/interview.js';
import { SKIP } from '../../src/prompts/reply.js';
import { FIRST_PART, loadMiniRubric, newDoc, REST, S, session } from '../fixtures/assess/interview-session.js';
import { labelOf, promptKeys, promptsOf, type Step } from '../fixtures/assess/scripted-asker.js';

let rubric: Rubric;
beforeAll(async () => {
  rubric = await loadMiniRubric();
});
const interview = (doc: AnswersDoc, steps: readonly Step[], options: Partial<InterviewOptions> = {}) =>
  session(rubric, doc, steps, options);

/** FIRST_PART and REST up to the delivery question (not included). */
const UP_TO_DELIVERY = [...FIRST_PART, ...REST.slice(0, 4)];
/** A review of that, every answer kept, up to the delivery question (not included). */
const REVIEW_TO_DELIVERY: Step[] = [
  ['answer:dukcapil/sop', SKIP],
  [`volume:${S}`, ''],
  ...['pengajuan', 'berbayar', 'tanda-tangan'].map((q): Step => [`answer:${S}/${q}`, SKIP]),
];

describe('an empty answer to a multiple-choice question', () => {
  it('is asked to be confirmed: "no" ticks the boxes again, and nothing is saved meanwhile', async () => {
    const doc = newDoc();
    const { asker, saved, run } = interview(doc, [
      ...UP_TO_DELIVERY,
      [`answer:${S}/hasil`, []],
      [`none:${S}/hasil`, false],
      [`answer:${S}/hasil`, ['pos']],
    ]);
    await expect(run).rejects.toBeInstanceOf(CancelledError);
    expect(promptsOf(asker, `none:${S}/hasil`)).toEqual([
      {
        kind: 'prompt',
        key: `none:${S}/hasil`,
        message: 'Nothing is chosen. Save "(none)" as the answer? No = choose again',
        default: false,
      },
    ]);
    expect(promptsOf(asker, `answer:${S}/hasil`)).toHaveLength(2);
    expect(saved.some((text) => text.includes('hasil: []'))).toBe(false);
    expect(doc.read().opds[0]?.services[0]?.answers.hasil).toEqual(['pos']);
  });

  it('is saved as [] once confirmed, and offered back as "(none)" when reviewed', async () => {
    const doc = newDoc();
    const first = interview(doc, [...UP_TO_DELIVERY, [`answer:${S}/hasil`, []], [`none:${S}/hasil`, true]]);
    await expect(first.run).rejects.toBeInstanceOf(CancelledError);
    expect(first.saved.at(-1)).toContain('hasil: []');
    expect(promptKeys(first.asker).at(-1)).toBe(`evidence:${S}/hasil`);

    const review = interview(doc, REVIEW_TO_DELIVERY, { start: 'continue', isReview: true });
    await expect(review.run).rejects.toBeInstanceOf(CancelledError);
    const put = promptsOf(review.asker, `answer:${S}/hasil`)[0];
    expect(labelOf(put, SKIP)).toBe('Keep the current answer: (none)');
  });

  it.each([
    [[], '(tidak ada)'],
    [['unduh', 'pos'], 'Dikirim lewat pos, Dokumen elektronik'],
  ])('when reviewed in Bahasa Indonesia, %j is kept as "%s"', async (ticked, shown) => {
    const doc = newDoc();
    const steps = [...FIRST_PART, ...REST].flatMap(([key, answer]): Step[] =>
      key !== `answer:${S}/hasil`
        ? [[key, answer]]
        : ticked.length === 0
          ? [
              [key, []],
              [`none:${S}/hasil`, true],
            ]
          : [[key, ticked]],
    );
    await interview(doc, steps).run;
    const review = interview(doc, REVIEW_TO_DELIVERY, { start: 'continue', isReview: true, lang: 'id' });
    await expect(review.run).rejects.toBeInstanceOf(CancelledError);
    expect(labelOf(promptsOf(review.asker, `answer:${S}/hasil`)[0], SKIP)).toBe(`Biarkan jawaban sekarang: ${shown}`);
  });
});

describe('numbers offered back and typed', () => {
  /** A finished file whose share online is 62.5 and volume 42,000, reviewed in `lang`. */
  async function reviewed(lang: 'id' | 'en', typed: string) {
    const doc = newDoc();
    const steps = [...FIRST_PART, ...REST].map(([key, answer]): Step =>
      key === `answer:${S}/persen-daring` ? [key, '62,5'] : [key, answer],
    );
    await interview(doc, steps).run;
    const review = interview(
      doc,
      [
        ...REVIEW_TO_DELIVERY,
        [`answer:${S}/hasil`, [SKIP]],
        [`answer:${S}/persen-daring`, typed],
        [`evidence:${S}/persen-daring`, ''],
      ],
      { start: 'continue', isReview: true, lang },
    );
    const error: unknown = await review.run.catch((e: unknown) => e);
    if (!(error instanceof CancelledError)) throw error;
    return { doc, asker: review.asker };
  }

  it('offers 62,5 and 42.000 in Bahasa Indonesia, saying that Enter keeps them', async () => {
    const { doc, asker } = await reviewed('id', '');
    expect(promptsOf(asker, `volume:${S}`)[0]).toMatchObject({
      default: '42.000',
      message: 'Volume tahunan Akta Kelahiran (transaksi per tahun; Enter = biarkan; ketik < untuk kembali)',
    });
    expect(promptsOf(asker, `answer:${S}/persen-daring`)[0]).toMatchObject({
      default: '62,5',
      message: 'Persen transaksi yang daring (%) [0–100]',
    });
    expect(asker.events).toContainEqual({ kind: 'say', text: 'Enter = biarkan; ketik < untuk kembali.' });
    const service = doc.read().opds[0]?.services[0];
    expect([service?.annual_volume, service?.answers['persen-daring']]).toEqual([42000, 62.5]);
  });

  it('offers 62.5 and 42,000 in English', async () => {
    const { asker } = await reviewed('en', '');
    expect(promptsOf(asker, `volume:${S}`)[0]).toMatchObject({ default: '42,000' });
    expect(promptsOf(asker, `answer:${S}/persen-daring`)[0]).toMatchObject({ default: '62.5' });
  });

  it.each([
    ['35%', 35],
    ['35 %', 35],
    ['12,5%', 12.5],
  ])('reads %j at a percent question as %s', async (typed, saved) => {
    const { doc } = await reviewed('id', typed);
    expect(doc.read().opds[0]?.services[0]?.answers['persen-daring']).toBe(saved);
  });

  it('still refuses a share above 100, written with %', async () => {
    await expect(reviewed('en', '135%')).rejects.toThrow('refused "135%": At most 100.');
  });

  it('says before a new question that Enter leaves it for later', async () => {
    const first = interview(newDoc(), [...FIRST_PART, ...REST.slice(0, 6)]);
    await expect(first.run).rejects.toBeInstanceOf(CancelledError);
    expect(first.asker.events).toContainEqual({
      kind: 'say',
      text: 'Enter with nothing typed = skip for now; type < to go back.',
    });
    expect(promptsOf(first.asker, `evidence:${S}/hasil`)[0]?.message).toBe(
      'Evidence: a note or URL (Enter = none; type < to go back)',
    );
  });
});
