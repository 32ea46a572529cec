/**
 * A real browser for the HTML report tests: Debian's Chromium (`apt-get install chromium`),
 * driven by playwright-core; never a browser download. Each page load records console errors,
 * page errors, dialogs (an `alert` that ran) and every request the page made.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Where screenshots and written reports go (git-ignored). */
export const OUTPUT_DIR = fileURLToPath(new URL('../../test-output/html/', import.meta.url));
export const outputPath = (name: string): string => {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  return join(OUTPUT_DIR, name);
};

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

export interface OpenedPage {
  page: Page;
  url: string;
  /** Console messages of type error, and uncaught page errors. */
  errors: string[];
  /** Every URL the page requested, the document itself included. */
  requests: string[];
  /** Messages of dialogs that opened (alert, confirm): a script that ran. */
  dialogs: string[];
}

/** Opens a file in a new page of `width` x 900 and waits until it has loaded. */
export async function openFile(browser: Browser, file: string, width: number): Promise<OpenedPage> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const opened: OpenedPage = { page, url: pathToFileURL(file).href, errors: [], requests: [], dialogs: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') opened.errors.push(message.text());
  });
  page.on('pageerror', (error) => opened.errors.push(error.message));
  page.on('request', (request) => opened.requests.push(request.url()));
  page.on('dialog', (dialog) => {
    opened.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(opened.url, { waitUntil: 'load' });
  return opened;
}

/** `document.documentElement.scrollWidth` and `innerWidth`: equal when nothing overflows sideways. */
export function horizontalExtent(page: Page): Promise<{ scrollWidth: number; innerWidth: number }> {
  return page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
}

/** Every `<data data-field>` of the page: the report field, the exact value and the text shown. */
export function dataFields(page: Page): Promise<{ field: string; value: string; text: string }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLDataElement>('data[data-field]')].map((e) => ({
      field: e.dataset.field ?? '',
      value: e.value,
      text: e.textContent ?? '',
    })),
  );
}
