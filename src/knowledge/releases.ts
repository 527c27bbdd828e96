import { remembered } from '../util/remember.js';

/**
 * The OpenShift releases the planner knows, and the arithmetic on release numbers. Every stage (answers, validation,
 * rendering, checklist, recommendation, wizard) asks this file which release a plan targets and which release's
 * rules apply to it.
 *
 * Releases are `{major, minor}` pairs, never a bare minor number: 5.0 is newer than 4.22.
 */

export interface Release {
  major: number;
  minor: number;
}

/** What the planner records of one release. */
export interface ReleaseFacts {
  version: KnownVersion;
  /** General availability, as far as the sources date it (YYYY-MM or YYYY-MM-DD). */
  ga: string;
  /** Extended Update Support release (even minors). */
  eus: boolean;
  kubernetes: string;
  source: string;
}

/** Oldest release a plan may target (the answers-file format: "4.14" or newer). */
export const FLOOR_VERSION = '4.14';

/** Every release the planner has facts for, oldest first. Adding 4.23 means one entry here plus its facts. */
export const KNOWN_OCP_VERSIONS = [
  '4.14',
  '4.15',
  '4.16',
  '4.17',
  '4.18',
  '4.19',
  '4.20',
  '4.21',
  '4.22',
] as const;
export type KnownVersion = (typeof KNOWN_OCP_VERSIONS)[number];

/** The newest release the planner knows; the default target (the answers-file format). */
export const NEWEST_KNOWN_VERSION: KnownVersion = '4.22';

const RELEASE_NOTES = (v: string) =>
  `OpenShift Container Platform ${v} release notes, https://docs.redhat.com/en/documentation/openshift_container_platform/${v}/html/release_notes/`;

export const RELEASES: Readonly<Record<KnownVersion, ReleaseFacts>> = {
  '4.14': { version: '4.14', ga: '2023-10-31', eus: true, kubernetes: '1.27', source: RELEASE_NOTES('4.14') },
  '4.15': {
    version: '4.15',
    ga: '2024-02-27',
    eus: false,
    kubernetes: '1.28',
    source: RELEASE_NOTES('4.15'),
  },
  '4.16': { version: '4.16', ga: '2024-06-27', eus: true, kubernetes: '1.29', source: RELEASE_NOTES('4.16') },
  '4.17': {
    version: '4.17',
    ga: '2024-10-01',
    eus: false,
    kubernetes: '1.30',
    source: RELEASE_NOTES('4.17'),
  },
  '4.18': { version: '4.18', ga: '2025-02-25', eus: true, kubernetes: '1.31', source: RELEASE_NOTES('4.18') },
  '4.19': { version: '4.19', ga: '2025-06', eus: false, kubernetes: '1.32', source: RELEASE_NOTES('4.19') },
  '4.20': { version: '4.20', ga: '2025-10', eus: true, kubernetes: '1.33', source: RELEASE_NOTES('4.20') },
  '4.21': { version: '4.21', ga: '2026-02', eus: false, kubernetes: '1.34', source: RELEASE_NOTES('4.21') },
  '4.22': { version: '4.22', ga: '2026-06-16', eus: true, kubernetes: '1.35', source: RELEASE_NOTES('4.22') },
};

/**
 * "4.22", "v4.22", "4.22.3", "4.19.0-0.nightly-…", "5.0" → {major, minor}; anything else → undefined. Every release
 * rule of every plan asks again for the same few version strings, so each is parsed once (a small bounded table).
 */
export const parseRelease = remembered((text: string): Readonly<Release> | undefined => {
  const match = /^v?(\d{1,3})\.(\d{1,3})(?:\.\d+\S*)?$/.exec(text.trim());
  return match ? Object.freeze({ major: Number(match[1]), minor: Number(match[2]) }) : undefined;
}, 256);

export function formatRelease(release: Release): string {
  return `${release.major}.${release.minor}`;
}

/** Negative when `a` is older than `b`, 0 when the same release, positive when newer. */
export function compareReleases(a: Release, b: Release): number {
  return a.major !== b.major ? a.major - b.major : a.minor - b.minor;
}

function releaseOf(version: string | Release): Release {
  if (typeof version !== 'string') return version;
  const parsed = parseRelease(version);
  if (!parsed) throw new Error(`not a release number: "${version}"`);
  return parsed;
}

/** True when `version` is `since` or newer ("5.0" is at least "4.22"). */
export function atLeast(version: string | Release, since: string | Release): boolean {
  return compareReleases(releaseOf(version), releaseOf(since)) >= 0;
}

/** True when `version` is older than `before`. */
export function olderThan(version: string | Release, before: string | Release): boolean {
  return !atLeast(version, before);
}

export function isKnownVersion(version: string): version is KnownVersion {
  return (KNOWN_OCP_VERSIONS as readonly string[]).includes(version);
}

/**
 * How the planner treats a requested release:
 * - known: its own facts apply;
 * - newer: newer than the newest known; accepted, with a warning that the newest known rules apply;
 * - older: older than the floor (4.14); refused;
 * - invalid: not a release number.
 */
export type ReleaseStatus =
  | { kind: 'known'; version: KnownVersion }
  | { kind: 'newer'; version: string; rulesOf: KnownVersion }
  | { kind: 'older'; version: string }
  | { kind: 'invalid'; text: string };

export function releaseStatus(text: string): ReleaseStatus {
  const release = parseRelease(text);
  if (!release) return { kind: 'invalid', text };
  const version = formatRelease(release);
  if (isKnownVersion(version)) return { kind: 'known', version };
  if (atLeast(release, NEWEST_KNOWN_VERSION))
    return { kind: 'newer', version, rulesOf: NEWEST_KNOWN_VERSION };
  if (olderThan(release, FLOOR_VERSION)) return { kind: 'older', version };
  // A gap inside the known range cannot happen while KNOWN_OCP_VERSIONS is contiguous.
  return { kind: 'invalid', text };
}

/**
 * The known release whose facts and rules apply to `version`: the release itself when known, the newest known for a
 * newer one, the floor for anything older (which the answers and validate stages refuse before it gets here).
 */
export const rulesVersion = remembered((version: string): KnownVersion => {
  const status = releaseStatus(version);
  if (status.kind === 'known') return status.version;
  if (status.kind === 'newer') return status.rulesOf;
  return FLOOR_VERSION;
}, 256);

/**
 * A value that changes between releases, as data: `{ '4.14': a, '4.19': b }` means a from 4.14, b from 4.19 on.
 * Releases before the first entry get `before`.
 */
export type SinceTable<T> = Readonly<Partial<Record<KnownVersion, T>>>;

export function valueAt<T>(table: SinceTable<T>, version: string, before: T): T {
  const last = KNOWN_OCP_VERSIONS.indexOf(rulesVersion(version));
  let value = before;
  // KNOWN_OCP_VERSIONS runs from oldest to newest: the last entry at or before the target wins.
  for (let i = 0; i <= last; i++) {
    const entry = table[KNOWN_OCP_VERSIONS[i] as KnownVersion];
    if (entry !== undefined) value = entry;
  }
  return value;
}

/**
 * Why a requested release cannot be planned or validated, in both languages, or undefined when it can. The same
 * sentence serves `ocpVersion` in answers and `--ocp-version` on the command line.
 */
export function releaseProblem(text: string): { en: string; ko: string } | undefined {
  const status = releaseStatus(text);
  if (status.kind === 'known' || status.kind === 'newer') return undefined;
  // A YAML number loses its trailing zero: ocpVersion: 4.20 reads as 4.2.
  const lostZero = /^4\.[1-9]$/.test(text.trim());
  const hint = {
    en: lostZero
      ? ` (a YAML number loses its trailing zero: for ${text.trim()}0 write "${text.trim()}0" in quotes)`
      : '',
    ko: lostZero
      ? ` (YAML 숫자는 끝의 0이 사라집니다. ${text.trim()}0이라면 "${text.trim()}0"처럼 따옴표로 감싸십시오)`
      : '',
  };
  if (status.kind === 'older') {
    return {
      en: `"${text}" is older than ${FLOOR_VERSION}, the oldest release this tool plans; use ${FLOOR_VERSION} to ${NEWEST_KNOWN_VERSION}${hint.en}`,
      ko: `"${text}"은(는) 이 도구가 다루는 가장 오래된 릴리스 ${FLOOR_VERSION}보다 오래되었습니다. ${FLOOR_VERSION}~${NEWEST_KNOWN_VERSION} 중에서 지정하십시오${hint.ko}`,
    };
  }
  return {
    en: `"${text}" is not an OpenShift release number such as "${NEWEST_KNOWN_VERSION}"`,
    ko: `"${text}"은(는) "${NEWEST_KNOWN_VERSION}" 같은 OpenShift 릴리스 번호가 아닙니다`,
  };
}

/** The warning for a release newer than the newest known, or undefined. */
export function newerReleaseWarning(text: string): { en: string; ko: string } | undefined {
  const status = releaseStatus(text);
  if (status.kind !== 'newer') return undefined;
  return {
    en: `OpenShift ${status.version} is newer than ${status.rulesOf}, the newest release this tool knows; the rules of ${status.rulesOf} are applied`,
    ko: `OpenShift ${status.version}은(는) 이 도구가 아는 가장 새로운 릴리스 ${status.rulesOf}보다 새 릴리스입니다. ${status.rulesOf}의 규칙을 적용했습니다`,
  };
}
