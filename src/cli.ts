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
import { pickLang } from './i18n/lang.js';
import { PACKAGE_ROOT } from './paths.js';
import { installSignalHandlers } from './signals.js';

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

async function makeContext(options: CommonOptions): Promise<CommandContext> {
  const interactive =
    !options.nonInteractive && process.stdin.isTTY === true && process.stdout.isTTY === true;
  const stderr = (text: string) => {
    process.stderr.write(text);
  };
  const ctx: CommandContext = {
    cwd: process.cwd(),
    home: homedir(),
    env: process.env,
    stdout: (text) => {
      process.stdout.write(text);
    },
    stderr,
    interactive,
    color: process.stderr.isTTY === true && !process.env.NO_COLOR && process.env.TERM !== 'dumb',
    lang: pickLang(options.lang, process.env),
    ...(options.lang === 'en' || options.lang === 'ko' ? { langFlag: options.lang } : {}),
    packageRoot: PACKAGE_ROOT,
  };
  if (interactive) {
    const { inquirerPrompter } = await import('./answers/inquirer-prompter.js');
    ctx.prompter = inquirerPrompter(stderr);
  }
  return ctx;
}

const langOption = () =>
  new Option(
    '--lang <lang>',
    'language of the recommendation and checklist (default: from LANG, else en)',
  ).choices(['en', 'ko']);

function buildProgram(run: (action: () => Promise<number>) => Promise<void>): Command {
  const program = new Command('ocp-planner')
    .description(
      'Plan an OpenShift 4.x installation: recommends IPI or UPI with reasons, renders install-config.yaml,\n' +
        'writes a checklist of every manual infrastructure step, and validates install-configs.',
    )
    .version(packageVersion(), '-v, --version', 'print the version')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeErr: (text) => process.stderr.write(text),
      writeOut: (text) => process.stdout.write(text),
    });

  const planOptions = (command: Command) =>
    command
      .option('-a, --answers <file>', 'answers file (YAML or JSON); missing answers are asked in a terminal')
      .option('-s, --scenario <name>', 'use a bundled scenario (see "ocp-planner scenarios")')
      .option('-o, --out <dir>', 'plan folder to write (default: ./<clusterName>-plan)')
      .option('-f, --force', 'overwrite the plan files in an existing folder')
      .option('--json', 'also print plan.json on stdout')
      .option(
        '--check',
        'write nothing: compare the rendered plan with --out and print a diff (exit 1 when it differs)',
      )
      .option('--non-interactive', 'never prompt; missing answers are an error (exit 2)')
      .addOption(langOption());

  planOptions(
    program
      .command('plan', { isDefault: true })
      .description('run the wizard (or read --answers / --scenario) and write the plan folder'),
  ).action((options) =>
    run(async () => {
      const { planCommand } = await import('./commands/plan.js');
      return planCommand(options, await makeContext(options));
    }),
  );

  program
    .command('recommend')
    .description('print only the recommendation: IPI or UPI, why, what you give up, what would change it')
    .option('-a, --answers <file>', 'answers file (YAML or JSON)')
    .option('-s, --scenario <name>', 'use a bundled scenario')
    .option('--json', "print plan.json's recommendation object")
    .option('--non-interactive', 'never prompt; missing answers are an error (exit 2)')
    .addOption(langOption())
    .action((options) =>
      run(async () => {
        const { recommendCommand } = await import('./commands/recommend.js');
        return recommendCommand(options, await makeContext(options));
      }),
    );

  program
    .command('validate')
    .description(
      "check install-config.yaml (and agent-config.yaml) files with the installer's rules of the target release\n" +
        '(exit 1 when any has errors, 2 when any cannot be read)',
    )
    .argument('<path...>', 'files, or folders holding install-config.yaml and agent-config.yaml')
    .option('--ocp-version <x.y>', 'target release (default: the newest known)')
    .addOption(
      new Option(
        '--installer <installer>',
        'check for the Agent-based installer even without an agent-config.yaml',
      ).choices(['agent']),
    )
    .option('--json', 'print the findings as JSON (an object for one file, an array for several)')
    .addOption(langOption())
    .action((paths: string[], options) =>
      run(async () => {
        const { validateCommand } = await import('./commands/validate.js');
        return validateCommand(paths, options, await makeContext({ ...options, nonInteractive: true }));
      }),
    );

  program
    .command('check')
    .description(
      'check every plan folder under ROOT (default .) against its answers.yaml in one process, as plan --check does',
    )
    .argument('[root]', 'folder to search for plan folders (never through symbolic links)')
    .option('--json', 'print one result object per plan folder as JSON')
    .addOption(langOption())
    .action((root: string | undefined, options) =>
      run(async () => {
        const { checkCommand } = await import('./commands/check.js');
        return checkCommand(root, options, await makeContext({ nonInteractive: true, lang: options.lang }));
      }),
    );

  program
    .command('scenarios')
    .description('list the bundled scenarios')
    .option('--json', 'print as JSON')
    .action((options) =>
      run(async () => {
        const { scenariosCommand } = await import('./commands/scenarios.js');
        return scenariosCommand(options, await makeContext({ nonInteractive: true }));
      }),
    );

  program
    .command('schema')
    .description('print the JSON Schema of the answers file (for editors)')
    .argument('<what>', 'answers')
    .action((what: string) =>
      run(async () => {
        const { schemaCommand } = await import('./commands/schema.js');
        return schemaCommand(what, await makeContext({ nonInteractive: true }));
      }),
    );

  program
    .command('doctor')
    .description(
      'find openshift-install, oc and ssh-keygen on PATH and compare their versions with the target',
    )
    .option('--ocp-version <x.y>', 'target release (default: the newest known)')
    .option('--disconnected', 'also look for oc-mirror and podman (needed to mirror a release)')
    .option('--json', 'print the report as JSON')
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
    .description(
      'run "openshift-install create manifests" on a copy of DIR/install-config.yaml; DIR is never changed',
    )
    .argument('<dir>', 'plan folder holding install-config.yaml')
    .option('--timeout-seconds <n>', 'time limit for the installer, in whole seconds (default 300)')
    .option('--json', 'print the result as JSON')
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
    '\nExamples:\n' +
      '  ocp-planner                                     # the wizard\n' +
      '  ocp-planner plan --answers answers.yaml --out prod-plan\n' +
      '  ocp-planner plan --scenario baremetal-upi-ha --out /tmp/plan\n' +
      '  ocp-planner recommend --answers answers.yaml --lang ko\n' +
      '  ocp-planner validate install-config.yaml --ocp-version 4.16\n' +
      '  ocp-planner validate clusters/*/ --json              # many files or plan folders in one run\n' +
      '  ocp-planner doctor --ocp-version 4.18\n' +
      '  ocp-planner verify prod-plan\n' +
      '  ocp-planner plan --answers prod/answers.yaml --out prod --check   # in CI: exit 1 with a diff when stale\n' +
      '  ocp-planner check clusters/                     # every plan folder under clusters/ in one process\n' +
      '\nExit codes: 0 ok · 1 invalid data · 2 usage error · 3 external tool failed · 130 cancelled\n',
  );
  return program;
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
    process.stderr.write('\nCancelled; nothing was written.\n');
    return;
  }
  if (error instanceof Error && USER_ERRORS.has(error.name)) {
    process.stderr.write(`ocp-planner: ${error.message}\n`);
    return;
  }
  // An unexpected failure is a bug: say so plainly, with what a bug report needs, and no stack trace.
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(
    `ocp-planner: internal error: ${message}\nPlease report it with the command you ran (ocp-planner ${packageVersion()}, node ${process.version}).\n`,
  );
}

async function main(argv: string[]): Promise<void> {
  const program = buildProgram(async (action) => {
    process.exitCode = await action();
  });
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit 0; every other commander error is a usage error (unknown flag, missing argument).
      process.exitCode = error.exitCode === 0 ? 0 : ExitCode.usage;
      return;
    }
    report(error);
    process.exitCode = exitCodeOf(error);
  }
}

await main(process.argv);
