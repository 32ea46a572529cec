/**
 * A tiny HTML builder: the `html` template tag escapes every interpolated value unless it is
 * markup built by `html` itself. Names, answers and notes come from users' files, so text is
 * escaped by default and raw markup has to be asked for; nothing can slip through unescaped.
 */

/** Markup that is already escaped (built by {@link html}); interpolated as it is. */
export class Markup {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** What a template may interpolate: text (escaped), markup, lists of either; null/undefined/false print nothing. */
export type Part = Markup | string | number | null | undefined | false | readonly Part[];

/** Escapes text for an HTML text node or a double-quoted attribute value. */
export function escapeText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function partToString(part: Part): string {
  if (part === null || part === undefined || part === false) return '';
  if (part instanceof Markup) return part.value;
  if (Array.isArray(part)) return (part as readonly Part[]).map(partToString).join('');
  return escapeText(String(part));
}

/** Builds markup from a template; every interpolation is escaped unless it is {@link Markup}. */
export function html(strings: TemplateStringsArray, ...parts: Part[]): Markup {
  let out = strings[0] ?? '';
  parts.forEach((part, i) => {
    out += partToString(part) + (strings[i + 1] ?? '');
  });
  return new Markup(out);
}

/** Joins parts into one piece of markup (text escaped). */
export const join = (parts: readonly Part[]): Markup => new Markup(partToString(parts));

/**
 * A catalog text that marks commands with backticks (`opdm gap`): escaped, with each
 * backticked span in `<code>`.
 */
export function withCode(text: string): Markup {
  return join(text.split('`').map((piece, i) => (i % 2 === 1 ? html`<code>${piece}</code>` : piece)));
}

/**
 * Fills a catalog text whose `{name}` placeholders take markup (a formatted figure in `<data>`);
 * the catalog text around them is escaped.
 */
export function fillMarkup(template: string, values: Readonly<Record<string, Markup | string>>): Markup {
  const pieces = template.split(/\{(\w+)\}/g);
  return join(pieces.map((piece, i) => (i % 2 === 1 ? (values[piece] ?? `{${piece}}`) : piece)));
}

/** A number as an SVG coordinate: at most 2 decimals, no exponent. */
export const px = (n: number): string => String(Math.round(n * 100) / 100);
