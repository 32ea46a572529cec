import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeMd } from '../../src/render/markdown.js';
import { renderRankingMd, renderScoreMd } from '../../src/render/score-md.js';
import { buildReport, context, withNotApplicable } from './fixtures.js';
import type { CityAnswers } from '../../src/core/types.js';

/** Kota Uji whose first OPD and service have names that Markdown would otherwise act on. */
const markdownNames = (a: CityAnswers): CityAnswers => ({
  ...a,
  city: { ...a.city, name: 'Kota *Uji*' },
  opds: a.opds.map((o, i) =>
    i === 0
      ? {
          ...o,
          name: 'Dukcapil | <b>Kota</b> & co',
          services: o.services.map((s, j) => (j === 0 ? { ...s, name: 'Akta [lahir] | _baru_' } : s)),
        }
      : o,
  ),
});

describe('score Markdown', () => {
  it('shows the headline figures in a summary table', () => {
    const md = renderScoreMd(buildReport(), context({ lang: 'id' }));
    expect(md).toMatch(/^## Kematangan layanan digital Kota Uji · 2026\n/);
    expect(md).toContain('| Skor | 48,44 (Kurang) |');
    expect(md).toContain('| Layanan tanpa kunjungan | 1 dari 4 (25,0%) |');
    expect(md).toContain('| Kunjungan ke kantor per tahun | 16.000 |');
    expect(md).toContain('| di antaranya melekat (warga tetap datang) | 2.000 (karena aturan nasional: 0) |');
    expect(renderScoreMd(buildReport(), context({ lang: 'en' }))).toContain('| Score | 48.44 (Kurang) |');
  });

  it('folds each OPD’s services into <details>', () => {
    const md = renderScoreMd(buildReport(), context({ lang: 'en' }));
    expect(md.match(/<details>/g)).toHaveLength(3);
    expect(md).toContain('<summary><b>Badan Pendapatan Daerah</b> (bapenda): 51.25 (Kurang)</summary>\n\n| Service |');
    expect(md).toContain(
      '| Pajak Bumi dan Bangunan | 2 One-way interaction | 51.67 | 1 | 5,000 | 5,000 | No | 100.0% |',
    );
    expect(md).toContain(
      '| 1 | bapenda | Pajak Bumi dan Bangunan | How is the application made?: ' +
        'Formulir diunduh → Formulir daring | 5,000 |',
    );
  });

  it('escapes | and other Markdown-active characters in names', () => {
    const md = renderScoreMd(buildReport(markdownNames), context({ lang: 'en' }));
    expect(md).toContain('## Digital service maturity of Kota \\*Uji\\* · 2026');
    expect(md).toContain('| dukcapil | Dukcapil \\| \\<b\\>Kota\\</b\\> \\& co |');
    expect(md).toContain('| Akta \\[lahir\\] \\| \\_baru\\_ |');
    expect(md).toContain('<summary><b>Dukcapil | &lt;b&gt;Kota&lt;/b&gt; &amp; co</b> (dukcapil)');
    // Every table row still has its column count: no unescaped | split a cell.
    for (const line of md.split('\n').filter((l) => l.startsWith('| Akta')))
      expect(line.split(/(?<!\\)\|/).length - 2).toBe(8);
  });

  it('lists not-applicable questions after OPD details (where, question, reason) in city, report, rubric order', () => {
    const md = renderScoreMd(buildReport(withNotApplicable), context({ lang: 'id' }));
    expect(md).toContain(
      [
        '### Pertanyaan yang dinyatakan tidak berlaku',
        '',
        '| Di mana | Pertanyaan | Alasan |',
        '| --- | --- | --- |',
        '| Tingkat kota | Ada peraturan wali kota tentang SPBE? | Diatur \\| oleh \\*Pergub\\*, bukan Perwali |',
        '| Dinas Kependudukan dan Pencatatan Sipil | Ada SOP layanan digital? | SOP mengikuti Permendagri |',
        '| Dinas Kependudukan dan Pencatatan Sipil / Akta Kelahiran | Bagaimana hasil layanan diterima? | ' +
          'Akta dikirim otomatis |',
        '| Dinas Kependudukan dan Pencatatan Sipil / Akta Kelahiran | Persen transaksi yang daring | ' +
          'Belum ada data sampai 2027 |',
        '| Badan Pendapatan Daerah / Pajak Bumi dan Bangunan | Bagaimana permohonan diajukan? | ' +
          '\\<script\\>alert(1)\\</script\\> tanpa permohonan |',
        '',
        '### Tindakan yang paling banyak menghapus kunjungan',
      ].join('\n'),
    );
    expect(md.indexOf('### Pertanyaan yang dinyatakan tidak berlaku')).toBeGreaterThan(md.lastIndexOf('</details>'));
  });

  it('lists them in English with the question texts in English and the reasons as written', () => {
    const md = renderScoreMd(buildReport(withNotApplicable), context({ lang: 'en' }));
    const section = md.slice(md.indexOf('### Questions declared not applicable'), md.indexOf('### Actions'));
    expect(section.trim().split('\n')).toEqual([
      '### Questions declared not applicable',
      '',
      '| Where | Question | Reason |',
      '| --- | --- | --- |',
      '| City level | Is there a mayoral regulation on e-government? | Diatur \\| oleh \\*Pergub\\*, bukan Perwali |',
      '| Dinas Kependudukan dan Pencatatan Sipil | Is there an SOP for digital services? | SOP mengikuti Permendagri |',
      '| Dinas Kependudukan dan Pencatatan Sipil / Akta Kelahiran | How is the result delivered? | ' +
        'Akta dikirim otomatis |',
      '| Dinas Kependudukan dan Pencatatan Sipil / Akta Kelahiran | Share of transactions done online (%) | ' +
        'Belum ada data sampai 2027 |',
      '| Badan Pendapatan Daerah / Pajak Bumi dan Bangunan | How is the application made? | ' +
        '\\<script\\>alert(1)\\</script\\> tanpa permohonan |',
    ]);
    // No unescaped | split a cell: each row keeps its three columns.
    for (const line of section.split('\n').filter((l) => l.startsWith('| ')))
      expect(line.split(/(?<!\\)\|/).length - 2).toBe(3);
  });

  it('falls back to the question id when the rubric does not know the question', () => {
    const report = buildReport();
    const md = renderScoreMd(
      { ...report, not_applicable: { 'hapus-2025': 'Pertanyaan lama' } },
      context({ lang: 'en' }),
    );
    expect(md).toContain('| City level | hapus-2025 | Pertanyaan lama |');
  });

  it('leaves the section out when no answer is declared not applicable', () => {
    for (const lang of ['id', 'en'] as const) {
      const md = renderScoreMd(buildReport(), context({ lang }));
      expect(md).not.toMatch(/tidak berlaku|not applicable|\| Di mana \||\| Where \|/i);
    }
  });

  it('escapes helpers', () => {
    expect(escapeMd('a|b *c* `d` [e](f) <g> #h\nnext')).toBe('a\\|b \\*c\\* \\`d\\` \\[e\\](f) \\<g\\> \\#h next');
    expect(escapeHtml('<a href="x">&</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
  });

  it('ranks cities as a table', () => {
    const report = buildReport();
    const other = {
      ...report,
      city: { ...report.city, id: 'kota-lain', name: 'Kota | Lain' },
      summary: { ...report.summary, score: 60.5, rating: 'Baik' },
    };
    expect(renderRankingMd([report, other], context({ lang: 'id' }))).toMatchInlineSnapshot(`
      "## Peringkat kota

      | Peringkat | Kota | Periode | Skor | Predikat | Kelengkapan | Layanan tanpa kunjungan (%) | Kunjungan per tahun |
      | ---: | --- | --- | ---: | --- | ---: | ---: | ---: |
      | 1 | Kota \\| Lain | 2026 | 60,50 | Baik | 100,0% | 25,0% | 16.000 |
      | 2 | Kota Uji | 2026 | 48,44 | Kurang | 100,0% | 25,0% | 16.000 |
      "
    `);
  });
});
