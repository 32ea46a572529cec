/**
 * The HTML reports as printed and as charted, in a real browser (Debian's Chromium): every value
 * at the end of a bar is drawn whole inside its chart (Bandung's 1.689.100 visits was cut to
 * "1.689.10"), and in print each card, chart and table row stays on one page, each heading with
 * what follows it. Print layout is checked on Chromium's print media and on a PDF it prints.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { hasChromium, launchBrowser, openFile, outputPath } from './browser.js';
import type { Browser, Page } from 'playwright-core';

const REPORTS = {
  'score bandung 2.0.0': ['score', 'examples/kota-bandung.answers.yaml'],
  'gap bandung 2.0.0': ['gap', 'examples/kota-bandung.answers.yaml'],
  'gap bandung 1.0.0': ['gap', 'test/fixtures/examples-1.0.0/kota-bandung.answers.yaml'],
  'score palangka raya 2.0.0': ['score', 'examples/kota-palangka-raya.answers.yaml'],
  'ranking 2.0.0': ['score', 'examples/'],
  compare: ['compare', 'examples/kota-bandung.answers.yaml', 'examples/kota-palangka-raya.answers.yaml'],
} as const;

let browser: Browser;
const files = new Map<string, string>();

beforeAll(async () => {
  if (!hasChromium) return;
  browser = await launchBrowser();
  for (const [name, args] of Object.entries(REPORTS)) {
    const file = outputPath(`print-${name.replaceAll(' ', '-')}.html`);
    const run = await runCli([...args, '--format', 'html', '-o', file]);
    expect(run.code, run.stderr).toBe(0);
    files.set(name, file);
  }
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

/** Every `<text>` of every chart whose box reaches past its `<svg>`'s box (1px for rounding). */
function clippedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('svg')].flatMap((svg) => {
      const box = svg.getBoundingClientRect();
      return [...svg.querySelectorAll('text')].flatMap((text) => {
        const r = text.getBoundingClientRect();
        const isInside = r.left >= box.left - 1 && r.right <= box.right + 1 && r.top >= box.top - 1;
        return isInside || text.textContent === '' ? [] : [`${text.textContent} (${r.right} > ${box.right})`];
      });
    }),
  );
}

describe.skipIf(!hasChromium)('HTML charts and print', () => {
  it.each(Object.keys(REPORTS))(
    '%s: every bar value is drawn whole, at the desktop and the phone width',
    async (name) => {
      for (const width of [1280, 390]) {
        const { page } = await openFile(browser, files.get(name)!, width);
        try {
          const values = await page.evaluate(() => document.querySelectorAll('svg text').length);
          expect(values).toBeGreaterThan(0);
          expect(await clippedTexts(page)).toEqual([]);
        } finally {
          await page.close();
        }
      }
    },
  );

  it('draws the longest value of Bandung whole: 1.689.100 visits', async () => {
    const { page } = await openFile(browser, files.get('gap bandung 1.0.0')!, 1280);
    try {
      const texts = await page.evaluate(() => [...document.querySelectorAll('svg text')].map((t) => t.textContent));
      expect(texts).toContain('1.689.100');
      expect(await clippedTexts(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it.each(Object.keys(REPORTS))(
    '%s: in print, cards, charts and rows do not split, headings keep to what follows',
    async (name) => {
      const { page } = await openFile(browser, files.get(name)!, 794);
      try {
        await page.emulateMedia({ media: 'print' });
        const styles = await page.evaluate(() => {
          const of = (selector: string, property: 'breakInside' | 'breakAfter') =>
            [...document.querySelectorAll<HTMLElement>(selector)].map((e) => getComputedStyle(e)[property]);
          return {
            cards: of('.card', 'breakInside'),
            figures: of('figure', 'breakInside'),
            rows: of('tbody tr', 'breakInside'),
            headings: of('h2, h3', 'breakAfter'),
          };
        });
        expect(styles.cards.length + styles.figures.length).toBeGreaterThan(0);
        for (const value of [...styles.cards, ...styles.figures, ...styles.rows]) expect(value).toBe('avoid');
        for (const value of styles.headings) expect(value).toBe('avoid');
      } finally {
        await page.close();
      }
    },
  );

  it('prints the score report to A4 with each headline card whole on one page', async () => {
    const { page } = await openFile(browser, files.get('score bandung 2.0.0')!, 794);
    try {
      await page.emulateMedia({ media: 'print' });
      // A4 less the @page margins, in CSS pixels: where the pages of the PDF break.
      const pageHeight = ((297 - 14 - 15) / 25.4) * 96;
      const cards = await page.evaluate(() =>
        [...document.querySelectorAll('.card')].map((card) => {
          const r = card.getBoundingClientRect();
          return { top: r.top + window.scrollY, bottom: r.bottom + window.scrollY };
        }),
      );
      // The headline cards come first, before any break the browser could move.
      for (const card of cards)
        expect(Math.floor(card.top / pageHeight)).toBe(Math.floor((card.bottom - 1) / pageHeight));
      const pdf = await page.pdf({
        format: 'A4',
        preferCSSPageSize: true,
        path: outputPath('print-score-bandung.pdf'),
      });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    } finally {
      await page.close();
    }
  });
});
