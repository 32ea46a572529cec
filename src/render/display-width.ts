/**
 * How many terminal columns a text takes. Names, rubric texts and advice are nearly always Latin
 * script, which one regular expression settles. Anything else goes code point by code point:
 * marks, joiners and other invisible characters take none, emoji and East Asian wide characters
 * two (the widths from `get-east-asian-width`, the tables `string-width` uses). Not string-width
 * itself: it builds an Intl.Segmenter when loaded, and on Node 20 that loads ICU data, some
 * 40 ms of every `opdm score`. test/render/display-width.test.ts checks this against it.
 */
import { eastAsianWidth } from 'get-east-asian-width';

/**
 * One column per UTF-16 unit: printable ASCII, Latin-1 but the soft hyphen, Latin Extended,
 * IPA and spacing modifiers, punctuation (dashes, quotes, `…`, `‰`), arrows, the minus sign
 * and box drawing. None of these is wide, a mark, or invisible.
 */
const NARROW = /^[\u0020-\u007e\u00a0-\u00ac\u00ae-\u02ff\u2010-\u2027\u2030-\u205e\u2190-\u21ff\u2212\u2500-\u257f]*$/;

/** Compiled on first use: only a text outside NARROW needs them. */
let patterns: { invisible: RegExp; pictographic: RegExp; emoji: RegExp } | undefined;

function patternsOnce() {
  patterns ??= {
    // Marks that do not advance the cursor, format characters (ZWJ, ZWSP, soft hyphen),
    // controls, variation selectors, and Hangul vowel and final jamo (joined to the initial).
    invisible: /^[\p{Mn}\p{Me}\p{Cf}\p{Cc}\p{Default_Ignorable_Code_Point}\u1160-\u11ff\ud7b0-\ud7ff]$/u,
    pictographic: /^\p{Extended_Pictographic}$/u,
    emoji: /^\p{Emoji}$/u,
  };
  return patterns;
}

const ZWJ = 0x200d;
const VS16 = 0xfe0f;
const isRegionalIndicator = (cp: number) => cp >= 0x1f1e6 && cp <= 0x1f1ff;
const isSkinTone = (cp: number) => cp >= 0x1f3fb && cp <= 0x1f3ff;

function slowWidth(text: string): number {
  const { invisible, pictographic, emoji } = patternsOnce();
  let width = 0;
  let previous = '';
  let previousWidth = 0;
  let isJoined = false;
  let isFlagOpen = false;
  for (const char of text) {
    const cp = char.codePointAt(0) ?? 0;
    let w: number;
    if (cp === VS16) {
      // A text-style symbol asked to show as emoji (❤️, a keycap) takes two columns.
      w = emoji.test(previous) && previousWidth === 1 ? 1 : 0;
    } else if (invisible.test(char)) {
      w = 0;
    } else if ((isJoined && pictographic.test(char)) || isSkinTone(cp)) {
      // 👨‍👩‍👧 and 👍🏽 are one glyph: the parts after the first add nothing.
      w = 0;
    } else if (isRegionalIndicator(cp)) {
      // A flag is two regional indicators, shown two columns wide.
      w = isFlagOpen ? 0 : 2;
      isFlagOpen = !isFlagOpen;
    } else {
      w = eastAsianWidth(cp);
    }
    if (!isRegionalIndicator(cp)) isFlagOpen = false;
    isJoined = cp === ZWJ;
    width += w;
    if (cp !== VS16) {
      previous = char;
      previousWidth = w;
    }
  }
  return width;
}

/** Columns `text` takes in a terminal (no ANSI codes in it: the renderers paint after measuring). */
export function displayWidth(text: string): number {
  return NARROW.test(text) ? text.length : slowWidth(text);
}

/** Characters that join the one before them into one glyph: marks, selectors, joiners, skin tones. */
function clustersOf(text: string): string[] {
  const clusters: string[] = [];
  let isJoined = false;
  for (const char of text) {
    const cp = char.codePointAt(0) ?? 0;
    const isAttached = isJoined || isSkinTone(cp) || (displayWidth(char) === 0 && cp !== 0x20);
    const last = clusters.length - 1;
    if (isAttached && last >= 0) clusters[last] += char;
    else clusters.push(char);
    isJoined = cp === ZWJ;
  }
  return clusters;
}

/**
 * `text` cut into pieces of at most `width` columns, between glyphs (never inside a surrogate
 * pair, nor before a mark or an emoji's selector): for a word longer than a line, so nothing is lost.
 */
export function splitToWidth(text: string, width: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const cluster of clustersOf(text)) {
    if (piece !== '' && displayWidth(piece + cluster) > Math.max(1, width)) {
      pieces.push(piece);
      piece = cluster;
    } else {
      piece += cluster;
    }
  }
  pieces.push(piece);
  return pieces;
}
