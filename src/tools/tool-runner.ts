/**
 * The seam between ocp-planner and the programs it calls (openshift-install, oc, ssh-keygen …). `doctor`, `verify`
 * and the SSH key helper depend on this interface only, so unit tests hand in a fake and never start a process
 * (CI machines have no openshift-install).
 */

export interface RunOptions {
  /** Stop the program and its children after this many milliseconds (SIGTERM, then SIGKILL after a grace period). */
  timeoutMs?: number;
  /** Working folder of the program. */
  cwd?: string;
  /** Aborting it stops the program (Ctrl-C handling lives in cli.ts). */
  cancelSignal?: AbortSignal;
}

export interface RunResult {
  /** The exit code when the program ran to its end; undefined when it could not start, was killed or timed out. */
  exitCode?: number;
  /** The program is not on PATH (spawn reported ENOENT). */
  notFound: boolean;
  /** It was stopped because `timeoutMs` passed. */
  timedOut: boolean;
  /** It was stopped because `cancelSignal` was aborted (Ctrl-C, SIGTERM). */
  cancelled?: boolean;
  /** The signal that ended it, when one did. */
  signal?: string;
  stdout: string;
  stderr: string;
  /** Why it could not start or was stopped, in a few words, when that happened. */
  failure?: string;
}

export interface ToolRunner {
  /** Runs `file` (looked up on PATH) with `args` as an argument array — never through a shell. */
  run(file: string, args: readonly string[], options?: RunOptions): Promise<RunResult>;
  /** The absolute path `file` resolves to on PATH, or undefined when it is not there. */
  locate(file: string): Promise<string | undefined>;
}
