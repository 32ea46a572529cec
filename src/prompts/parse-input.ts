/** Turning what a person types into ids, numbers and lists, and numbers back into text. Pure; tested as tables. */
import type { Lang } from '../i18n/index.js';

/** A free id based on `wanted`: `wanted`, else `wanted-2`, `wanted-3`, ... */
export function freeId(wanted: string, taken: ReadonlySet<string>, fallback = 'baru'): string {
  const base = wanted === '' ? fallback : wanted;
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/**
 * A number as people write it, in either language's habit: Bahasa Indonesia groups thousands
 * with '.' and marks decimals with ',' (`42.000`, `12,5`), English the other way round
 * (`42,000`, `12.5`). Rules: with both marks, the last one is the decimal mark; a mark that
 * appears more than once groups thousands; a single mark followed by exactly three digits
 * (after a non-zero integer part) groups thousands, otherwise it is the decimal mark. Spaces and
 * '_' are ignored. Undefined when the text is not a finite number.
 */
export function parseNumberText(text: string): number | undefined {
  const s = text.replace(/[\s_]/g, '');
  const match = /^(-?)([\d.,]+)$/.exec(s);
  if (!match) return undefined;
  const [, sign = '', body = ''] = match;
  const marks = [...body].filter((c) => c === '.' || c === ',');
  let integer = body;
  let fraction = '';
  const last = Math.max(body.lastIndexOf('.'), body.lastIndexOf(','));
  const isDecimal = (at: number) => {
    if (new Set(marks).size === 2) return true;
    if (marks.length > 1) return false;
    const before = body.slice(0, at);
    return body.length - at - 1 !== 3 || /^0*$/.test(before) || before.length > 3;
  };
  if (last >= 0 && isDecimal(last)) {
    integer = body.slice(0, last);
    fraction = body.slice(last + 1);
  }
  const groups = integer.split(/[.,]/);
  const isGrouped =
    groups.length === 1 || (/^\d{1,3}$/.test(groups[0] ?? '') && groups.slice(1).every((g) => /^\d{3}$/.test(g)));
  if (!isGrouped || !/^\d*$/.test(fraction) || (integer === '' && fraction === '')) return undefined;
  const value = Number(`${sign}${groups.join('') || '0'}.${fraction || '0'}`);
  return Number.isFinite(value) ? value : undefined;
}

/** `35%`, `35 %` -> `35`: the percent sign after a number, at a question that counts in percent. */
export function withoutPercent(text: string): string {
  return text.replace(/\s*%\s*$/, '');
}

/**
 * A number as a prompt offers it back, in the language's habit (`62,5` and `42.000` in Bahasa
 * Indonesia, `62.5` and `42,000` in English), written so that {@link parseNumberText} reads it
 * back as the same number: `12,3450`, never `12,345` (read as 12345).
 */
export function numberText(value: number, lang: Lang): string {
  const plain = String(Math.abs(value));
  // Far from 1 (1e21, 1e-7) only the plain form says it; parseNumberText refuses it, as before.
  if (!/^\d+(\.\d+)?$/.test(plain)) return String(value);
  const [group, decimal] = lang === 'id' ? ['.', ','] : [',', '.'];
  const [whole = '0', fraction = ''] = plain.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  // One mark followed by exactly three digits would read as thousands: a trailing 0 says decimals.
  const digits = fraction.length === 3 && grouped === whole && whole !== '0' ? `${fraction}0` : fraction;
  const text = `${value < 0 ? '-' : ''}${grouped}${digits ? decimal + digits : ''}`;
  return parseNumberText(text) === value ? text : String(value);
}

/** `Budi, Sari ; Tono` -> `['Budi', 'Sari', 'Tono']`: names separated by ',' or ';'. */
export function splitList(text: string): string[] {
  return text
    .split(/[,;]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}
