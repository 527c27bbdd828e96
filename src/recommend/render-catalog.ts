import type { Recommendation, Text } from '../types.js';

/** Headings and labels of the terminal rendering of a recommendation, in both languages. */
export const RENDER_TEXT = {
  recommended: { en: 'Recommended: {method} ({confidence})', ko: '권장 방식: {method} ({confidence})' },
  because: { en: 'Because:', ko: '근거:' },
  youGiveUp: { en: 'You give up:', ko: '포기하는 점:' },
  becomesIf: { en: 'This becomes {other} if:', ko: '다음과 같이 답하면 {other}로 바뀝니다:' },
  alsoConsider: { en: 'Also consider:', ko: '함께 검토할 방법:' },
  warnings: { en: 'Warnings:', ko: '경고:' },
  source: { en: 'source', ko: '출처' },
} satisfies Record<string, Text>;

export const CONFIDENCE_LABELS: Record<Recommendation['confidence'], Text> = {
  forced: { en: 'forced', ko: '강제' },
  strong: { en: 'strong', ko: '강한 권장' },
  moderate: { en: 'moderate', ko: '보통' },
};

/** Markers in front of a reason: which side it favours, and whether it forces. */
export const REASON_MARKERS: Record<Recommendation['reasons'][number]['effect'], string> = {
  forces: '!!',
  'strongly-favours': '++',
  favours: '+',
};
