/**
 * A small unified diff (like `diff -u`) of two texts, for `plan --check`. The common head and tail are set aside
 * first; a longest-common-subsequence table over what is left is fast for plan files (a few thousand lines). Two
 * texts too different for a table of reasonable size (a 1 MiB file replaced wholesale) are shown as one hunk that
 * removes the old middle and adds the new one, so time and memory stay bounded on any input.
 */

/** Cells of the LCS table at most (4 bytes each): 16 MB. */
const MAX_TABLE_CELLS = 4_000_000;

type Op = { kind: ' ' | '-' | '+'; text: string; ai: number; bi: number };

function middleOps(a: string[], b: string[], aStart: number, bStart: number): Op[] {
  const n = a.length;
  const m = b.length;
  const ops: Op[] = [];
  if ((n + 1) * (m + 1) > MAX_TABLE_CELLS) {
    a.forEach((text, k) => {
      ops.push({ kind: '-', text, ai: aStart + k, bi: bStart });
    });
    b.forEach((text, k) => {
      ops.push({ kind: '+', text, ai: aStart + n, bi: bStart + k });
    });
    return ops;
  }
  const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    const row = lcs[i] as Uint32Array;
    const below = lcs[i + 1] as Uint32Array;
    for (let j = m - 1; j >= 0; j--) {
      row[j] =
        a[i] === b[j] ? (below[j + 1] as number) + 1 : Math.max(below[j] as number, row[j + 1] as number);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      ops.push({ kind: ' ', text: a[i] as string, ai: aStart + i++, bi: bStart + j++ });
    } else if (i < n && (j >= m || (lcs[i + 1]?.[j] ?? 0) >= (lcs[i]?.[j + 1] ?? 0))) {
      // Deletions before insertions, as diff -u prints them.
      ops.push({ kind: '-', text: a[i] as string, ai: aStart + i++, bi: bStart + j });
    } else {
      ops.push({ kind: '+', text: b[j] as string, ai: aStart + i, bi: bStart + j++ });
    }
  }
  return ops;
}

export function unifiedDiff(
  oldText: string,
  newText: string,
  oldName: string,
  newName: string,
  context = 3,
): string {
  const a = oldText.split('\n');
  const b = newText.split('\n');
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  )
    tail++;
  const ops: Op[] = [];
  for (let k = 0; k < head; k++) ops.push({ kind: ' ', text: a[k] as string, ai: k, bi: k });
  ops.push(...middleOps(a.slice(head, a.length - tail), b.slice(head, b.length - tail), head, head));
  for (let k = tail; k > 0; k--) {
    ops.push({ kind: ' ', text: a[a.length - k] as string, ai: a.length - k, bi: b.length - k });
  }
  const changed = ops.map((op, k) => (op.kind !== ' ' ? k : -1)).filter((k) => k >= 0);
  if (changed.length === 0) return '';
  const lines = [`--- ${oldName}`, `+++ ${newName}`];
  let k = 0;
  while (k < changed.length) {
    const first = changed[k] as number;
    let last = first;
    while (k + 1 < changed.length && (changed[k + 1] as number) - last <= 2 * context + 1)
      last = changed[++k] as number;
    k++;
    const from = Math.max(0, first - context);
    const to = Math.min(ops.length - 1, last + context);
    const hunk = ops.slice(from, to + 1);
    const start = hunk[0] as Op;
    const oldCount = hunk.filter((op) => op.kind !== '+').length;
    const newCount = hunk.filter((op) => op.kind !== '-').length;
    lines.push(
      `@@ -${start.ai + (oldCount ? 1 : 0)},${oldCount} +${start.bi + (newCount ? 1 : 0)},${newCount} @@`,
    );
    for (const op of hunk) lines.push(`${op.kind}${op.text}`);
  }
  return `${lines.join('\n')}\n`;
}
