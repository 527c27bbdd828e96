/**
 * The OpenShift releases the planner knows. 4.14 is the floor of SPEC §3; the newest is the newest release the
 * reference material covers (openshift-docs §0: the newest docs text is 4.19–4.21).
 */
export const KNOWN_OCP_VERSIONS = ['4.14', '4.15', '4.16', '4.17', '4.18', '4.19', '4.20', '4.21'] as const;
export const NEWEST_KNOWN_VERSION = '4.21';

/** Minor number of "4.N", for comparisons such as "from 4.15 on". */
export function minorOf(version: string): number {
  return Number(version.split('.')[1] ?? '0');
}

/** True when `version` is `since` or newer. */
export function atLeast(version: string, since: string): boolean {
  return minorOf(version) >= minorOf(since);
}
