/**
 * The page shell every HTML report shares: one self-contained document (inline CSS, inline
 * SVG, no script, no external request) with the report language, a generator tag, a header
 * band and a footer.
 */
import { html, Markup, type Part } from './markup.js';
import { STYLES } from './styles.js';
import type { Lang } from '../../i18n/index.js';

export interface PageParts {
  lang: Lang;
  /** The document title (browser tab, printed header). */
  title: string;
  /** `opd-maturity 0.1.0`: the report's generator. */
  generator: string;
  /** The small line above the heading: what kind of report this is. */
  kicker: string;
  heading: string;
  /** Facts under the heading (province, period, rubric...), already as text. */
  meta: readonly string[];
  /** The assessment's own note (e.g. that it is illustrative), shown under the facts. */
  note?: string;
  body: Part;
  footer: readonly Part[];
}

/** The whole HTML document. */
export function renderPage(page: PageParts): string {
  // The stylesheet is a constant of this module, not user text: it goes in as markup.
  const doc = html`<!doctype html>
<html lang="${page.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${page.generator}">
<meta name="color-scheme" content="light">
<title>${page.title}</title>
<style>${new Markup(STYLES)}</style>
</head>
<body>
<header class="top"><div class="inner">
<p class="kicker">${page.kicker}</p>
<h1>${page.heading}</h1>
<p class="meta">${page.meta.map((m) => html`<span>${m}</span>`)}</p>
${page.note ? html`<p class="note">${page.note}</p>` : ''}
</div></header>
<main>
${page.body}
</main>
<footer>${page.footer.map((line) => html`<p>${line}</p>`)}</footer>
</body>
</html>
`;
  return doc.value;
}
