import { describe, expect, it } from 'vitest';
import { renderGapMd } from '../../src/render/gap-md.js';
import { renderGapTable } from '../../src/render/gap-table.js';
import { ANSI, buildReport, context } from './fixtures.js';
import type { Report } from '../../src/core/report.js';

/** The worked example with 25 more actions (copies of the last one), to see the default cut. */
function manyActions(): Report {
  const report = buildReport();
  const last = report.gap.actions[3]!;
  const extra = Array.from({ length: 25 }, () => ({ ...last, visits_avoided: 10 }));
  return { ...report, gap: { ...report.gap, actions: [...report.gap.actions, ...extra] } };
}

const actionRows = (out: string) => [...out.matchAll(/^│ +(\d+) │ (\w+) /gm)].map((m) => `${m[1]} ${m[2]}`);

describe('gap table', () => {
  it('shows the headline figures of the worked example', () => {
    const out = renderGapTable(buildReport(), context({ lang: 'id' }));
    expect(out).toMatch(/Layanan +4\n/);
    expect(out).toMatch(/Layanan tanpa kunjungan +1 dari 4 \(25,0%\)/);
    expect(out).toMatch(/Layanan belum diketahui +0/);
    expect(out).toMatch(/Transaksi per tahun +11\.000/);
    expect(out).toMatch(/Transaksi tanpa kunjungan +1\.000 dari 11\.000 \(9,1%\)/);
    expect(out).toMatch(/Kunjungan ke kantor per tahun +16\.000/);
    expect(out).toMatch(/di antaranya bisa dihapus dengan digitalisasi +14\.000/);
    expect(out).toMatch(/di antaranya melekat \(warga tetap datang\) +2\.000 \(karena aturan nasional: 0\)/);
    expect(out).toMatch(/Kunjungan lapangan petugas per tahun +0/);
  });

  it('ranks the actions: bapenda/pbb first with 5.000 visits avoided', () => {
    const out = renderGapTable(buildReport(), context({ lang: 'id' }));
    expect(actionRows(out)).toEqual(['1 bapenda', '2 dukcapil', '3 dukcapil', '4 dukcapil']);
    expect(out).toMatch(
      new RegExp(
        /│ 1 │ bapenda +│ Pajak Bumi dan Bangunan │ Bagaimana permohonan diajukan\?: Formulir /.source +
          /diunduh → Formulir daring +│ – +│ +5\.000 │/.source,
      ),
    );
    expect(out).toMatch(
      new RegExp(
        /│ 2 │ dukcapil │ Kartu Keluarga +│ .*: Di loket → Formulir daring +│ Sediakan /.source +
          /formulir daring │ +3\.000 │/.source,
      ),
    );
  });

  it('lists inherent visits apart, with their basis and what they need', () => {
    const out = renderGapTable(buildReport(), context({ lang: 'en' }));
    expect(out).toContain('they need a change of regulation or technology');
    expect(out).toMatch(
      new RegExp(
        /│ kecamatan │ Perekaman KTP-el │ physical +│ How is the application made\?: Perekaman /.source +
          /biometrik di kantor │ Perekaman sidik jari dan iris wajib hadir │ +2,000 │/.source,
      ),
    );
  });

  it('lists services below the target level with the questions holding them down', () => {
    const out = renderGapTable(buildReport(), context({ lang: 'en' }));
    expect(out).toContain('Services below the target level (4 Full transaction)');
    expect(out).toMatch(
      new RegExp(
        /│ dukcapil +│ Kartu Keluarga +│ 1 Information +│ How is the application made\?; How is /.source +
          /the fee paid\?; How is the result delivered\? │/.source,
      ),
    );
  });

  it('says which services are left out of the sums for want of a volume', () => {
    const report = buildReport((a) => ({
      ...a,
      opds: a.opds.map((o) =>
        o.id === 'bapenda' ? { ...o, services: o.services.map(({ annual_volume: _, ...s }) => s) } : o,
      ),
    }));
    const out = renderGapTable(report, context({ lang: 'en' }));
    expect(out).toMatch(/Services without an annual volume +1 \(left out of the transaction and visit totals\)/);
    expect(out).toMatch(/Office visits a year +11,000/);
    expect(out).toMatch(/│ 1 │ dukcapil .* │ +3,000 │/);
    expect(out).toMatch(/│ 4 │ bapenda .* │ +– │/);
  });

  it('takes advice in the report language from the rubric', () => {
    expect(renderGapTable(buildReport(), context({ lang: 'en' }))).toContain('│ Offer an online form │');
  });

  it('shows 20 actions by default, with a line for the rest', () => {
    const out = renderGapTable(manyActions(), context({ lang: 'en' }));
    expect(actionRows(out)).toHaveLength(20);
    expect(out).toContain('… and 9 more actions (use --top 29 to see them all)');
  });

  it('filters to one OPD and limits to top', () => {
    const out = renderGapTable(buildReport(), context({ lang: 'id' }), { opd: 'dukcapil', top: 2 });
    expect(actionRows(out)).toEqual(['1 dukcapil', '2 dukcapil']);
    expect(out).toContain('… dan 1 tindakan lainnya');
    expect(out).toMatch(/OPD +Dinas Kependudukan dan Pencatatan Sipil \(dukcapil\)/);
    expect(out).toMatch(/Layanan tanpa kunjungan +1 dari 2 \(50,0%\)/);
    expect(out).toMatch(/Kunjungan ke kantor per tahun +9\.000/);
    expect(out).toContain('Tidak ada kunjungan melekat.');
    expect(out).not.toContain('bapenda');
  });

  it('does not fail on an OPD the report does not have (the CLI checks that)', () => {
    const out = renderGapTable(buildReport(), context({ lang: 'en' }), { opd: 'nowhere' });
    expect(out).toContain('No visit can be removed by changing an answer.');
    expect(out).toMatch(/Services +0\n/);
  });

  it('colours only when asked and fits the width', () => {
    expect(renderGapTable(buildReport(), context())).not.toMatch(ANSI);
    expect(renderGapTable(buildReport(), context({ isColor: true }))).toMatch(ANSI);
    const narrow = renderGapTable(buildReport(), context({ width: 90 }));
    for (const line of narrow.split('\n')) expect([...line].length).toBeLessThanOrEqual(90);
  });
});

describe('gap Markdown', () => {
  it('shows every action by default, ranked', () => {
    const md = renderGapMd(manyActions(), context({ lang: 'en' }));
    expect(md.match(/^\| \d+ \| /gm)).toHaveLength(29);
    expect(md).not.toContain('more actions');
    expect(md).toContain(
      '| 1 | bapenda | Pajak Bumi dan Bangunan | How is the application made?: ' +
        'Formulir diunduh → Formulir daring | – | 5,000 |',
    );
  });

  it('filters to one OPD and limits to top', () => {
    const md = renderGapMd(buildReport(), context({ lang: 'id' }), { opd: 'dukcapil', top: 1 });
    expect(md).toContain(
      '| 1 | dukcapil | Kartu Keluarga | Bagaimana permohonan diajukan?: Di loket → Formulir daring | ' +
        'Sediakan formulir daring | 3.000 |',
    );
    expect(md.match(/^\| \d+ \| /gm)).toHaveLength(1);
    expect(md).toContain('… dan 2 tindakan lainnya (pakai --top 3 untuk melihat semuanya)');
    expect(md).toContain('| Transaksi tanpa kunjungan | 1.000 dari 4.000 (25,0%) |');
  });

  it('renders the inherent and below-target sections', () => {
    const md = renderGapMd(buildReport(), context({ lang: 'id' }));
    expect(md).toContain('### Kunjungan melekat (inherent)');
    expect(md).toContain(
      '| kecamatan | Perekaman KTP-el | fisik | Bagaimana permohonan diajukan?: Perekaman biometrik di kantor | ' +
        'Perekaman sidik jari dan iris wajib hadir | 2.000 |',
    );
    expect(md).toContain('### Layanan di bawah level target (4 Transaksi penuh)');
    expect(md).toContain(
      '| bapenda | Pajak Bumi dan Bangunan | 2 Interaksi satu arah | Bagaimana permohonan diajukan? |',
    );
  });
});
