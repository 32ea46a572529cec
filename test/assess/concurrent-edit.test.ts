/**
 * The merge behind `opdm assess` when its file changed on disk (issue #13, item 2), scenario by
 * scenario: what this session changed since it last saved is replayed onto the file as it is
 * now, answer by answer and by ids; the same answer changed on both sides is a conflict.
 */
import { describe, expect, it } from 'vitest';
import { AnswersDoc } from '../../src/prompts/answers-doc.js';
import { mergeConcurrentEdit, unsavedChanges } from '../../src/prompts/concurrent-edit.js';

const BASE = `# the team's file
rubric: uji-assess@1.0.0
city: {id: kota-uji, name: Kota Uji}
period: "2026"
answers: {}
opds:
  - id: dukcapil
    name: Dukcapil
    answers: {sop: true}
    services:
      - id: akta-lahir
        name: Akta Kelahiran
        annual_volume: 42000
        answers:
          pengajuan: daring # checked
`;
const SERVICE = { scope: 'service', opd: 0, service: 0 } as const;

/** This session's document: the base with `change` made through the interview's own calls. */
function ours(change: (doc: AnswersDoc) => void): AnswersDoc {
  const doc = AnswersDoc.parse(BASE);
  change(doc);
  return doc;
}

describe('mergeConcurrentEdit', () => {
  it('keeps both sides when they changed different answers, with the other side’s comments', () => {
    const theirs = BASE.replace('answers: {}\n', '# by hand\nanswers:\n  kebijakan-spbe: true # Perwali\n');
    const result = mergeConcurrentEdit(
      BASE,
      ours((d) => d.setAnswer(SERVICE, 'berbayar', true)),
      theirs,
    );
    expect(result.kind).toBe('merged');
    const text = result.kind === 'merged' ? result.doc.toString() : '';
    expect(text).toContain('# by hand\nanswers:\n  kebijakan-spbe: true # Perwali\n');
    expect(text).toContain('pengajuan: daring # checked\n');
    expect(text).toContain('berbayar: true');
    expect(text.startsWith("# the team's file\n")).toBe(true);
  });

  it('is a conflict when both changed the same answer to different values', () => {
    const theirs = BASE.replace('pengajuan: daring # checked', 'pengajuan: loket');
    const result = mergeConcurrentEdit(
      BASE,
      ours((d) => d.setAnswer(SERVICE, 'pengajuan', 'unduh')),
      theirs,
    );
    expect(result).toEqual({
      kind: 'conflict',
      conflicts: [{ where: 'dukcapil/akta-lahir: pengajuan', ours: 'unduh', theirs: 'loket' }],
    });
  });

  it('is no conflict when both gave the same answer', () => {
    const theirs = BASE.replace('answers: {sop: true}', 'answers: {sop: false}');
    const result = mergeConcurrentEdit(
      BASE,
      ours((d) => d.setAnswer({ scope: 'opd', opd: 0 }, 'sop', false)),
      theirs,
    );
    expect(result.kind).toBe('merged');
  });

  it('is a conflict when the other side removed the service this session answered', () => {
    const theirs = BASE.slice(0, BASE.indexOf('    services:')) + '    services: []\n';
    const result = mergeConcurrentEdit(
      BASE,
      ours((d) => d.setAnswer(SERVICE, 'berbayar', true)),
      theirs,
    );
    expect(result).toEqual({
      kind: 'conflict',
      conflicts: [{ where: 'dukcapil/akta-lahir: berbayar', ours: true, theirs: undefined }],
    });
  });

  it('keeps an OPD the other side appended, and one this session added, when positions stay', () => {
    const theirs = `${BASE}  - id: bapenda\n    name: Bapenda\n    answers: {sop: false}\n`;
    const mine = ours((d) => d.setVolume(0, 0, 50000));
    const result = mergeConcurrentEdit(BASE, mine, theirs);
    expect(result.kind).toBe('merged');
    const merged = result.kind === 'merged' ? result.doc.read() : undefined;
    expect(merged?.opds.map((o) => o.id)).toEqual(['dukcapil', 'bapenda']);
    expect(merged?.opds[0]?.services[0]?.annual_volume).toBe(50000);
  });

  it('stops (moved) when the other side reordered the OPDs this session goes through by position', () => {
    const two = `${BASE}  - id: bapenda\n    name: Bapenda\n`;
    const theirs = two
      .replace(/ {2}- id: dukcapil[\s\S]*?(?= {2}- id: bapenda)/, '')
      .concat(two.slice(two.indexOf('  - id: dukcapil'), two.indexOf('  - id: bapenda')));
    expect(theirs.indexOf('bapenda')).toBeLessThan(theirs.indexOf('dukcapil'));
    const mine = AnswersDoc.parse(two);
    mine.setAnswer(SERVICE, 'berbayar', true);
    expect(mergeConcurrentEdit(two, mine, theirs).kind).toBe('moved');
  });

  it('says what this session has not saved yet', () => {
    const mine = ours((d) => {
      d.setAnswer(SERVICE, 'berbayar', true);
      d.setEvidence(SERVICE, 'berbayar', 'Perda 3/2024');
    });
    expect(unsavedChanges(BASE, mine)).toEqual([
      { where: 'dukcapil/akta-lahir: berbayar', ours: true, theirs: undefined },
      { where: 'dukcapil/akta-lahir: berbayar', ours: 'Perda 3/2024', theirs: undefined },
    ]);
  });
});
