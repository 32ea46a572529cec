/** Turning what a person types into ids, numbers and lists. Pure; tested as tables. */

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

/** `Budi, Sari ; Tono` -> `['Budi', 'Sari', 'Tono']`: names separated by ',' or ';'. */
export function splitList(text: string): string[] {
  return text
    .split(/[,;]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}
