import * as z from 'zod';
import { fill } from '../i18n/text.js';
import type { Lang, Text } from '../types.js';
import { closest } from '../util/closest-name.js';
import { AnswersSchema } from './schema.js';
import { SCHEMA_MESSAGES_KO, TYPE_NAMES_KO } from './schema-messages.js';

/** One thing wrong with the answers, named by its dotted key (`networking.machineNetwork[0]`). */
export interface Problem {
  key: string;
  message: string;
  /** The same sentence in Korean (the languages contract); `message` is the English one. */
  ko: string;
}

type Values = Record<string, string | number>;

/** A problem under `key` whose message is `text` in both languages, filled with the same values. */
export function problemOf(key: string, text: Text, values: Values = {}): Problem {
  return { key, message: fill(text.en, values), ko: fill(text.ko, values) };
}

/** A problem whose values are themselves sentences: the English text filled with `en`, the Korean with `ko`. */
export function problemIn(key: string, text: Text, en: Values, ko: Values): Problem {
  return { key, message: fill(text.en, en), ko: fill(text.ko, ko) };
}

/** The problems in the user's language: the Korean sentence where a rule gives one. */
export function localised(problems: readonly Problem[], lang: Lang): Problem[] {
  if (lang !== 'ko') return [...problems];
  return problems.map((p) => ({ ...p, message: p.ko }));
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

/** Turns zod issues into problems whose messages name the key and the fix, in both languages. */
export function problemsFromZod(error: z.ZodError): Problem[] {
  const problems: Problem[] = [];
  // The valid keys of a mapping are listed once, with its first unknown key: a file with thousands of unknown keys
  // must not print the list thousands of times.
  const listed = new Set<string>();
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const suggestion = closest(key, knownKeysAt(issue.path));
        const where = dotted([...issue.path, key]);
        const at = dotted(issue.path);
        const keys = knownKeysAt(issue.path).join(', ');
        const first = !listed.has(at);
        listed.add(at);
        if (suggestion) problems.push(problemOf(where, ZOD_TEXT.didYouMean, { key, suggestion }));
        else
          problems.push(
            problemOf(where, first ? ZOD_TEXT.unknownKeyListed : ZOD_TEXT.unknownKey, { key, keys }),
          );
      }
      continue;
    }
    const text = describeIssue(issue);
    problems.push({ key: dotted(issue.path) || '(top level)', message: text.en, ko: text.ko });
  }
  return problems;
}

/** The sentences of schema problems that are not messages of the schema itself. */
const ZOD_TEXT = {
  didYouMean: {
    en: 'unknown key "{key}"; did you mean "{suggestion}"?',
    ko: '알 수 없는 키 "{key}"입니다. "{suggestion}"을(를) 쓰려던 것입니까?',
  },
  unknownKey: { en: 'unknown key "{key}"; remove it', ko: '알 수 없는 키 "{key}"입니다. 삭제하십시오' },
  unknownKeyListed: {
    en: 'unknown key "{key}"; remove it (valid keys here: {keys})',
    ko: '알 수 없는 키 "{key}"입니다. 삭제하십시오(이 위치에 쓸 수 있는 키: {keys})',
  },
  oneOf: { en: 'must be one of {values}', ko: '{values} 중 하나여야 합니다' },
  typeOnly: { en: 'must be {type}', ko: '{type}이어야 합니다' },
  typeNot: { en: 'must be {type}, not {got}', ko: '{type}이어야 합니다(지금은 {got})' },
  tooShortString: { en: '{message}', ko: '{minimum}자 이상이어야 합니다' },
  tooLongString: { en: '{message}', ko: '{maximum}자 이하여야 합니다' },
  tooFewItems: { en: '{message}', ko: '항목이 {minimum}개 이상이어야 합니다' },
  tooManyItems: { en: '{message}', ko: '항목이 {maximum}개 이하여야 합니다' },
  tooSmall: { en: '{message}', ko: '{minimum} 이상이어야 합니다' },
  tooBig: { en: '{message}', ko: '{maximum} 이하여야 합니다' },
  notInteger: { en: '{message}', ko: '정수여야 합니다' },
  format: { en: '{message}', ko: '형식이 올바르지 않습니다' },
  union: { en: '{message}', ko: '허용되는 형식의 값이 아닙니다' },
  other: { en: '{message}', ko: '올바르지 않은 값입니다' },
} as const satisfies Record<string, Text>;

/** One zod issue in both languages: the schema's own message where it gave one, else a sentence of ours. */
function describeIssue(issue: z.core.$ZodIssue): Text {
  if (issue.code === 'invalid_value' && 'values' in issue) {
    const values = issue.values.map((v) => JSON.stringify(v)).join(', ');
    return { en: fill(ZOD_TEXT.oneOf.en, { values }), ko: fill(ZOD_TEXT.oneOf.ko, { values }) };
  }
  if (issue.code === 'invalid_type') {
    const en = article(issue.expected);
    const ko = TYPE_NAMES_KO[issue.expected] ?? issue.expected;
    if (issue.input === undefined)
      return { en: fill(ZOD_TEXT.typeOnly.en, { type: en }), ko: fill(ZOD_TEXT.typeOnly.ko, { type: ko }) };
    return {
      en: fill(ZOD_TEXT.typeNot.en, { type: en, got: typeName(issue.input) }),
      ko: fill(ZOD_TEXT.typeNot.ko, { type: ko, got: typeNameKo(issue.input) }),
    };
  }
  const own = SCHEMA_MESSAGES_KO[issue.message];
  if (own !== undefined) return { en: issue.message, ko: own };
  const values = { message: issue.message, minimum: '', maximum: '' };
  const pick = (text: Text, extra: Record<string, string | number> = {}): Text => ({
    en: fill(text.en, { ...values, ...extra }),
    ko: fill(text.ko, { ...values, ...extra }),
  });
  if (issue.code === 'too_small') {
    const minimum = Number(issue.minimum);
    if (issue.origin === 'string')
      return minimum === 1
        ? { en: issue.message, ko: SCHEMA_MESSAGES_KO['must not be empty'] ?? '' }
        : pick(ZOD_TEXT.tooShortString, { minimum });
    if (issue.origin === 'array' || issue.origin === 'set') return pick(ZOD_TEXT.tooFewItems, { minimum });
    return pick(ZOD_TEXT.tooSmall, { minimum });
  }
  if (issue.code === 'too_big') {
    const maximum = Number(issue.maximum);
    if (issue.origin === 'string') return pick(ZOD_TEXT.tooLongString, { maximum });
    if (issue.origin === 'array' || issue.origin === 'set') return pick(ZOD_TEXT.tooManyItems, { maximum });
    return pick(ZOD_TEXT.tooBig, { maximum });
  }
  if (issue.code === 'invalid_format') return pick(ZOD_TEXT.format);
  if (issue.code === 'invalid_union') return pick(ZOD_TEXT.union);
  return pick(ZOD_TEXT.other);
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

function typeNameKo(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return '목록';
  if (typeof value === 'object') return '매핑';
  return `${TYPE_NAMES_KO[typeof value] ?? typeof value} ${JSON.stringify(value)}`;
}

/** Problems listed at most; the rest are counted, so output stays bounded on any input. */
const MAX_LISTED_PROBLEMS = 50;

/** One readable block: "- key: message" per line. */
export function formatProblems(problems: readonly Problem[], lang: Lang = 'en'): string {
  const lines = problems.slice(0, MAX_LISTED_PROBLEMS).map((p) => `  - ${p.key}: ${p.message}`);
  const more = problems.length - MAX_LISTED_PROBLEMS;
  if (more > 0) lines.push(lang === 'ko' ? `  - … 외 ${more}건` : `  - … and ${more} more`);
  return lines.join('\n');
}
