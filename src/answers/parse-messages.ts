import type { ErrorCode } from 'yaml';
import type { Text } from '../types.js';

/**
 * Why an answers file cannot be read as answers, in both languages. `{file}` is the file as the user named it (or
 * the scenario); the Korean sentences put it before 의/에 so no particle depends on how the name ends.
 */
export const PARSE_MESSAGES = {
  binary: {
    en: '{file} holds binary data or control characters; it is not a YAML or JSON answers file.',
    ko: '{file}에 바이너리 데이터나 제어 문자가 있습니다. YAML이나 JSON 답변 파일이 아닙니다.',
  },
  lonelyCr: {
    en: '{file} has line ends made of a carriage return alone (old Mac style); save it with LF or CRLF line ends.',
    ko: '{file}의 줄 끝이 캐리지 리턴(CR) 하나뿐입니다(옛 Mac 형식). LF나 CRLF 줄 끝으로 저장하십시오.',
  },
  severalDocuments: {
    en: '{file} holds several YAML documents (separated by ---); an answers file is one document.',
    ko: '{file}에 YAML 문서가 여러 개 있습니다(--- 로 구분). 답변 파일은 문서 하나입니다.',
  },
  tooDeepForParser: {
    en: '{file} is nested too deeply to be an answers file.',
    ko: '{file}의 중첩이 너무 깊어 답변 파일로 읽을 수 없습니다.',
  },
  notYaml: {
    en: '{file} is not valid YAML or JSON{where}: {detail}',
    ko: '{file}의 내용이 올바른 YAML이나 JSON이 아닙니다{where}: {detail}.',
  },
  notConvertible: {
    en: '{file} could not be read as YAML: {detail}',
    ko: '{file}의 내용을 YAML 값으로 읽을 수 없습니다: {detail}.',
  },
  empty: {
    en: '{file} is empty; it must be a YAML mapping of answers.',
    ko: '{file}의 내용이 비어 있습니다. 답변 파일은 답을 담은 YAML 매핑이어야 합니다.',
  },
  nonText: {
    en: '{file} has control or invisible characters in {list}{more}; answers are plain text: remove them.',
    ko: '{file}의 {list}{more}에 제어 문자나 보이지 않는 문자가 있습니다. 답변은 일반 텍스트여야 하니 지우십시오.',
  },
  nonTextMore: { en: ' and {count} more', ko: ' 외 {count}곳' },
  notMappingList: {
    en: '{file} must be a YAML mapping (key: value lines), not a list.',
    ko: '{file}의 내용은 YAML 매핑(key: value 줄)이어야 하는데 목록입니다.',
  },
  notMappingScalar: {
    en: '{file} must be a YAML mapping (key: value lines), not a single value.',
    ko: '{file}의 내용은 YAML 매핑(key: value 줄)이어야 하는데 값 하나뿐입니다.',
  },
  tooDeep: {
    en: '{file} is nested more than {max} levels deep; it is not an answers file.',
    ko: '{file}의 중첩이 {max}단계보다 깊어 답변 파일이 아닙니다.',
  },
  tooManyItems: {
    en: '{file} has a {kind} of {count} entries{line}; no answers key takes more than {max}.',
    ko: '{file}에 항목이 {count}개인 {kind}이 있습니다{line}. 어떤 답변 키도 {max}개를 넘지 않습니다.',
  },
  mapping: { en: 'mapping', ko: '매핑' },
  list: { en: 'list', ko: '목록' },
  complexKey: {
    en: '{file} has a key that is a list or mapping{line}; keys are plain names such as clusterName.',
    ko: '{file}에 목록이나 매핑인 키가 있습니다{line}. 키는 clusterName 같은 일반 이름이어야 합니다.',
  },
  duplicateKey: {
    en: '{file} has the key "{key}" twice{line}; keep one.',
    ko: '{file}에 "{key}" 키가 두 번 있습니다{line}. 하나만 남기십시오.',
  },
  line: { en: ' (line {line})', ko: '({line}번째 줄)' },
} as const satisfies Record<string, Text>;

/**
 * Why the parsed document could not become a value, in Korean (the English run quotes the yaml package): too many
 * aliases expanded, or anything else the conversion refuses.
 */
export const CONVERT_DETAIL_KO = {
  aliases: '별칭(alias)이 너무 많이 펼쳐집니다. 자원 고갈 공격일 수 있어 읽기를 멈췄습니다',
  unresolved:
    '정의되지 않은 앵커를 가리키는 별칭(alias)이 있습니다. 앵커(&)는 별칭(*)보다 먼저 정의해야 합니다',
  other: 'YAML 값으로 바꿀 수 없는 내용이 있습니다',
} as const;

/**
 * What each YAML parser error means, in Korean: the English run quotes the parser's own sentence, the Korean run
 * says this instead. Typed over the parser's error codes, so a code added by a yaml update is a compile error.
 */
export const YAML_ERRORS_KO = {
  ALIAS_PROPS: '별칭(alias)에는 태그나 앵커를 붙일 수 없습니다',
  BAD_ALIAS: '별칭(alias)이 올바르지 않거나 정의되지 않은 앵커를 가리킵니다',
  BAD_DIRECTIVE: 'YAML 지시어(%로 시작하는 줄)가 올바르지 않습니다',
  BAD_DQ_ESCAPE: '큰따옴표 문자열 안의 이스케이프(\\)가 올바르지 않습니다',
  BAD_INDENT: '들여쓰기가 맞지 않습니다',
  BAD_PROP_ORDER: '앵커와 태그의 순서가 올바르지 않습니다',
  BAD_SCALAR_START: '값이 YAML에서 그대로 쓸 수 없는 문자로 시작합니다. 값을 따옴표로 감싸십시오',
  BLOCK_AS_IMPLICIT_KEY: '블록을 키로 쓸 수 없습니다. 콜론(:)과 들여쓰기를 확인하십시오',
  BLOCK_IN_FLOW: '[ ]나 { } 안에는 블록 형식을 쓸 수 없습니다',
  DUPLICATE_KEY: '같은 키가 두 번 있습니다',
  IMPOSSIBLE: 'YAML 파서가 이 내용을 처리하지 못했습니다',
  KEY_OVER_1024_CHARS: '키가 1024자를 넘습니다',
  MISSING_CHAR: '닫는 문자(따옴표, ], } 등)가 빠졌습니다',
  MULTILINE_IMPLICIT_KEY: '키는 한 줄이어야 합니다. 콜론(:) 뒤의 공백과 들여쓰기를 확인하십시오',
  MULTIPLE_ANCHORS: '한 값에 앵커가 여러 개 있습니다',
  MULTIPLE_DOCS: 'YAML 문서가 여러 개 있습니다',
  MULTIPLE_TAGS: '한 값에 태그가 여러 개 있습니다',
  NON_STRING_KEY: '키가 문자열이 아닙니다',
  RESOURCE_EXHAUSTION: '별칭(alias)이 너무 많이 펼쳐져 읽기를 멈췄습니다',
  TAB_AS_INDENT: '들여쓰기에 탭이 있습니다. YAML 들여쓰기는 공백이어야 합니다',
  TAG_RESOLVE_FAILED: '태그(!로 시작)를 해석할 수 없습니다',
  UNEXPECTED_TOKEN: '이 위치에 올 수 없는 문자가 있습니다',
  BAD_COLLECTION_TYPE: '컬렉션 태그가 값의 형식과 맞지 않습니다',
} as const satisfies Record<ErrorCode, string>;
