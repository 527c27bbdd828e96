import type { Lang } from '../types.js';

/** The language from --lang, else from LC_ALL / LANG (ko_KR.UTF-8 → ko), else English (the command-line contract). */
export function pickLang(flag: string | undefined, env: Record<string, string | undefined>): Lang {
  if (flag !== undefined) return flag as Lang;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

/**
 * --lang as written on the command line (`--lang ko` or `--lang=ko`), read before commander parses it: the help
 * screen and commander's own errors need the language before any command runs.
 */
export function langInArgv(argv: readonly string[]): Lang | undefined {
  const at = argv.indexOf('--lang');
  const flag = at >= 0 ? argv[at + 1] : argv.find((a) => a.startsWith('--lang='))?.slice('--lang='.length);
  return flag === 'ko' || flag === 'en' ? flag : undefined;
}
