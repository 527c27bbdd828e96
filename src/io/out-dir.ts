import { UsageError } from '../errors.js';
import type { Lang } from '../types.js';

/**
 * `--out` as typed, refused when it cannot be what the user meant: bytes that are not UTF-8 (Node turns them
 * into U+FFFD, so the folder would get another name) and a literal `~` (quoted, so the shell did not expand it, and a
 * folder named "~" would be created).
 */
export function outDirProblem(text: string, lang: Lang): void {
  if (text.includes('\uFFFD')) {
    throw new UsageError(
      lang === 'ko'
        ? '--out에 UTF-8이 아닌 바이트가 있어 그 이름의 폴더를 만들 수 없습니다. UTF-8 이름을 주십시오.'
        : '--out holds bytes that are not UTF-8, so a folder of that name cannot be made; give a UTF-8 name.',
    );
  }
  if (text.split(/[\\/]/).includes('~')) {
    throw new UsageError(
      lang === 'ko'
        ? `--out ${text}에 글자 그대로의 ~가 있습니다(셸이 홈 폴더로 바꾸지 않았습니다). 경로를 직접 쓰십시오. 예: --out "$HOME/plan"`
        : `--out ${text} holds a literal ~ (the shell did not expand it to your home folder); write the path out, e.g. --out "$HOME/plan".`,
    );
  }
}
