/** Answers kept per function unless it says otherwise; a long run of new texts starts the table over. */
const MAX_KEPT = 4096;

/**
 * A pure function of one text, answering each text from what it computed the first time. For the small parsers that
 * a plan's rules call on the same few values many times (and `check` again for every plan folder); an answer that
 * is an object must be frozen, since every caller shares it.
 */
export function remembered<T>(compute: (text: string) => T, max = MAX_KEPT): (text: string) => T {
  const kept = new Map<string, T>();
  return (text) => {
    if (kept.has(text)) return kept.get(text) as T;
    const value = compute(text);
    if (kept.size >= max) kept.clear();
    kept.set(text, value);
    return value;
  };
}
