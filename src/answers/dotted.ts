/** Reads `a.b.c` from a nested answers object. */
export function getIn(object: Record<string, unknown>, key: string): unknown {
  let current: unknown = object;
  for (const part of key.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

/** Returns a copy of `object` with `a.b.c` set (or removed when value is undefined). */
export function setIn(object: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  const [head, ...rest] = key.split('.');
  if (head === undefined) return object;
  const copy = { ...object };
  if (rest.length === 0) {
    if (value === undefined) delete copy[head];
    else copy[head] = value;
    return copy;
  }
  const child = copy[head];
  copy[head] = setIn(
    child && typeof child === 'object' ? (child as Record<string, unknown>) : {},
    rest.join('.'),
    value,
  );
  return copy;
}
