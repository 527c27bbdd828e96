import type { Lang, Text } from '../types.js';
import { remembered } from '../util/remember.js';

/** Picks the sentence for the chosen language and fills `{name}` placeholders from `values`. */
export function say(text: Text, lang: Lang, values: Record<string, string | number> = {}): string {
  return fill(text[lang], values);
}

const PLACEHOLDER = /\{(\w+)\}/g;
/**
 * A sentence as [text, name, text, name, …, text] (what String.split gives with the placeholder's name captured),
 * split once: `check` fills the same few hundred catalog sentences for every plan folder.
 */
const split = remembered((template: string): readonly string[] => Object.freeze(template.split(PLACEHOLDER)));

/** Fills `{name}` placeholders; a placeholder without a value is a programming error, not a silent blank. */
export function fill(template: string, values: Record<string, string | number>): string {
  if (!template.includes('{')) return template;
  const parts = split(template);
  let text = parts[0] ?? '';
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i] ?? '';
    const value = values[key];
    if (value === undefined) throw new Error(`missing value for {${key}} in "${template}"`);
    text += String(value) + (parts[i + 1] ?? '');
  }
  return text;
}
