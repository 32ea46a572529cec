/**
 * Learn-from on the hand-made pair Kota Maju (A) / Kota Rintis (B), rubric uji-banding. Per
 * service (level, visits per transaction, annual volume), from the fixtures' answers:
 *
 *   service               Kota Maju          Kota Rintis         entry
 *   dukcapil/akta-lahir   3, 0, 10 000       1, 3, 20 000        A -> B: (3 - 0) x 20 000 = 60 000
 *   dukcapil/kk           1, 3,  8 000       3, 0,  6 000        B -> A: (3 - 0) x  8 000 = 24 000
 *   bapenda/pbb           3, 0, 15 000       1, 1, 24 000        A -> B: (1 - 0) x 24 000 = 24 000
 *   perizinan/pbg         3, 0,    400       1, 2, unknown       A -> B: null (B's volume unknown)
 *   perizinan/reklame     1, 1,    300       2, 2,    500        B -> A: (1 - 2) x 300 < 0 -> 0
 *
 * Ranked: 60 000; then the two 24 000 by OPD id (bapenda before dukcapil); 0; unknown last.
 */
import { describe, expect, it } from 'vitest';
import { compareJson, fixture } from './compare-helpers.js';

const MAJU = fixture('kota-maju');
const RINTIS = fixture('kota-rintis');

describe('learn_from on the hand-made pair', () => {
  it('ranks entries by visits saved (unknown last), then OPD id and service id, in both directions', async () => {
    const { learn_from } = await compareJson(MAJU, RINTIS);
    expect(learn_from.map((e) => [e.opd, e.service, e.from, e.to, e.from_level, e.to_level, e.visits_saved])).toEqual([
      ['dukcapil', 'akta-lahir', 'kota-maju', 'kota-rintis', 3, 1, 60000],
      ['bapenda', 'pbb', 'kota-maju', 'kota-rintis', 3, 1, 24000],
      ['dukcapil', 'kk', 'kota-rintis', 'kota-maju', 3, 1, 24000],
      ['perizinan', 'reklame', 'kota-rintis', 'kota-maju', 2, 1, 0],
      ['perizinan', 'pbg', 'kota-maju', 'kota-rintis', 3, 1, null],
    ]);
  });

  it('lists as steps the questions where the leader scores higher, in rubric order, with both answers', async () => {
    const { learn_from } = await compareJson(MAJU, RINTIS);
    const steps = Object.fromEntries(
      learn_from.map((e) => [e.service, e.steps.map((s) => [s.question, s.to_answer, s.from_answer, s.removes_visit])]),
    );
    // pembayaran is {na} on both sides for akta-lahir and kk: not a step.
    expect(steps['akta-lahir']).toEqual([
      ['pengajuan', 'loket', 'daring', true],
      ['dokumen', 'fotokopi', 'unggah', true],
      ['hasil', 'ambil', 'unduh', true],
    ]);
    // Kota Rintis pays by QRIS too (same score): only documents and delivery differ.
    expect(steps['pbb']).toEqual([
      ['dokumen', 'fotokopi', 'unggah', true],
      ['hasil', 'kirim', 'unduh', false],
    ]);
    // Kota Rintis' delivery (unduh, 1) beats Kota Maju's (kirim, 0.5): not a step for the leader.
    expect(steps['pbg']).toEqual([
      ['pengajuan', 'loket', 'daring', true],
      ['pembayaran', 'tunai', 'qris', true],
    ]);
    // Kota Rintis is a level ahead at reklame but needs more visits: one step, nothing saved.
    expect(steps['reklame']).toEqual([['dokumen', 'fotokopi', 'unggah', true]]);
  });

  it('sums what each side can save in the summary, counting the unknown apart', async () => {
    const { summary } = await compareJson(MAJU, RINTIS);
    expect(summary.learn_from).toEqual({
      a: { services: 2, visits_saved: 24000, visits_saved_unknown: 0 },
      b: { services: 3, visits_saved: 84000, visits_saved_unknown: 1 },
    });
  });

  it('mirrors the entries when A and B swap, keeping the same ranking', async () => {
    const swapped = await compareJson(RINTIS, MAJU);
    expect(swapped.learn_from.map((e) => [e.service, e.from, e.visits_saved])).toEqual([
      ['akta-lahir', 'kota-maju', 60000],
      ['pbb', 'kota-maju', 24000],
      ['kk', 'kota-rintis', 24000],
      ['reklame', 'kota-rintis', 0],
      ['pbg', 'kota-maju', null],
    ]);
  });

  it('offers nothing for a service whose answers are incomplete on one side', async () => {
    const { learn_from, services } = await compareJson(MAJU, fixture('akta-lahir-incomplete'));
    expect(learn_from).toEqual([]);
    expect(services.find((s) => s.service === 'akta-lahir')?.status).toBe('incomplete');
  });
});
