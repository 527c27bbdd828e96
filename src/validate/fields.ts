import { closest } from '../util/closest-name.js';
import { type FieldNode, type FieldTree, INSTALL_CONFIG_FIELDS } from './known-fields.js';
import { child } from './path.js';
import { isObj, type Obj } from './read.js';
import type { Report } from './report.js';

/*
 * Strict unmarshal, as the installer does it (installer-rules §a.1 "unknown YAML keys", openshift/installer#10287):
 * every key must be a field of its Go struct. Go's encoding/json matches field names case-insensitively, so a key that
 * differs only in case is accepted; we warn and name the canonical spelling. Scalars must fit the Go type: the YAML→JSON
 * step turns a number or boolean into a string for a string field, but a quoted "3" in an integer field fails.
 */

export interface ResolvedKey {
  canonical: string;
  node: FieldNode;
  exact: boolean;
}

export function isTree(node: FieldNode): node is FieldTree {
  return typeof node === 'object' && !Array.isArray(node);
}

/** The known field `key` names in `tree`: exact match first, then Go's case-insensitive match. */
export function resolveKey(tree: FieldTree, key: string): ResolvedKey | undefined {
  if (Object.hasOwn(tree, key)) return { canonical: key, node: tree[key] as FieldNode, exact: true };
  const lower = key.toLowerCase();
  const match = Object.keys(tree).find((k) => k.toLowerCase() === lower);
  return match === undefined ? undefined : { canonical: match, node: tree[match] as FieldNode, exact: false };
}

/** The expected shape of a node, in words. */
function describe(node: FieldNode): string {
  if (Array.isArray(node)) return 'a list';
  if (node === 1 || isTree(node)) return 'a mapping of keys';
  if (node === 'i') return 'an integer';
  if (node === 'b') return 'a boolean (true or false)';
  return 'a single value';
}

function typeOf(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (isObj(value)) return 'a mapping';
  if (typeof value === 'string')
    return `the string "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return `${typeof value} ${String(value)}`;
}

function scalarFits(node: FieldNode, value: unknown): boolean {
  if (Array.isArray(value) || isObj(value)) return false;
  if (node === 'i') return typeof value === 'number' && Number.isInteger(value);
  if (node === 'b') return typeof value === 'boolean';
  return true;
}

/** Walks `value` against the known fields; reports unknown keys, case variants and wrong types; returns a copy with
 * canonical key names and without unknown keys, which is what the remaining rules read. */
export function checkFields(value: unknown, report: Report): unknown {
  return walk(value, INSTALL_CONFIG_FIELDS, '', report);
}

function walk(value: unknown, node: FieldNode, path: string, report: Report): unknown {
  if (value === null || value === undefined) return value;
  if (Array.isArray(node)) {
    if (!Array.isArray(value)) {
      report.error(
        path,
        'field-type',
        `${path} must be a list, not ${typeOf(value)}; write each entry on its own "- " line.`,
      );
      return undefined;
    }
    const inner = node[0] as FieldNode;
    return value.map((item, i) => walk(item, inner, child(path, i), report));
  }
  if (node === 1) {
    if (!isObj(value)) {
      report.error(path, 'field-type', `${path} must be a mapping of keys, not ${typeOf(value)}.`);
      return undefined;
    }
    return value;
  }
  if (isTree(node)) {
    if (!isObj(value)) {
      report.error(
        path || '(top level)',
        'field-type',
        `${path} must be a mapping of keys, not ${typeOf(value)}; check the indentation and that it is not written as a list.`,
      );
      return undefined;
    }
    const out: Obj = {};
    for (const [key, item] of Object.entries(value)) {
      const resolved = resolveKey(node, key);
      const at = child(path, key);
      if (!resolved) {
        const suggestion = closest(key, Object.keys(node));
        const where = path === '' ? 'at the top level' : `in ${path}`;
        report.error(
          at,
          'unknown-field',
          `unknown field "${key}" ${where}: the installer rejects unknown fields; ` +
            (suggestion ? `did you mean "${suggestion}"?` : 'remove it or fix its spelling.'),
        );
        continue;
      }
      if (!resolved.exact) {
        report.warn(
          child(path, resolved.canonical),
          'field-case',
          `"${key}" is accepted because Go matches field names without regard to case, but its spelling is "${resolved.canonical}"; write it that way.`,
        );
      }
      out[resolved.canonical] = walk(item, resolved.node, child(path, resolved.canonical), report);
    }
    return out;
  }
  if (!scalarFits(node, value)) {
    report.error(path, 'field-type', `${path} must be ${describe(node)}, not ${typeOf(value)}.`);
    return undefined;
  }
  return value;
}
