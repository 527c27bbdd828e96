import type { Mark } from './scanner.js';

/**
 * A file the installer's YAML reader refuses, with go-yaml's own words (problem, context) and the places they name.
 * `stage` says which layer refused it: the scanner (characters), the parser (structure) or the decoder (anchors,
 * merge keys, tags). The words are kept for diagnosis (diagnose.ts turns them into a sentence a user can act on).
 */
export class YamlError extends Error {
  override name = 'YamlError';
  constructor(
    readonly stage: 'scanner' | 'parser' | 'decoder' | 'limit',
    readonly problem: string,
    readonly mark: Mark,
    readonly context = '',
    readonly contextMark?: Mark,
  ) {
    super(problem);
  }
}
