/**
 * The HTML renderers as strings (no browser): one self-contained document with no script and
 * no external reference, the report language in `lang` and in the numbers, a generator tag,
 * print rules for A4, every user text escaped; and the `html` tag that makes escaping the default.
 */
import { describe, expect, it } from 'vitest';
import { renderGapHtml } from '../../src/render/html/gap-html.js';
import { escapeText, fillMarkup, html, join, Markup, withCode } from '../../src/render/html/markup.js';
import { renderScoreHtml } from '../../src/render/html/score-html.js';
import { runCli } from '../helpers/run-cli.js';
import { buildReport, context, withNotApplicable } from '../render/fixtures.js';

describe('the html tag', () => {
  it('escapes every interpolated text, attribute quotes included', () => {
    const name = `Kota "Uji" <script>alert('x')</script> & co`;
    expect(html`<h1 title="${name}">${name}</h1>`.value).toBe(
      '<h1 title="Kota &quot;Uji&quot; &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co">' +
        'Kota &quot;Uji&quot; &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co</h1>',
    );
  });

  it('passes markup built by html through, joins lists, prints nothing for null, undefined and false', () => {
    const inner = html`<b>${'<i>'}</b>`;
    expect(html`<p>${inner}${['a', html`<br>`, 'b']}${null}${undefined}${false}${0}</p>`.value).toBe(
      '<p><b>&lt;i&gt;</b>a<br>b0</p>',
    );
    expect(join(['<', new Markup('<hr>')]).value).toBe('&lt;<hr>');
  });

  it('puts backticked commands in <code> and fills markup into a catalog text, escaping the rest', () => {
    expect(withCode('run `opdm gap <file>` & see').value).toBe('run <code>opdm gap &lt;file&gt;</code> &amp; see');
    expect(fillMarkup('{n} of <{total}>', { n: html`<data>1</data>`, total: '2' }).value).toBe(
      '<data>1</data> of &lt;2&gt;',
    );
    expect(escapeText(`a"b'c`)).toBe('a&quot;b&#39;c');
  });
});

describe('an HTML report', () => {
  const page = renderScoreHtml(buildReport(), context({ lang: 'id' }));

  it('is one self-contained document: inline CSS and SVG, no script, nothing fetched', () => {
    expect(page).toMatch(/^<!doctype html>\n<html lang="id">/);
    expect(page).toContain('<style>');
    expect(page).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    expect(page).not.toMatch(/<script|<link|<iframe|<img|@import|url\(|\bsrc=|\bhref=/i);
  });

  it('names its generator and prints on A4', () => {
    expect(page).toContain('<meta name="generator" content="opd-maturity test">');
    expect(page).toContain('@page{size:A4');
    expect(page).toContain('@media print');
  });

  it('formats numbers for its language: 16.000 and 25,0% in Indonesian, 16,000 and 25.0% in English', () => {
    expect(page).toContain('>16.000</data>');
    expect(page).toContain('>25,0%</data>');
    const english = renderScoreHtml(buildReport(), context({ lang: 'en' }));
    expect(english).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(english).toContain('>16,000</data>');
    expect(english).toContain('>25.0%</data>');
  });

  it('escapes names from the answers file', () => {
    const report = buildReport((a) => ({ ...a, city: { ...a.city, name: 'Kota <script>alert(1)</script> "Uji"' } }));
    const out = renderScoreHtml(report, context());
    expect(out).not.toContain('<script>alert');
    expect(out).toContain('<h1>Kota &lt;script&gt;alert(1)&lt;/script&gt; &quot;Uji&quot;</h1>');
  });
});

describe('the questions declared not applicable', () => {
  /** The body rows of the block headed `heading`, each as its cells' markup; none when there is no such block. */
  const rowsUnder = (page: string, heading: string): string[][] => {
    const start = page.indexOf(`<h2>${heading}</h2>`);
    if (start < 0) return [];
    const body = page.slice(page.indexOf('<tbody>', start), page.indexOf('</section>', start));
    return [...body.matchAll(/<tr>(.*?)<\/tr>/gs)].map((row) =>
      [...(row[1] ?? '').matchAll(/<td[^>]*>(.*?)<\/td>/gs)].map((c) => c[1] ?? ''),
    );
  };

  it('follow the services by OPD, precede how to read the report: where, question in page language, reason', () => {
    const page = renderScoreHtml(buildReport(withNotApplicable), context({ lang: 'en' }));
    expect(page.indexOf('<h2>Questions declared not applicable</h2>')).toBeGreaterThan(
      page.indexOf('<h2>Services by OPD</h2>'),
    );
    expect(page.indexOf('<h2>Questions declared not applicable</h2>')).toBeLessThan(
      page.indexOf('<h2>How to read this report</h2>'),
    );
    expect(rowsUnder(page, 'Questions declared not applicable')).toEqual([
      ['City level', 'Is there a mayoral regulation on e-government?', 'Diatur | oleh *Pergub*, bukan Perwali'],
      ['Dinas Kependudukan dan Pencatatan Sipil', 'Is there an SOP for digital services?', 'SOP mengikuti Permendagri'],
      [
        'Dinas Kependudukan dan Pencatatan Sipil / Akta Kelahiran',
        'How is the result delivered?',
        'Akta dikirim otomatis',
      ],
      [
        'Dinas Kependudukan dan Pencatatan Sipil / Akta Kelahiran',
        'Share of transactions done online (%)',
        'Belum ada data\nsampai 2027',
      ],
      [
        'Badan Pendapatan Daerah / Pajak Bumi dan Bangunan',
        'How is the application made?',
        '&lt;script&gt;alert(1)&lt;/script&gt; tanpa permohonan',
      ],
    ]);
    const id = renderScoreHtml(buildReport(withNotApplicable), context({ lang: 'id' }));
    expect(rowsUnder(id, 'Pertanyaan yang dinyatakan tidak berlaku')[0]).toEqual([
      'Tingkat kota',
      'Ada peraturan wali kota tentang SPBE?',
      'Diatur | oleh *Pergub*, bukan Perwali',
    ]);
  });

  it("escape the planner's reason: a <script> in it is text", () => {
    const page = renderScoreHtml(buildReport(withNotApplicable), context());
    expect(page).not.toMatch(/<script/i);
    expect(page).toContain(
      '<td data-label="Alasan" class="wide">&lt;script&gt;alert(1)&lt;/script&gt; tanpa permohonan</td>',
    );
  });

  it('leave no section, not even its heading, when there are none', () => {
    expect(renderScoreHtml(buildReport(), context({ lang: 'id' }))).not.toContain('tidak berlaku');
    expect(renderScoreHtml(buildReport(), context({ lang: 'en' }))).not.toContain('not applicable');
  });
});

describe('the gap page', () => {
  it('narrows to one OPD with --opd, and says how many actions --top left out', () => {
    const report = buildReport();
    const all = report.gap.actions.filter((a) => a.opd === 'dukcapil');
    const out = renderGapHtml(report, context({ lang: 'en' }), { opd: 'dukcapil', top: 1 });
    const rows = [...out.matchAll(/<tr data-opd="([^"]+)"[^>]*data-trip=/g)].map((m) => m[1]);
    expect(rows).toEqual(['dukcapil']);
    expect(out).toContain(`and ${all.length - 1} more actions (use <code>--top ${all.length}</code> to see them all)`);
    expect(out).toContain('<span>OPD: ');
  });
});

describe('score of several cities --format html', () => {
  it('is the ranking: a chart and a table, highest score first', async () => {
    const run = await runCli([
      'score',
      'test/fixtures/examples-1.0.0/kota-palangka-raya.answers.yaml',
      'test/fixtures/examples-1.0.0/kota-bandung.answers.yaml',
      '--format',
      'html',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const bandung = run.stdout.indexOf('<td data-label="Kota" class="wide">Kota Bandung</td>');
    const palangka = run.stdout.indexOf('<td data-label="Kota" class="wide">Kota Palangka Raya</td>');
    expect(bandung).toBeGreaterThan(0);
    expect(palangka).toBeGreaterThan(bandung);
    expect(run.stdout).toContain('<meta name="generator" content="opd-maturity ');
  });
});
