import type { Text } from '../types.js';

/** What `plan` says when it has rendered the folder, in both languages. `{dir}` is the folder as the user typed it. */
export const PLAN_MESSAGES = {
  renderedInvalid: {
    en: 'the rendered install-config.yaml fails the installer’s rules (above); nothing was written. Fix the answers named in the findings.',
    ko: '생성한 install-config.yaml이 설치 프로그램의 규칙을 통과하지 못했습니다(위 참고). 아무것도 쓰지 않았습니다. 결과에 나온 답을 고치십시오.',
  },
  upToDate: { en: '{dir}/ is up to date with its answers.', ko: '{dir}/의 내용이 답변과 일치합니다.' },
  differsOne: {
    en: '{dir}/ differs from what the answers render (1 file); nothing was written.',
    ko: '{dir}/의 파일 1개가 답변으로 생성한 내용과 다릅니다. 아무것도 쓰지 않았습니다.',
  },
  differsMany: {
    en: '{dir}/ differs from what the answers render ({count} files); nothing was written.',
    ko: '{dir}/의 파일 {count}개가 답변으로 생성한 내용과 다릅니다. 아무것도 쓰지 않았습니다.',
  },
  written: { en: 'Plan written to {dir}/: {files}', ko: '계획을 {dir}/에 썼습니다: {files}' },
  next: {
    en: 'Next: read {dir}/checklist.md, then copy install-config.yaml into a fresh install folder (openshift-install consumes it).',
    ko: '다음 단계: {dir}/checklist.md를 읽은 뒤 install-config.yaml을 비어 있는 새 설치 폴더에 복사하십시오(openshift-install이 이 파일을 소비합니다).',
  },
} as const satisfies Record<string, Text>;
