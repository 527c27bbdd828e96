/*
 * "Did you mean …?" for an unknown key: only a sibling key of the same block, and only when the difference is a
 * plausible typing slip (a swapped, missing, extra or wrong letter or two). A key that merely contains a sibling's name
 * (lbType and type) is not a typo of it: following such a suggestion would change the meaning of the value.
 */

/** Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), case-insensitive. */
export function typoDistance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  const rows = x.length + 1;
  const cols = y.length + 1;
  const d: number[] = new Array(rows * cols).fill(0);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let best = Math.min(
        (d[(i - 1) * cols + j] as number) + 1,
        (d[i * cols + j - 1] as number) + 1,
        (d[(i - 1) * cols + j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) {
        best = Math.min(best, (d[(i - 2) * cols + j - 2] as number) + 1);
      }
      d[i * cols + j] = best;
    }
  }
  return d[rows * cols - 1] as number;
}

function allowedDistance(length: number): number {
  if (length <= 4) return 1;
  if (length <= 8) return 2;
  return 3;
}

/** The sibling `key` was most likely meant to be, or undefined when none is close enough to be a typo. */
export function typoSuggestion(key: string, siblings: readonly string[]): string | undefined {
  // Keys far longer than any field name cannot be typos, and comparing them would cost time for nothing.
  if (key.length > 64) return undefined;
  const lower = key.toLowerCase();
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of siblings) {
    if (candidate.length < 3) continue;
    const other = candidate.toLowerCase();
    // "lbType" → "type", "serviceCIDR" → "CIDR": a prefix glued to a real name is a different field, not a slip.
    if (lower.length - other.length >= 2 && lower.endsWith(other)) continue;
    if (Math.abs(lower.length - other.length) > allowedDistance(Math.min(lower.length, other.length)))
      continue;
    const distance = typoDistance(key, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best === undefined) return undefined;
  return bestDistance <= allowedDistance(Math.min(key.length, best.length)) ? best : undefined;
}
