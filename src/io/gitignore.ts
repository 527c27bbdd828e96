import type { Lang, Text } from '../types.js';

/**
 * The plan folder's `.gitignore` (the plan-folder format): install-config.yaml holds the pull secret, and a run in progress holds
 * temporary copies and a lock that must never be staged either. When `--out` is a folder that already has its own
 * .gitignore (a repository root), its lines are kept and the missing patterns appended.
 */

export const TEMP_PREFIX = '.ocp-planner-tmp-';
export const LOCK_NAME = '.ocp-planner.lock';

/** The first line, in the plan's language; either one marks the file as ocp-planner's own. */
const HEADERS: Record<Lang, string> = {
  en: '# Written by ocp-planner. install-config.yaml holds the pull secret: keep it out of version control.',
  ko: '# ocp-planner가 작성했습니다. install-config.yaml에는 풀 시크릿이 들어 있으므로 버전 관리에서 제외하십시오.',
};
/** The first line the plan .gitignore had before temporary files were listed (ocp-planner 0.1). */
const OLD_HEADER = '# install-config.yaml holds the pull secret: keep it out of version control.';

const PATTERNS: { comment?: Text; pattern: string }[] = [
  { pattern: 'install-config.yaml' },
  {
    comment: {
      en: '# Usernames and passwords typed into the wizard (mode 0600).',
      ko: '# 마법사에서 입력한 사용자 이름과 비밀번호입니다(모드 0600).',
    },
    pattern: 'credentials/',
  },
  {
    comment: {
      en: '# Temporary files and the lock of a run in progress; each run removes its own.',
      ko: '# 실행 중인 작업의 임시 파일과 잠금 파일입니다. 각 실행이 자기 파일을 지웁니다.',
    },
    pattern: `${TEMP_PREFIX}*`,
  },
  { pattern: LOCK_NAME },
];

/** The .gitignore a fresh plan folder gets, its comments in the plan's language. */
export function renderPlanGitignore(lang: Lang = 'en'): string {
  const lines = [HEADERS[lang]];
  for (const { comment, pattern } of PATTERNS) {
    if (comment) lines.push(comment[lang]);
    lines.push(pattern);
  }
  return `${lines.join('\n')}\n`;
}

/** Whether a .gitignore was written by ocp-planner (its first line), so it may be replaced as a whole. */
export function isOwnGitignore(text: string): boolean {
  const first = text.split('\n', 1)[0] ?? '';
  return first === HEADERS.en || first === HEADERS.ko || first === OLD_HEADER;
}

function patternsOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** Whether `existing` already ignores everything `ours` does (then a foreign .gitignore needs no change). */
export function gitignoreCovers(existing: string, ours: string): boolean {
  const present = new Set(patternsOf(existing));
  return patternsOf(ours).every((pattern) => present.has(pattern));
}

/** A foreign .gitignore with ours appended: its own lines untouched, each missing pattern added once. */
export function mergeGitignore(existing: string, ours: string): string {
  const present = new Set(patternsOf(existing));
  const missing = patternsOf(ours).filter((pattern) => !present.has(pattern));
  if (missing.length === 0) return existing;
  const base = existing === '' || existing.endsWith('\n') ? existing : `${existing}\n`;
  // The header of our own file, in the language it was rendered in.
  const header = isOwnGitignore(ours) ? (ours.split('\n', 1)[0] ?? HEADERS.en) : HEADERS.en;
  return `${base}${header}\n${missing.join('\n')}\n`;
}
