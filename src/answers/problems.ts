import * as z from 'zod';
import type { Lang } from '../types.js';
import { closest } from '../util/closest-name.js';
import { AnswersSchema } from './schema.js';

/** One thing wrong with the answers, named by its dotted key (`networking.machineNetwork[0]`). */
export interface Problem {
  key: string;
  message: string;
  /** The same sentence in Korean, where the rule has one; `message` is the English one. */
  ko?: string;
}

/** The problems in the user's language: the Korean sentence where a rule gives one. */
export function localised(problems: readonly Problem[], lang: Lang): Problem[] {
  if (lang !== 'ko') return [...problems];
  return problems.map((p) => (p.ko ? { ...p, message: p.ko } : p));
}

/** Dotted key notation of the plan-folder format (`ownership.machines`, `hosts[0].ip`). */
export function dotted(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

/** The keys an object accepts at `path` of the answers schema, for "did you mean …" suggestions. */
export function knownKeysAt(path: readonly PropertyKey[]): string[] {
  let schema: z.ZodType = AnswersSchema;
  for (const part of path) {
    schema = unwrap(schema);
    if (schema instanceof z.ZodObject) {
      const next = (schema.shape as Record<string, z.ZodType>)[String(part)];
      if (!next) return [];
      schema = next;
    } else if (schema instanceof z.ZodArray) {
      schema = schema.element as z.ZodType;
    } else return [];
  }
  schema = unwrap(schema);
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodDefault) {
    current = current.unwrap() as z.ZodType;
  }
  return current;
}

/** Turns zod issues into problems whose messages name the key and the fix. */
export function problemsFromZod(error: z.ZodError): Problem[] {
  const problems: Problem[] = [];
  // The valid keys of a mapping are listed once, with its first unknown key: a file with thousands of unknown keys
  // must not print the list thousands of times (F23).
  const listed = new Set<string>();
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const suggestion = closest(key, knownKeysAt(issue.path));
        const where = dotted([...issue.path, key]);
        const at = dotted(issue.path);
        const list = listed.has(at) ? '' : ` (valid keys here: ${knownKeysAt(issue.path).join(', ')})`;
        listed.add(at);
        problems.push({
          key: where,
          message: suggestion
            ? `unknown key "${key}"; did you mean "${suggestion}"?`
            : `unknown key "${key}"; remove it${list}`,
        });
      }
      continue;
    }
    problems.push({ key: dotted(issue.path) || '(top level)', message: describeIssue(issue) });
  }
  return problems;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_value' && 'values' in issue) {
    return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  }
  if (issue.code === 'invalid_type') {
    return `must be ${article(issue.expected)}${issue.input === undefined ? '' : `, not ${typeName(issue.input)}`}`;
  }
  return issue.message;
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${JSON.stringify(value)}`;
}

/** Problems listed at most; the rest are counted, so output stays bounded on any input (F23). */
const MAX_LISTED_PROBLEMS = 50;

/** One readable block: "- key: message" per line. */
export function formatProblems(problems: readonly Problem[]): string {
  const lines = problems.slice(0, MAX_LISTED_PROBLEMS).map((p) => `  - ${p.key}: ${p.message}`);
  if (problems.length > MAX_LISTED_PROBLEMS)
    lines.push(`  - … and ${problems.length - MAX_LISTED_PROBLEMS} more`);
  return lines.join('\n');
}
