import { type ForcedStyle, yamlText } from '../yaml-text.js';
import type { Note } from './notes.js';

/** Scalar styles that keep the installer's inputs intact: one-line JSON quoted, PEM as a literal block. */
const STYLES: Record<string, ForcedStyle> = {
  pullSecret: 'QUOTE_SINGLE',
  sshKey: 'QUOTE_SINGLE',
  additionalTrustBundle: 'BLOCK_LITERAL',
};

/** `# text` lines as the yaml package prints them: each line of a comment gets one leading space. */
function asComment(text: string): string {
  return text
    .split('\n')
    .map((line) => ` ${line}`)
    .join('\n');
}

/**
 * The install-config object → YAML text (render/yaml-text.ts; never a string template, ARCHITECTURE.md):
 * YAML 1.1 quoting (strings such as "on" or "1" stay strings for the installer's Go YAML parser), no line folding,
 * a header comment, a comment above each explained field, and a blank line between top-level sections.
 */
export function toYaml(config: Record<string, unknown>, notes: readonly Note[], header: string): string {
  const merged = new Map<string, string[]>();
  for (const note of notes) {
    const key = JSON.stringify(note.path);
    merged.set(key, [...(merged.get(key) ?? []), note.text]);
  }
  return yamlText(config, {
    header: asComment(header),
    comments: new Map([...merged].map(([key, lines]) => [key, asComment(lines.join('\n'))])),
    spaceTopLevel: true,
    topLevelStyles: STYLES,
  });
}
