import { CancelledError, ExitCode, UsageError } from '../errors.js';
import { formatRelease, NEWEST_KNOWN_VERSION, parseRelease, releaseProblem } from '../knowledge/releases.js';
import { checkTools } from '../tools/doctor.js';
import { formatDoctorReport } from '../tools/doctor-format.js';
import { createProcessRunner } from '../tools/process-runner.js';
import type { ToolRunner } from '../tools/tool-runner.js';
import type { CommandContext } from './context.js';

/**
 * `ocp-planner doctor`: finds openshift-install, oc and ssh-keygen (plus oc-mirror and podman with --disconnected)
 * on PATH and compares their versions with the target release (the command-line contract). Exit 0 when everything needed is there,
 * 3 when a needed tool is missing or does not run (the command-line contract: an external tool failed).
 */
export async function doctorCommand(
  options: { ocpVersion?: string; json?: boolean; disconnected?: boolean; cancelSignal?: AbortSignal },
  ctx: CommandContext,
  runner: ToolRunner = createProcessRunner(ctx.env),
): Promise<number> {
  const ocpVersion = targetVersion(options.ocpVersion, ctx.lang);
  const report = await checkTools(runner, {
    ocpVersion,
    disconnected: options.disconnected === true,
    lang: ctx.lang,
    ...(options.cancelSignal ? { cancelSignal: options.cancelSignal } : {}),
  });
  if (options.cancelSignal?.aborted) throw new CancelledError('doctor was cancelled.');
  if (options.json) {
    ctx.stdout(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    ctx.stdout(formatDoctorReport(report, ctx.color, ctx.lang));
  }
  return report.ok ? ExitCode.ok : ExitCode.toolFailed;
}

/** "4.18" or "4.18.3" → "4.18"; the newest known when not given; a release older than 4.14 is refused. */
function targetVersion(given: string | undefined, lang: CommandContext['lang']): string {
  if (given === undefined) return NEWEST_KNOWN_VERSION;
  const problem = releaseProblem(given);
  const release = parseRelease(given);
  if (problem || !release) throw new UsageError(`--ocp-version: ${problem?.[lang] ?? given}.`);
  return formatRelease(release);
}
