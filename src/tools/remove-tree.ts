import { chmodSync, lstatSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

/**
 * Removes a temporary folder a tool worked in, synchronously (it also runs on the way out of a signal). A tool may
 * leave folders without write permission (mode 000), which `rm -r` cannot empty: they are made writable first, walking
 * the tree without following links, so a `manifests -> $HOME` link is removed, not entered.
 * Returns false when something could not be removed.
 */
export function removeTree(dir: string): boolean {
  const open = (folder: string): void => {
    const info = lstatSync(folder, { throwIfNoEntry: false });
    if (!info?.isDirectory()) return;
    try {
      chmodSync(folder, 0o700);
    } catch {
      return;
    }
    let names: string[] = [];
    try {
      names = readdirSync(folder);
    } catch {
      return;
    }
    for (const name of names) open(path.join(folder, name));
  };
  try {
    rmSync(dir, { recursive: true, force: true });
    return true;
  } catch {
    open(dir);
  }
  try {
    rmSync(dir, { recursive: true, force: true });
    return true;
  } catch {
    return false;
  }
}
