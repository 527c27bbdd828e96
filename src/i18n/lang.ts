import type { Lang } from '../types.js';

/** The language from --lang, else from LC_ALL / LANG (ko_KR.UTF-8 → ko), else English (the command-line contract). */
export function pickLang(flag: string | undefined, env: Record<string, string | undefined>): Lang {
  if (flag !== undefined) return flag as Lang;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}
