/**
 * The HTML reports in a real browser (Debian's Chromium): each example city's score and gap
 * report, their comparison, and the city with markup in its names. Every page loads without a
 * console error, requests nothing but itself, shows the JSON's headline numbers, does not
 * overflow sideways on a desktop (1280px) or a phone (390px), and is saved as a screenshot under
 * test-output/html/ for a person to look at.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import type { Comparison } from '../../src/core/compare.js';
import type { Report } from '../../src/core/report.js';
import { runCli } from '../helpers/run-cli.js';
import {
  dataFields,
  hasChromium,
  horizontalExtent,
  launchBrowser,
  openFile,
  outputPath,
  type OpenedPage,
} from './browser.js';
import { expectedField, expectFormatted } from './expected.js';
import type { Browser, Page } from 'playwright-core';

const EXAMPLES = {
  bandung: 'test/fixtures/examples-1.0.0/kota-bandung.answers.yaml',
  'palangka-raya': 'test/fixtures/examples-1.0.0/kota-palangka-raya.answers.yaml',
} as const;
const WIDTHS = [1280, 390] as const;

let browser: Browser;
const reports = new Map<string, Report>();

async function writeReport(args: string[], name: string): Promise<string> {
  const file = outputPath(name);
  const run = await runCli([...args, '-o', file]);
  expect(run.code, run.stderr).toBe(0);
  return file;
}

async function jsonReport(answers: string): Promise<Report> {
  const run = await runCli(['score', answers, '--format', 'json']);
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as Report;
}

/**
 * Opens `file` at each width, checks what every page must hold, saves a screenshot, and returns the
 * desktop page's fields.
 */
async function checkPage(file: string, name: string): Promise<{ field: string; value: string; text: string }[]> {
  let fields: { field: string; value: string; text: string }[] = [];
  for (const width of WIDTHS) {
    const opened: OpenedPage = await openFile(browser, file, width);
    try {
      expect(opened.requests, 'the request listener saw the document').toContain(opened.url);
      expect(opened.errors, `console errors in ${name}`).toEqual([]);
      expect(opened.dialogs, `dialogs in ${name}`).toEqual([]);
      expect(
        opened.requests.filter((url) => url !== opened.url && !url.startsWith('data:')),
        `requests of ${name}`,
      ).toEqual([]);
      const { scrollWidth, innerWidth } = await horizontalExtent(opened.page);
      expect(scrollWidth, `${name} at ${width}px`).toBeLessThanOrEqual(innerWidth);
      expect(await opened.page.evaluate(() => document.scripts.length)).toBe(0);
      await opened.page.screenshot({ path: outputPath(`${name}-${width}.png`), fullPage: true });
      if (width === 1280) fields = await dataFields(opened.page);
      expect(await opened.page.evaluate(() => document.documentElement.lang)).toMatch(/^(id|en)$/);
    } finally {
      await opened.page.close();
    }
  }
  return fields;
}

/** The block of the page headed `heading` (an h2). */
const notApplicableSection = (page: Page, heading: string) =>
  page.locator('section.block', { has: page.locator('h2', { hasText: heading }) });

// Skipped only on a developer machine without Chromium; in CI (CI=true) a missing browser fails.
describe.skipIf(!hasChromium && process.env.CI !== 'true')('HTML reports in Chromium', () => {
  beforeAll(async () => {
    browser = await launchBrowser();
    for (const [city, file] of Object.entries(EXAMPLES)) reports.set(city, await jsonReport(file));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the harness notices a page that runs a script, logs an error or fetches something', async () => {
    const file = outputPath('harness-check.html');
    writeFileSync(
      file,
      '<!doctype html><img src="https://example.invalid/x.png"><script>console.error("boom"); alert("ran")</script>',
    );
    const opened = await openFile(browser, file, 390);
    await opened.page.close();
    expect(opened.dialogs).toEqual(['ran']);
    expect(opened.errors).toContain('boom');
    expect(opened.requests).toContain('https://example.invalid/x.png');
  });

  describe.each(Object.entries(EXAMPLES))('%s', (city, answers) => {
    it('score (Indonesian): headline numbers equal the JSON report, formatted 1.234 / 12,5%', async () => {
      const file = await writeReport(['score', answers, '--format', 'html', '--lang', 'id'], `${city}.score.html`);
      const fields = await checkPage(file, `${city}.score`);
      const report = reports.get(city)!;
      const names = fields.map((f) => f.field);
      for (const field of [
        'summary.score',
        'summary.completeness',
        'summary.services',
        'summary.services_no_visit',
        'summary.annual_volume',
        'summary.annual_visits',
        'summary.annual_visits_inherent',
        'headline.services_visit',
        'headline.annual_volume_visit',
      ]) {
        expect(names).toContain(field);
      }
      for (const f of fields) {
        const expected = expectedField(report, f.field);
        expect(f.value, f.field).toBe(expected === null ? '' : String(expected));
        expectFormatted(f.field, expected, f.text, 'id');
      }
    });

    it('score (English): a row per not-applicable question, with its reason, in the JSON report order', async () => {
      const report = reports.get(city)!;
      const reasons = [
        ...Object.values(report.not_applicable),
        ...report.opds.flatMap((o) => [
          ...Object.values(o.not_applicable),
          ...o.services.flatMap((s) => Object.values(s.not_applicable)),
        ]),
      ];
      expect(reasons.length, 'the example declares questions not applicable').toBeGreaterThan(0);
      const file = await writeReport(['score', answers, '--format', 'html', '--lang', 'en'], `${city}.score-en.html`);
      const opened = await openFile(browser, file, 390);
      const section = notApplicableSection(opened.page, 'Questions declared not applicable');
      expect(await section.isVisible()).toBe(true);
      const cells = await section
        .locator('tbody tr')
        .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.innerText)));
      await opened.page.close();
      expect(cells.map((row) => row[2])).toEqual(reasons);
      expect(cells.every((row) => row.length === 3 && row.every((text) => text.trim() !== ''))).toBe(true);
    });

    it('gap (English): the same headline, formatted 1,234 / 12.5%, and every action listed', async () => {
      const file = await writeReport(['gap', answers, '--format', 'html', '--lang', 'en'], `${city}.gap.html`);
      const fields = await checkPage(file, `${city}.gap`);
      const report = reports.get(city)!;
      expect(fields.length).toBeGreaterThan(8);
      for (const f of fields) {
        const expected = expectedField(report, f.field);
        expect(f.value, f.field).toBe(expected === null ? '' : String(expected));
        expectFormatted(f.field, expected, f.text, 'en');
      }
      const opened = await openFile(browser, file, 1280);
      const rows = await opened.page.locator('tr[data-trip]').count();
      await opened.page.close();
      expect(rows).toBe(report.gap.actions.length);
    });
  });

  it('compare: both cities side by side, their numbers equal the comparison JSON', async () => {
    const args = ['compare', EXAMPLES.bandung, EXAMPLES['palangka-raya']];
    const json = await runCli([...args, '--format', 'json']);
    expect(json.code, json.stderr).toBe(0);
    const comparison = JSON.parse(json.stdout) as Comparison;
    const file = await writeReport([...args, '--format', 'html'], 'compare.html');
    const fields = await checkPage(file, 'compare');
    expect(fields.map((f) => f.field)).toEqual(
      expect.arrayContaining([
        'city.score.a',
        'city.score.b',
        'city.score.difference',
        'city.annual_visits.a',
        'city.annual_visits.b',
      ]),
    );
    for (const f of fields) {
      const expected = expectedField(comparison, f.field);
      expect(f.value, f.field).toBe(expected === null ? '' : String(expected));
    }
    const opened = await openFile(browser, file, 1280);
    const learn = await opened.page.locator('ol.learn > li').count();
    await opened.page.close();
    expect(learn).toBe(comparison.learn_from.length);
  });

  it('several cities: the ranking page, highest score first', async () => {
    const file = await writeReport(
      ['score', EXAMPLES['palangka-raya'], EXAMPLES.bandung, '--format', 'html', '--lang', 'en'],
      'ranking.html',
    );
    await checkPage(file, 'ranking');
    const opened = await openFile(browser, file, 1280);
    const cities = await opened.page
      .locator('tr[data-city]')
      .evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.city));
    await opened.page.close();
    const ranked = [...reports.values()]
      .sort((a, b) => (b.summary.score ?? -1) - (a.summary.score ?? -1))
      .map((r) => r.city.id);
    expect(cities).toEqual(ranked);
  });

  it('a city name, OPD name and note holding <script> and quotes shows as text, and nothing runs', async () => {
    const answers = 'test/fixtures/html/kota-script.answers.yaml';
    for (const command of ['score', 'gap']) {
      const file = await writeReport([command, answers, '--format', 'html'], `kota-script.${command}.html`);
      await checkPage(file, `kota-script.${command}`);
      const opened = await openFile(browser, file, 1280);
      const page = opened.page;
      expect(await page.locator('h1').textContent()).toBe('Kota "Uji" <script>alert(1)</script>');
      expect(await page.title()).toContain('Kota "Uji" <script>alert(1)</script>');
      expect(await page.evaluate(() => document.querySelectorAll('script, img').length)).toBe(0);
      expect(await page.locator('header .meta').textContent()).toContain('Provinsi "Kutip" & <b>Tebal</b>');
      if (command === 'score') {
        const text = await page.locator('main').textContent();
        expect(text).toContain('Dinas <script>alert(1)</script> "Dukcapil"');
        expect(text).toContain('Layanan <script>alert(1)</script> "kutip" =1+1');
        expect(text).toContain('OPD <img src=x onerror=alert(2)> "catatan"');
        const notApplicable = notApplicableSection(page, 'Pertanyaan yang dinyatakan tidak berlaku');
        expect(await notApplicable.isVisible()).toBe(true);
        expect(await notApplicable.locator('tbody').innerText()).toContain(
          'Dicetak dari SIAK <script>alert(1)</script>',
        );
      }
      await page.close();
      expect(opened.dialogs).toEqual([]);
    }
  });

  it('prints on A4: the print stylesheet applies and Chromium makes a PDF of it', async () => {
    const file = await writeReport(['score', EXAMPLES.bandung, '--format', 'html'], 'bandung.print.html');
    const opened = await openFile(browser, file, 794);
    await opened.page.emulateMedia({ media: 'print' });
    const { scrollWidth, innerWidth } = await horizontalExtent(opened.page);
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    await opened.page.screenshot({ path: outputPath('bandung.print-794.png'), fullPage: true });
    const pdf = await opened.page.pdf({
      path: outputPath('bandung.pdf'),
      preferCSSPageSize: true,
      printBackground: true,
    });
    await opened.page.close();
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
