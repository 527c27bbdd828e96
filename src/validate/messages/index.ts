import type { Lang } from '../../types.js';
import { EN, type MessageKey } from './en.js';

export type { MessageKey } from './en.js';

/**
 * The sentences of `validate`, in English and Korean (the languages contract). Rules report a key and the values to fill in; the
 * sentence is written in the user's language when it is printed. English is always loaded; Korean is loaded on demand
 * (loadValidateMessages), so English runs do not parse it.
 */

/** A sentence to be written later: its key and the values of its `{placeholders}`, which may be sentences too. */
export interface MessageRef {
  key: MessageKey;
  values?: Readonly<Record<string, MessageValue>>;
}
export type MessageValue = string | number | MessageRef;

type Catalog = Readonly<Record<MessageKey, string>>;
const CATALOGS: Partial<Record<Lang, Catalog>> = { en: EN };

export async function loadValidateMessages(lang: Lang): Promise<void> {
  if (CATALOGS[lang]) return;
  if (lang === 'ko') CATALOGS.ko = (await import('./ko.js')).KO;
}

/** Whether `lang` can be written now; a language not loaded is written in English. */
export function messagesLoaded(lang: Lang): boolean {
  return CATALOGS[lang] !== undefined;
}

export function msg(key: MessageKey, values?: Readonly<Record<string, MessageValue>>): MessageRef {
  return values ? { key, values } : { key };
}

/** The sentence in `lang` (English when that catalog is not loaded), placeholders filled. */
export function renderMessage(ref: MessageRef, lang: Lang = 'en'): string {
  const catalog = CATALOGS[lang] ?? EN;
  const template = catalog[ref.key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = ref.values?.[name];
    if (value === undefined) throw new Error(`missing value for {${name}} in message ${ref.key}`);
    return typeof value === 'object' ? renderMessage(value, lang) : String(value);
  });
}

/** Both catalogs, for the test that compares their keys and placeholders. */
export async function validateCatalogs(): Promise<Record<Lang, Catalog>> {
  await loadValidateMessages('ko');
  return CATALOGS as Record<Lang, Catalog>;
}
