/**
 * The plan folder's `.gitignore` (the plan-folder format): install-config.yaml holds the pull secret, and a run in progress holds
 * temporary copies and a lock that must never be staged either. When `--out` is a folder that already has its own
 * .gitignore (a repository root), its lines are kept and the missing patterns appended.
 */

export const TEMP_PREFIX = '.ocp-planner-tmp-';
export const LOCK_NAME = '.ocp-planner.lock';

const HEADER =
  '# Written by ocp-planner. install-config.yaml holds the pull secret: keep it out of version control.';
/** The first line the plan .gitignore had before temporary files were listed (ocp-planner 0.1). */
const OLD_HEADER = '# install-config.yaml holds the pull secret: keep it out of version control.';

const PATTERNS = [
  { comment: undefined, pattern: 'install-config.yaml' },
  {
    comment: '# Usernames and passwords typed into the wizard (mode 0600).',
    pattern: 'credentials/',
  },
  {
    comment: '# Temporary files and the lock of a run in progress; each run removes its own.',
    pattern: `${TEMP_PREFIX}*`,
  },
  { comment: undefined, pattern: LOCK_NAME },
];

/** The .gitignore a fresh plan folder gets. */
export function renderPlanGitignore(): string {
  const lines = [HEADER];
  for (const { comment, pattern } of PATTERNS) {
    if (comment) lines.push(comment);
    lines.push(pattern);
  }
  return `${lines.join('\n')}\n`;
}

/** Whether a .gitignore was written by ocp-planner (its first line), so it may be replaced as a whole. */
export function isOwnGitignore(text: string): boolean {
  const first = text.split('\n', 1)[0] ?? '';
  return first === HEADER || first === OLD_HEADER;
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
  return `${base}${HEADER}\n${missing.join('\n')}\n`;
}
