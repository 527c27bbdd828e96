import type { Lang, Text } from '../types.js';

/** Picks the sentence for the chosen language and fills `{name}` placeholders from `values`. */
export function say(text: Text, lang: Lang, values: Record<string, string | number> = {}): string {
  return fill(text[lang], values);
}

/** Fills `{name}` placeholders; a placeholder without a value is a programming error, not a silent blank. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`missing value for {${key}} in "${template}"`);
    return String(value);
  });
}
