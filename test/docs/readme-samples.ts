/**
 * The samples of opdm's output that the READMEs show, found by the HTML comment (invisible on the
 * rendered page) that names the command printing them:
 *
 *   <!-- output: opdm ARGS -->   before a fenced block: the block is what the command prints; a
 *                                line `...` stands for lines left out (at the start, between, at
 *                                the end); without it at an end, the block starts (ends) there too
 *   <!-- excerpt: opdm ARGS -->  before Markdown (a table) that runs to the next blank line: these
 *                                lines are printed one after the other
 *   <!-- figures: opdm ARGS -->  before a paragraph: every number in it, and every "quoted" text,
 *                                is printed by the command (stacked markers: by one of them)
 */
export type SampleKind = 'output' | 'excerpt' | 'figures';

export interface Sample {
  kind: SampleKind;
  /** The commands' arguments after `opdm`. */
  commands: string[][];
  /** The lines of the block, or of the paragraph. */
  lines: string[];
  /** 1-based line of the first marker, for the failure message. */
  line: number;
}

const MARKER = /^<!-- (output|excerpt|figures): opdm (.+?) -->$/;
export const ELIDED = '...';

/** Every sample of a README, in file order; a marker not followed by its block is an error. */
export function findSamples(markdown: string): Sample[] {
  const lines = markdown.split('\n');
  const samples: Sample[] = [];
  for (let i = 0; i < lines.length; i++) {
    const first = MARKER.exec(lines[i]!);
    if (!first) continue;
    const kind = first[1] as SampleKind;
    const commands = [splitArgs(first[2]!)];
    const at = i + 1;
    while (kind === 'figures' && MARKER.exec(lines[i + 1] ?? '')?.[1] === 'figures') {
      commands.push(splitArgs(MARKER.exec(lines[++i]!)![2]!));
    }
    const block: string[] = [];
    if (kind === 'output') {
      if (!lines[i + 1]?.startsWith('```'))
        throw new Error(`line ${at}: an output marker needs a fenced block after it`);
      for (i += 2; i < lines.length && !lines[i]!.startsWith('```'); i++) block.push(lines[i]!);
    } else {
      for (i += 1; i < lines.length && lines[i]!.trim() !== ''; i++) block.push(lines[i]!);
    }
    if (block.length === 0) throw new Error(`line ${at}: the ${kind} marker has nothing after it`);
    samples.push({ kind, commands, lines: block, line: at });
  }
  return samples;
}

/** A command line as a shell splits it: words, "double" or 'single' quoted words. */
export function splitArgs(command: string): string[] {
  return [...command.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
}

/** The parts of a block between `...` lines, and whether the block is held to the start and end. */
export function chunksOf(lines: string[]): { chunks: string[][]; atStart: boolean; atEnd: boolean } {
  const chunks: string[][] = [[]];
  for (const line of lines) {
    if (line === ELIDED) chunks.push([]);
    else chunks.at(-1)!.push(line);
  }
  return {
    chunks: chunks.filter((c) => c.length > 0),
    atStart: lines[0] !== ELIDED,
    atEnd: lines.at(-1) !== ELIDED,
  };
}

/** Numbers a reader reads in prose (not in `code`): 463,300, 62,58, 4. */
export function numbersIn(paragraph: string): string[] {
  return paragraph.replace(/`[^`]*`/g, '').match(/\d+(?:[.,]\d+)*/g) ?? [];
}

/** Texts quoted "like this" in prose, whitespace collapsed (the output wraps them). */
export function quotesIn(paragraph: string): string[] {
  return [...paragraph.matchAll(/"([^"]+)"/g)].map((m) => collapse(m[1]!));
}

export const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** `number` standing alone in `text`: not part of a longer number. */
export function hasNumber(text: string, number: string): boolean {
  const escaped = number.replace(/[.,]/g, '\\$&');
  return new RegExp(`(?<!\\d)(?<!\\d[.,])${escaped}(?!\\d)(?![.,]\\d)`).test(text);
}
