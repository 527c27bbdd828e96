/**
 * `verify`: lets the real installer judge an install-config.yaml by running `openshift-install create manifests` on a
 * copy in a fresh temporary folder. The installer consumes (deletes) install-config.yaml and writes next to it, so it
 * never runs in the user's folder (installer-rules: "install-config.yaml is consumed"; engineering.md §2.8).
 */
import { chmod, copyFile, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { ToolError, UsageError } from '../errors.js';
import { findingsFromInstallerLog, type InstallerFinding } from './installer-log.js';
import type { ToolRunner } from './tool-runner.js';
import { CLIENT_MIRROR_URL, CONSOLE_DOWNLOADS_URL } from './tool-table.js';

export const DEFAULT_VERIFY_TIMEOUT_SECONDS = 300;
const INSTALL_CONFIG = 'install-config.yaml';
/** Same bound as every other file a user names (engineering.md §5). */
const MAX_INSTALL_CONFIG_BYTES = 1024 * 1024;
/** The folders `create manifests` writes (docs: "Creating the Kubernetes manifest and Ignition config files"). */
const MANIFEST_FOLDERS = ['manifests', 'openshift'];

export interface VerifyResult {
  /** The folder as the user named it. */
  dir: string;
  /** The installer accepted the config: it exited 0 and logged no error. */
  valid: boolean;
  findings: InstallerFinding[];
  /** openshift-install's exit code. */
  exitCode: number;
  /** Files the installer wrote (relative to the temporary folder), which are discarded. */
  manifests: string[];
}

export interface VerifyOptions {
  /** The folder as the user typed it (reported back). */
  displayDir?: string;
  timeoutSeconds: number;
  /** Where the temporary folder is made (os.tmpdir() in production). */
  tmpRoot: string;
  cancelSignal?: AbortSignal;
  /** Told when the installer starts and stops (the command's spinner). */
  progress?: { start(label: string): void; stop(): void };
}

/** The message of the error when openshift-install is not on PATH: where to download it. */
export function installerNotFoundMessage(): string {
  return (
    'openshift-install is not on PATH, so verify cannot run it. Download the installer of your target release ' +
    `from ${CLIENT_MIRROR_URL} (folder stable-4.N/ for release 4.N) or ${CONSOLE_DOWNLOADS_URL}, unpack it into ` +
    'a folder on PATH and run verify again. "ocp-planner validate" checks the file without it.'
  );
}

/** Runs `openshift-install create manifests` on a copy of `dir`/install-config.yaml; `dir` itself is only read. */
export async function verifyInstallConfig(
  runner: ToolRunner,
  dir: string,
  options: VerifyOptions,
): Promise<VerifyResult> {
  if (!(Number.isFinite(options.timeoutSeconds) && options.timeoutSeconds > 0)) {
    throw new UsageError(
      `the time limit must be a positive number of seconds, not ${options.timeoutSeconds}.`,
    );
  }
  const displayDir = options.displayDir ?? dir;
  const source = await checkSource(dir, displayDir);
  const tmp = await mkdtemp(path.join(options.tmpRoot, 'ocp-planner-verify-'));
  try {
    const copy = path.join(tmp, INSTALL_CONFIG);
    await copyFile(source, copy);
    // The copy carries the pull secret: readable by the user only, like the original (SPEC §4).
    await chmod(copy, 0o600);
    options.progress?.start('openshift-install create manifests');
    let result: Awaited<ReturnType<ToolRunner['run']>>;
    try {
      result = await runner.run('openshift-install', ['create', 'manifests', '--dir', tmp], {
        timeoutMs: options.timeoutSeconds * 1000,
        cwd: tmp,
        ...(options.cancelSignal ? { cancelSignal: options.cancelSignal } : {}),
      });
    } finally {
      options.progress?.stop();
    }
    if (result.notFound) throw new ToolError(installerNotFoundMessage());
    if (result.timedOut) {
      throw new ToolError(
        `openshift-install create manifests did not finish within ${options.timeoutSeconds} s and was stopped; ` +
          'it may be waiting on a cloud API or credentials. Raise the time limit or check its log.',
      );
    }
    if (result.exitCode === undefined) {
      throw new ToolError(
        `openshift-install could not be run: ${result.failure ?? 'it was stopped by a signal'}.`,
      );
    }
    const findings = findingsFromInstallerLog(`${result.stderr}\n${result.stdout}`);
    if (result.exitCode !== 0 && !findings.some((finding) => finding.severity === 'error')) {
      // The installer failed without a level=error line (a crash, a usage error): keep its last words.
      const lastLine = lastNonEmptyLine(result.stderr) || lastNonEmptyLine(result.stdout);
      findings.push({
        severity: 'error',
        message: `openshift-install exited with code ${result.exitCode}${lastLine ? `: ${lastLine}` : ''}`,
      });
    }
    const valid = result.exitCode === 0 && !findings.some((finding) => finding.severity === 'error');
    return {
      dir: displayDir,
      valid,
      findings,
      exitCode: result.exitCode,
      manifests: result.exitCode === 0 ? await listManifests(tmp) : [],
    };
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

/** The install-config.yaml to copy, or a UsageError that says what is wrong with `dir`. */
async function checkSource(dir: string, displayDir: string): Promise<string> {
  const dirStat = await stat(dir).catch(() => undefined);
  if (!dirStat) throw new UsageError(`cannot verify ${displayDir}: the folder does not exist.`);
  if (!dirStat.isDirectory()) {
    throw new UsageError(
      `cannot verify ${displayDir}: it is not a folder; give the folder that holds ${INSTALL_CONFIG}.`,
    );
  }
  const source = path.join(dir, INSTALL_CONFIG);
  const fileStat = await stat(source).catch(() => undefined);
  if (!fileStat) {
    throw new UsageError(
      `cannot verify ${displayDir}: it has no ${INSTALL_CONFIG}. Give a plan folder written by "ocp-planner plan" or a folder holding one.`,
    );
  }
  if (!fileStat.isFile())
    throw new UsageError(`cannot verify ${displayDir}: ${INSTALL_CONFIG} is not a regular file.`);
  if (fileStat.size > MAX_INSTALL_CONFIG_BYTES) {
    throw new UsageError(`cannot verify ${displayDir}: ${INSTALL_CONFIG} is larger than 1 MiB.`);
  }
  return source;
}

async function listManifests(tmp: string): Promise<string[]> {
  const files: string[] = [];
  for (const folder of MANIFEST_FOLDERS) {
    const entries = await readdir(path.join(tmp, folder)).catch(() => [] as string[]);
    for (const entry of entries.sort()) files.push(`${folder}/${entry}`);
  }
  return files;
}

function lastNonEmptyLine(text: string): string {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  return lines[lines.length - 1]?.trim() ?? '';
}
