import type { Text } from '../types.js';
import { KNOWN_OCP_VERSIONS, type KnownVersion, releaseStatus } from './releases.js';
import { LIFECYCLE_SOURCE } from './source-refs.js';

/**
 * Support phases of each release, from the Red Hat OpenShift Container Platform Life Cycle Policy: maintenance support
 * ends 18 months after general availability; an even (EUS) release adds Extended Update Support Term 1 to 24 months
 * and, as an add-on subscription, Term 2 to 36 months. Dates are YYYY-MM-DD, or YYYY-MM where only the month of the
 * release is known (such a phase counts as running until that month is over).
 */
export interface ReleaseLifecycle {
  ga: string;
  maintenanceEnds: string;
  eusTerm1Ends?: string;
  eusTerm2Ends?: string;
}

export const LIFECYCLE: Readonly<Record<KnownVersion, ReleaseLifecycle>> = {
  '4.14': {
    ga: '2023-10-31',
    maintenanceEnds: '2025-05-01',
    eusTerm1Ends: '2025-10-31',
    eusTerm2Ends: '2026-10-31',
  },
  '4.15': { ga: '2024-02-27', maintenanceEnds: '2025-08-27' },
  '4.16': {
    ga: '2024-06-27',
    maintenanceEnds: '2025-12-27',
    eusTerm1Ends: '2026-06-27',
    eusTerm2Ends: '2027-06-27',
  },
  '4.17': { ga: '2024-10-01', maintenanceEnds: '2026-04-01' },
  '4.18': {
    ga: '2025-02-25',
    maintenanceEnds: '2026-08-25',
    eusTerm1Ends: '2027-02-25',
    eusTerm2Ends: '2028-02-25',
  },
  '4.19': { ga: '2025-06', maintenanceEnds: '2026-12' },
  '4.20': { ga: '2025-10', maintenanceEnds: '2027-04', eusTerm1Ends: '2027-10', eusTerm2Ends: '2028-10' },
  '4.21': { ga: '2026-02', maintenanceEnds: '2027-08' },
  '4.22': {
    ga: '2026-06-16',
    maintenanceEnds: '2027-12-16',
    eusTerm1Ends: '2028-06-16',
    eusTerm2Ends: '2029-06-16',
  },
};

/**
 * The day the phases are checked against when the answers give no document date: the day these facts were last
 * compared with the policy page. A fixed day, not the clock, so a re-run of the same answers renders the same files.
 */
export const LIFECYCLE_AS_OF = '2026-12-02';

export type LifecyclePhase = 'maintained' | 'eus-term-1' | 'eus-term-2' | 'ended';

/** Whether `day` (YYYY-MM-DD) is after a phase end written as a day or a month. */
function after(day: string, end: string): boolean {
  return end.length === 7 ? day.slice(0, 7) > end : day > end;
}

export function lifecyclePhase(version: KnownVersion, day: string): LifecyclePhase {
  const l = LIFECYCLE[version];
  if (!after(day, l.maintenanceEnds)) return 'maintained';
  if (l.eusTerm1Ends && !after(day, l.eusTerm1Ends)) return 'eus-term-1';
  if (l.eusTerm2Ends && !after(day, l.eusTerm2Ends)) return 'eus-term-2';
  return 'ended';
}

/** The releases still in maintenance support on `day` that were out by then, oldest first. */
export function maintainedReleases(day: string): KnownVersion[] {
  return KNOWN_OCP_VERSIONS.filter(
    (v) =>
      !after(LIFECYCLE[v].ga.padEnd(10, '-01').slice(0, 10), day) && lifecyclePhase(v, day) === 'maintained',
  );
}

const NOTICES: Record<Exclude<LifecyclePhase, 'maintained'>, Text> = {
  'eus-term-1': {
    en: 'OpenShift {version} left maintenance support on {maintenanceEnds}; on {day} it gets only Extended Update Support (Term 1, until {end}). A new cluster is better started on a release in maintenance: {maintained}.',
    ko: 'OpenShift {version}의 유지 관리 지원은 {maintenanceEnds}에 끝났으며, {day} 기준으로 연장 업데이트 지원(EUS Term 1, {end}까지)만 받습니다. 새 클러스터는 유지 관리 지원 중인 릴리스({maintained})로 시작하는 것이 좋습니다.',
  },
  'eus-term-2': {
    en: 'OpenShift {version} left maintenance support on {maintenanceEnds}; on {day} it is supported only with the Extended Update Support Term 2 add-on (until {end}). Install a release in maintenance instead: {maintained}.',
    ko: 'OpenShift {version}의 유지 관리 지원은 {maintenanceEnds}에 끝났으며, {day} 기준으로 연장 업데이트 지원 Term 2 추가 구독이 있어야만 지원됩니다({end}까지). 유지 관리 지원 중인 릴리스({maintained})로 설치하십시오.',
  },
  ended: {
    en: 'OpenShift {version} reached the end of its life cycle on {end}: on {day} a new cluster on it is not supported. Install a release in maintenance instead: {maintained}.',
    ko: 'OpenShift {version}의 수명 주기는 {end}에 끝났습니다. {day} 기준으로 이 릴리스의 새 클러스터는 지원되지 않으므로 유지 관리 지원 중인 릴리스({maintained})로 설치하십시오.',
  },
};

/** The checklist step that goes with a notice: the team confirms the phase on the policy page before it commits. */
export const LIFECYCLE_ITEM: { title: Text; details: Text } = {
  title: {
    en: 'Confirm the support phase of OpenShift {version}',
    ko: 'OpenShift {version}의 지원 단계 확인',
  },
  details: {
    en: '{notice} Check the dates on the life-cycle policy page before you commit to this release.',
    ko: '{notice} 이 릴리스로 확정하기 전에 수명 주기 정책 페이지에서 날짜를 확인하십시오.',
  },
};

export interface LifecycleNotice {
  text: Text;
  values: Record<string, string>;
  source: string;
}

/**
 * What a plan for `version` must say about its support phase on `day` (the document date, else LIFECYCLE_AS_OF);
 * nothing while the release is in maintenance, and nothing for a release newer than the known ones.
 */
export function lifecycleNotice(version: string, day: string = LIFECYCLE_AS_OF): LifecycleNotice | undefined {
  const status = releaseStatus(version);
  if (status.kind !== 'known') return undefined;
  const phase = lifecyclePhase(status.version, day);
  if (phase === 'maintained') return undefined;
  const l = LIFECYCLE[status.version];
  const end =
    phase === 'eus-term-1'
      ? l.eusTerm1Ends
      : phase === 'eus-term-2'
        ? l.eusTerm2Ends
        : (l.eusTerm2Ends ?? l.maintenanceEnds);
  return {
    text: NOTICES[phase],
    values: {
      version: status.version,
      day,
      maintenanceEnds: l.maintenanceEnds,
      end: end ?? l.maintenanceEnds,
      maintained: maintainedReleases(day).join(', '),
    },
    source: LIFECYCLE_SOURCE,
  };
}
