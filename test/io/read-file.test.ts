import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_INPUT_BYTES, readSmallFile } from '../../src/io/read-file.js';

const work = mkdtempSync(path.join(tmpdir(), 'read-file-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('readSmallFile: regular files only, checked on the descriptor that is read', () => {
  it('opens a FIFO at once and refuses it, instead of waiting for a writer for ever', () => {
    const fifo = path.join(work, 'pull-secret.fifo');
    execFileSync('mkfifo', [fifo]);
    const started = Date.now();
    const read = readSmallFile(fifo);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(read).toMatchObject({
      ok: false,
      problem: 'special',
      reason: 'is a named pipe (FIFO), not a regular file',
    });
  });

  it('refuses devices and folders', () => {
    expect(readSmallFile('/dev/zero')).toMatchObject({
      ok: false,
      reason: 'is a device, not a regular file',
    });
    expect(readSmallFile(work)).toMatchObject({ ok: false, problem: 'folder' });
  });

  it('follows a link the user named, but refuses one where a plan file must be (noFollow)', () => {
    const target = path.join(work, 'target.json');
    const link = path.join(work, 'link.json');
    writeFileSync(target, '{"auths":{}}');
    symlinkSync(target, link);
    expect(readSmallFile(link)).toEqual({ ok: true, text: '{"auths":{}}' });
    expect(readSmallFile(link, { noFollow: true })).toMatchObject({
      ok: false,
      problem: 'symlink',
      reason: 'is a symbolic link; plan files are regular files',
    });
  });

  it('reads 1 MiB minus a byte and refuses 1 MiB plus a byte, in one wording', () => {
    const under = path.join(work, 'under');
    const over = path.join(work, 'over');
    writeFileSync(under, 'a'.repeat(MAX_INPUT_BYTES - 1));
    writeFileSync(over, 'a'.repeat(MAX_INPUT_BYTES + 1));
    expect(readSmallFile(under).ok).toBe(true);
    expect(readSmallFile(over)).toMatchObject({
      ok: false,
      reason: 'is larger than 1 MiB, the limit for input files',
    });
    const korean = readSmallFile(over);
    expect(korean.ok === false && korean.why.ko).toContain('1 MiB');
  });

  it('names a missing file and a path through a file in plain words', () => {
    mkdirSync(path.join(work, 'dir'), { recursive: true });
    writeFileSync(path.join(work, 'file'), 'x');
    expect(readSmallFile(path.join(work, 'nope'))).toMatchObject({
      problem: 'missing',
      reason: 'does not exist',
    });
    expect(readSmallFile(path.join(work, 'file', 'x'))).toMatchObject({ problem: 'missing' });
  });
});
