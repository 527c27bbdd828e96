import { UsageError } from '../errors.js';
import { formatRelease, NEWEST_KNOWN_VERSION, parseRelease, releaseProblem } from '../knowledge/releases.js';
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

/** "4.18" or "4.18.3" → "4.18"; the newest known when not given; a release older than 4.14 is refused. */
function targetVersion(given: string | undefined): string {
  if (given === undefined) return NEWEST_KNOWN_VERSION;
  const problem = releaseProblem(given);
  const release = parseRelease(given);
  if (problem || !release) throw new UsageError(`--ocp-version: ${problem?.en ?? given}.`);
  return formatRelease(release);
}
