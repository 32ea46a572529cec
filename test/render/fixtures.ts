/** The worked example (SPEC "Worked example") as a built report, and render contexts to vary. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { reportCity, type Report } from '../../src/core/report.js';
import type { CityAnswers, Rubric } from '../../src/core/types.js';
import type { RenderContext } from '../../src/render/context.js';

const fixture = (name: string): unknown =>
  parse(readFileSync(new URL(`../fixtures/render/${name}`, import.meta.url), 'utf8'));

export const rubric = fixture('uji-mini.rubric.yaml') as Rubric;
export const answers = fixture('kota-uji.answers.yaml') as CityAnswers;

/** Kota Uji's report, built fresh; `edit` changes the answers first (names with odd characters...). */
export function buildReport(edit: (a: CityAnswers) => CityAnswers = (a) => a): Report {
  return reportCity(rubric, edit(structuredClone(answers)), { generator: 'opd-maturity test', sha256: 'x' }).report;
}

/** A context with Indonesian, no colour, no width, comma CSV; override what the test is about. */
export function context(overrides: Partial<RenderContext> = {}): RenderContext {
  return { lang: 'id', isColor: false, rubric, csvDelimiter: ',', generator: 'opd-maturity test', ...overrides };
}

// eslint-disable-next-line no-control-regex
export const ANSI = /\u001b\[[0-9;]*m/;

/**
 * Kota Uji with questions declared not applicable at every level: the city, an OPD, two
 * questions of one service (given out of rubric order) and one of another OPD's service. The
 * reasons hold what Markdown and HTML would otherwise act on: `|`, `*`, a newline, `<script>`.
 * uji-mini sets `allow_na` on none of these questions, so `opdm validate` would refuse them; a
 * rubric may allow `na` at any scope, and the renderers show whatever the report holds.
 */
export const withNotApplicable = (a: CityAnswers): CityAnswers => ({
  ...a,
  answers: { ...a.answers, 'kebijakan-spbe': { na: 'Diatur | oleh *Pergub*, bukan Perwali' } },
  opds: a.opds.map((o) => {
    if (o.id === 'dukcapil') {
      const services = o.services.map((s) =>
        s.id === 'akta-lahir'
          ? {
              ...s,
              answers: {
                ...s.answers,
                'persen-daring': { na: 'Belum ada data\nsampai 2027' },
                hasil: { na: 'Akta dikirim otomatis' },
              },
            }
          : s,
      );
      return { ...o, answers: { ...o.answers, sop: { na: 'SOP mengikuti Permendagri' } }, services };
    }
    if (o.id === 'bapenda')
      return {
        ...o,
        services: o.services.map((s) => ({
          ...s,
          answers: { ...s.answers, pengajuan: { na: '<script>alert(1)</script> tanpa permohonan' } },
        })),
      };
    return o;
  }),
});
