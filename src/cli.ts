#!/usr/bin/env node
/**
 * The edge of the program: the only file that reads process.*, picks the real prompter and maps typed errors to the
 * exit codes of the command-line contract. Commands are imported lazily so that `--version` and `validate` start fast.
 */
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import type { CommandContext } from './commands/context.js';
import { ExitCode } from './errors.js';
import { CLI_TEXT } from './i18n/cli-text.js';
import { langInArgv, pickLang } from './i18n/lang.js';
import { PACKAGE_ROOT } from './paths.js';
import { installSignalHandlers } from './signals.js';
import { closest } from './util/closest-name.js';
import { displayWidth, wrapText } from './util/wrap.js';

/** Ctrl-C, SIGTERM and SIGHUP: clean-ups run, a cancellable command (verify) stops its tool first (signals.ts). */
const signals = installSignalHandlers();

function packageVersion(): string {
  return (JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string })
    .version;
}

interface CommonOptions {
  lang?: string;
  nonInteractive?: boolean;
}

/** The language of help and usage errors: --lang anywhere on the line, else the locale. */
const LANG = pickLang(langInArgv(process.argv), process.env);
const TEXT = CLI_TEXT[LANG];

/** The width to wrap at on a terminal; nothing is wrapped when the stream is a pipe or a file. */
function writer(stream: NodeJS.WriteStream): (text: string) => void {
  return (text) => {
    stream.write(stream.isTTY && stream.columns ? wrapText(text, stream.columns) : text);
  };
}

async function makeContext(options: CommonOptions): Promise<CommandContext> {
  const interactive =
    !options.nonInteractive && process.stdin.isTTY === true && process.stdout.isTTY === true;
  const stderr = writer(process.stderr);
  const ctx: CommandContext = {
    cwd: process.cwd(),
    home: homedir(),
    env: process.env,
    stdout: writer(process.stdout),
    stderr,
    interactive,
    // Results are printed on stdout: colour only when it is a terminal, and never with NO_COLOR (no-color.org).
    color: process.stdout.isTTY === true && !process.env.NO_COLOR && process.env.TERM !== 'dumb',
    lang: pickLang(options.lang, process.env),
    ...(options.lang === 'en' || options.lang === 'ko' ? { langFlag: options.lang } : {}),
    packageRoot: PACKAGE_ROOT,
  };
  if (interactive) {
    const { inquirerPrompter } = await import('./answers/inquirer-prompter.js');
    ctx.prompter = inquirerPrompter(stderr, ctx.lang);
  }
  return ctx;
}

const langOption = () => new Option('--lang <lang>', TEXT.lang).choices(['en', 'ko']);

/** Help text in the chosen language: section titles and the "choices"/"default" notes of options. */
function helpConfiguration() {
  return {
    styleTitle: (title: string) => TEXT.titles[title] ?? title,
    // Hangul takes two columns: commander's wrapping must count it so, or Korean lines overrun the terminal.
    displayWidth,
    optionDescription: (option: Option) => {
      const extras: string[] = [];
      if (option.argChoices) extras.push(`${TEXT.choices}: ${option.argChoices.join(', ')}`);
      if (option.defaultValue !== undefined)
        extras.push(`${TEXT.defaultValue}: ${JSON.stringify(option.defaultValue)}`);
      return extras.length > 0 ? `${option.description} (${extras.join('; ')})` : option.description;
    },
  };
}

function buildProgram(run: (action: () => Promise<number>) => Promise<void>): Command {
  const program = new Command('ocp-planner')
    .description(TEXT.program)
    .version(packageVersion(), '-v, --version', TEXT.version)
    .helpOption('-h, --help', TEXT.help)
    .helpCommand('help [command]', TEXT.helpCommand)
    .configureHelp(helpConfiguration())
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeErr: (text) => process.stderr.write(text),
      writeOut: (text) => process.stdout.write(text),
      // Usage errors are reported by main() in the chosen language, not by commander.
      outputError: () => {},
    });

  const planOptions = (command: Command) =>
    command
      .option('-a, --answers <file>', TEXT.plan.answers)
      .option('-s, --scenario <name>', TEXT.plan.scenario)
      .option('-o, --out <dir>', TEXT.plan.out)
      .option('-f, --force', TEXT.plan.force)
      .option('--json', TEXT.plan.json)
      .option('--check', TEXT.plan.check)
      .option('--non-interactive', TEXT.nonInteractive)
      .addOption(langOption());

  planOptions(program.command('plan', { isDefault: true }).description(TEXT.plan.description)).action(
    (options) =>
      run(async () => {
        const { planCommand } = await import('./commands/plan.js');
        return planCommand(options, await makeContext(options));
      }),
  );

  program
    .command('recommend')
    .description(TEXT.recommend.description)
    .option('-a, --answers <file>', TEXT.recommend.answers)
    .option('-s, --scenario <name>', TEXT.recommend.scenario)
    .option('--json', TEXT.recommend.json)
    .option('--non-interactive', TEXT.nonInteractive)
    .addOption(langOption())
    .action((options) =>
      run(async () => {
        const { recommendCommand } = await import('./commands/recommend.js');
        return recommendCommand(options, await makeContext(options));
      }),
    );

  program
    .command('validate')
    .description(TEXT.validate.description)
    .argument('<path...>', TEXT.validate.path)
    .option('--ocp-version <x.y>', TEXT.ocpVersion)
    .addOption(new Option('--installer <installer>', TEXT.validate.installer).choices(['agent']))
    .option('--json', TEXT.validate.json)
    .addOption(langOption())
    .action((paths: string[], options) =>
      run(async () => {
        const { validateCommand } = await import('./commands/validate.js');
        return validateCommand(paths, options, await makeContext({ ...options, nonInteractive: true }));
      }),
    );

  program
    .command('check')
    .description(TEXT.check.description)
    .argument('[root]', TEXT.check.root)
    .option('--json', TEXT.check.json)
    .addOption(langOption())
    .action((root: string | undefined, options) =>
      run(async () => {
        const { checkCommand } = await import('./commands/check.js');
        return checkCommand(root, options, await makeContext({ nonInteractive: true, lang: options.lang }));
      }),
    );

  program
    .command('scenarios')
    .description(TEXT.scenarios.description)
    .option('--json', TEXT.scenarios.json)
    .addOption(langOption())
    .action((options) =>
      run(async () => {
        const { scenariosCommand } = await import('./commands/scenarios.js');
        return scenariosCommand(options, await makeContext({ nonInteractive: true, lang: options.lang }));
      }),
    );

  program
    .command('schema')
    .description(TEXT.schema.description)
    .argument('<what>', TEXT.schema.what)
    .addOption(langOption())
    .action((what: string, options) =>
      run(async () => {
        const { schemaCommand } = await import('./commands/schema.js');
        return schemaCommand(what, await makeContext({ nonInteractive: true, lang: options.lang }));
      }),
    );

  program
    .command('doctor')
    .description(TEXT.doctor.description)
    .option('--ocp-version <x.y>', TEXT.ocpVersion)
    .option('--disconnected', TEXT.doctor.disconnected)
    .option('--json', TEXT.doctor.json)
    .addOption(langOption())
    .action((options) =>
      run(async () => {
        const { doctorCommand } = await import('./commands/doctor.js');
        return doctorCommand(
          { ...options, cancelSignal: signals.cancellable().signal },
          await makeContext({ nonInteractive: true, lang: options.lang }),
        );
      }),
    );

  program
    .command('verify')
    .description(TEXT.verify.description)
    .argument('<dir>', TEXT.verify.dir)
    .option('--timeout-seconds <n>', TEXT.verify.timeout)
    .option('--json', TEXT.verify.json)
    .addOption(langOption())
    .action((dir: string, options) =>
      run(async () => {
        const { verifyCommand } = await import('./commands/verify.js');
        const ctx = await makeContext({ nonInteractive: true, lang: options.lang });
        ctx.interactive = process.stderr.isTTY === true;
        return verifyCommand(dir, { ...options, cancelSignal: signals.cancellable().signal }, ctx);
      }),
    );

  program.addHelpText(
    'after',
    `\n${TEXT.examples}\n` +
      '  ocp-planner\n' +
      '  ocp-planner plan --answers answers.yaml --out prod-plan\n' +
      '  ocp-planner plan --scenario baremetal-upi-ha --out /tmp/plan\n' +
      '  ocp-planner recommend --answers answers.yaml --lang ko\n' +
      '  ocp-planner validate install-config.yaml --ocp-version 4.16\n' +
      '  ocp-planner validate clusters/*/ --json\n' +
      '  ocp-planner doctor --ocp-version 4.18\n' +
      '  ocp-planner verify prod-plan\n' +
      '  ocp-planner plan --answers prod/answers.yaml --out prod --check\n' +
      '  ocp-planner check clusters/\n' +
      `\n${TEXT.exitCodes}\n`,
  );
  return program;
}

/** Options of the default command (plan) that take a value: their values are not command names. */
const PLAN_VALUE_OPTIONS = new Set(['-a', '--answers', '-s', '--scenario', '-o', '--out', '--lang']);

/**
 * The first word on the line that is not an option or an option's value, when it names no command. Commander would
 * hand it to the default command (plan) and complain about "too many arguments"; a mistyped command deserves its
 * own message with the nearest name.
 */
function unknownCommand(argv: readonly string[], commands: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i] ?? '';
    if (word === '--') return undefined;
    if (word.startsWith('-')) {
      if (PLAN_VALUE_OPTIONS.has(word)) i++;
      continue;
    }
    return commands.includes(word) ? undefined : word;
  }
  return undefined;
}

/** Commander's usage error in the chosen language, from its code and the names its message quotes. */
function usageMessage(error: CommanderError, command: string): string {
  const quoted = [...error.message.matchAll(/'([^']*)'/g)].map((m) => m[1] ?? '');
  const suggestion = /Did you mean (\S+?)\?/.exec(error.message)?.[1];
  switch (error.code) {
    case 'commander.unknownOption':
      return TEXT.unknownOption(quoted[0] ?? '', suggestion);
    case 'commander.missingArgument':
      return TEXT.missingArgument(quoted[0] ?? '');
    case 'commander.optionMissingArgument':
      return TEXT.optionMissingArgument(quoted[0] ?? '');
    case 'commander.excessArguments':
      return TEXT.excessArguments(quoted[0] ?? command);
    case 'commander.invalidArgument': {
      const allowed = /Allowed choices are (.*)\./.exec(error.message)?.[1] ?? '';
      return TEXT.invalidChoice((quoted[0] ?? '').split(' ')[0] ?? '', quoted[1] ?? '', allowed);
    }
    case 'commander.unknownCommand':
      return TEXT.unknownCommand(quoted[0] ?? '', suggestion, '');
    default:
      return error.message.replace(/^error: /, '');
  }
}

/**
 * Exit codes by error name (the command-line contract). Names, not instanceof: each command is bundled on its own, so an error class
 * thrown by a command is a different copy of the class than the one this file imports.
 */
const EXIT_CODES: Record<string, number> = {
  UsageError: ExitCode.usage,
  InvalidDataError: ExitCode.invalidData,
  ToolError: ExitCode.toolFailed,
  CancelledError: ExitCode.cancelled,
  // Ctrl-C or a closed terminal inside a prompt (@inquirer/prompts).
  ExitPromptError: ExitCode.cancelled,
  AbortPromptError: ExitCode.cancelled,
};
const USER_ERRORS = new Set(['UsageError', 'InvalidDataError', 'ToolError']);

function exitCodeOf(error: unknown): number {
  return (error instanceof Error && EXIT_CODES[error.name]) || ExitCode.invalidData;
}

function report(error: unknown): void {
  const code = exitCodeOf(error);
  if (code === ExitCode.cancelled) {
    process.stderr.write(`\n${TEXT.cancelled}\n`);
    return;
  }
  if (error instanceof Error && USER_ERRORS.has(error.name)) {
    writer(process.stderr)(`ocp-planner: ${error.message}\n`);
    return;
  }
  // An unexpected failure is a bug: say so plainly, with what a bug report needs, and no stack trace.
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`ocp-planner: ${TEXT.internalError(message, packageVersion(), process.version)}\n`);
}

/**
 * A closed stdout or stderr (`ocp-planner --help | head -1`, `scenarios | grep -q aws`) is the reader saying it has
 * enough: end quietly with exit 0 instead of an unhandled EPIPE.
 */
function endQuietlyOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

async function main(argv: string[]): Promise<void> {
  endQuietlyOnClosedPipe(process.stdout);
  endQuietlyOnClosedPipe(process.stderr);
  const program = buildProgram(async (action) => {
    process.exitCode = await action();
  });
  const commands = [...program.commands.map((c) => c.name()), 'help'];
  const typo = unknownCommand(argv.slice(2), commands);
  if (typo !== undefined) {
    const suggestion = closest(typo, commands);
    process.stderr.write(
      `ocp-planner: ${TEXT.unknownCommand(typo, suggestion, commands.join(', '))}\n${TEXT.seeHelp('ocp-planner')}\n`,
    );
    process.exitCode = ExitCode.usage;
    return;
  }
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit 0; every other commander error is a usage error (unknown flag, missing argument).
      if (error.exitCode === 0) {
        process.exitCode = 0;
        return;
      }
      const command = argv.slice(2).find((word) => commands.includes(word)) ?? 'plan';
      const seeHelp = command === 'plan' ? 'ocp-planner' : `ocp-planner ${command}`;
      process.stderr.write(`ocp-planner: ${usageMessage(error, command)}\n${TEXT.seeHelp(seeHelp)}\n`);
      process.exitCode = ExitCode.usage;
      return;
    }
    report(error);
    process.exitCode = exitCodeOf(error);
  }
}

// Not a top-level await: the built bin is a CommonJS file (scripts/build.mjs says why).
main(process.argv).catch((error: unknown) => {
  report(error);
  process.exitCode = exitCodeOf(error);
});
