import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/** Files named by users can be anything (engineering.md §5): only regular files, read with a size limit. */
export const MAX_INPUT_BYTES = 1024 * 1024;

export type ReadResult = { ok: true; text: string } | { ok: false; reason: string };

/** Reads a regular file of at most `limit` bytes as UTF-8, or says in a few words why it cannot. */
export function readSmallFile(file: string, limit = MAX_INPUT_BYTES): ReadResult {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, reason: 'does not exist' };
    if (code === 'EACCES') return { ok: false, reason: 'is not readable (permission denied)' };
    if (code === 'EISDIR') return { ok: false, reason: 'is a folder, not a file' };
    return { ok: false, reason: `cannot be opened (${code ?? 'unknown error'})` };
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { ok: false, reason: 'is a folder, not a file' };
    if (!stat.isFile()) return { ok: false, reason: 'is not a regular file' };
    if (stat.size > limit) return { ok: false, reason: `is larger than ${Math.round(limit / 1024)} KiB` };
    const buffer = Buffer.alloc(stat.size);
    let offset = 0;
    while (offset < stat.size) {
      const read = readSync(fd, buffer, offset, stat.size - offset, offset);
      if (read === 0) break;
      offset += read;
    }
    return { ok: true, text: buffer.subarray(0, offset).toString('utf8') };
  } finally {
    closeSync(fd);
  }
}
