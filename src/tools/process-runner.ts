import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import path from 'node:path';
import { runProcess } from './spawn-group.js';
import type { RunOptions, RunResult, ToolRunner } from './tool-runner.js';

/**
 * The real ToolRunner: each program in a process group of its own, so time limits and Ctrl-C stop it and everything
 * it started (spawn-group.ts). A missing program is a result (`notFound`), not an exception. `env` is the whole
 * environment of the child, PATH included, so programs are found on the PATH the caller hands in.
 */
export function createProcessRunner(env: Record<string, string | undefined>): ToolRunner {
  return {
    run(file: string, args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
      return runProcess(file, args, env, options);
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
