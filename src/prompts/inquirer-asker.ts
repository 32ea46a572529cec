/**
 * The Asker on a real terminal: the only module that imports the prompt library. It maps the
 * library's Ctrl-C (ExitPromptError) and a closed input to CancelledError, an abort to its
 * reason, and speaks the session's language in the key hints.
 */
import { checkbox, confirm, input, select } from '@inquirer/prompts';
import { styleText } from 'node:util';
import { CancelledError } from '../errors.js';
import { translator, type Lang } from '../i18n/index.js';
import { assessMessages, type AssessMessageKey } from '../i18n/assess-messages.js';
import type { Asker, PromptBase, SayStyle } from './asker.js';

export interface InquirerAskerOptions {
  lang: Lang;
  /** ANSI colour allowed (a TTY, no NO_COLOR, no --no-color). */
  isColor: boolean;
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
}

type Style = Parameters<typeof styleText>[0];
/** The keys' names in the hint line (`spasi pilih`), as the prompts' own hints name them. */
const KEY_NAMES: Record<string, AssessMessageKey> = { space: 'assess.key.space' };
const HINTS: Record<string, AssessMessageKey> = {
  navigate: 'assess.key.navigate',
  select: 'assess.key.select',
  submit: 'assess.key.submit',
  all: 'assess.key.all',
  invert: 'assess.key.invert',
};

/** The library's theme, in the session's language, and free of ANSI codes without colour. */
function themeFor(lang: Lang, isColor: boolean) {
  const t = translator(assessMessages, lang);
  const paint = (format: Style) => (text: string) =>
    isColor ? styleText(format, text, { validateStream: false }) : text;
  const plain = (text: string) => text;
  return {
    prefix: { idle: paint('blue')('?'), done: paint('green')('✔') },
    style: {
      answer: paint('cyan'),
      message: paint('bold'),
      error: (text: string) => paint('red')(`> ${text}`),
      defaultAnswer: (text: string) => paint('dim')(`(${text})`),
      help: paint('dim'),
      highlight: isColor ? paint('cyan') : plain,
      key: (text: string) => paint('cyan')(`<${text}>`),
      description: paint('cyan'),
      disabled: paint('dim'),
      // What stays on screen after the check boxes: an empty answer reads "(tidak ada)", not nothing.
      renderSelectedChoices: (chosen: readonly { short: string }[]) =>
        chosen.length === 0 ? t('assess.none') : chosen.map((c) => c.short).join(', '),
      keysHelpTip: (keys: [string, string][]) =>
        keys
          .map(([key, action]) => {
            const name = KEY_NAMES[key] ? t(KEY_NAMES[key]) : key;
            return `${paint('bold')(name)} ${paint('dim')(HINTS[action] ? t(HINTS[action]) : action)}`;
          })
          .join(paint('dim')(' • ')),
    },
    i18n: { disabledError: t('assess.disabled') },
    keywords: { yes: t('assess.yes-word'), no: t('assess.no-word'), error: () => t('assess.yes-no-error') },
  };
}

/** Ctrl-C -> CancelledError; an abort -> the reason it was aborted with; the rest unchanged. */
function translateError(error: unknown): never {
  if (error instanceof Error && error.name === 'ExitPromptError') throw new CancelledError();
  if (error instanceof Error && error.name === 'AbortPromptError') {
    throw error.cause instanceof Error ? error.cause : new CancelledError();
  }
  throw error;
}

/** An Asker that talks to a terminal (stdin/stdout unless other streams are given). */
export function createInquirerAsker(options: InquirerAskerOptions): Asker {
  const theme = themeFor(options.lang, options.isColor);
  const stdin = options.input ?? process.stdin;
  const stdout = options.output ?? process.stdout;
  const paint = (format: Style, text: string) =>
    options.isColor ? styleText(format, text, { validateStream: false }) : text;

  /** Runs one prompt; a closed input (the terminal went away) stops it instead of hanging. */
  async function run<T>(
    base: PromptBase,
    prompt: (context: {
      input: NodeJS.ReadableStream;
      output: NodeJS.WritableStream;
      signal: AbortSignal;
    }) => Promise<T>,
  ): Promise<T> {
    const closed = new AbortController();
    const onEnd = () => closed.abort(new CancelledError());
    stdin.once('end', onEnd);
    const signal = base.signal ? AbortSignal.any([base.signal, closed.signal]) : closed.signal;
    try {
      return await prompt({ input: stdin, output: stdout, signal });
    } catch (error) {
      return translateError(error);
    } finally {
      stdin.removeListener('end', onEnd);
    }
  }

  return {
    select: (p) =>
      run(p, (context) =>
        select(
          {
            message: p.message,
            choices: p.choices.map((c) => ({
              value: c.value,
              name: c.label,
              description: c.description,
              disabled: c.isDisabled === true,
            })),
            ...(p.default === undefined ? {} : { default: p.default }),
            pageSize: 12,
            theme,
          },
          context,
        ),
      ),
    checkbox: (p) =>
      run(p, (context) =>
        checkbox(
          {
            message: p.message,
            choices: p.choices.map((c) => ({
              value: c.value,
              name: c.label,
              description: c.description,
              checked: c.isChecked === true,
              disabled: c.isDisabled === true,
            })),
            pageSize: 12,
            validate: (chosen) => p.validate?.(chosen.map((c) => c.value)) ?? true,
            theme,
          },
          context,
        ),
      ),
    input: (p) =>
      run(p, (context) =>
        input(
          { message: p.message, default: p.default, validate: (text) => p.validate?.(text) ?? true, theme },
          context,
        ),
      ),
    confirm: (p) => run(p, (context) => confirm({ message: p.message, default: p.default, theme }, context)),
    say(text: string, style: SayStyle = 'plain') {
      const styled = style === 'heading' ? paint('bold', text) : style === 'help' ? paint('dim', text) : text;
      stdout.write(`${styled}\n`);
    },
  };
}
