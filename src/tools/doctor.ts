/**
 * `doctor`: is every program the install needs on PATH, and does its version fit the target release?
 * Depends on a ToolRunner only; it prints nothing (the command formats the report).
 */

import type { RunResult, ToolRunner } from './tool-runner.js';
import { TOOLS, type ToolSpec } from './tool-table.js';
import { compareMajorMinor, majorMinor, parseReleaseVersion } from './versions.js';

/** A version probe answers within a second; ten leaves room for a cold disk, not for a hang. */
const PROBE_TIMEOUT_MS = 10_000;

export type ToolStatus = 'ok' | 'warning' | 'missing';

export interface ToolCheck {
  name: string;
  found: boolean;
  /** As the tool printed it; null when it could not be read. */
  version: string | null;
  path?: string;
  status: ToolStatus;
  message: string;
}

export interface DoctorReport {
  ocpVersion: string;
  tools: ToolCheck[];
  /** Every needed tool is there and runs (warnings allowed). */
  ok: boolean;
}

export interface DoctorOptions {
  /** Target release "4.N". */
  ocpVersion: string;
  /** Also check what mirroring for a disconnected install needs. */
  disconnected: boolean;
}

/** Checks the tools of TOOLS that these options need, in table order. */
export async function checkTools(runner: ToolRunner, options: DoctorOptions): Promise<DoctorReport> {
  // An optional tool (nmstatectl) is reported only when it is installed: its absence is no failure.
  const present = await Promise.all(
    TOOLS.map(
      async (tool) => tool.neededFor !== 'optional' || (await runner.locate(tool.name)) !== undefined,
    ),
  );
  const wanted = TOOLS.filter(
    (tool, i) =>
      tool.neededFor === 'always' ||
      (tool.neededFor === 'optional' && present[i]) ||
      (tool.neededFor === 'disconnected' && options.disconnected),
  );
  const results = await Promise.all(wanted.map((tool) => checkTool(runner, tool, options.ocpVersion)));
  return {
    ocpVersion: options.ocpVersion,
    tools: results.map((result) => result.check),
    ok: results.every((result) => result.usable),
  };
}

async function checkTool(
  runner: ToolRunner,
  tool: ToolSpec,
  target: string,
): Promise<{ check: ToolCheck; usable: boolean }> {
  const [probe, located] = await Promise.all([
    runner.run(tool.name, tool.probeArgs, { timeoutMs: PROBE_TIMEOUT_MS }),
    runner.locate(tool.name),
  ]);
  const where = located ? { path: located } : {};
  if (probe.notFound) {
    return {
      check: {
        name: tool.name,
        found: false,
        version: null,
        status: 'missing',
        message: `not found on PATH; ${tool.getIt(target)}. Needed because it ${tool.purpose}.`,
      },
      usable: false,
    };
  }
  const runFailure = describeRunFailure(tool, probe);
  if (runFailure) {
    // On PATH but unusable (wrong architecture, no execute permission, hangs): the install cannot rely on it.
    return {
      check: {
        name: tool.name,
        found: true,
        version: null,
        ...where,
        status: 'warning',
        message: runFailure,
      },
      usable: false,
    };
  }

  let versionOutput = `${probe.stdout}\n${probe.stderr}`;
  if (tool.versionFrom) {
    const extra = await runner.run(tool.versionFrom.file, tool.versionFrom.args, {
      timeoutMs: PROBE_TIMEOUT_MS,
    });
    versionOutput = `${extra.stdout}\n${extra.stderr}`;
  }
  const version = tool.parseVersion(versionOutput) ?? null;
  const base = { name: tool.name, found: true, version, ...where };
  const verdict = judgeVersion(tool, versionOutput, target);
  return { check: { ...base, ...verdict }, usable: true };
}

function describeRunFailure(tool: ToolSpec, probe: RunResult): string | undefined {
  const command = [tool.name, ...tool.probeArgs].join(' ');
  if (probe.timedOut) return `found, but \`${command}\` did not answer within ${PROBE_TIMEOUT_MS / 1000} s.`;
  if (probe.exitCode === undefined) {
    return `found, but it cannot be run (${probe.failure ?? 'stopped by a signal'}); is it built for this machine's architecture and executable?`;
  }
  if (probe.exitCode !== 0 && !tool.anyExitCode) {
    const detail = firstLine(probe.stderr) || firstLine(probe.stdout);
    return `found, but \`${command}\` exited with code ${probe.exitCode}${detail ? `: ${detail}` : ''}.`;
  }
  return undefined;
}

function judgeVersion(
  tool: ToolSpec,
  output: string,
  target: string,
): { status: ToolStatus; message: string } {
  if (!tool.parseRelease) {
    const version = tool.parseVersion(output);
    return version
      ? { status: 'ok', message: `${tool.purpose}.` }
      : { status: 'ok', message: `runs; its version could not be read. It ${tool.purpose}.` };
  }
  const release = tool.parseRelease(output);
  const wanted = parseReleaseVersion(target);
  if (!release || !wanted) {
    return {
      status: 'warning',
      message: `runs, but its release could not be read from \`${[tool.name, ...tool.probeArgs].join(' ')}\`; make sure it is ${target}.`,
    };
  }
  const comparison = compareMajorMinor(release, wanted);
  if (tool.name === 'openshift-install') {
    // The installer binary embeds its release image: it installs its own major.minor whatever the plan says
    // (docs: download the installer of the release to install).
    const architecture = parseArchitecture(output);
    if (comparison !== 0) {
      return {
        status: 'warning',
        message:
          `installs OpenShift ${release.raw}, not ${target}: the installer binary decides the release. ` +
          `${capitalise(tool.getIt(target))}, or plan for ${majorMinor(release)} (--ocp-version ${majorMinor(release)}).`,
      };
    }
    return {
      status: 'ok',
      message: `installs OpenShift ${release.raw}${architecture ? ` (release architecture ${architecture})` : ''}.`,
    };
  }
  if (comparison < 0) {
    // An older client may lack commands and API knowledge of the newer cluster; take one of the target or newer.
    return {
      status: 'warning',
      message: `${release.raw} is older than the target ${target}; ${tool.getIt(target)}.`,
    };
  }
  return { status: 'ok', message: `${release.raw} fits the target ${target}; it ${tool.purpose}.` };
}

function parseArchitecture(output: string): string | undefined {
  return /^release architecture\s+(\S+)/m.exec(output)?.[1];
}

function firstLine(text: string): string {
  return (
    text
      .split(/\r?\n/)
      .find((line) => line.trim() !== '')
      ?.trim() ?? ''
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
