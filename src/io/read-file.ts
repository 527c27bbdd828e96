import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import type { Text } from '../types.js';

/** Files named by users can be anything: only regular files, read with a size limit. */
export const MAX_INPUT_BYTES = 1024 * 1024;
/** The one wording of the size limit, wherever a file is refused for its size. */
export const SIZE_LIMIT_TEXT: Text = { en: '1 MiB', ko: '1 MiB' };

export type ReadProblem = 'missing' | 'denied' | 'folder' | 'symlink' | 'special' | 'too-large' | 'other';

export type ReadResult =
  | { ok: true; text: string }
  | {
      ok: false;
      problem: ReadProblem;
      /** Why, in a few English words that follow the file name: "does not exist". */
      reason: string;
      /** The same in both languages. */
      why: Text;
    };

export interface ReadOptions {
  /** At most this many bytes (default 1 MiB). */
  limit?: number;
  /**
   * Refuse a symbolic link instead of following it: for the files of a plan folder, which a repository could replace
   * with a link to ~/.docker/config.json (git stores links), never for a file the user named.
   */
  noFollow?: boolean;
}

function refuse(problem: ReadProblem, en: string, ko: string): ReadResult {
  return { ok: false, problem, reason: en, why: { en, ko } };
}

/** Why an open failed, from its errno. */
function openProblem(code: string | undefined, noFollow: boolean): ReadResult {
  switch (code) {
    case 'ENOENT':
      return refuse('missing', 'does not exist', '파일이 없습니다');
    case 'ENOTDIR':
      return refuse(
        'missing',
        'does not exist (a part of its path is not a folder)',
        '파일이 없습니다(경로 중간이 폴더가 아닙니다)',
      );
    case 'EACCES':
    case 'EPERM':
      return refuse('denied', 'is not readable (permission denied)', '읽을 권한이 없습니다');
    case 'EISDIR':
      return refuse('folder', 'is a folder, not a file', '파일이 아니라 폴더입니다');
    case 'ELOOP':
      return noFollow
        ? refuse(
            'symlink',
            'is a symbolic link; plan files are regular files',
            '심볼릭 링크입니다. 계획 파일은 일반 파일이어야 합니다',
          )
        : refuse('symlink', 'is a loop of symbolic links', '심볼릭 링크가 순환합니다');
    case 'ENAMETOOLONG':
      return refuse('other', 'has a path that is too long', '경로가 너무 깁니다');
    case 'ENXIO':
      return refuse(
        'special',
        'is a socket or device, not a regular file',
        '일반 파일이 아닙니다(소켓 또는 장치)',
      );
    default:
      return refuse(
        'other',
        `cannot be opened (${code ?? 'unknown error'})`,
        `열 수 없습니다(${code ?? '알 수 없는 오류'})`,
      );
  }
}

/** What a descriptor that is not a regular file is, in words. */
export function kindProblem(stat: Stats): ReadResult | undefined {
  if (stat.isFile()) return undefined;
  if (stat.isDirectory()) return refuse('folder', 'is a folder, not a file', '파일이 아니라 폴더입니다');
  if (stat.isSymbolicLink())
    return refuse(
      'symlink',
      'is a symbolic link; plan files are regular files',
      '심볼릭 링크입니다. 계획 파일은 일반 파일이어야 합니다',
    );
  if (stat.isFIFO())
    return refuse(
      'special',
      'is a named pipe (FIFO), not a regular file',
      '일반 파일이 아니라 이름 있는 파이프(FIFO)입니다',
    );
  if (stat.isSocket())
    return refuse('special', 'is a socket, not a regular file', '일반 파일이 아니라 소켓입니다');
  if (stat.isCharacterDevice() || stat.isBlockDevice())
    return refuse('special', 'is a device, not a regular file', '일반 파일이 아니라 장치입니다');
  return refuse('special', 'is not a regular file', '일반 파일이 아닙니다');
}

/**
 * Reads a regular file of at most `limit` bytes as UTF-8, or says in a few words why it cannot. The file is opened
 * with O_NONBLOCK, so a FIFO opens at once instead of waiting for a writer for ever (a blocked open would also keep
 * Ctrl-C from being handled), and with O_NOCTTY, so a terminal device never becomes the process's controlling
 * terminal; the checks are made on the descriptor that is read, never on the path beforehand.
 */
export function readSmallFile(file: string, options: ReadOptions | number = {}): ReadResult {
  const { limit = MAX_INPUT_BYTES, noFollow = false } =
    typeof options === 'number' ? { limit: options } : options;
  let fd: number;
  try {
    fd = openSync(
      file,
      constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY | (noFollow ? constants.O_NOFOLLOW : 0),
    );
  } catch (error) {
    return openProblem((error as NodeJS.ErrnoException).code, noFollow);
  }
  try {
    const stat = fstatSync(fd);
    const notRegular = kindProblem(stat);
    if (notRegular) return notRegular;
    if (stat.size > limit) {
      const size =
        limit === MAX_INPUT_BYTES ? SIZE_LIMIT_TEXT : { en: `${limit} bytes`, ko: `${limit}바이트` };
      return refuse(
        'too-large',
        `is larger than ${size.en}, the limit for input files`,
        `입력 파일의 한도인 ${size.ko}보다 큽니다`,
      );
    }
    const buffer = Buffer.alloc(stat.size);
    let offset = 0;
    while (offset < stat.size) {
      const read = readSync(fd, buffer, offset, stat.size - offset, offset);
      if (read === 0) break;
      offset += read;
    }
    return { ok: true, text: buffer.subarray(0, offset).toString('utf8') };
  } catch (error) {
    return openProblem((error as NodeJS.ErrnoException).code, noFollow);
  } finally {
    closeSync(fd);
  }
}
