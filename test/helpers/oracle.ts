/**
 * The test oracle: reference material that is not part of the project and never copied into it — the installer's
 * install-config schema, documentation samples, the agent-config schema — read at test time from the workspace's
 * `shared/` folder. This is the ONE place tests find it:
 *
 * - `shared/` beside the checkout (`../shared/reference/...`), or the folder named by OCP_PLANNER_SHARED;
 * - where neither exists (a fresh clone elsewhere), tests that need it are skipped and the run prints one line
 *   saying so (test/helpers/oracle-notice.ts);
 * - OCP_PLANNER_REQUIRE_ORACLE=1 (set by .ci/run) turns a missing oracle into a failure, so CI never skips them.
 *
 * Use `oracleFile('installer', 'install.openshift.io_installconfigs.yaml')` for a path, `itWithOracle` /
 * `describeWithOracle` for tests that read the oracle, and `withOracle(() => …)` for an oracle assertion inside a
 * test that checks other things too.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'vitest';
import { ROOT } from './answers.js';

export const ORACLE_ENV = 'OCP_PLANNER_SHARED';
export const REQUIRE_ORACLE_ENV = 'OCP_PLANNER_REQUIRE_ORACLE';

/** The `shared/` folder (holding `reference/`), or undefined when this checkout has none. */
export function sharedFolder(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const given = env[ORACLE_ENV];
  const candidates = given ? [path.resolve(given)] : [path.join(ROOT, '..', 'shared')];
  return candidates.find((dir) => existsSync(path.join(dir, 'reference')));
}

export const SHARED = sharedFolder();
/** `shared/reference`: the installer schema (installer/), doc samples (doc-samples/), data files (data/). */
export const ORACLE = SHARED === undefined ? undefined : path.join(SHARED, 'reference');
export const oracleRequired = process.env[REQUIRE_ORACLE_ENV] === '1';
/** Tests that read the oracle run: it is there, or it is required (and a missing file then fails them). */
export const oracleRuns = ORACLE !== undefined || oracleRequired;

/** What the skip line says, and the error when the oracle is required but missing. */
export function oracleMissingText(): string {
  const where = process.env[ORACLE_ENV]
    ? `${ORACLE_ENV}=${process.env[ORACLE_ENV]} has no reference/ folder`
    : `${path.join(ROOT, '..', 'shared', 'reference')} was not found`;
  return (
    `oracle tests skipped: ${where}, so the checks against the installer's install-config schema, the documentation ` +
    `samples and the agent-config schema did not run. Put the workspace's shared/ folder beside the checkout, or set ` +
    `${ORACLE_ENV}=/path/to/shared, to run them.`
  );
}

/** A file of shared/reference; fails with the how-to when the oracle is required but missing. */
export function oracleFile(...parts: string[]): string {
  if (ORACLE === undefined) {
    throw new Error(
      `${oracleMissingText().replace('oracle tests skipped: ', 'the test oracle is missing: ')}`,
    );
  }
  return path.join(ORACLE, ...parts);
}

/** `it` for a test that reads the oracle: the documented skip when it is absent (and not required). */
export const itWithOracle = it.skipIf(!oracleRuns);
/** `describe` for a group of tests that read the oracle. */
export const describeWithOracle = describe.skipIf(!oracleRuns);

/** Runs an oracle assertion inside a test that also checks other things; without the oracle it is left out. */
export function withOracle(assertion: () => void): void {
  if (oracleRuns) assertion();
}
