/**
 * Runs the real checkers (haproxy, named-checkzone, dnsmasq) on generated files. A missing program is a failure, not
 * a skip: CI installs them (see .ci/run; Debian packages haproxy, bind9, bind9-utils, bind9-dnsutils, dnsmasq-base).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execa } from 'execa';
import type { Artifact } from '../../src/types.js';

/** Debian keeps daemons in /usr/sbin, which a non-root PATH may lack. */
export const TOOL_PATH = `/usr/sbin:/sbin:${process.env.PATH ?? ''}`;

export interface RunResult {
  exitCode: number;
  output: string;
}

export async function run(command: string, args: string[], cwd?: string): Promise<RunResult> {
  const result = await execa(command, args, {
    reject: false,
    all: true,
    timeout: 20_000,
    env: { PATH: TOOL_PATH },
    ...(cwd === undefined ? {} : { cwd }),
  });
  if (result.failed && result.exitCode === undefined) {
    throw new Error(
      `could not run ${command}: ${result.message} — install it (see /work/briefs/ci-packages.txt)`,
    );
  }
  return { exitCode: result.exitCode ?? -1, output: result.all ?? '' };
}

/** A fresh temporary folder: `mkdir(sub)` makes a subfolder and returns its path, `remove` deletes it all. */
export function tempDir(prefix: string): { dir: string; mkdir: (sub: string) => string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return {
    dir,
    mkdir: (sub) => {
      const full = path.join(dir, sub);
      mkdirSync(full, { recursive: true });
      return full;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Writes an artifact under dir by its base name and returns the full path. */
export function writeArtifact(dir: string, artifact: Artifact): string {
  const file = path.join(dir, path.basename(artifact.path));
  writeFileSync(file, artifact.content);
  return file;
}

export function find(artifacts: Artifact[], filePath: string): Artifact {
  const artifact = artifacts.find((a) => a.path === filePath);
  if (artifact === undefined) {
    throw new Error(`no artifact ${filePath}; have ${artifacts.map((a) => a.path).join(', ')}`);
  }
  return artifact;
}
