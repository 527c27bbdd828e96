import { isDocumentedSpelling } from '../knowledge/field-spellings.js';
import { fieldInRelease, releaseFieldsAt } from '../knowledge/release-fields.js';
import { isTree, placesOf } from './field-index.js';
import type { FieldNode, FieldTree } from './known-fields.js';
import { type MessageRef, type MessageValue, msg } from './messages/index.js';
import { child } from './path.js';
import { isObj as isObject, type Obj } from './read.js';
import type { Report } from './report.js';
import { PLATFORM_NAMES } from './rules/platform.js';
import { typoSuggestion } from './suggest.js';
import { setKey } from './yaml/decode.js';
import { GoNumber } from './yaml/resolve.js';

/*
 * Unmarshalling into the installer's Go types (sigs.k8s.io/yaml → encoding/json): every key must be a field of its
 * struct, matched without regard to case; scalars must fit the field's type, with the YAML→JSON step turning a number
 * or boolean into text for a string field. Which fields exist depends on the release (knowledge/release-fields.ts).
 * An unknown key is a warning up to 4.21 (the installer logs it and drops it) and an error from 4.22 (it stops).
 * The walk returns a copy with canonical key names and without the keys the installer drops, which is what the
 * remaining rules read.
 */

export interface ResolvedKey {
  canonical: string;
  node: FieldNode;
  exact: boolean;
}

export { isTree } from './field-index.js';

const lowerKeys = new WeakMap<FieldTree, Map<string, string>>();

/** The known field `key` names in `tree`: exact match first, then Go's case-insensitive match. */
export function resolveKey(tree: FieldTree, key: string): ResolvedKey | undefined {
  if (Object.hasOwn(tree, key)) return { canonical: key, node: tree[key] as FieldNode, exact: true };
  let lower = lowerKeys.get(tree);
  if (!lower) {
    lower = new Map(Object.keys(tree).map((k) => [k.toLowerCase(), k]));
    lowerKeys.set(tree, lower);
  }
  const match = lower.get(key.toLowerCase());
  return match === undefined ? undefined : { canonical: match, node: tree[match] as FieldNode, exact: false };
}

export interface FieldWalk {
  tree: FieldTree;
  /** Which file's rules apply: install-config (release-aware, unknown keys by release) or agent-config (strict). */
  file: 'install-config' | 'agent-config';
  /** The platform the file names, to send a key written in the wrong block to the block it belongs to. */
  platform?: string;
}

interface Walk extends FieldWalk {
  report: Report;
}

/** Walks `value` against the known fields; reports unknown keys, case variants and wrong types (see above). */
export function checkFields(value: unknown, report: Report, walk: FieldWalk): unknown {
  return visit(value, walk.tree, '', '', { ...walk, report });
}

/** Entries of one list that are checked; a longer list gets one warning. */
export const MAX_LIST_ITEMS = 1000;

const TOP_LEVEL = msg('fields.top-level');

/** A mapping of the file; a YAML number (GoNumber) is an object in JavaScript but a scalar in YAML. */
function isObj(value: unknown): value is Obj {
  return isObject(value) && !(value instanceof GoNumber);
}

/**
 * String fields whose value is JSON text. Written without quotes, `{"auths": …}` is a YAML mapping, not the text the
 * installer expects: the message says to quote it.
 */
const JSON_TEXT_FIELDS = new Set(['pullSecret']);

const KIND_NODES: Record<string, FieldNode> = { string: 's', integer: 'i', boolean: 'b', object: 1 };

function shown(value: unknown): MessageRef {
  if (Array.isArray(value)) return msg('fields.actual.list');
  if (isObj(value)) return msg('fields.actual.mapping');
  if (typeof value === 'string') {
    return msg('fields.actual.string', { value: value.length > 40 ? `${value.slice(0, 40)}…` : value });
  }
  if (value instanceof GoNumber) return msg('fields.actual.number', { value: value.text });
  if (typeof value === 'number') return msg('fields.actual.number', { value });
  return msg('fields.actual.boolean', { value: String(value) });
}

function expected(node: FieldNode): MessageRef {
  if (Array.isArray(node)) return msg('fields.kind.list');
  if (node === 1 || isTree(node)) return msg('fields.kind.mapping');
  if (node === 'i') return msg('fields.kind.integer');
  if (node === 'b') return msg('fields.kind.boolean');
  return msg('fields.kind.scalar');
}

/** A value with YAML number wrappers turned into plain numbers (for free-form maps the rules read as they are). */
function plain(value: unknown): unknown {
  if (value instanceof GoNumber) return value.value;
  if (Array.isArray(value)) return value.map(plain);
  if (isObj(value)) {
    const out: Obj = {};
    for (const [k, v] of Object.entries(value)) setKey(out, k, plain(v));
    return out;
  }
  return value;
}

/** The scalar as the Go field receives it, or undefined when it does not fit (a type error). */
function scalarFor(node: FieldNode, value: unknown): { ok: true; value: unknown } | { ok: false } {
  if (Array.isArray(value) || isObj(value)) return { ok: false };
  if (node === 's') {
    // sigs.k8s.io/yaml writes a number or boolean into a string field as its text.
    if (value instanceof GoNumber) return { ok: true, value: value.text };
    if (typeof value === 'number' || typeof value === 'boolean') return { ok: true, value: String(value) };
    return { ok: true, value };
  }
  if (node === 'i') {
    if (typeof value === 'number') return Number.isInteger(value) ? { ok: true, value } : { ok: false };
    if (value instanceof GoNumber && Number.isInteger(value.value)) return { ok: true, value: value.value };
    return { ok: false };
  }
  if (node === 'b') return typeof value === 'boolean' ? { ok: true, value } : { ok: false };
  return { ok: true, value: value instanceof GoNumber ? value.value : value };
}

function visit(value: unknown, node: FieldNode, path: string, norm: string, walk: Walk): unknown {
  if (value === null || value === undefined) return value;
  const { report } = walk;
  const shownPath: MessageValue = path === '' ? TOP_LEVEL : path;
  if (Array.isArray(node)) {
    if (!Array.isArray(value)) {
      report.error(path, 'field-type', 'fields.type.list', { path: shownPath, actual: shown(value) });
      return undefined;
    }
    const inner = node[0] as FieldNode;
    const itemNorm = `${norm}[]`;
    // No install-config lists more than a few hundred of anything; past MAX_LIST_ITEMS the rules would only repeat
    // themselves, at a cost that grows with the file.
    const items = value.length > MAX_LIST_ITEMS ? value.slice(0, MAX_LIST_ITEMS) : value;
    if (items !== value) {
      report.warn(path, 'list-too-long', 'fields.list-too-long', {
        path: shownPath,
        count: value.length,
        max: MAX_LIST_ITEMS,
      });
    }
    let changed = items !== value;
    const result = items.map((item, i) => {
      const after = visit(item, inner, child(path, i), itemNorm, walk);
      if (after !== item) changed = true;
      return after;
    });
    return changed ? result : value;
  }
  if (node === 1) {
    if (!isObj(value)) {
      report.error(path, 'field-type', 'fields.type.mapping', { path: shownPath, actual: shown(value) });
      return undefined;
    }
    return plain(value);
  }
  if (isTree(node)) {
    if (!isObj(value)) {
      report.error(path || '(top level)', 'field-type', 'fields.type.mapping', {
        path: shownPath,
        actual: shown(value),
      });
      return undefined;
    }
    // Copy on write: a mapping whose keys and values all stay as they are is returned as it is (a large file is not
    // copied for nothing).
    const entries = Object.entries(value);
    let out: Obj | undefined;
    const keep = (index: number, key: string, original: string, before: unknown, after: unknown): void => {
      if (out === undefined && (key !== original || before !== after)) {
        out = {};
        for (const [k, v] of entries.slice(0, index)) setKey(out, k, v);
      }
      if (out !== undefined) setKey(out, key, after);
    };
    const drop = (index: number): void => {
      if (out !== undefined) return;
      out = {};
      for (const [k, v] of entries.slice(0, index)) setKey(out, k, v);
    };
    for (const [index, [key, item]] of entries.entries()) {
      const resolved = resolveKey(node, key);
      if (resolved) {
        const canonicalPath = child(path, resolved.canonical);
        const canonicalNorm = norm === '' ? resolved.canonical : `${norm}.${resolved.canonical}`;
        if (walk.file === 'install-config' && !inRelease(canonicalPath, canonicalNorm, walk)) {
          drop(index);
          continue;
        }
        if (!resolved.exact && !isDocumentedSpelling(canonicalNorm, key)) {
          report.warn(canonicalPath, 'field-case', 'fields.case', { key, canonical: resolved.canonical });
        }
        const after = visit(item, resolved.node, canonicalPath, canonicalNorm, walk);
        keep(index, resolved.canonical, key, item, after);
        continue;
      }
      const keyNorm = norm === '' ? key : `${norm}.${key}`;
      const older = walk.file === 'install-config' ? releaseFieldsAt(keyNorm).find((f) => f.kind) : undefined;
      if (older?.kind && inRelease(child(path, key), keyNorm, walk)) {
        // A field of an older release that the newest schema no longer lists (powervs.serviceInstanceID in 4.14).
        const after = visit(item, KIND_NODES[older.kind] as FieldNode, child(path, key), keyNorm, walk);
        keep(index, key, key, item, after);
        continue;
      }
      if (!older?.kind) unknownField(key, path, norm, node, walk);
      drop(index);
    }
    return out ?? value;
  }
  const fitted = scalarFor(node, value);
  if (!fitted.ok) {
    if (JSON_TEXT_FIELDS.has(norm) && (isObj(value) || Array.isArray(value))) {
      report.error(path, 'field-type', 'fields.type.json-text', { path: shownPath, actual: shown(value) });
    } else if (node === 'i' && typeof value === 'string' && /^-?\d+$/.test(value.trim())) {
      report.error(path, 'field-type', 'fields.type.quoted-number', { path: shownPath, value });
    } else {
      report.error(path, 'field-type', 'fields.type.scalar', {
        path: shownPath,
        expected: expected(node),
        actual: shown(value),
      });
    }
    return undefined;
  }
  return fitted.value;
}

const consequences = new WeakMap<Walk, { severity: 'error' | 'warning'; text: MessageRef }>();

/** The consequence of an unknown key in the target release, for the end of the sentence (one per walk). */
function consequence(walk: Walk): { severity: 'error' | 'warning'; text: MessageRef } {
  const known = consequences.get(walk);
  if (known) return known;
  const version = walk.report.version;
  const value: { severity: 'error' | 'warning'; text: MessageRef } =
    walk.file === 'agent-config'
      ? { severity: 'error', text: msg('fields.consequence.agent') }
      : walk.report.applies('unknown-field-fatal')
        ? { severity: 'error', text: msg('fields.consequence.fatal', { version }) }
        : { severity: 'warning', text: msg('fields.consequence.ignored', { version }) };
  consequences.set(walk, value);
  return value;
}

/** Whether a known field exists in the target release; reports it (and returns false) when it does not. */
function inRelease(path: string, norm: string, walk: Walk): boolean {
  const { report } = walk;
  const status = fieldInRelease(norm, report.version);
  if (status.state === 'present') {
    if (status.deprecated) {
      report.warn(path, 'deprecated-field', 'fields.deprecated', {
        path,
        since: status.deprecated.since,
        use: status.deprecated.use ? msg('fields.use', { replacement: status.deprecated.use }) : '',
      });
    }
    return true;
  }
  const { severity, text } = consequence(walk);
  if (!report.keeps('unknown-field')) {
    report.add({ severity, path, rule: 'unknown-field', text });
    return false;
  }
  const values: Record<string, MessageValue> =
    status.state === 'not-yet'
      ? { path, version: report.version, added: status.added, consequence: text }
      : {
          path,
          version: report.version,
          removed: status.removed,
          use: status.replacement ? msg('fields.use', { replacement: status.replacement }) : '',
          consequence: text,
        };
  report.add({
    severity,
    path,
    rule: 'unknown-field',
    text: msg(status.state === 'not-yet' ? 'fields.not-yet' : 'fields.removed', values),
  });
  return false;
}

/** Known platforms other than the file's, whose blocks a misplaced key is not sent to. */
function otherPlatform(place: string, platform: string | undefined): boolean {
  if (platform === undefined) return false;
  return PLATFORM_NAMES.some(
    (name) =>
      name !== platform && (place.startsWith(`platform.${name}`) || place.includes(`.platform.${name}`)),
  );
}

function unknownField(key: string, parent: string, norm: string, tree: FieldTree, walk: Walk): void {
  const { report } = walk;
  const path = child(parent, key);
  const { severity, text } = consequence(walk);
  // Past the cap nothing more is printed: count the finding without looking for suggestions.
  if (!report.keeps('unknown-field')) {
    report.add({ severity, path, rule: 'unknown-field', text });
    return;
  }
  const where = parent === '' ? msg('fields.where.top') : msg('fields.where.in', { parent });
  const places =
    walk.file === 'install-config'
      ? placesOf(key).filter(
          (place) =>
            place !== norm &&
            !otherPlatform(place, walk.platform) &&
            fieldInRelease(place, report.version).state === 'present',
        )
      : [];
  if (places.length > 0 && places.length <= 4) {
    const parents = places.map(
      (place) => place.slice(0, Math.max(0, place.lastIndexOf('.'))) || '(top level)',
    );
    report.add({
      severity,
      path,
      rule: 'unknown-field',
      text: msg('fields.unknown.misplaced', { key, where, places: parents.join(', '), consequence: text }),
    });
    return;
  }
  const siblings = Object.keys(tree).filter(
    (name) =>
      walk.file !== 'install-config' ||
      fieldInRelease(norm === '' ? name : `${norm}.${name}`, report.version).state === 'present',
  );
  const suggestion = typoSuggestion(key, siblings);
  report.add({
    severity,
    path,
    rule: 'unknown-field',
    text: suggestion
      ? msg('fields.unknown.typo', { key, where, suggestion, consequence: text })
      : msg('fields.unknown.plain', { key, where, consequence: text }),
  });
}
