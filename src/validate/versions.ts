/**
 * The OpenShift releases `validate --ocp-version` accepts: every known release, and a newer one with the newest known
 * rules (knowledge/releases.ts).
 */
export { KNOWN_OCP_VERSIONS, NEWEST_KNOWN_VERSION as NEWEST_OCP_VERSION } from '../knowledge/releases.js';
