/**
 * `doctor`: is every program the install needs on PATH, and does its version fit the target release?
 * Depends on a ToolRunner only; it prints nothing (the command formats the report).
 */

import type { Lang } from '../types.js';
import { escapeForTerminal } from '../util/control-characters.js';
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
  lang?: Lang;
  /** Aborting stops every probe (Ctrl-C). */
  cancelSignal?: AbortSignal;
}

/** Every sentence of a doctor report that is not in the tool table, in English and Korean (the languages contract). */
const SAY = {
  missing: {
    en: (getIt: string, purpose: string) => `not found on PATH; ${getIt}. Needed because it ${purpose}.`,
    ko: (getIt: string, purpose: string) => `PATH에 없습니다. ${getIt}. 필요한 까닭: ${purpose}.`,
  },
  timedOut: {
    en: (command: string, seconds: number) => `found, but \`${command}\` did not answer within ${seconds} s.`,
    ko: (command: string, seconds: number) =>
      `있지만 \`${command}\`이(가) ${seconds}초 안에 응답하지 않았습니다.`,
  },
  cannotRun: {
    en: (why: string) =>
      `found, but it cannot be run (${why}); is it built for this machine's architecture and executable?`,
    ko: (why: string) =>
      `있지만 실행할 수 없습니다(${why}). 이 컴퓨터의 아키텍처용으로 빌드되었고 실행 권한이 있는지 확인하십시오.`,
  },
  exitCode: {
    en: (command: string, code: number, detail: string) =>
      `found, but \`${command}\` exited with code ${code}${detail ? `: ${detail}` : ''}.`,
    ko: (command: string, code: number, detail: string) =>
      `있지만 \`${command}\`이(가) 종료 코드 ${code}(으)로 끝났습니다${detail ? `: ${detail}` : ''}.`,
  },
  purposeOnly: { en: (purpose: string) => `${purpose}.`, ko: (purpose: string) => `${purpose}.` },
  noVersion: {
    en: (purpose: string) => `runs; its version could not be read. It ${purpose}.`,
    ko: (purpose: string) => `실행되지만 버전을 읽지 못했습니다. ${purpose}.`,
  },
  noRelease: {
    en: (command: string, target: string) =>
      `runs, but its release could not be read from \`${command}\`; make sure it is ${target}.`,
    ko: (command: string, target: string) =>
      `실행되지만 \`${command}\`에서 릴리스를 읽지 못했습니다. ${target}인지 확인하십시오.`,
  },
  otherRelease: {
    en: (release: string, target: string, getIt: string, installed: string) =>
      `installs OpenShift ${release}, not ${target}: the installer binary decides the release. ${getIt}, or plan for ${installed} (--ocp-version ${installed}).`,
    ko: (release: string, target: string, getIt: string, installed: string) =>
      `${target}이(가) 아니라 OpenShift ${release}을(를) 설치합니다. 설치되는 릴리스는 설치 프로그램 바이너리가 정합니다. ${getIt}. 또는 ${installed}로 계획하십시오(--ocp-version ${installed}).`,
  },
  installs: {
    en: (release: string, arch: string) =>
      `installs OpenShift ${release}${arch ? ` (release architecture ${arch})` : ''}.`,
    ko: (release: string, arch: string) =>
      `OpenShift ${release}을(를) 설치합니다${arch ? `(릴리스 아키텍처 ${arch})` : ''}.`,
  },
  older: {
    en: (release: string, target: string, getIt: string) =>
      `${release} is older than the target ${target}; ${getIt}.`,
    ko: (release: string, target: string, getIt: string) =>
      `${release}은(는) 대상 ${target}보다 오래되었습니다. ${getIt}.`,
  },
  fits: {
    en: (release: string, target: string, purpose: string) =>
      `${release} fits the target ${target}; it ${purpose}.`,
    ko: (release: string, target: string, purpose: string) =>
      `${release}은(는) 대상 ${target}에 맞습니다. ${purpose}.`,
  },
};

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
  const results = await Promise.all(wanted.map((tool) => checkTool(runner, tool, options)));
  return {
    ocpVersion: options.ocpVersion,
    tools: results.map((result) => result.check),
    ok: results.every((result) => result.usable),
  };
}

async function checkTool(
  runner: ToolRunner,
  tool: ToolSpec,
  options: DoctorOptions,
): Promise<{ check: ToolCheck; usable: boolean }> {
  const target = options.ocpVersion;
  const lang = options.lang ?? 'en';
  const runOptions = {
    timeoutMs: PROBE_TIMEOUT_MS,
    ...(options.cancelSignal ? { cancelSignal: options.cancelSignal } : {}),
  };
  const [probe, located] = await Promise.all([
    runner.run(tool.name, tool.probeArgs, runOptions),
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
        message: SAY.missing[lang](tool.getIt(target)[lang], tool.purpose[lang]),
      },
      usable: false,
    };
  }
  const runFailure = describeRunFailure(tool, probe, lang);
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
    const extra = await runner.run(tool.versionFrom.file, tool.versionFrom.args, runOptions);
    versionOutput = `${extra.stdout}\n${extra.stderr}`;
  }
  const version = tool.parseVersion(versionOutput) ?? null;
  const base = { name: tool.name, found: true, version, ...where };
  const verdict = judgeVersion(tool, versionOutput, target, lang);
  return { check: { ...base, ...verdict }, usable: true };
}

function describeRunFailure(tool: ToolSpec, probe: RunResult, lang: Lang): string | undefined {
  const command = [tool.name, ...tool.probeArgs].join(' ');
  if (probe.timedOut) return SAY.timedOut[lang](command, PROBE_TIMEOUT_MS / 1000);
  if (probe.exitCode === undefined) {
    return SAY.cannotRun[lang](escapeForTerminal(probe.failure ?? probe.signal ?? 'signal'));
  }
  if (probe.exitCode !== 0 && !tool.anyExitCode) {
    // A tool's own words are shown, but never as terminal escapes.
    const detail = escapeForTerminal(firstLine(probe.stderr) || firstLine(probe.stdout)).slice(0, 300);
    return SAY.exitCode[lang](command, probe.exitCode, detail);
  }
  return undefined;
}

function judgeVersion(
  tool: ToolSpec,
  output: string,
  target: string,
  lang: Lang,
): { status: ToolStatus; message: string } {
  const purpose = tool.purpose[lang];
  if (!tool.parseRelease) {
    const version = tool.parseVersion(output);
    return version
      ? { status: 'ok', message: SAY.purposeOnly[lang](capitalise(purpose)) }
      : { status: 'ok', message: SAY.noVersion[lang](purpose) };
  }
  const release = tool.parseRelease(output);
  const wanted = parseReleaseVersion(target);
  if (!release || !wanted) {
    return {
      status: 'warning',
      message: SAY.noRelease[lang]([tool.name, ...tool.probeArgs].join(' '), target),
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
        message: SAY.otherRelease[lang](
          release.raw,
          target,
          capitalise(tool.getIt(target)[lang]),
          majorMinor(release),
        ),
      };
    }
    return { status: 'ok', message: SAY.installs[lang](release.raw, architecture ?? '') };
  }
  if (comparison < 0) {
    // An older client may lack commands and API knowledge of the newer cluster; take one of the target or newer.
    return { status: 'warning', message: SAY.older[lang](release.raw, target, tool.getIt(target)[lang]) };
  }
  return { status: 'ok', message: SAY.fits[lang](release.raw, target, purpose) };
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
