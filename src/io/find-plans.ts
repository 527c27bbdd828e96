import { type Dirent, readdirSync } from 'node:fs';
import path from 'node:path';
import { readSmallFile } from './read-file.js';

/** How the answers.yaml that `plan` writes begins (answers/normalise.ts): the mark of a plan folder. */
const ANSWERS_HEADER = '# ocp-planner answers';
/** Folders never searched: a repository's history and installed packages hold no plan folders. */
const SKIPPED = new Set(['.git', 'node_modules']);
/** Bounds on the walk, so a huge or looping tree cannot keep `check` busy for ever. */
const MAX_DEPTH = 32;
const MAX_ENTRIES = 200_000;

export interface FoundPlans {
  /** Plan folders (absolute), sorted. */
  folders: string[];
  /**
   * Folders whose answers.yaml is not a regular file (a symbolic link, a FIFO …): reported, never read, so a link
   * committed in place of a plan's answers cannot hide that plan from the check.
   */
  refused: { folder: string; why: { en: string; ko: string } }[];
  /** The walk stopped at MAX_ENTRIES. */
  truncated: boolean;
}

/**
 * Every folder under `root` that holds an answers.yaml written by `ocp-planner plan` (the command-line contract `check`). The walk never
 * follows a symbolic link (a link could lead out of the repository or into a loop) and reads only regular files.
 */
export function findPlanFolders(root: string): FoundPlans {
  const folders: string[] = [];
  const refused: FoundPlans['refused'] = [];
  let entries = 0;
  let truncated = false;
  const walk = (dir: string, depth: number): void => {
    if (depth > MAX_DEPTH || truncated) return;
    let listing: Dirent[];
    try {
      // Each entry with its kind as lstat gives it (never following a link), from the listing itself.
      listing = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
        a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
      );
    } catch {
      return;
    }
    if (listing.some((entry) => entry.name === 'answers.yaml')) {
      const read = readSmallFile(path.join(dir, 'answers.yaml'), { noFollow: true });
      if (read.ok && read.text.startsWith(ANSWERS_HEADER)) folders.push(dir);
      else if (!read.ok && read.problem !== 'missing') refused.push({ folder: dir, why: read.why });
    }
    for (const entry of listing) {
      if (++entries > MAX_ENTRIES) {
        truncated = true;
        return;
      }
      if (SKIPPED.has(entry.name)) continue;
      if (entry.isDirectory()) walk(path.join(dir, entry.name), depth + 1);
    }
  };
  walk(root, 0);
  return { folders, refused, truncated };
}
