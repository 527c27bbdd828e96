/**
 * `verify`: lets the real installer judge an install-config.yaml by running `openshift-install create manifests` on a
 * copy in a fresh temporary folder. The installer consumes (deletes) install-config.yaml and writes next to it, so it
 * never runs in the user's folder (the installer: "install-config.yaml is consumed").
 */
import { createHash } from 'node:crypto';
import { closeSync, constants, lstatSync, openSync, readdirSync, writeSync } from 'node:fs';
import { mkdtemp, stat } from 'node:fs/promises';
import path from 'node:path';
import { CancelledError, ToolError, UsageError } from '../errors.js';
import { readSmallFile } from '../io/read-file.js';
import { registerCleanup } from '../signals.js';
import type { Lang } from '../types.js';
import { escapeForTerminal } from '../util/control-characters.js';
import { maskNeedles, maskText, secretsOfConfig } from '../util/secrets.js';
import { findingsFromInstallerLog, type InstallerFinding } from './installer-log.js';
import { removeTree } from './remove-tree.js';
import type { ToolRunner } from './tool-runner.js';
import { VERIFY_TEXT } from './verify-text.js';

export const DEFAULT_VERIFY_TIMEOUT_SECONDS = 300;
/** Node timers hold at most 2^31 − 1 ms: the longest limit that is really kept. */
export const MAX_VERIFY_TIMEOUT_SECONDS = 2_147_483;
const INSTALL_CONFIG = 'install-config.yaml';
/** The folders `create manifests` writes (docs: "Creating the Kubernetes manifest and Ignition config files"). */
const MANIFEST_FOLDERS = ['manifests', 'openshift'];
/** Findings shown at most; an installer that repeats itself is summarised (the rest is counted). */
const MAX_FINDINGS = 200;
/** One finding's text at most, in characters. */
const MAX_FINDING_LENGTH = 4000;
/** Files of DIR hashed to prove it did not change, at most. */
const MAX_HASHED_FILES = 2000;

export interface VerifyResult {
  /** The folder as the user named it. */
  dir: string;
  /** The installer accepted the config: it exited 0 and logged no error. */
  valid: boolean;
  /** What the installer said, secrets masked and terminal escapes made visible. */
  findings: InstallerFinding[];
  /** Findings left out beyond MAX_FINDINGS. */
  truncated?: number;
  /** openshift-install's exit code. */
  exitCode: number;
  /** Files the installer wrote (relative to the temporary folder), which are discarded. */
  manifests: string[];
  /** DIR's files were hashed before and after the run and are the same; false when they could not all be checked. */
  dirUnchanged: boolean;
  /** Files of DIR that changed while the installer ran (it can reach the folder through /proc). */
  dirChanged: string[];
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
  lang?: Lang;
  /** Told about what could not be cleaned up (a temporary folder the installer made impossible to remove). */
  warn?: (text: string) => void;
}

/** The message of the error when openshift-install is not on PATH: where to download it. */
export function installerNotFoundMessage(lang: Lang = 'en'): string {
  return VERIFY_TEXT.notFound[lang];
}

/**
 * `--timeout-seconds` as typed: a whole number of seconds from 1 to 2147483 (the longest a Node timer keeps), or a
 * usage error that quotes what was typed.
 */
export function parseTimeoutSeconds(text: string | number | undefined, lang: Lang = 'en'): number {
  if (text === undefined) return DEFAULT_VERIFY_TIMEOUT_SECONDS;
  const typed = String(text);
  const value = /^\d+$/.test(typed) ? Number(typed) : Number.NaN;
  if (!(value >= 1 && value <= MAX_VERIFY_TIMEOUT_SECONDS)) {
    throw new UsageError(VERIFY_TEXT.badTimeout[lang](typed, MAX_VERIFY_TIMEOUT_SECONDS));
  }
  return value;
}

/** Every regular file of `dir` (a plan folder: a few levels, never through links) with its SHA-256. */
function hashFolder(dir: string): Map<string, string> | undefined {
  const hashes = new Map<string, string>();
  const walk = (folder: string, relative: string): boolean => {
    let names: string[];
    try {
      names = readdirSync(folder).sort();
    } catch {
      return false;
    }
    for (const name of names) {
      const file = path.join(folder, name);
      const shown = relative ? `${relative}/${name}` : name;
      const info = lstatSync(file, { throwIfNoEntry: false });
      if (!info) continue;
      if (info.isDirectory()) {
        if (!walk(file, shown)) return false;
      } else if (info.isFile()) {
        if (hashes.size >= MAX_HASHED_FILES) return false;
        const read = readSmallFile(file, { noFollow: true });
        const signature = `${info.size}:${info.mtimeMs}:${info.mode}`;
        hashes.set(shown, read.ok ? createHash('sha256').update(read.text).digest('hex') : signature);
      } else {
        hashes.set(shown, `${info.mode}:${info.size}`);
      }
    }
    return true;
  };
  return walk(dir, '') ? hashes : undefined;
}

function changedFiles(before: Map<string, string>, after: Map<string, string>): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names].filter((name) => before.get(name) !== after.get(name)).sort();
}

/** Runs `openshift-install create manifests` on a copy of `dir`/install-config.yaml; `dir` itself is only read. */
export async function verifyInstallConfig(
  runner: ToolRunner,
  dir: string,
  options: VerifyOptions,
): Promise<VerifyResult> {
  const lang = options.lang ?? 'en';
  if (
    !(
      Number.isInteger(options.timeoutSeconds) &&
      options.timeoutSeconds > 0 &&
      options.timeoutSeconds <= MAX_VERIFY_TIMEOUT_SECONDS
    )
  ) {
    throw new UsageError(
      VERIFY_TEXT.badTimeout[lang](String(options.timeoutSeconds), MAX_VERIFY_TIMEOUT_SECONDS),
    );
  }
  const displayDir = options.displayDir ?? dir;
  const text = await readSource(dir, displayDir, lang);
  const before = hashFolder(dir);
  const tmp = await mkdtemp(path.join(options.tmpRoot, 'ocp-planner-verify-'));
  // The copy holds the pull secret: removed on every way out, Ctrl-C and SIGTERM included (signals.ts).
  const removeCopy = registerCleanup(() => removeTree(tmp));
  try {
    writeCopy(path.join(tmp, INSTALL_CONFIG), text);
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
    if (result.cancelled || options.cancelSignal?.aborted)
      throw new CancelledError(VERIFY_TEXT.cancelled[lang]);
    if (result.notFound) throw new ToolError(installerNotFoundMessage(lang));
    if (result.timedOut) throw new ToolError(VERIFY_TEXT.timedOut[lang](options.timeoutSeconds));
    const needles = maskNeedles(secretsOfConfig(text));
    const clean = (message: string) =>
      escapeForTerminal(maskText(message, needles)).slice(0, MAX_FINDING_LENGTH);
    if (result.exitCode === undefined) {
      throw new ToolError(VERIFY_TEXT.couldNotRun[lang](clean(result.failure ?? result.signal ?? 'signal')));
    }
    const findings = findingsFromInstallerLog(`${result.stderr}\n${result.stdout}`).map((finding) => ({
      severity: finding.severity,
      message: clean(finding.message),
    }));
    if (result.exitCode !== 0 && !findings.some((finding) => finding.severity === 'error')) {
      // The installer failed without a level=error line (a crash, a usage error): keep its last words.
      const lastLine = lastNonEmptyLine(result.stderr) || lastNonEmptyLine(result.stdout);
      findings.push({
        severity: 'error',
        message: VERIFY_TEXT.exitedWith[lang](result.exitCode, lastLine ? clean(lastLine) : ''),
      });
    }
    const valid = result.exitCode === 0 && !findings.some((finding) => finding.severity === 'error');
    const after = hashFolder(dir);
    const dirChanged = before && after ? changedFiles(before, after) : [];
    return {
      dir: displayDir,
      valid,
      findings: findings.slice(0, MAX_FINDINGS),
      ...(findings.length > MAX_FINDINGS ? { truncated: findings.length - MAX_FINDINGS } : {}),
      exitCode: result.exitCode,
      manifests: result.exitCode === 0 ? listManifests(tmp) : [],
      dirUnchanged: before !== undefined && after !== undefined && dirChanged.length === 0,
      dirChanged,
    };
  } finally {
    removeCopy();
    if (lstatSync(tmp, { throwIfNoEntry: false })) options.warn?.(VERIFY_TEXT.leftover[lang](tmp));
  }
}

/** Copies the config with mode 0600 from the start (it carries the pull secret, like the original: the plan-folder format). */
function writeCopy(file: string, text: string): void {
  const fd = openSync(
    file,
    constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW,
    0o600,
  );
  try {
    const bytes = Buffer.from(text, 'utf8');
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
  } finally {
    closeSync(fd);
  }
}

/**
 * The text of `dir`/install-config.yaml, or a UsageError that says what is wrong with `dir`. The file is read once,
 * never through a symbolic link (a link to /etc/shadow would hand its target to the installer), and must be a
 * regular file of at most 1 MiB; the copy is made from exactly what was checked.
 */
async function readSource(dir: string, displayDir: string, lang: Lang): Promise<string> {
  const dirStat = await stat(dir).catch(() => undefined);
  if (!dirStat) throw new UsageError(VERIFY_TEXT.noFolder[lang](displayDir));
  if (!dirStat.isDirectory()) throw new UsageError(VERIFY_TEXT.notFolder[lang](displayDir));
  const read = readSmallFile(path.join(dir, INSTALL_CONFIG), { noFollow: true });
  if (read.ok) return read.text;
  if (read.problem === 'missing') throw new UsageError(VERIFY_TEXT.noConfig[lang](displayDir));
  throw new UsageError(VERIFY_TEXT.badConfig[lang](displayDir, read.why[lang]));
}

/** The files the installer wrote, regular files only: a `manifests -> /somewhere` link is not followed or counted. */
function listManifests(tmp: string): string[] {
  const files: string[] = [];
  for (const folder of MANIFEST_FOLDERS) {
    const full = path.join(tmp, folder);
    if (!lstatSync(full, { throwIfNoEntry: false })?.isDirectory()) continue;
    let entries: string[];
    try {
      entries = readdirSync(full);
    } catch {
      continue;
    }
    for (const entry of entries.sort()) {
      if (lstatSync(path.join(full, entry), { throwIfNoEntry: false })?.isFile())
        files.push(`${folder}/${entry}`);
    }
  }
  return files;
}

function lastNonEmptyLine(text: string): string {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  return lines[lines.length - 1]?.trim() ?? '';
}
