import { UsageError } from '../errors.js';
import { KNOWN_OCP_VERSIONS, NEWEST_KNOWN_VERSION } from '../knowledge/versions.js';
import { checkTools } from '../tools/doctor.js';
import { formatDoctorReport } from '../tools/doctor-format.js';
import { createExecaRunner } from '../tools/execa-runner.js';
import type { ToolRunner } from '../tools/tool-runner.js';
import type { CommandContext } from './context.js';

/**
 * `ocp-planner doctor`: finds openshift-install, oc and ssh-keygen (plus oc-mirror and podman with --disconnected)
 * on PATH and compares their versions with the target release (SPEC §2). Exit 0 when everything needed is there.
 */
export async function doctorCommand(
  options: { ocpVersion?: string; json?: boolean; disconnected?: boolean },
  ctx: CommandContext,
  runner: ToolRunner = createExecaRunner(ctx.env),
): Promise<number> {
  const ocpVersion = targetVersion(options.ocpVersion);
  const report = await checkTools(runner, { ocpVersion, disconnected: options.disconnected === true });
  if (options.json) {
    ctx.stdout(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    ctx.stderr(formatDoctorReport(report, ctx.color));
  }
  return report.ok ? 0 : 1;
}

/** "4.18" or "4.18.3" → "4.18", one of the releases the planner knows; the newest when not given. */
function targetVersion(given: string | undefined): string {
  if (given === undefined) return NEWEST_KNOWN_VERSION;
  const match = /^v?(\d+\.\d+)(?:\.\d+)?$/.exec(given.trim());
  const version = match?.[1];
  if (!version || !(KNOWN_OCP_VERSIONS as readonly string[]).includes(version)) {
    throw new UsageError(
      `--ocp-version "${given}" is not a release this tool knows; use one of ${KNOWN_OCP_VERSIONS.join(', ')}.`,
    );
  }
  return version;
}
