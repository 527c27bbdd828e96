import { describe, expect, it } from 'vitest';
import { parseAnswersText } from '../../src/answers/parse.js';
import { PARSE_MESSAGES, YAML_ERRORS_KO } from '../../src/answers/parse-messages.js';
import { sourceName } from '../../src/commands/answers-source.js';
import { UsageError } from '../../src/errors.js';

const HANGUL = /[\uAC00-\uD7A3]/;
/** Words of the English sentences (and of the yaml package's own) that must not reach a Korean message. */
const ENGLISH =
  /\b(is not|holds|has|must|could not|empty|nested|twice|line|Tabs|indented|allowed|alias count)\b/;

function refusal(text: string, lang: 'en' | 'ko'): string {
  try {
    parseAnswersText(text, 'answers.yaml', lang);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error('the text was accepted');
}

const deep = `${'a:\n'.replace(/\n$/, '')}${Array.from({ length: 70 }, (_, i) => `\n${'  '.repeat(i + 1)}k:`).join('')} 1\n`;

const CASES: { name: string; text: string; en: string; ko: string }[] = [
  {
    name: 'binary data',
    text: 'a: 1\u0000',
    en: 'answers.yaml holds binary data or control characters; it is not a YAML or JSON answers file.',
    ko: 'answers.yaml에 바이너리 데이터나 제어 문자가 있습니다. YAML이나 JSON 답변 파일이 아닙니다.',
  },
  {
    name: 'a tab as indentation',
    text: 'a: 1\nb:\n\tc: 1\n',
    en: 'answers.yaml is not valid YAML or JSON (line 3): Tabs are not allowed as indentation',
    ko: 'answers.yaml의 내용이 올바른 YAML이나 JSON이 아닙니다(3번째 줄): 들여쓰기에 탭이 있습니다. YAML 들여쓰기는 공백이어야 합니다.',
  },
  {
    name: 'a duplicate key',
    text: 'a: 1\na: 2\n',
    en: 'answers.yaml has the key "a" twice (line 2); keep one.',
    ko: 'answers.yaml에 "a" 키가 두 번 있습니다(2번째 줄). 하나만 남기십시오.',
  },
  {
    name: 'an empty file',
    text: '',
    en: 'answers.yaml is empty; it must be a YAML mapping of answers.',
    ko: 'answers.yaml의 내용이 비어 있습니다. 답변 파일은 답을 담은 YAML 매핑이어야 합니다.',
  },
  {
    name: 'a list',
    text: '- a\n- b\n',
    en: 'answers.yaml must be a YAML mapping (key: value lines), not a list.',
    ko: 'answers.yaml의 내용은 YAML 매핑(key: value 줄)이어야 하는데 목록입니다.',
  },
  {
    name: 'a single value',
    text: 'hello\n',
    en: 'answers.yaml must be a YAML mapping (key: value lines), not a single value.',
    ko: 'answers.yaml의 내용은 YAML 매핑(key: value 줄)이어야 하는데 값 하나뿐입니다.',
  },
  {
    name: 'an alias bomb',
    text: `a: &a [x, x, x, x, x, x, x, x]\nb: &b [${Array(10).fill('*a').join(', ')}]\nc: [${Array(10).fill('*b').join(', ')}]\n`,
    en: 'answers.yaml could not be read as YAML: Excessive alias count indicates a resource exhaustion attack',
    ko: 'answers.yaml의 내용을 YAML 값으로 읽을 수 없습니다: 별칭(alias)이 너무 많이 펼쳐집니다. 자원 고갈 공격일 수 있어 읽기를 멈췄습니다.',
  },
  {
    name: 'a key that is a mapping',
    text: '? {a: 1}\n: 2\n',
    en: 'answers.yaml has a key that is a list or mapping (line 1); keys are plain names such as clusterName.',
    ko: 'answers.yaml에 목록이나 매핑인 키가 있습니다(1번째 줄). 키는 clusterName 같은 일반 이름이어야 합니다.',
  },
  {
    name: 'nesting deeper than 64 levels',
    text: deep,
    en: 'answers.yaml is nested more than 64 levels deep; it is not an answers file.',
    ko: 'answers.yaml의 중첩이 64단계보다 깊어 답변 파일이 아닙니다.',
  },
  {
    name: 'too many entries',
    text: `hosts:\n${'  - {}\n'.repeat(5001)}`,
    en: 'answers.yaml has a list of 5001 entries (line 2); no answers key takes more than 5000.',
    ko: 'answers.yaml에 항목이 5001개인 목록이 있습니다(2번째 줄). 어떤 답변 키도 5000개를 넘지 않습니다.',
  },
  {
    name: 'an invisible character in an answer',
    text: 'clusterName: "a\\u202Eb"\n',
    en: 'answers.yaml has control or invisible characters in clusterName (\\u202e); answers are plain text: remove them.',
    ko: 'answers.yaml의 clusterName (\\u202e)에 제어 문자나 보이지 않는 문자가 있습니다. 답변은 일반 텍스트여야 하니 지우십시오.',
  },
];

describe('answers that cannot be parsed', () => {
  it.each(CASES)('$name: one sentence in each language', ({ text, en, ko }) => {
    expect(refusal(text, 'en')).toBe(en);
    const korean = refusal(text, 'ko');
    expect(korean).toBe(ko);
    expect(korean).toMatch(HANGUL);
    expect(korean.replaceAll('answers.yaml', '')).not.toMatch(ENGLISH);
  });

  it('has a Korean meaning for every parser error code, and Korean for every message', () => {
    for (const text of Object.values(YAML_ERRORS_KO)) expect(text).toMatch(HANGUL);
    for (const text of Object.values(PARSE_MESSAGES)) {
      expect(text.en).not.toMatch(HANGUL);
      expect(text.ko).toMatch(HANGUL);
    }
  });
});

describe('where answers come from, in a sentence', () => {
  it('names a file as given, and a scenario and the wizard in words of the language', () => {
    expect(sourceName({ kind: 'file', file: './a.yaml' }, 'ko')).toBe('./a.yaml');
    expect(sourceName({ kind: 'scenario', name: 'aws-ipi-ha' }, 'en')).toBe('scenario aws-ipi-ha');
    expect(sourceName({ kind: 'scenario', name: 'aws-ipi-ha' }, 'ko')).toBe('시나리오 aws-ipi-ha');
    expect(sourceName({ kind: 'wizard' }, 'en')).toBe('the wizard');
    expect(sourceName({ kind: 'wizard' }, 'ko')).toBe('마법사');
    // A file whose name reads like a label is still a file.
    expect(sourceName({ kind: 'file', file: 'the wizard' }, 'ko')).toBe('the wizard');
  });
});
