import { type Dirent, readdirSync } from 'node:fs';
import path from 'node:path';
import { INFRA_FOLDER, PLAN_FILES } from './plan-folder-files.js';
import { readSmallFile } from './read-file.js';

const TOP_LEVEL_FILES: ReadonlySet<string> = new Set(Object.values(PLAN_FILES));
/** Bounds, so a folder that holds more than a plan is read no further (the comparison reads what it needs itself). */
const MAX_FILES = 64;
const MAX_DEPTH = 4;

function listing(dir: string): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

/**
 * The texts of the files `plan` writes in `folder` that are regular files now, by their path in the folder
 * (`infra/dns/…`), read as the comparison reads them (readSmallFile: no link followed, no FIFO opened for ever, at
 * most 1 MiB). A link, a FIFO, a folder where a file belongs, a file too large or one that cannot be read is simply
 * not here: the comparison then looks at that path itself and says what it is. Folders reached through a link are
 * never entered. What a user keeps beside the plan (an `auth/` folder, notes) is never read.
 */
export function readPlanFiles(folder: string): Map<string, string> {
  const texts = new Map<string, string>();
  const read = (relative: string) => {
    const result = readSmallFile(path.join(folder, relative), { noFollow: true });
    if (result.ok) texts.set(relative, result.text);
  };
  const top = listing(folder);
  for (const entry of top) {
    if (texts.size >= MAX_FILES) return texts;
    if (entry.isFile() && TOP_LEVEL_FILES.has(entry.name)) read(entry.name);
  }
  const walk = (relative: string, depth: number) => {
    if (depth > MAX_DEPTH) return;
    for (const entry of listing(path.join(folder, relative))) {
      if (texts.size >= MAX_FILES) return;
      const child = `${relative}/${entry.name}`;
      if (entry.isDirectory()) walk(child, depth + 1);
      else if (entry.isFile()) read(child);
    }
  };
  if (top.some((entry) => entry.name === INFRA_FOLDER && entry.isDirectory())) walk(INFRA_FOLDER, 1);
  return texts;
}
