import { type ErrorCode, isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import { UsageError } from '../errors.js';
import { say } from '../i18n/text.js';
import type { Lang } from '../types.js';
import { findNonText } from '../util/control-characters.js';
import { CONVERT_DETAIL_KO, PARSE_MESSAGES, YAML_ERRORS_KO } from './parse-messages.js';
import { readPlainYaml } from './plain-reader.js';

/** No answers file nests deeper than a handful of levels; 64 leaves room and stops stack-hungry input. */
const MAX_DEPTH = 64;
/** A real answers file uses a few aliases at most; a limit stops "billion laughs" expansion. */
const MAX_ALIASES = 50;
/**
 * No list or mapping of an answers file is longer (hosts are at most 2000); a bound before the schema runs keeps a
 * flood of entries from exhausting the validator (150,000 empty hosts once overflowed zod's stack).
 */
const MAX_ITEMS = 5000;
/** Free-text keys that may hold several lines. */
const MULTI_LINE_KEYS = new Set(['description']);

// Control characters other than tab, LF and CR are not YAML text (YAML 1.2 §5.1 printable set).
// biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to find them
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

type Values = Record<string, string | number>;

/** A usage error in the chosen language. */
function refuse(id: keyof typeof PARSE_MESSAGES, lang: Lang, values: Values): UsageError {
  return new UsageError(say(PARSE_MESSAGES[id], lang, values));
}

/** ` (line 3)` / `(3번째 줄)` after a sentence's subject, or nothing when the position is unknown. */
function atLine(line: number | undefined, lang: Lang): string {
  return line === undefined ? '' : say(PARSE_MESSAGES.line, lang, { line });
}

/** The parser's own sentence in English; in Korean what its error code means. */
function parserDetail(error: { code: ErrorCode; message: string }, lang: Lang): string {
  return lang === 'ko' ? YAML_ERRORS_KO[error.code] : (error.message.split('\n')[0] ?? '');
}

/** Why toJS refused the document: the yaml package's sentence in English, its meaning in Korean. */
function convertDetail(message: string, lang: Lang): string {
  if (lang !== 'ko') return message.split('\n')[0] ?? '';
  if (/alias count/i.test(message)) return CONVERT_DETAIL_KO.aliases;
  if (/unresolved alias/i.test(message)) return CONVERT_DETAIL_KO.unresolved;
  return CONVERT_DETAIL_KO.other;
}

/**
 * Parses the text of an answers file (YAML or JSON, which is YAML) into a plain value. Anything that is not a
 * mapping, or is not YAML at all, is a usage error (exit 2) with one sentence, in `lang`, naming the file and the
 * problem. Hostile input (binary data, alias bombs, deep nesting, many duplicate keys) is refused quickly, never a hang.
 */
export function parseAnswersText(text: string, file: string, lang: Lang = 'en'): Record<string, unknown> {
  const source = text.replace(/^\uFEFF/, '');
  if (CONTROL.test(source) || source.includes('\uFFFD')) throw refuse('binary', lang, { file });
  if (/\r(?!\n)/.test(source)) throw refuse('lonelyCr', lang, { file });
  // answers.yaml as the planner writes it is read without the yaml package's parser (plain-reader.ts); any other
  // shape, and every broken file, goes to the parser, whose checks below give the messages.
  const value: unknown = readPlainYaml(source) ?? parseWithYaml(source, file, lang);
  if (value === null || value === undefined) throw refuse('empty', lang, { file });
  // Escapes such as "\e[2J" or "\u001b" become control characters only now, after parsing: refuse them here,
  // so that no answer can reach a terminal, a generated file or a command as a terminal escape or a hidden character.
  const nonText = findNonText(value, MULTI_LINE_KEYS);
  if (nonText.length > 0) {
    const list = nonText
      .slice(0, 5)
      .map((found) => `${found.key} (${found.char})`)
      .join(', ');
    const count = nonText.length - 5;
    const more = count > 0 ? say(PARSE_MESSAGES.nonTextMore, lang, { count }) : '';
    throw refuse('nonText', lang, { file, list, more });
  }
  if (typeof value !== 'object' || Array.isArray(value))
    throw refuse(Array.isArray(value) ? 'notMappingList' : 'notMappingScalar', lang, { file });
  return value as Record<string, unknown>;
}

/** The yaml package's reading of an answers file, with its limits on depth, size, duplicates and aliases. */
function parseWithYaml(source: string, file: string, lang: Lang): unknown {
  // yaml's own duplicate-key check is quadratic; duplicates are found in one pass below.
  const lines = new LineCounter();
  const doc = parseDocument(source, {
    version: '1.2',
    uniqueKeys: false,
    prettyErrors: false,
    lineCounter: lines,
  });
  const first = doc.errors[0];
  if (first?.code === 'MULTIPLE_DOCS') throw refuse('severalDocuments', lang, { file });
  if (first) {
    if (/call stack/i.test(first.message)) throw refuse('tooDeepForParser', lang, { file });
    // Without pretty errors the parser gives only an offset; the line counter turns it into the line people look for.
    const where = atLine(lines.linePos(first.pos[0]).line, lang);
    throw refuse('notYaml', lang, { file, where, detail: parserDetail(first, lang) });
  }
  const problem = structureProblem(doc.contents as Node | null, 0, lines);
  if (problem) throw refuse(problem.id, lang, { file, ...localised(problem.values, lang) });
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    throw refuse('notConvertible', lang, { file, detail: convertDetail((error as Error).message, lang) });
  }
}

/** A structure problem: its sentence and the values it needs; `line` and `kind` are put into words per language. */
interface StructureProblem {
  id: 'tooDeep' | 'tooManyItems' | 'complexKey' | 'duplicateKey';
  values: { line?: number; kind?: 'mapping' | 'list'; [key: string]: string | number | undefined };
}

function localised(values: StructureProblem['values'], lang: Lang): Values {
  const { line, kind, ...rest } = values;
  const out: Values = { line: atLine(line, lang) };
  if (kind) out.kind = say(PARSE_MESSAGES[kind], lang);
  for (const [key, value] of Object.entries(rest)) if (value !== undefined) out[key] = value;
  return out;
}

/** One walk over the parsed document: nesting depth and duplicate keys, each mapping's keys in a Set. */
function structureProblem(
  node: Node | null,
  depth: number,
  lines: LineCounter,
): StructureProblem | undefined {
  if (!node) return undefined;
  if (depth > MAX_DEPTH) return { id: 'tooDeep', values: { max: MAX_DEPTH } };
  if ((isMap(node) || isSeq(node)) && node.items.length > MAX_ITEMS) {
    return {
      id: 'tooManyItems',
      values: {
        kind: isMap(node) ? 'mapping' : 'list',
        count: node.items.length,
        max: MAX_ITEMS,
        ...(node.range ? { line: lines.linePos(node.range[0]).line } : {}),
      },
    };
  }
  if (isMap(node)) {
    const seen = new Set<string>();
    for (const pair of node.items) {
      if (pair.key !== null && !isScalar(pair.key)) {
        const range = pair.key ? (pair.key as Node).range : undefined;
        return {
          id: 'complexKey',
          values: range ? { line: lines.linePos(range[0] ?? 0).line } : {},
        };
      }
      if (isScalar(pair.key)) {
        const key = String(pair.key.value);
        if (seen.has(key)) {
          const range = pair.key.range;
          return {
            id: 'duplicateKey',
            values: { key, ...(range ? { line: lines.linePos(range[0]).line } : {}) },
          };
        }
        seen.add(key);
      }
      const inner = structureProblem(pair.value as Node | null, depth + 1, lines);
      if (inner) return inner;
    }
  } else if (isSeq(node)) {
    for (const item of node.items) {
      const inner = structureProblem(item as Node | null, depth + 1, lines);
      if (inner) return inner;
    }
  }
  return undefined;
}
