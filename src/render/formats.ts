/**
 * Formats by report kind. A format is a name, whether its output is bytes (a workbook: never to
 * a terminal), and its renderer, loaded only when that format is asked for. Each report kind has
 * one registry (score-formats.ts, gap-formats.ts, ...); the CLI derives the allowed values, the
 * help text and the dispatch from it. Adding a format: one renderer file, one registry line.
 */
import type { RenderContext } from './context.js';

/** What a renderer gives: text, or the bytes of a workbook. */
export type Output = string | Uint8Array | Promise<string | Uint8Array>;

export interface Format<R> {
  readonly name: string;
  /** Bytes (a workbook): written with -o only. */
  readonly isBinary: boolean;
  /** The renderer, imported on first use. */
  readonly load: () => Promise<R>;
}

/** A registry line: `format('md', () => import('./x-md.js').then((m) => m.renderXMd))`. */
export function format<R>(name: string, load: () => Promise<R>, options: { isBinary?: boolean } = {}): Format<R> {
  return { name, isBinary: options.isBinary ?? false, load };
}

/** The names a registry allows, in its order (the first is the default). */
export const formatNames = (formats: readonly Format<unknown>[]): string[] => formats.map((f) => f.name);

/** A renderer of one kind of report: its data and the context, to text or bytes. */
export type Renderer<D, O = never> = (data: D, ctx: RenderContext, options?: O) => Output;
