import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execa } from 'execa';
import { ROOT } from '../helpers/answers.js';

export const CLI = path.join(ROOT, 'dist', 'cli.js');

/** Runs the built CLI with no terminal (stdin closed), the way CI and scripts run it. */
export async function runCli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}) {
  const result = await execa(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { NO_COLOR: '1', LANG: 'C', LC_ALL: '', ...options.env },
    reject: false,
    stdin: 'ignore',
    timeout: 60_000,
  });
  return { code: result.exitCode, stdout: String(result.stdout), stderr: String(result.stderr) };
}

export function tempDir(prefix = 'ocp-planner-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

/** Every file of a folder with its bytes and mode, to prove a folder did not change. */
export function snapshotFolder(dir: string): Record<string, { content: string; mode: number }> {
  const out: Record<string, { content: string; mode: number }> = {};
  for (const name of readdirSync(dir).sort()) {
    const file = path.join(dir, name);
    if (statSync(file).isFile())
      out[name] = { content: readFileSync(file, 'utf8'), mode: statSync(file).mode & 0o777 };
  }
  return out;
}
