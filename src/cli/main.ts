import { Command, CommanderError, Help, Option } from 'commander';
import { CancelledError, InvalidInputError, UsageError } from '../errors.js';
import { translator, type Lang } from '../i18n/index.js';
import { cliMessages, type CliMessageKey } from '../i18n/cli-messages.js';
import { langFromArgv, processEnv, resolveLang, type CliEnv } from './env.js';
import { PACKAGE_VERSION } from './version.js';
import { parseOptions, type Options } from './options.js';
import { COMPARE_FORMATS } from '../render/compare-formats.js';
import { formatNames, type Format } from '../render/formats.js';
import { GAP_FORMATS } from '../render/gap-formats.js';
import { RUBRIC_FORMATS } from '../render/rubric-formats.js';
import { SCORE_FORMATS } from '../render/score-formats.js';
import { ioIssue } from '../io/issues.js';

/** A command's entry: loaded only when that command runs, so start-up stays light. */
type Run = (args: readonly unknown[], options: Options, env: CliEnv) => Promise<number>;

const COMMANDS: Record<string, () => Promise<{ run: Run }>> = {
  validate: () => import('./commands/validate.js'),
  score: () => import('./commands/score.js'),
  gap: () => import('./commands/gap.js'),
  explain: () => import('./commands/explain.js'),
  'rubric validate': () => import('./commands/rubric-validate.js'),
  'rubric show': () => import('./commands/rubric-show.js'),
  'rubric list': () => import('./commands/rubric-list.js'),
  compare: () => import('./commands/compare.js'),
  init: () => import('./commands/init.js'),
  assess: () => import('./commands/assess.js'),
  import: () => import('./commands/import.js'),
  merge: () => import('./commands/merge.js'),
  migrate: () => import('./commands/migrate.js'),
};

function declare(
  program: Command,
  lang: Lang,
  runCommand: (name: string, args: unknown[], opts: Record<string, unknown>) => Promise<void>,
) {
  const t = translator(cliMessages, lang);
  const rubric = (key: CliMessageKey = 'opt.rubric') => new Option('--rubric <file>', t(key));
  // The allowed formats, the help and the default come from the report kind's registry.
  const format = (formats: readonly Format<unknown>[]) =>
    new Option('--format <format>', t('opt.format', { formats: formatNames(formats).join(', ') })).default(
      formats[0]!.name,
    );
  const output = () => new Option('-o, --output <file>', t('opt.output'));
  const delimiter = () => new Option('--delimiter <char>', t('opt.delimiter')).default(',');
  const bind =
    (name: string) =>
    async (...all: unknown[]) => {
      const command = all.at(-1) as Command;
      await runCommand(name, all.slice(0, -2), command.optsWithGlobals());
    };

  program
    .command('validate')
    .description(t('cmd.validate'))
    .argument('<answers...>', t('arg.answers'))
    .addOption(rubric())
    .action(bind('validate'));
  program
    .command('score')
    .description(t('cmd.score'))
    .argument('<answers...>', t('arg.answers'))
    .addOption(rubric())
    .addOption(format(SCORE_FORMATS))
    .addOption(output())
    .addOption(delimiter())
    .addOption(new Option('--fail-under <score>', t('opt.fail-under')))
    .addOption(new Option('--require-complete', t('opt.require-complete')))
    .addOption(new Option('--baseline <report>', t('opt.baseline')))
    .addOption(new Option('--tolerance <points>', t('opt.tolerance')))
    .action(bind('score'));
  program
    .command('gap')
    .description(t('cmd.gap'))
    .argument('<answers>', t('arg.answers-file'))
    .addOption(rubric())
    .addOption(format(GAP_FORMATS))
    .addOption(output())
    .addOption(delimiter())
    .addOption(new Option('--top <n>', t('opt.top')))
    .addOption(new Option('--opd <id>', t('opt.opd')))
    .action(bind('gap'));
  program
    .command('explain')
    .description(t('cmd.explain'))
    .argument('<answers>', t('arg.answers-file'))
    .addOption(rubric())
    .addOption(new Option('--service <opd/service>', t('opt.service')))
    .addOption(new Option('--opd <id>', t('opt.opd')))
    .addOption(output())
    .action(bind('explain'));
  program
    .command('compare')
    .description(t('cmd.compare'))
    .argument('<a>', t('arg.compare'))
    .argument('<b>', t('arg.compare'))
    .addOption(rubric())
    .addOption(format(COMPARE_FORMATS))
    .addOption(output())
    .addOption(delimiter())
    .action(bind('compare'));
  program
    .command('init')
    .description(t('cmd.init'))
    .argument('[file]', t('arg.init-file'))
    .addOption(rubric('opt.rubric-init'))
    .addOption(new Option('--opd <id...>', t('opt.opds')))
    .addOption(new Option('--city-id <id>', t('opt.city-id')))
    .addOption(new Option('--city-name <name>', t('opt.city-name')))
    .addOption(new Option('--province <name>', t('opt.province')))
    .addOption(new Option('--period <period>', t('opt.period')))
    .addOption(new Option('--force', t('opt.force')))
    .addOption(new Option('--format <format>', t('opt.init-format')))
    .addOption(output())
    .addOption(new Option('--from <answers>', t('opt.from')))
    .action(bind('init'));
  program
    .command('import')
    .description(t('cmd.import'))
    .argument('<workbook>', t('arg.workbook'))
    .addOption(rubric())
    .addOption(output())
    .addOption(new Option('--require-complete', t('opt.import-complete')))
    .action(bind('import'));
  program
    .command('merge')
    .description(t('cmd.merge'))
    .argument('<answers...>', t('arg.merge'))
    .addOption(rubric())
    .addOption(output())
    .action(bind('merge'));
  program
    .command('migrate')
    .description(t('cmd.migrate'))
    .argument('<answers>', t('arg.migrate'))
    .addOption(output())
    .action(bind('migrate'));
  program
    .command('assess')
    .description(t('cmd.assess'))
    .argument('[answers]', t('arg.assess-file'))
    .addOption(rubric('opt.rubric-new'))
    .addOption(new Option('--opd <id...>', t('opt.opds')))
    .addOption(new Option('--review', t('opt.review')))
    .action(bind('assess'));
  const rubrics = program.command('rubric').description(t('cmd.rubric'));
  rubrics
    .command('validate')
    .description(t('cmd.rubric.validate'))
    .argument('<files...>')
    .action(bind('rubric validate'));
  rubrics
    .command('show')
    .description(t('cmd.rubric.show'))
    .argument('[rubric]')
    .addOption(format(RUBRIC_FORMATS))
    .addOption(output())
    .action(bind('rubric show'));
  rubrics.command('list').description(t('cmd.rubric.list')).action(bind('rubric list'));
}

const COMMAND_NAMES = new Set(Object.keys(COMMANDS).map((name) => name.split(' ')[0]!));

const USAGE_CODES: Record<string, CliMessageKey> = {
  'commander.unknownOption': 'usage.unknown-option',
  'commander.unknownCommand': 'usage.unknown-command',
  'commander.missingArgument': 'usage.missing-argument',
  'commander.optionMissingArgument': 'usage.option-missing-argument',
  'commander.invalidArgument': 'usage.invalid-argument',
  'commander.excessArguments': 'usage.excess-arguments',
};

/** A worker thread of `opdm score` over many files, started by score-batch.ts from the bundle. */
export async function scoreWorker(): Promise<void> {
  await (await import('./score-share.js')).scoreShare();
}

/** Runs opdm with `argv` (without node and the script) and returns the exit code. */
export async function main(argv: readonly string[], env: CliEnv = processEnv()): Promise<number> {
  const lang = resolveLang(langFromArgv(argv), env.env);
  const t = translator(cliMessages, lang);
  const isDebug = argv.includes('--debug');
  let exitCode = 0;
  let commandName = '';
  const titles: Record<string, CliMessageKey> = {
    'Usage:': 'help.usage',
    'Options:': 'help.options',
    'Commands:': 'help.commands',
    'Arguments:': 'help.arguments',
    'Global Options:': 'help.global-options',
  };
  const localTokens = (usage: string) =>
    usage.replace('[options]', t('help.options-token')).replace('[command]', t('help.command-token'));
  const program = new Command('opdm')
    .description(t('program.description'))
    .configureHelp({
      // --lang, --no-color and --debug in every command's help, under "Opsi global".
      showGlobalOptions: true,
      styleTitle: (title) => (titles[title] ? t(titles[title]) : title),
      // The usage line's own words, in the reader's language: `opdm score [opsi] <answers...>`.
      commandUsage(this: Help, command) {
        return localTokens(Help.prototype.commandUsage.call(this, command));
      },
      subcommandTerm(this: Help, command) {
        return localTokens(Help.prototype.subcommandTerm.call(this, command));
      },
      optionDescription: (option) => {
        const hasDefault = option.defaultValue !== undefined && (option.required || option.optional);
        return hasDefault
          ? `${option.description} (${t('help.default', { value: JSON.stringify(option.defaultValue) })})`
          : option.description;
      },
    })
    .helpOption('-h, --help', t('opt.help'))
    .helpCommand('help [command]', t('opt.help-command'))
    .version(PACKAGE_VERSION, '-V, --version', t('opt.version'))
    .addOption(new Option('--lang <lang>', t('opt.lang')))
    .addOption(new Option('--no-color', t('opt.no-color')))
    .addOption(new Option('--debug', t('opt.debug')))
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ writeOut: env.stdout, writeErr: env.stderr, outputError: () => {} });
  declare(program, lang, async (name, args, options) => {
    commandName = name;
    const command = await COMMANDS[name]!();
    const parsed = parseOptions(options, resolveLang(options.lang as string | undefined, env.env));
    exitCode = await command.run(args, parsed, env);
  });
  program.commands.forEach((c) =>
    c.exitOverride().configureOutput({ writeOut: env.stdout, writeErr: env.stderr, outputError: () => {} }),
  );
  program.commands
    .find((c) => c.name() === 'rubric')
    ?.commands.forEach((c) =>
      c.exitOverride().configureOutput({ writeOut: env.stdout, writeErr: env.stderr, outputError: () => {} }),
    );
  let code: number;
  try {
    await rejectHelpForUnknown(argv, program);
    await program.parseAsync([...argv], { from: 'user' });
    code = exitCode;
  } catch (error) {
    code = await report(error, { env, lang, isDebug, commandName, argv });
  }
  // Output that could not be written is a failure like a failed -o, whatever the command returned.
  const failure = await env.flushStdout?.();
  if (failure === undefined) return code;
  return await report(
    new InvalidInputError([ioIssue('output.unwritable', 'stdout', { reason: failure.code ?? failure.message })]),
    { env, lang, isDebug, commandName, argv },
  );
}

/**
 * `opdm help scor`: commander would print the whole help as an error; say instead that there is
 * no such command, and which one was meant, as `opdm scor` does.
 */
async function rejectHelpForUnknown(argv: readonly string[], program: Command): Promise<void> {
  const [first, name] = argv.filter((arg, i) => !arg.startsWith('-') && argv[i - 1] !== '--lang');
  if (first !== 'help' || name === undefined || COMMAND_NAMES.has(name)) return;
  const { suggest } = await import('../core/suggest.js');
  const near = suggest(
    name,
    program.commands.map((c) => c.name()),
  );
  const hint = near ? `\n(Did you mean ${near}?)` : '';
  throw new CommanderError(1, 'commander.unknownCommand', `error: unknown command '${name}'${hint}`);
}

/** Turns any error into its message and exit code; what it needs is loaded only on an error. */
async function report(
  error: unknown,
  {
    env,
    lang,
    isDebug,
    commandName,
    argv,
  }: { env: CliEnv; lang: Lang; isDebug: boolean; commandName: string; argv: readonly string[] },
): Promise<number> {
  const t = translator(cliMessages, lang);
  if (error instanceof CommanderError) {
    if (['commander.helpDisplayed', 'commander.version'].includes(error.code)) return 0;
    // `opdm` alone, or a command group without its command: the help went to stderr. `opdm help
    // score` asked for it: exit 0, as `opdm score --help`.
    if (error.code === 'commander.help') return error.exitCode === 0 ? 0 : 2;
    const key = USAGE_CODES[error.code] ?? 'usage.other';
    const name = /'([^']+)'/.exec(error.message)?.[1] ?? '';
    const detail = error.message.replace(/^error: /, '').split('\n')[0] ?? '';
    const near = /Did you mean (?:one of )?([^?]+)\?/.exec(error.message)?.[1];
    const suggestion = near ? t('usage.did-you-mean', { suggestion: near }) : '';
    const command = commandName || argv.find((arg) => COMMAND_NAMES.has(arg)) || '';
    env.stderr(`opdm: ${t(key, { name, detail })}${suggestion} (${t('usage.hint', { command }).replace('  ', ' ')})\n`);
    return 2;
  }
  if (error instanceof UsageError) {
    // A command's own catalog may hold its usage messages.
    const catalogs = await Promise.all([
      import('../i18n/compare-messages.js').then((m) => m.compareMessages),
      import('../i18n/init-messages.js').then((m) => m.initMessages),
      import('../i18n/assess-messages.js').then((m) => m.assessMessages),
      import('../i18n/workbook-messages.js').then((m) => m.workbookMessages),
      import('../i18n/migrate-messages.js').then((m) => m.migrateMessages),
    ]);
    const catalog = [cliMessages, ...catalogs].find((c) => error.key in c[lang]) ?? cliMessages;
    env.stderr(`opdm: ${translator(catalog as typeof cliMessages, lang)(error.key as CliMessageKey, error.params)}\n`);
    return 2;
  }
  if (error instanceof InvalidInputError) {
    env.stderr((await import('./format-issues.js')).formatIssues(error.issues, lang));
    return 2;
  }
  if (error instanceof CancelledError) {
    env.stderr(`opdm: ${t('cancelled')}\n`);
    return 130;
  }
  const message = error instanceof Error ? error.message : String(error);
  env.stderr(`opdm: ${t('bug', { message })}\n`);
  if (isDebug && error instanceof Error && error.stack) env.stderr(`${error.stack}\n`);
  return 3;
}
