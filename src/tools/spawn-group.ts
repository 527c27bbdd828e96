import { spawn } from 'node:child_process';
import type { RunOptions, RunResult } from './tool-runner.js';

/** Grace period between SIGTERM and SIGKILL when a program outlives its time limit or is cancelled. */
export const FORCE_KILL_AFTER_MS = 5_000;
/** After the program itself exits, what it left behind holding its output pipes is killed; this long is left for the pipes to drain. */
const DRAIN_AFTER_EXIT_MS = 2_000;
/** Installer logs can be long, but not this long; a runaway program must not exhaust memory (the rest is dropped). */
export const MAX_OUTPUT_BYTES = 32 * 1024 * 1024;
/** Node timers hold at most 2^31 − 1 ms. */
const MAX_TIMER_MS = 2_147_483_647;

/** Collects a stream up to a byte limit, dropping the rest but reading on, so the program never blocks on a full pipe. */
class Capped {
  private chunks: Buffer[] = [];
  private size = 0;
  add(chunk: Buffer): void {
    if (this.size >= MAX_OUTPUT_BYTES) return;
    const room = MAX_OUTPUT_BYTES - this.size;
    const kept = chunk.length > room ? chunk.subarray(0, room) : chunk;
    this.chunks.push(kept);
    this.size += kept.length;
  }
  text(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}

/** Signals a whole process group; a group that is gone already is fine. */
function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // ESRCH: nothing left to stop.
  }
}

/**
 * Runs a program in a process group of its own (detached), so that a time limit or a cancel stops the program and
 * every process it started: SIGTERM to the group, SIGKILL after the grace period. When the program itself has
 * exited, whatever it left running is killed and its output is not waited for: a background child holding the pipes
 * can no longer keep the caller waiting past the limit. The arguments are an array, never a shell line.
 */
export function runProcess(
  file: string,
  args: readonly string[],
  env: Record<string, string | undefined>,
  options: RunOptions = {},
): Promise<RunResult> {
  return new Promise((resolve) => {
    const stdout = new Capped();
    const stderr = new Capped();
    let timedOut = false;
    let cancelled = false;
    let settled = false;
    const timers: NodeJS.Timeout[] = [];
    let child: ReturnType<typeof spawn>;
    try {
      child = spawn(file, [...args], {
        env: env as NodeJS.ProcessEnv,
        ...(options.cwd !== undefined ? { cwd: options.cwd } : {}),
        // Nothing is typed into a tool: the installer's survey or ssh-keygen's "Overwrite?" must see end-of-input.
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
        windowsHide: true,
      });
    } catch (error) {
      resolve({
        notFound: false,
        timedOut: false,
        stdout: '',
        stderr: '',
        failure: (error as Error).message,
      });
      return;
    }

    const finish = (result: RunResult) => {
      if (settled) return;
      settled = true;
      for (const timer of timers) clearTimeout(timer);
      options.cancelSignal?.removeEventListener('abort', onAbort);
      child.stdout?.destroy();
      child.stderr?.destroy();
      resolve(result);
    };
    const stop = () => {
      if (child.pid === undefined) return;
      const pid = child.pid;
      killGroup(pid, 'SIGTERM');
      // Not unref'd: a program that ignores SIGTERM must still be killed before we give up on it.
      timers.push(setTimeout(() => killGroup(pid, 'SIGKILL'), FORCE_KILL_AFTER_MS));
    };
    const onAbort = () => {
      cancelled = true;
      stop();
    };

    child.stdout?.on('data', (chunk: Buffer) => stdout.add(chunk));
    child.stderr?.on('data', (chunk: Buffer) => stderr.add(chunk));
    child.on('error', (error: NodeJS.ErrnoException) => {
      finish({
        notFound: error.code === 'ENOENT',
        timedOut: false,
        stdout: '',
        stderr: '',
        failure: error.code === 'ENOENT' ? `spawn ${file} ENOENT` : error.message,
      });
    });
    child.on('exit', (code, signal) => {
      // The program is gone; what it left in its group is not wanted and must not hold the pipes open.
      if (child.pid !== undefined) killGroup(child.pid, 'SIGKILL');
      const result = (): RunResult => {
        const ranToEnd = !timedOut && !cancelled && signal === null && code !== null;
        return {
          ...(ranToEnd ? { exitCode: code } : {}),
          notFound: false,
          timedOut,
          ...(cancelled ? { cancelled: true } : {}),
          stdout: stdout.text(),
          stderr: stderr.text(),
          ...(ranToEnd
            ? {}
            : {
                failure: timedOut
                  ? 'timed out'
                  : cancelled
                    ? 'cancelled'
                    : `stopped by ${signal ?? 'a signal'}`,
              }),
          ...(signal ? { signal } : {}),
        };
      };
      // Output already written is still in the pipes: read it, but never wait longer than the drain period.
      let open = [child.stdout, child.stderr].filter((s) => s && !s.readableEnded).length;
      if (open === 0) {
        finish(result());
        return;
      }
      const closed = () => {
        open--;
        if (open <= 0) finish(result());
      };
      child.stdout?.once('close', closed);
      child.stderr?.once('close', closed);
      const drain = setTimeout(() => finish(result()), DRAIN_AFTER_EXIT_MS);
      drain.unref();
      timers.push(drain);
    });

    if (options.timeoutMs !== undefined) {
      const limit = setTimeout(
        () => {
          timedOut = true;
          stop();
        },
        Math.min(options.timeoutMs, MAX_TIMER_MS),
      );
      timers.push(limit);
    }
    if (options.cancelSignal) {
      if (options.cancelSignal.aborted) onAbort();
      else options.cancelSignal.addEventListener('abort', onAbort, { once: true });
    }
  });
}
