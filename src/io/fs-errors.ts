import { UsageError } from '../errors.js';
import type { Lang } from '../types.js';

/** File-system failures in words, by errno: what went wrong with `path`, never "internal error" (the command-line contract: exit 2). */
const REASONS: Record<string, { en: string; ko: string }> = {
  EACCES: { en: 'permission denied', ko: '권한이 없습니다' },
  EPERM: { en: 'the operation is not permitted', ko: '허용되지 않는 작업입니다' },
  ENOTDIR: { en: 'a part of the path is not a folder', ko: '경로 중간에 폴더가 아닌 것이 있습니다' },
  ENAMETOOLONG: { en: 'the name is too long', ko: '이름이 너무 깁니다' },
  ENOENT: {
    en: 'a folder on the way does not exist (or a symbolic link points nowhere)',
    ko: '경로의 폴더가 없습니다(또는 심볼릭 링크가 가리키는 대상이 없습니다)',
  },
  ELOOP: { en: 'symbolic links form a loop', ko: '심볼릭 링크가 순환합니다' },
  EISDIR: { en: 'it is a folder where a file belongs', ko: '파일이 있어야 할 자리에 폴더가 있습니다' },
  EEXIST: { en: 'something else already exists there', ko: '그 자리에 이미 다른 것이 있습니다' },
  ENOSPC: { en: 'the disk is full', ko: '디스크가 가득 찼습니다' },
  EDQUOT: { en: 'the disk quota is exceeded', ko: '디스크 할당량을 초과했습니다' },
  EROFS: { en: 'the file system is read-only', ko: '읽기 전용 파일 시스템입니다' },
  EBUSY: { en: 'it is busy', ko: '사용 중입니다' },
  EMFILE: { en: 'too many files are open', ko: '열린 파일이 너무 많습니다' },
  EXDEV: { en: 'it is on another file system', ko: '다른 파일 시스템에 있습니다' },
};

export function isErrno(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string';
}

/**
 * A usage error (exit 2) for a failed file-system call on `shown`: "cannot write plan/x: the disk is full".
 * Anything that is not an errno error is returned as it is (a bug stays a bug).
 */
export function fsUsageError(
  error: unknown,
  action: { en: string; ko: string },
  shown: string,
  lang: Lang,
): unknown {
  if (!isErrno(error)) return error;
  const code = error.code ?? '';
  const reason = REASONS[code]?.[lang] ?? (lang === 'ko' ? `오류 ${code}` : `error ${code}`);
  return new UsageError(
    lang === 'ko'
      ? `${shown}: ${action.ko} 수 없습니다. ${reason}.`
      : `cannot ${action.en} ${shown}: ${reason}.`,
  );
}
