import { fill } from '../i18n/text.js';
import type { Lang } from '../types.js';
import { EN, type MessageKey } from './catalog-en.js';
import { KO } from './catalog-ko.js';

export type { MessageKey } from './catalog-en.js';

const CATALOGS: Record<Lang, Record<MessageKey, string>> = { en: EN, ko: KO };

/** The sentence `key` in `lang`, placeholders filled; a missing value throws (see i18n/text.ts). */
export function message(lang: Lang, key: MessageKey, values: Record<string, string | number> = {}): string {
  return fill(CATALOGS[lang][key], values);
}

/** Both catalogs, for the test that compares their keys and placeholders. */
export function catalogs(): Record<Lang, Record<MessageKey, string>> {
  return CATALOGS;
}
