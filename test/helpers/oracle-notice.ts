/**
 * vitest globalSetup: says once, at the start of the run, when the test oracle is missing and its tests are skipped —
 * and fails the run when .ci/run requires the oracle (test/helpers/oracle.ts).
 */
import { ORACLE, oracleMissingText, oracleRequired } from './oracle.js';

export default function setup(): void {
  if (ORACLE !== undefined) return;
  if (oracleRequired) {
    throw new Error(
      `${oracleMissingText().replace('oracle tests skipped: ', 'the test oracle is required (OCP_PLANNER_REQUIRE_ORACLE=1) but ')}`,
    );
  }
  process.stderr.write(`\n${oracleMissingText()}\n\n`);
}
