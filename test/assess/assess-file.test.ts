import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createMergingSave } from '../../src/cli/assess-file.js';
import { UsageError } from '../../src/errors.js';
import { translator } from '../../src/i18n/index.js';
import { assessMessages } from '../../src/i18n/assess-messages.js';
import { AnswersDoc } from '../../src/prompts/answers-doc.js';

const dir = mkdtempSync(join(tmpdir(), 'opdm-assess-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const BASE = `rubric: uji-assess@1.0.0
city: {id: kota-uji, name: Kota Uji}
period: "2026"
opds:
  - id: dukcapil
    name: Dinas Kependudukan dan Pencatatan Sipil
    services:
      - id: akta-lahir
        name: Akta Kelahiran
        answers:
          hasil: [pos]
`;

describe('the save of an interview, when the same answer was changed on disk meanwhile', () => {
  it.each([
    ['en', 'dukcapil/akta-lahir: hasil (yours: (none); in the file: ["unduh"])'],
    ['id', 'dukcapil/akta-lahir: hasil (Anda: (tidak ada); di berkas: ["unduh"])'],
  ] as const)('names an empty answer as the interview shows it (%s)', async (lang, item) => {
    const path = join(dir, `kota-${lang}.yaml`);
    writeFileSync(path, BASE);
    const save = createMergingSave({
      path,
      file: `kota-${lang}.yaml`,
      baseText: BASE,
      check: async () => {},
      asker: { say: () => {} },
      stderr: () => {},
      lang,
    });
    writeFileSync(path, BASE.replace('hasil: [pos]', 'hasil: [unduh]'));
    const ours = AnswersDoc.parse(BASE);
    ours.setAnswer({ scope: 'service', opd: 0, service: 0 }, 'hasil', []);
    const error: unknown = await save(ours).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    const { key, params } = error as UsageError;
    const message = translator(assessMessages, lang)(key as 'assess.conflict', params);
    expect(message).toContain(item);
    expect(readFileSync(path, 'utf8')).toContain('hasil: [unduh]');
  });
});
