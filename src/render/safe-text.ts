/**
 * Text on its way out to a terminal or a file, made harmless: a control character from a name,
 * a note, a rubric text or a message quoting user input could move the cursor, clear the
 * screen, set the terminal's title or start a fake line ("Skor 99,99"). Each one is shown as a
 * visible stand-in instead (ESC as ␛, a line break inside a one-line text as ␊), so nothing is
 * hidden and nothing is interpreted. The one function for every output: the writer applies it
 * to whole outputs, tables to each cell's text.
 */

/* eslint-disable no-control-regex -- finding control characters is the point */
/** Every C0 control but the line break and tab that text keeps, a CR not ending a line, DEL, C1. */
const IN_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|\r(?!\n)/g;
/** The same and line breaks and tabs: for a text that must stay on one line (a cell, a message). */
const IN_LINE = /[\u0000-\u001f\u007f-\u009f]/g;
/**
 * In coloured output, opdm's own styles and nothing else: bold, red, green, yellow, bright red,
 * bright green, and their ends (table.ts paints with these). None can hide or move text.
 */
const OWN_STYLE = /\u001b\[(?:1|22|31|32|33|39|91|92)m/y;
/* eslint-enable no-control-regex */

/** ␀..␟ for C0, ␡ for DEL, � for C1. */
function standIn(char: string): string {
  const code = char.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  return code === 0x7f ? '\u2421' : '\uFFFD';
}

/** `text` for one line: every control character (line breaks and tabs too) as a visible stand-in. */
export function safeLine(text: string): string {
  IN_LINE.lastIndex = 0;
  return IN_LINE.test(text) ? text.replace(IN_LINE, standIn) : text;
}

/**
 * A whole output (a report, a message): control characters as visible stand-ins, but line
 * breaks (also CRLF, as CSV ends its lines), tabs and, when `keepsOwnColor`, the colour codes
 * opdm itself writes.
 */
export function safeText(text: string, keepsOwnColor = false): string {
  IN_TEXT.lastIndex = 0;
  if (!IN_TEXT.test(text)) return text;
  return text.replace(IN_TEXT, (char, offset: number) => {
    if (keepsOwnColor && char === '\u001b') {
      OWN_STYLE.lastIndex = offset;
      if (OWN_STYLE.test(text)) return char;
    }
    return standIn(char);
  });
}
