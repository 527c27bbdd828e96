import type { Lang } from '../types.js';
import { CLIENT_MIRROR_URL, CONSOLE_DOWNLOADS_URL } from './tool-table.js';

type Said<A extends unknown[] = []> = Record<Lang, (...args: A) => string>;
const both = (en: string, ko: string): Record<Lang, string> => ({ en, ko });

/** Every sentence `verify` says, in English and Korean (the languages contract). */
export const VERIFY_TEXT = {
  notFound: both(
    'openshift-install is not on PATH, so verify cannot run it. Download the installer of your target release ' +
      `from ${CLIENT_MIRROR_URL} (folder stable-4.N/ for release 4.N) or ${CONSOLE_DOWNLOADS_URL}, unpack it into ` +
      'a folder on PATH and run verify again. "ocp-planner validate" checks the file without it.',
    'PATH에 openshift-install이 없어 verify를 실행할 수 없습니다. 대상 릴리스의 설치 프로그램을 ' +
      `${CLIENT_MIRROR_URL}(릴리스 4.N은 stable-4.N/ 폴더) 또는 ${CONSOLE_DOWNLOADS_URL}에서 내려받아 PATH에 있는 ` +
      '폴더에 풀고 verify를 다시 실행하십시오. 설치 프로그램 없이 파일을 검사하려면 "ocp-planner validate"를 쓰십시오.',
  ),
  badTimeout: {
    en: (typed: string, max: number) =>
      `--timeout-seconds must be a whole number of seconds from 1 to ${max}, not "${typed}".`,
    ko: (typed: string, max: number) =>
      `--timeout-seconds는 1부터 ${max}까지의 정수(초)여야 합니다. 입력값: "${typed}".`,
  } satisfies Said<[string, number]>,
  timedOut: {
    en: (seconds: number) =>
      `openshift-install create manifests did not finish within ${seconds} s and was stopped with everything it started; ` +
      'it may be waiting on a cloud API or credentials. Raise the time limit or check its log.',
    ko: (seconds: number) =>
      `openshift-install create manifests가 ${seconds}초 안에 끝나지 않아 그것이 시작한 프로세스까지 모두 중지했습니다. ` +
      '클라우드 API나 자격 증명을 기다리고 있을 수 있습니다. 시간 제한을 늘리거나 로그를 확인하십시오.',
  } satisfies Said<[number]>,
  couldNotRun: {
    en: (why: string) => `openshift-install could not be run: ${why}.`,
    ko: (why: string) => `openshift-install을 실행할 수 없습니다: ${why}.`,
  } satisfies Said<[string]>,
  exitedWith: {
    en: (code: number, last: string) =>
      `openshift-install exited with code ${code}${last ? `: ${last}` : ''}`,
    ko: (code: number, last: string) =>
      `openshift-install이 종료 코드 ${code}(으)로 끝났습니다${last ? `: ${last}` : ''}`,
  } satisfies Said<[number, string]>,
  cancelled: both('verify was cancelled.', 'verify를 취소했습니다.'),
  noFolder: {
    en: (dir: string) => `cannot verify ${dir}: the folder does not exist.`,
    ko: (dir: string) => `${dir}을(를) 확인할 수 없습니다: 폴더가 없습니다.`,
  } satisfies Said<[string]>,
  notFolder: {
    en: (dir: string) =>
      `cannot verify ${dir}: it is not a folder; give the folder that holds install-config.yaml.`,
    ko: (dir: string) =>
      `${dir}을(를) 확인할 수 없습니다: 폴더가 아닙니다. install-config.yaml이 있는 폴더를 주십시오.`,
  } satisfies Said<[string]>,
  noConfig: {
    en: (dir: string) =>
      `cannot verify ${dir}: it has no install-config.yaml. Give a plan folder written by "ocp-planner plan" or a folder holding one.`,
    ko: (dir: string) =>
      `${dir}을(를) 확인할 수 없습니다: install-config.yaml이 없습니다. "ocp-planner plan"이 쓴 계획 폴더나 그 파일이 있는 폴더를 주십시오.`,
  } satisfies Said<[string]>,
  badConfig: {
    en: (dir: string, why: string) => `cannot verify ${dir}: install-config.yaml ${why}.`,
    ko: (dir: string, why: string) => `${dir}을(를) 확인할 수 없습니다: install-config.yaml은(는) ${why}.`,
  } satisfies Said<[string, string]>,
  leftover: {
    en: (tmp: string) =>
      `warning: the temporary folder ${tmp} could not be removed completely; it holds a copy of install-config.yaml with the pull secret: remove it.`,
    ko: (tmp: string) =>
      `경고: 임시 폴더 ${tmp}을(를) 모두 지우지 못했습니다. 풀 시크릿이 든 install-config.yaml 사본이 있으니 지우십시오.`,
  } satisfies Said<[string]>,
  // The report (verify-format.ts).
  header: {
    en: (dir: string) => `${dir}: openshift-install create manifests (on a temporary copy)`,
    ko: (dir: string) => `${dir}: openshift-install create manifests(임시 사본에서 실행)`,
  } satisfies Said<[string]>,
  errors: { en: (n: number) => `Errors (${n}):`, ko: (n: number) => `오류 (${n}):` } satisfies Said<[number]>,
  warnings: { en: (n: number) => `Warnings (${n}):`, ko: (n: number) => `경고 (${n}):` } satisfies Said<
    [number]
  >,
  more: {
    en: (n: number) => `… and ${n} more`,
    ko: (n: number) => `… 외 ${n}개`,
  } satisfies Said<[number]>,
  accepted: {
    en: (n: number) =>
      `The installer accepted install-config.yaml and created ${n} manifest files (discarded).`,
    ko: (n: number) =>
      `설치 프로그램이 install-config.yaml을 받아들이고 매니페스트 파일 ${n}개를 만들었습니다(버렸습니다).`,
  } satisfies Said<[number]>,
  rejected: {
    en: (code: number) => `The installer rejected install-config.yaml (exit code ${code}).`,
    ko: (code: number) => `설치 프로그램이 install-config.yaml을 거부했습니다(종료 코드 ${code}).`,
  } satisfies Said<[number]>,
  unchanged: {
    en: (dir: string) => `${dir} was not changed (its files were compared before and after).`,
    ko: (dir: string) => `${dir}은(는) 바뀌지 않았습니다(실행 전후 파일을 비교했습니다).`,
  } satisfies Said<[string]>,
  changed: {
    en: (dir: string, files: string) => `warning: files of ${dir} changed while the installer ran: ${files}.`,
    ko: (dir: string, files: string) =>
      `경고: 설치 프로그램이 실행되는 동안 ${dir}의 파일이 바뀌었습니다: ${files}.`,
  } satisfies Said<[string, string]>,
};
