import type { Text } from '../types.js';

/** The sentences around the answer problems when there is no terminal to ask in, in both languages. */
export const RESOLVE_MESSAGES = {
  unreadable: {
    en: '{source} names files that cannot be read:',
    ko: '{source}에 읽을 수 없는 파일이 있습니다:',
  },
  invalid: { en: '{source} has invalid answers:', ko: '{source}에 올바르지 않은 답이 있습니다:' },
  missing: {
    en: '{source} is missing answers and there is no terminal to ask them in:',
    ko: '{source}에 빠진 답이 있는데 물어볼 터미널이 없습니다:',
  },
  none: {
    en: 'no answers were given and there is no terminal to ask them in:',
    ko: '답이 주어지지 않았는데 물어볼 터미널이 없습니다:',
  },
  addKeys: {
    en: 'Add {keys} to an answers file (see "ocp-planner schema answers") and pass --answers FILE, or run in a terminal.',
    ko: '{keys}을(를) 답변 파일에 추가하고("ocp-planner schema answers" 참고) --answers FILE로 넘기거나, 터미널에서 실행하십시오.',
  },
} as const satisfies Record<string, Text>;
