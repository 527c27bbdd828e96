import { parseDocument } from 'yaml';
import { UsageError } from '../errors.js';

/**
 * Parses the text of an answers file (YAML or JSON, which is YAML) into a plain value. Anything that is not a
 * mapping, or is not YAML at all, is a usage error (exit 2) with one sentence naming the file and the problem.
 */
export function parseAnswersText(text: string, file: string): Record<string, unknown> {
  if (text.includes('\u0000'))
    throw new UsageError(`${file} is a binary file, not a YAML or JSON answers file.`);
  const source = text.replace(/^\uFEFF/, '');
  const doc = parseDocument(source, { version: '1.2', uniqueKeys: true, prettyErrors: false });
  const first = doc.errors[0];
  if (first) {
    const where = first.linePos?.[0] ? ` (line ${first.linePos[0].line})` : '';
    throw new UsageError(`${file} is not valid YAML or JSON${where}: ${first.message.split('\n')[0]}`);
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 50 });
  } catch (error) {
    throw new UsageError(`${file} could not be read as YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  if (value === null || value === undefined)
    throw new UsageError(`${file} is empty; it must be a YAML mapping of answers.`);
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new UsageError(
      `${file} must be a YAML mapping (key: value lines), not ${Array.isArray(value) ? 'a list' : 'a single value'}.`,
    );
  }
  return value as Record<string, unknown>;
}
