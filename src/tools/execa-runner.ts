import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import path from 'node:path';
import { execa } from 'execa';
import type { RunOptions, RunResult, ToolRunner } from './tool-runner.js';

/** Grace period between SIGTERM and SIGKILL when a program outlives its time limit (execa's default, made explicit). */
const FORCE_KILL_AFTER_MS = 5_000;
/** Installer logs can be long, but not this long; a runaway program must not exhaust memory. */
const MAX_OUTPUT_BYTES = 32 * 1024 * 1024;

/**
 * The real ToolRunner: execa 9 with `reject: false`, so a missing program is a result (`code === 'ENOENT'`), not an
 * exception (engineering.md §2.8). `env` is the whole environment of the child, PATH included, so programs are found
 * on the PATH the caller hands in (Node looks commands up with `options.env.PATH`).
 */
export function createExecaRunner(env: Record<string, string | undefined>): ToolRunner {
  return {
    async run(file: string, args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
      const result = await execa(file, [...args], {
        env,
        extendEnv: false,
        reject: false,
        // Nothing is typed into a tool: the installer's survey or ssh-keygen's "Overwrite?" must see end-of-input, not wait.
        stdin: 'ignore',
        maxBuffer: MAX_OUTPUT_BYTES,
        forceKillAfterDelay: FORCE_KILL_AFTER_MS,
        windowsHide: true,
        ...(options.timeoutMs !== undefined ? { timeout: options.timeoutMs } : {}),
        ...(options.cwd !== undefined ? { cwd: options.cwd } : {}),
        ...(options.cancelSignal !== undefined ? { cancelSignal: options.cancelSignal } : {}),
      });
      const notFound = result.failed && result.code === 'ENOENT';
      const ranToEnd = !result.timedOut && !result.isCanceled && result.signal === undefined;
      return {
        ...(ranToEnd && result.exitCode !== undefined ? { exitCode: result.exitCode } : {}),
        notFound,
        timedOut: result.timedOut,
        stdout: String(result.stdout ?? ''),
        stderr: String(result.stderr ?? ''),
        ...(result.failed && (notFound || !ranToEnd || result.exitCode === undefined)
          ? { failure: result.shortMessage ?? result.code ?? 'failed to run' }
          : {}),
      };
    },

    async locate(file: string): Promise<string | undefined> {
      return locateOnPath(file, env);
    },
  };
}

/** First executable regular file named `file` in the folders of env.PATH (what a shell's `command -v` would say). */
export async function locateOnPath(
  file: string,
  env: Record<string, string | undefined>,
): Promise<string | undefined> {
  if (file.includes('/') || file.includes(path.sep)) return (await isExecutable(file)) ? file : undefined;
  const pathValue = env.PATH ?? env.Path ?? '';
  const extensions =
    path.sep === '\\' ? ['', ...(env.PATHEXT ?? '.EXE;.CMD;.BAT;.COM').split(';').filter(Boolean)] : [''];
  for (const dir of pathValue.split(path.delimiter)) {
    // An empty PATH entry means the current folder to a shell; a tool found there is not "on PATH" for our purpose.
    if (dir === '' || !path.isAbsolute(dir)) continue;
    for (const extension of extensions) {
      const candidate = path.join(dir, file + extension);
      if (await isExecutable(candidate)) return candidate;
    }
  }
  return undefined;
}

async function isExecutable(candidate: string): Promise<boolean> {
  try {
    if (!(await stat(candidate)).isFile()) return false;
    await access(candidate, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
