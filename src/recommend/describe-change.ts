import { fill, say } from '../i18n/text.js';
import {
  CHANGE_JOINERS,
  CHANGE_PHRASES,
  CHANGE_SENTENCE,
  GENERIC_CHANGE_PHRASE,
} from '../knowledge/decision-change-phrases.js';
import type { Lang, Method } from '../types.js';

/** Keys a change carries only to keep the answers valid; the sentence names the answer that drives them. */
const COMPANION_KEYS = new Set(['computeReplicas']);

/** What each changed answer means, in the chosen language (companion keys left out when a driver is present). */
export function changePhrases(change: Record<string, unknown>, lang: Lang): string[] {
  return Object.entries(change)
    .filter(([key]) => !COMPANION_KEYS.has(key) || Object.keys(change).length === 1)
    .map(([key, value]) => {
      const phrase = CHANGE_PHRASES[key]?.[String(value)];
      return phrase ? phrase[lang] : say(GENERIC_CHANGE_PHRASE, lang, { key, value: String(value) });
    });
}

/** One sentence that names the changed answers and the method they lead to, in the chosen language. */
export function describeChange(change: Record<string, unknown>, method: Method, lang: Lang): string {
  const phrases = changePhrases(change, lang);
  return fill(CHANGE_SENTENCE[lang], { method, changes: phrases.join(CHANGE_JOINERS[lang]) });
}
