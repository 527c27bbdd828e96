import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import { UsageError } from '../errors.js';
import type { Lang } from '../types.js';
import { findNonText } from '../util/control-characters.js';

/** No answers file nests deeper than a handful of levels; 64 leaves room and stops stack-hungry input. */
const MAX_DEPTH = 64;
/** A real answers file uses a few aliases at most; a limit stops "billion laughs" expansion. */
const MAX_ALIASES = 50;
/**
 * No list or mapping of an answers file is longer (hosts are at most 2000); a bound before the schema runs keeps a
 * flood of entries from exhausting the validator (F17: 150,000 empty hosts overflowed zod's stack).
 */
const MAX_ITEMS = 5000;
/** Free-text keys that may hold several lines. */
const MULTI_LINE_KEYS = new Set(['description']);

// Control characters other than tab, LF and CR are not YAML text (YAML 1.2 §5.1 printable set).
// biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to find them
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/**
 * Parses the text of an answers file (YAML or JSON, which is YAML) into a plain value. Anything that is not a
 * mapping, or is not YAML at all, is a usage error (exit 2) with one sentence naming the file and the problem.
 * Hostile input (binary data, alias bombs, deep nesting, many duplicate keys) is refused quickly, never a hang.
 */
export function parseAnswersText(text: string, file: string, lang: Lang = 'en'): Record<string, unknown> {
  const source = text.replace(/^\uFEFF/, '');
  if (CONTROL.test(source) || source.includes('\uFFFD')) {
    throw new UsageError(
      `${file} holds binary data or control characters; it is not a YAML or JSON answers file.`,
    );
  }
  if (/\r(?!\n)/.test(source)) {
    throw new UsageError(
      lang === 'ko'
        ? `${file}의 줄 끝이 캐리지 리턴(CR) 하나뿐입니다(옛 Mac 형식). LF나 CRLF 줄 끝으로 저장하십시오.`
        : `${file} has line ends made of a carriage return alone (old Mac style); save it with LF or CRLF line ends.`,
    );
  }
  // yaml's own duplicate-key check is quadratic; duplicates are found in one pass below.
  const lines = new LineCounter();
  const doc = parseDocument(source, {
    version: '1.2',
    uniqueKeys: false,
    prettyErrors: false,
    lineCounter: lines,
  });
  const first = doc.errors[0];
  if (first?.code === 'MULTIPLE_DOCS') {
    throw new UsageError(
      lang === 'ko'
        ? `${file}에 YAML 문서가 여러 개 있습니다(--- 로 구분). 답변 파일은 문서 하나입니다.`
        : `${file} holds several YAML documents (separated by ---); an answers file is one document.`,
    );
  }
  if (first) {
    if (/call stack/i.test(first.message))
      throw new UsageError(`${file} is nested too deeply to be an answers file.`);
    const where = first.linePos?.[0] ? ` (line ${first.linePos[0].line})` : '';
    throw new UsageError(`${file} is not valid YAML or JSON${where}: ${first.message.split('\n')[0]}`);
  }
  const problem = structureProblem(doc.contents as Node | null, 0, lines);
  if (problem) throw new UsageError(lang === 'ko' ? `${file}${problem.ko}` : `${file} ${problem.en}`);
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    throw new UsageError(`${file} could not be read as YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  if (value === null || value === undefined) {
    throw new UsageError(`${file} is empty; it must be a YAML mapping of answers.`);
  }
  // Escapes such as "\e[2J" or "\u001b" become control characters only now, after parsing (F11): refuse them here,
  // so that no answer can reach a terminal, a generated file or a command as a terminal escape or a hidden character.
  const nonText = findNonText(value, MULTI_LINE_KEYS);
  if (nonText.length > 0) {
    const list = nonText
      .slice(0, 5)
      .map((found) => `${found.key} (${found.char})`)
      .join(', ');
    const more = nonText.length > 5 ? nonText.length - 5 : 0;
    throw new UsageError(
      lang === 'ko'
        ? `${file}의 ${list}${more ? ` 외 ${more}곳` : ''}에 제어 문자나 보이지 않는 문자가 있습니다. 답변은 일반 텍스트여야 하니 지우십시오.`
        : `${file} has control or invisible characters in ${list}${more ? ` and ${more} more` : ''}; answers are plain text: remove them.`,
    );
  }
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new UsageError(
      `${file} must be a YAML mapping (key: value lines), not ${Array.isArray(value) ? 'a list' : 'a single value'}.`,
    );
  }
  return value as Record<string, unknown>;
}

/** One walk over the parsed document: nesting depth and duplicate keys, each mapping's keys in a Set. */
function structureProblem(
  node: Node | null,
  depth: number,
  lines: LineCounter,
): Record<Lang, string> | undefined {
  if (!node) return undefined;
  if (depth > MAX_DEPTH)
    return {
      en: `is nested more than ${MAX_DEPTH} levels deep; it is not an answers file.`,
      ko: `: ${MAX_DEPTH}단계보다 깊게 중첩되어 답변 파일이 아닙니다.`,
    };
  if ((isMap(node) || isSeq(node)) && node.items.length > MAX_ITEMS) {
    const line = node.range ? ` (line ${lines.linePos(node.range[0]).line})` : '';
    return {
      en: `has a ${isMap(node) ? 'mapping' : 'list'} of ${node.items.length} entries${line}; no answers key takes more than ${MAX_ITEMS}.`,
      ko: `: 항목이 ${node.items.length}개인 ${isMap(node) ? '매핑' : '목록'}이 있습니다${line}. 어떤 답변 키도 ${MAX_ITEMS}개를 넘지 않습니다.`,
    };
  }
  if (isMap(node)) {
    const seen = new Set<string>();
    for (const pair of node.items) {
      if (pair.key !== null && !isScalar(pair.key)) {
        const line =
          pair.key && (pair.key as Node).range
            ? ` (line ${lines.linePos((pair.key as Node).range?.[0] ?? 0).line})`
            : '';
        return {
          en: `has a key that is a list or mapping${line}; keys are plain names such as clusterName.`,
          ko: `: 목록이나 매핑인 키가 있습니다${line}. 키는 clusterName 같은 일반 이름이어야 합니다.`,
        };
      }
      if (isScalar(pair.key)) {
        const key = String(pair.key.value);
        if (seen.has(key)) {
          const line = pair.key.range ? ` (line ${lines.linePos(pair.key.range[0]).line})` : '';
          return {
            en: `has the key "${key}" twice${line}; keep one.`,
            ko: `: "${key}" 키가 두 번 있습니다${line}. 하나만 남기십시오.`,
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
