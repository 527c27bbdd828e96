import type { Prompter } from '../answers/prompter.js';
import type { Lang } from '../types.js';

/**
 * Everything a command may take from the outside world, handed in by cli.ts (the only reader of process.*), so
 * that commands can be run in tests with fakes.
 */
export interface CommandContext {
  cwd: string;
  home: string;
  env: Record<string, string | undefined>;
  stdout(text: string): void;
  stderr(text: string): void;
  /** A terminal on both stdin and stdout, and --non-interactive not given. */
  interactive: boolean;
  color: boolean;
  lang: Lang;
  /** --lang as given on the command line (it then wins over the language an answers file records). */
  langFlag?: Lang;
  /** Present when interactive. */
  prompter?: Prompter;
  /** Folder of the installed package (scenarios/, templates/). */
  packageRoot: string;
}
