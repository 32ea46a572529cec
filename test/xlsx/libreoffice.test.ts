/**
 * The report workbooks as LibreOffice shows them. Calc (Debian's libreoffice-calc, headless; .ci/run
 * installs it, with poppler-utils for pdffonts) prints each to PDF, and the PDF names every font
 * Calc drew with: only Liberation Sans, regular and bold, the font LibreOffice draws Arial with
 * (same glyph widths). A cell without a font name, or with a font LibreOffice has no match for
 * (Calibri without Carlito), shows up here as another font (DejaVu Sans). The PDFs stay in
 * test-output/xlsx/libreoffice/ to look at.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const OUTPUT = fileURLToPath(new URL('../../test-output/xlsx/libreoffice/', import.meta.url));
const BANDUNG = 'examples/kota-bandung.answers.yaml';
const PALANGKA = 'examples/kota-palangka-raya.answers.yaml';

/** Converts `files` to PDF in OUTPUT with LibreOffice, in a profile of its own (parallel runs do not collide). */
function printWithLibreOffice(files: readonly string[]): void {
  const profile = mkdtempSync(join(tmpdir(), 'opdm-lo-profile-'));
  try {
    const result = spawnSync(
      'soffice',
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        OUTPUT,
        ...files,
      ],
      { encoding: 'utf8', timeout: 150_000 },
    );
    if (result.status !== 0) throw new Error(`soffice failed (${result.status}): ${result.stdout}${result.stderr}`);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** The fonts of a PDF as pdffonts lists them, without the subset tag (`BAAAAA+`). */
function fontsOf(pdf: string): string[] {
  const result = spawnSync('pdffonts', [pdf], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`pdffonts ${pdf} failed (${result.status}): ${result.stderr}`);
  return result.stdout
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => line.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ''));
}

describe('report workbooks in LibreOffice', () => {
  it('are drawn in Liberation Sans (Arial), regular and bold, and no other font', async () => {
    mkdirSync(OUTPUT, { recursive: true });
    const books = {
      score: ['score', BANDUNG, '--lang', 'id'],
      gap: ['gap', PALANGKA, '--lang', 'en'],
      ranking: ['score', BANDUNG, PALANGKA],
      compare: ['compare', BANDUNG, PALANGKA],
    };
    for (const [name, args] of Object.entries(books)) {
      const run = await runCli([...args, '--format', 'xlsx', '-o', join(OUTPUT, `${name}.xlsx`)]);
      expect(run.code, run.stderr).toBe(0);
    }
    printWithLibreOffice(Object.keys(books).map((name) => join(OUTPUT, `${name}.xlsx`)));
    for (const name of Object.keys(books)) {
      expect([name, new Set(fontsOf(join(OUTPUT, `${name}.pdf`)))]).toEqual([
        name,
        new Set(['LiberationSans', 'LiberationSans-Bold']),
      ]);
    }
  }, 180_000);
});
