import type { Lang } from '../../types.js';

/** A path inside install-config.yaml, in the installer's field order: `['platform', 'vsphere', 'vcenters']`. */
export type FieldPath = readonly (string | number)[];

/** One comment to print above a field of install-config.yaml. */
export interface Note {
  path: FieldPath;
  text: string;
}

/**
 * Collects the explanatory comments while the config object is built, so each builder documents the fields it
 * writes in the same place it writes them. `lang` is the plan's language, the one every comment is written in;
 * `at(prefix)` gives a builder a view rooted at its own stanza.
 */
export class Notes {
  constructor(
    readonly lang: Lang = 'en',
    private readonly prefix: FieldPath = [],
    readonly entries: Note[] = [],
  ) {}

  add(path: FieldPath, text: string): void {
    this.entries.push({ path: [...this.prefix, ...path], text });
  }

  /** A view in the same language that writes into the same list with `prefix` prepended to every path. */
  at(prefix: FieldPath): Notes {
    return new Notes(this.lang, [...this.prefix, ...prefix], this.entries);
  }
}
