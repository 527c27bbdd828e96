import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Artifact } from '../types.js';
import { readSmallFile } from './read-file.js';
import { unifiedDiff } from './unified-diff.js';

const MASK = '<secret masked>';

/**
 * Hides secrets in text that is about to be shown as a diff: the values of the install-config's secret fields (pull
 * secret, passwords) whatever they are, and the exact secret strings this plan knows of.
 */
export function maskSecrets(text: string, secrets: readonly string[]): string {
  let masked = text.replace(/^(\s*(?:pullSecret|password)\s*:\s*).+$/gm, `$1${MASK}`);
  for (const secret of secrets) if (secret.length >= 4) masked = masked.split(secret).join(MASK);
  return masked;
}

/** Files a plan folder's .gitignore keeps out of version control: a checkout compared in CI does not have them. */
const IGNORED_IN_GIT = new Set(['install-config.yaml']);

/**
 * `plan --check`: compares rendered artifacts with a plan folder; returns one unified diff per differing file.
 * install-config.yaml is compared only when the folder has it (git ignores it, so a CI checkout does not).
 */
export function comparePlanFolder(
  outDir: string,
  artifacts: readonly Artifact[],
  secrets: readonly string[],
): string[] {
  const diffs: string[] = [];
  for (const artifact of artifacts) {
    const file = path.join(outDir, artifact.path);
    if (IGNORED_IN_GIT.has(artifact.path) && !existsSync(file)) continue;
    const read = existsSync(file) ? readSmallFile(file) : undefined;
    const current = read?.ok ? read.text : '';
    if (read?.ok && current === artifact.content) continue;
    const oldName = read?.ok ? `a/${artifact.path}` : '/dev/null';
    diffs.push(
      unifiedDiff(
        maskSecrets(current, secrets),
        maskSecrets(artifact.content, secrets),
        oldName,
        `b/${artifact.path}`,
      ) ||
        // Only a secret changed: the masked texts agree, so say so without showing it.
        `--- a/${artifact.path}\n+++ b/${artifact.path}\n@@ a secret value differs (masked) @@\n`,
    );
  }
  return diffs;
}
