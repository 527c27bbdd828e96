import { fill } from '../i18n/text.js';
import type { Lang } from '../types.js';
import { EN, type MessageKey } from './catalog-en.js';

export type { MessageKey } from './catalog-en.js';

type Catalog = Record<MessageKey, string>;

/**
 * The message catalogs. English is always there; Korean is loaded on demand with loadCatalog, so an English run
 * does not parse the Korean sentences at start-up (`npm run bench`).
 */
const CATALOGS: Partial<Record<Lang, Catalog>> = { en: EN };

/** Makes the catalog of `lang` available to `message`; call it once before rendering in that language. */
export async function loadCatalog(lang: Lang): Promise<void> {
  if (CATALOGS[lang]) return;
  if (lang === 'ko') CATALOGS.ko = (await import('./catalog-ko.js')).KO;
}

/** The sentence `key` in `lang`, placeholders filled; a missing value throws (see i18n/text.ts). */
export function message(lang: Lang, key: MessageKey, values: Record<string, string | number> = {}): string {
  const catalog = CATALOGS[lang];
  if (!catalog) throw new Error(`the ${lang} message catalog was not loaded (call loadCatalog first)`);
  return fill(catalog[key], values);
}

/** Both catalogs, for the test that compares their keys and placeholders. */
export async function catalogs(): Promise<Record<Lang, Catalog>> {
  await loadCatalog('ko');
  return CATALOGS as Record<Lang, Catalog>;
}
