import { describe, expect, it } from 'vitest';
import { AnswersDoc } from '../../src/prompts/answers-doc.js';

const HAND_WRITTEN = `# Penilaian Kota Uji, diisi tangan
rubric: uji-assess@1.0.0
city: {id: kota-uji, name: Kota Uji}
period: "2026"
answers: {}   # city answers come later
opds:
  - id: dukcapil
    name: Dinas Kependudukan dan Pencatatan Sipil
    answers: {sop: true}
    services:
      # the busiest service first
      - id: akta-lahir
        name: Akta Kelahiran
        annual_volume: 1000
        answers:
          pengajuan: loket   # checked at the counter
`;

describe('AnswersDoc: editing the answers file in place', () => {
  it('keeps comments, key order and flow maps of a hand-written file', () => {
    const doc = AnswersDoc.parse(HAND_WRITTEN);
    doc.setAnswer({ scope: 'service', opd: 0, service: 0 }, 'hasil', ['pos', 'unduh']);
    doc.setAnswer({ scope: 'service', opd: 0, service: 0 }, 'tanda-tangan', { na: 'Tidak ada keputusan' });
    doc.setAnswer({ scope: 'opd', opd: 0 }, 'integrasi', 'penuh');
    const text = doc.toString();
    expect(text).toContain('# Penilaian Kota Uji, diisi tangan');
    expect(text).toContain('# the busiest service first');
    expect(text).toContain('pengajuan: loket # checked at the counter');
    expect(text).toContain('answers: {sop: true, integrasi: penuh}');
    expect(text).toContain('hasil: [pos, unduh]');
    expect(text).toContain('tanda-tangan: {na: Tidak ada keputusan}');
    expect(text.indexOf('rubric:')).toBeLessThan(text.indexOf('city:'));
    expect(doc.read().opds[0]?.services[0]?.answers).toEqual({
      pengajuan: 'loket',
      hasil: ['pos', 'unduh'],
      'tanda-tangan': { na: 'Tidak ada keputusan' },
    });
  });

  it('grows an empty {} as a block map, not as one long line', () => {
    const doc = AnswersDoc.parse(HAND_WRITTEN);
    doc.setAnswer({ scope: 'city' }, 'kebijakan-spbe', true);
    const text = doc.toString();
    expect(text).toMatch(/^answers:\n {2}# city answers come later\n {2}kebijakan-spbe: true$/m);
  });

  it('grows an empty [] as a block list, one entry a line, over several sessions', () => {
    // What `opdm init` and a first save leave: empty lists, written `[]`.
    const first = AnswersDoc.parse(
      'rubric: uji-assess@1.0.0\ncity: {id: kota-uji, name: Kota Uji}\nopds: [] # isi nanti\n',
    );
    const opd = first.addOpd({ id: 'dpmptsp', name: 'Dinas Penanaman Modal dan PTSP' });
    // The next session reads `services: []` back from the file, and adds to it.
    const second = AnswersDoc.parse(first.toString());
    second.addService(opd, { id: 'nib', name: 'Nomor Induk Berusaha', annual_volume: 1200 });
    second.addService(opd, { id: 'pbg', name: 'Persetujuan Bangunan Gedung' });
    const text = second.toString();
    expect(text.slice(text.indexOf('opds:'))).toMatchInlineSnapshot(`
      "opds:
        # isi nanti
        - id: dpmptsp
          name: Dinas Penanaman Modal dan PTSP
          answers: {}
          services:
            - id: nib
              name: Nomor Induk Berusaha
              annual_volume: 1200
              answers: {}
            - id: pbg
              name: Persetujuan Bangunan Gedung
              answers: {}
      "
    `);
    expect(Math.max(...text.split('\n').map((line) => line.length))).toBeLessThan(60);
  });

  it('keeps a list written in flow style with entries as its writer wrote it', () => {
    const doc = AnswersDoc.parse(
      HAND_WRITTEN.replace('answers: {sop: true}', 'answers: {sop: true}\n    tags: [a, b]'),
    );
    doc.setAnswer({ scope: 'opd', opd: 0 }, 'integrasi', 'penuh');
    expect(doc.toString()).toContain('tags: [a, b]');
  });

  it('creates a new file with the header first and adds OPDs, services and volumes', () => {
    const doc = AnswersDoc.create({
      rubric: 'uji-assess@1.0.0',
      city: { id: 'kota-uji', name: 'Kota Uji' },
      period: '2026',
      assessedAt: '2026-11-20',
      assessors: ['Budi'],
    });
    const opd = doc.addOpd({ id: 'bapenda', name: 'Badan Pendapatan Daerah' });
    const service = doc.addService(opd, { id: 'pbb', name: 'Pajak Bumi dan Bangunan', annual_volume: 4000 });
    doc.setVolume(opd, service, 5000);
    doc.setAnswer({ scope: 'service', opd, service }, 'pengajuan', 'daring');
    expect(doc.toString()).toMatchInlineSnapshot(`
      "rubric: uji-assess@1.0.0
      city:
        id: kota-uji
        name: Kota Uji
      period: "2026"
      assessed_at: 2026-11-20
      assessors:
        - Budi
      answers: {}
      opds:
        - id: bapenda
          name: Badan Pendapatan Daerah
          answers: {}
          services:
            - id: pbb
              name: Pajak Bumi dan Bangunan
              annual_volume: 5000
              answers:
                pengajuan: daring
      "
    `);
  });

  it('sets and removes evidence, dropping an emptied evidence map', () => {
    const doc = AnswersDoc.parse(HAND_WRITTEN);
    const ref = { scope: 'service', opd: 0, service: 0 } as const;
    doc.setEvidence(ref, 'pengajuan', 'https://example.org/sop.pdf');
    expect(doc.read().opds[0]?.services[0]?.evidence).toEqual({ pengajuan: 'https://example.org/sop.pdf' });
    doc.setEvidence(ref, 'pengajuan', undefined);
    expect(doc.toString()).not.toContain('evidence');
  });

  it('drops a byte order mark', () => {
    expect(AnswersDoc.parse(`\uFEFF${HAND_WRITTEN}`).toString().startsWith('# Penilaian')).toBe(true);
  });
});
