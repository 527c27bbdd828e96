/**
 * Defensive readers over the parsed object. The input can be anything, so every rule reads through these and never
 * assumes a shape. Scalars are read the way the installer's YAML→JSON step reads them into a Go string field: numbers
 * and booleans become their text (`costCenter: 7536` is "7536").
 */
export type Obj = Record<string, unknown>;

export function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function obj(value: unknown): Obj | undefined {
  return isObj(value) ? value : undefined;
}

export function str(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function int(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) ? value : undefined;
}

/** A value the installer treats as "not set": absent, null, or an empty string. */
export function isUnset(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

/** `"a", "b"` — the installer's way of listing supported values. */
export function quoteList(values: readonly string[]): string {
  return values.map((v) => `"${v}"`).join(', ');
}
