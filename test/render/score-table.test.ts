import { describe, expect, it } from 'vitest';
import { renderRankingTable, renderScoreTable } from '../../src/render/score-table.js';
import { renderTable, wrapWords } from '../../src/render/table.js';
import { ANSI, buildReport, context, withNotApplicable } from './fixtures.js';
import type { Report } from '../../src/core/report.js';
import { runCli } from '../helpers/run-cli.js';

const widthOf = (line: string) => [...line].length;

describe('score table', () => {
  it('shows the worked example in Indonesian', () => {
    const out = renderScoreTable(buildReport(), context({ lang: 'id' }));
    expect(out).toMatch(/Skor +48,44 \(Kurang\)/);
    expect(out).toMatch(/Kelengkapan +100,0%/);
    expect(out).toMatch(/Layanan tanpa kunjungan +1 dari 4 \(25,0%\)/);
    expect(out).toMatch(/Transaksi tanpa kunjungan +1\.000 dari 11\.000 \(9,1%\)/);
    expect(out).toMatch(/Kunjungan ke kantor per tahun +16\.000/);
    expect(out).toMatch(/di antaranya melekat \(warga tetap datang\) +2\.000 \(karena aturan nasional: 0\)/);
    expect(out).toContain('uji-mini@1.2.0');
    expect(out).toMatch(
      new RegExp(
        /│ Kartu Keluarga +│ 1 Informasi +│ +0,00 │ +3 │ +3\.000 │ +9\.000 │ /.source + /Tidak +│ +100,0% │/.source,
      ),
    );
    expect(out).toMatch(/│ dukcapil +│ Dinas Kependudukan dan Pencatatan Sipil │ 34,58 │ Kurang/);
    expect(out).toContain('opdm gap');
  });

  it('shows the worked example in English', () => {
    const out = renderScoreTable(buildReport(), context({ lang: 'en' }));
    expect(out).toMatch(/Score +48\.44 \(Kurang\)/);
    expect(out).toMatch(/Services needing no visit +1 of 4 \(25\.0%\)/);
    expect(out).toMatch(/Office visits a year +16,000/);
    expect(out).toMatch(/of which inherent \(the citizen comes anyway\) +2,000 \(under a national rule: 0\)/);
    expect(out).toMatch(
      new RegExp(
        /│ 1 │ bapenda +│ Pajak Bumi dan Bangunan │ How is the application made\?: Formulir /.source +
          /diunduh → Formulir daring +│ +5,000 │/.source,
      ),
    );
  });

  it('teases the top 5 actions, highest first', () => {
    const out = renderScoreTable(buildReport(), context({ lang: 'en' }));
    expect(out).toContain('Actions that remove the most visits (top 4 of 4)');
    const ranks = [...out.matchAll(/│ (\d) │ (\w+) /g)].map((m) => `${m[1]} ${m[2]}`);
    expect(ranks).toEqual(['1 bapenda', '2 dukcapil', '3 dukcapil', '4 dukcapil']);
  });

  it('counts the questions declared not applicable in one line under the summary, without listing them', () => {
    const id = renderScoreTable(buildReport(withNotApplicable), context({ lang: 'id' }));
    expect(id).toMatch(
      new RegExp(
        /melekat \(warga tetap datang\) +2\.000 \(karena aturan nasional: 0\)\n\n/.source +
          /Dinyatakan tidak berlaku: 5 pertanyaan \(lihat --format md atau html\)\n\n/.source +
          /Skor bagian tingkat kota\n/.source,
      ),
    );
    expect(id).not.toContain('Diatur | oleh');
    const en = renderScoreTable(buildReport(withNotApplicable), context({ lang: 'en' }));
    expect(en).toContain('\n\nDeclared not applicable: 5 questions (see --format md or html)\n\n');
    const one = buildReport((a) => ({ ...a, answers: { 'kebijakan-spbe': { na: 'Diatur provinsi' } } }));
    expect(renderScoreTable(one, context({ lang: 'en' }))).toContain(
      'Declared not applicable: 1 question (see --format md or html)',
    );
    expect(renderScoreTable(one, context({ lang: 'id' }))).toContain(
      'Dinyatakan tidak berlaku: 1 pertanyaan (lihat --format md atau html)',
    );
  });

  it('has no such line when no answer is declared not applicable', () => {
    expect(renderScoreTable(buildReport(), context({ lang: 'id' }))).not.toContain('tidak berlaku');
    expect(renderScoreTable(buildReport(), context({ lang: 'en' }))).not.toContain('not applicable');
  });

  it('emits no ANSI codes without colour, and colours the rating by band with it', () => {
    expect(renderScoreTable(buildReport(), context({ isColor: false }))).not.toMatch(ANSI);
    const coloured = renderScoreTable(buildReport(), context({ isColor: true }));
    expect(coloured).toMatch(ANSI);
    expect(coloured).toContain('\u001b[31m48,44 (Kurang)\u001b[39m');
    expect(coloured).toContain('\u001b[32m84,44\u001b[39m');
  });

  it('fits the terminal width by wrapping long names onto more lines, losing no word', () => {
    const out = renderScoreTable(buildReport(), context({ width: 100 }));
    for (const line of out.split('\n')) expect(widthOf(line)).toBeLessThanOrEqual(100);
    expect(out).not.toContain('…');
    expect(out).toMatch(/│ dukcapil +│ Dinas +│/);
    expect(out).toMatch(/│ +│ Kependudukan dan +│/);
    expect(out).toMatch(/│ +│ Pencatatan Sipil +│/);
  });
});

describe('table helpers', () => {
  it('wraps at word boundaries, and splits a word longer than the line instead of cutting it', () => {
    expect(wrapWords('Kunjungan per tahun', 10)).toEqual(['Kunjungan', 'per tahun']);
    expect(wrapWords('Dinas Kependudukan', 8)).toEqual(['Dinas', 'Kependud', 'ukan']);
    expect(wrapWords('Kota\nUji\tBaru', 20)).toEqual(['Kota Uji Baru']);
  });

  it('draws a small table', () => {
    const view = {
      columns: [
        { header: 'Nama', isFlexible: true },
        { header: 'Skor', align: 'right' as const },
      ],
      rows: [[{ text: 'Kota Uji yang panjang sekali' }, { text: '48,44', band: 'low' as const }]],
    };
    expect(renderTable(view, { isColor: false, width: 24 })).toMatchInlineSnapshot(`
      "┌──────────────┬───────┐
      │ Nama         │  Skor │
      ├──────────────┼───────┤
      │ Kota Uji     │ 48,44 │
      │ yang panjang │       │
      │ sekali       │       │
      └──────────────┴───────┘"
    `);
  });
});

describe('ranking table', () => {
  const city = (id: string, name: string, score: number | null): Report => {
    const report = buildReport();
    return {
      ...report,
      city: { ...report.city, id, name },
      summary: { ...report.summary, score, rating: score === null ? null : report.summary.rating },
    };
  };

  it('ranks by score, highest first, unknown last, then by city id; equal scores share a rank', () => {
    const out = renderRankingTable(
      [
        city('kota-c', 'Kota C', null),
        city('kota-b', 'Kota B', 48.44),
        city('kota-a', 'Kota A', 48.44),
        city('kota-d', 'Kota D', 90),
      ],
      context({ lang: 'en' }),
    );
    const rows = [...out.matchAll(/│ +(\S+) │ (Kota \w)/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(rows).toEqual(['1 Kota D', '2 Kota A', '2 Kota B', '– Kota C']);
    expect(out).toMatch(/│ +2 │ Kota A │ 2026 +│ 48\.44 │ Kurang +│ +100\.0% │ +25\.0% │ +16,000 │/);
  });
});

describe('rating colours', () => {
  it('give each of five ratings its own step, as the HTML palette does', async () => {
    const { BANDS, ratingStep } = await import('../../src/render/view.js');
    const { ratingColor } = await import('../../src/render/html/colors.js');
    expect([0, 1, 2, 3, 4].map((i) => BANDS[ratingStep(i, 5)])).toEqual(['high', 'good', 'middle', 'poor', 'low']);
    expect([0, 1, 2].map((i) => BANDS[ratingStep(i, 3)])).toEqual(['high', 'middle', 'low']);
    expect(new Set([0, 1, 2, 3, 4].map((i) => ratingColor(i, 5))).size).toBe(5);
  });

  it('paints Sangat Baik, Baik and Cukup in three different terminal colours', async () => {
    const run = await runCli(['score', 'test/fixtures/examples-1.0.0/kota-bandung.answers.yaml'], {
      env: { FORCE_COLOR: '1', COLUMNS: '160' },
    });

    const colourOf = (label: string) => new RegExp(`\u001b\\[(\\d+)m${label}\u001b`).exec(run.stdout)?.[1];
    const colours = ['Memuaskan', 'Sangat Baik', 'Baik', 'Cukup'].map(colourOf);
    expect(colours).toEqual(['32', '92', '33', '91']);
  });
});
