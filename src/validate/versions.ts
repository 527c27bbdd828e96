/**
 * The OpenShift releases `validate --ocp-version` accepts: the releases the planner knows (knowledge/versions.ts).
 * Rules that changed between releases compare minors with `minorOf`.
 */
import { KNOWN_OCP_VERSIONS as KNOWN, minorOf, NEWEST_KNOWN_VERSION } from '../knowledge/versions.js';

export const NEWEST_OCP_VERSION = NEWEST_KNOWN_VERSION;
export const KNOWN_OCP_VERSIONS: string[] = [...KNOWN];
export { minorOf };
