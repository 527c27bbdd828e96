import * as fs from 'node:fs';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { TEMP_PREFIX } from '../../src/io/gitignore.js';
import { writePlanFolder } from '../../src/io/write-plan.js';
import { markedFiles, render, scenarioPlan } from './plan-fixture.js';

// The writer's system calls, observed and made to fail on demand (a full disk cannot be had without root).
const failing = vi.hoisted(() => ({ writeCall: 0, failAt: 0 }));
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  return {
    ...real,
    renameSync: vi.fn(real.renameSync),
    writeSync: (...args: Parameters<typeof real.writeSync>) => {
      failing.writeCall++;
      if (failing.failAt !== 0 && failing.writeCall === failing.failAt) {
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      }
      return Reflect.apply(real.writeSync, undefined, args) as number;
    },
  };
});
const renameSync = vi.mocked(fs.renameSync);

const files = markedFiles();
const work = mkdtempSync(path.join(tmpdir(), 'write-failure-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(files, { recursive: true, force: true });
});
const plan = scenarioPlan('vsphere-ipi-ha', files);
const temps = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((n) =>
    path.basename(n).startsWith(TEMP_PREFIX),
  );

describe('the order of renames and a failing write', () => {
  it('renames .gitignore first and answers.yaml last', () => {
    const dir = path.join(work, 'order');
    renameSync.mockClear();
    writePlanFolder(dir, render(plan, dir).output.artifacts, { force: false });
    const targets = renameSync.mock.calls.map((call) => path.relative(dir, String(call[1])));
    expect(targets[0]).toBe('.gitignore');
    expect(targets.at(-1)).toBe('answers.yaml');
    expect(targets.indexOf('install-config.yaml')).toBeGreaterThan(0);
  });

  it('on a full disk: a usage error in words, no temp left, the old plan untouched', () => {
    const dir = path.join(work, 'enospc');
    const artifacts = render(plan, dir).output.artifacts;
    writePlanFolder(dir, artifacts, { force: false });
    const before = readFileSync(path.join(dir, 'install-config.yaml'), 'utf8');
    const changed = artifacts.map((a) => ({ ...a, content: `${a.content}# changed\n` }));
    failing.writeCall = 0;
    // The lock is write 1; .gitignore is write 2 (renamed at once); install-config.yaml's temp is write 3.
    failing.failAt = 4;
    try {
      expect(() => writePlanFolder(dir, changed, { force: true })).toThrow(
        /^cannot write .*enospc: the disk is full\.$/,
      );
    } finally {
      failing.failAt = 0;
    }
    expect(temps(dir)).toEqual([]);
    expect(readFileSync(path.join(dir, 'install-config.yaml'), 'utf8')).toBe(before);
    expect(readdirSync(dir)).not.toContain('.ocp-planner.lock');
  });
});
