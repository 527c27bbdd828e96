import { type MessageKey, msg } from '../../messages/index.js';
import { child } from '../../path.js';
import { isUnset, type Obj, quoteList, str } from '../../read.js';
import type { Report } from '../../report.js';

/** Shared helpers for the per-platform rules: "Required value" and "Unsupported value" in the installer's words. */
export function requireField(
  block: Obj,
  base: string,
  field: string,
  report: Report,
  why: MessageKey,
): boolean {
  if (!isUnset(block[field])) return true;
  report.error(child(base, field), 'platform-required-field', 'platforms.required', {
    path: child(base, field),
    why: msg(why),
  });
  return false;
}

export function oneOf(
  block: Obj,
  base: string,
  field: string,
  allowed: readonly string[],
  report: Report,
  rule = 'platform-field-value',
): void {
  const value = str(block[field]);
  if (value === undefined || value === '' || allowed.includes(value)) return;
  report.error(child(base, field), rule, 'platforms.unsupported', { value, allowed: quoteList(allowed) });
}

export function isSet(value: unknown): boolean {
  return !isUnset(value) && !(Array.isArray(value) && value.length === 0);
}
