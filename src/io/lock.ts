import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { registerCleanup } from '../signals.js';
import type { Lang } from '../types.js';
import { fsUsageError, isErrno } from './fs-errors.js';
import { LOCK_NAME } from './gitignore.js';

/** A lock file this young with no process id yet may belong to a run that is just starting. */
const FRESH_LOCK_MS = 10_000;

export interface Lock {
  file: string;
  release(): void;
}

const TEXT = {
  busy: {
    en: (dir: string, pid: string, file: string) =>
      `another ocp-planner${pid ? ` (process ${pid})` : ''} is writing ${dir}; nothing was written. Wait for it to finish, or remove ${file} if no such run is active.`,
    ko: (dir: string, pid: string, file: string) =>
      `다른 ocp-planner${pid ? `(프로세스 ${pid})` : ''}가 ${dir}에 쓰는 중입니다. 아무것도 쓰지 않았습니다. 끝날 때까지 기다리거나, 그런 실행이 없다면 ${file}을(를) 지우십시오.`,
  },
  lock: { en: 'lock', ko: '잠글' },
};

/** Whether the process that wrote this lock is still running (signal 0 tests for it without touching it). */
function holderAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return isErrno(error) && error.code === 'EPERM';
  }
}

function tryCreate(file: string): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'wx', 0o600);
  } catch (error) {
    if (isErrno(error) && error.code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, `${process.pid}\n`);
  } finally {
    closeSync(fd);
  }
  return true;
}

/**
 * One run at a time per plan folder: an exclusive lock file inside it, holding the process id, removed on every
 * way out (signals.ts). A lock whose process is gone (kill -9) is taken over; a live one is a usage error (exit 2).
 */
export function acquireLock(outDir: string, lang: Lang): Lock {
  const file = path.join(outDir, LOCK_NAME);
  try {
    for (let attempt = 0; attempt < 2; attempt++) {
      if (tryCreate(file)) {
        const release = registerCleanup(() => rmSync(file, { force: true }));
        return { file, release };
      }
      let holder = '';
      let age = 0;
      try {
        holder = readFileSync(file, 'utf8').trim();
        age = Date.now() - statSync(file).mtimeMs;
      } catch {
        continue; // removed meanwhile: try again
      }
      const pid = /^\d+$/.test(holder) ? Number(holder) : undefined;
      const stale = pid !== undefined ? !holderAlive(pid) : age > FRESH_LOCK_MS;
      if (!stale) throw new UsageError(TEXT.busy[lang](outDir, holder, file));
      rmSync(file, { force: true });
    }
    throw new UsageError(TEXT.busy[lang](outDir, '', file));
  } catch (error) {
    throw fsUsageError(error, TEXT.lock, outDir, lang);
  }
}
