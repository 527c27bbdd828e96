import { randomUUID } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import type { Artifact } from '../types.js';

/**
 * The only writer of the product (ARCHITECTURE "Edges"). A folder that already holds files is left untouched unless
 * `force` is set (SPEC §4). Every file is first written in full under a temporary name in the same folder and then
 * renamed over its target, so a crash or Ctrl-C never leaves a half-written file behind.
 */
export function writePlanFolder(outDir: string, artifacts: readonly Artifact[], force: boolean): void {
  if (existsSync(outDir)) {
    if (!statSync(outDir).isDirectory())
      throw new UsageError(`${outDir} exists and is not a folder; choose another --out.`);
    const present = readdirSync(outDir);
    if (present.length > 0 && !force) {
      throw new UsageError(
        `${outDir} already holds files (${present.slice(0, 4).join(', ')}${present.length > 4 ? ', …' : ''}); nothing was written. Use --force to overwrite the plan files, or choose another --out.`,
      );
    }
  } else {
    mkdirSync(outDir, { recursive: true });
  }
  const staged: { temp: string; target: string }[] = [];
  try {
    for (const artifact of artifacts) {
      const target = path.join(outDir, artifact.path);
      mkdirSync(path.dirname(target), { recursive: true });
      const temp = path.join(
        path.dirname(target),
        `.${path.basename(target)}.${randomUUID().slice(0, 8)}.tmp`,
      );
      // The mode is set at creation so the pull secret is never readable by others, not even for a moment.
      writeFileSync(temp, artifact.content, { mode: artifact.mode ?? 0o644 });
      chmodSync(temp, artifact.mode ?? 0o644);
      staged.push({ temp, target });
    }
    for (const { temp, target } of staged) renameSync(temp, target);
  } catch (error) {
    for (const { temp } of staged) rmSync(temp, { force: true });
    throw error;
  }
}
