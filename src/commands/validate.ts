import path from 'node:path';
import { UsageError } from '../errors.js';
import { readSmallFile } from '../io/read-file.js';
import { newerReleaseWarning, releaseProblem } from '../knowledge/releases.js';
import { type FileKind, type FileReport, type InputFile, validateFiles } from '../validate/files.js';
import { findingMessage, formatFindingsHuman } from '../validate/format.js';
import { rulesRelease } from '../validate/index.js';
import { loadValidateMessages, type MessageRef, msg, renderMessage } from '../validate/messages/index.js';
import type { CommandContext } from './context.js';

/**
 * `ocp-planner validate PATH... [--ocp-version X.Y] [--installer agent] [--json]` (the command-line and validation contract): the installer's rules
 * on install-config.yaml and agent-config.yaml files. A PATH is a file or a folder holding them; an install-config with
 * an agent-config beside it or named with it is checked as an Agent-based install. Exit 2 when any file is unusable,
 * else 1 when any has an error (the other files are still reported).
 */

export interface ValidateCommandOptions {
  ocpVersion?: string;
  installer?: string;
  json?: boolean;
}

const INSTALL_CONFIG = 'install-config.yaml';
const AGENT_CONFIG = 'agent-config.yaml';

/** Why readSmallFile could not read a file, as a sentence in the user's language. */
function unreadable(reason: string): MessageRef {
  if (reason.includes('does not exist')) return msg('file.missing');
  if (reason.includes('permission')) return msg('file.permission');
  if (reason.includes('not a regular file')) return msg('file.not-regular');
  if (reason.includes('larger than')) return msg('file.too-large');
  return msg('file.cannot-read', { reason });
}

/** agent-config.yaml by its name, or by its content (`kind: AgentConfig`). */
function kindOf(file: string, text: string | undefined): FileKind {
  const base = path.basename(file).toLowerCase();
  if (base.startsWith('agent-config')) return 'agent-config';
  if (base.startsWith('install-config')) return 'install-config';
  return text !== undefined && /^kind:\s*["']?AgentConfig["']?\s*$/m.test(text)
    ? 'agent-config'
    : 'install-config';
}

/** The files to check: each PATH, a folder's two files, and an agent-config.yaml beside a given install-config. */
function collect(paths: string[], ctx: CommandContext): InputFile[] {
  const inputs: InputFile[] = [];
  const seen = new Set<string>();
  const add = (name: string, kind?: FileKind, optional = false): void => {
    const absolute = path.resolve(ctx.cwd, name);
    if (seen.has(absolute)) return;
    const read = readSmallFile(absolute);
    if (!read.ok && optional && read.reason.includes('does not exist')) return;
    seen.add(absolute);
    if (read.ok) inputs.push({ name, kind: kind ?? kindOf(name, read.text), text: read.text });
    else inputs.push({ name, kind: kind ?? kindOf(name, undefined), unreadable: unreadable(read.reason) });
  };
  for (const given of paths) {
    const read = readSmallFile(path.resolve(ctx.cwd, given));
    if (!read.ok && read.reason.includes('folder')) {
      const before = inputs.length;
      add(path.join(given, INSTALL_CONFIG), 'install-config', true);
      add(path.join(given, AGENT_CONFIG), 'agent-config', true);
      if (inputs.length === before) {
        inputs.push({ name: given, kind: 'install-config', unreadable: msg('file.empty-folder') });
      }
      continue;
    }
    add(given);
    const last = inputs[inputs.length - 1];
    if (last?.name === given && last.kind === 'install-config') {
      add(path.join(path.dirname(given), AGENT_CONFIG), 'agent-config', true);
    }
  }
  return inputs;
}

function human(report: FileReport, ctx: CommandContext, release: string): string {
  const lang = ctx.lang;
  if (!report.usable) {
    const problem = report.problem;
    const where =
      problem?.line !== undefined ? `${report.file}:${problem.line}:${problem.column ?? 1}` : report.file;
    const sentence = problem ? renderMessage(problem.text, lang) : '';
    const label = renderMessage(msg('format.error'), lang);
    const excerpt = problem?.excerpt ? `${problem.excerpt}\n` : '';
    return `${where}: ${label}: ${sentence}\n${excerpt}${renderMessage(msg('format.unusable', { file: report.file }), lang)}\n`;
  }
  const header =
    report.pairedWith && report.kind === 'install-config'
      ? `${renderMessage(msg('format.agent-pair', { file: report.file, other: report.pairedWith }), lang)}\n`
      : '';
  return header + formatFindingsHuman(report.file, report, ctx.color, lang, release);
}

function json(report: FileReport, lang: CommandContext['lang']): unknown {
  return {
    file: report.file,
    kind: report.kind,
    installer: report.installer,
    valid: report.valid,
    findings: report.findings.map((f) => ({
      severity: f.severity,
      path: f.path,
      ...(f.line !== undefined ? { line: f.line, column: f.column ?? 1 } : {}),
      message: findingMessage(f, lang),
      rule: f.rule,
    })),
    ...(report.omitted ? { omitted: report.omitted } : {}),
    ...(report.pairedWith ? { pairedWith: report.pairedWith } : {}),
    ...(report.problem
      ? {
          error: {
            message: renderMessage(report.problem.text, lang),
            ...(report.problem.line !== undefined
              ? { line: report.problem.line, column: report.problem.column }
              : {}),
          },
        }
      : {}),
  };
}

export async function validateCommand(
  paths: string[],
  options: ValidateCommandOptions,
  ctx: CommandContext,
): Promise<number> {
  const ko = ctx.lang === 'ko';
  if (paths.length === 0) {
    throw new UsageError(
      ko
        ? 'install-config.yaml, agent-config.yaml 또는 폴더를 하나 이상 지정하십시오.'
        : 'name at least one install-config.yaml, agent-config.yaml or folder.',
    );
  }
  if (options.installer !== undefined && options.installer !== 'agent') {
    throw new UsageError(
      ko
        ? `--installer: "${options.installer}"은(는) 이 도구가 모르는 설치 프로그램입니다. --installer agent를 쓰십시오.`
        : `--installer: "${options.installer}" is not an installer this tool knows; use --installer agent.`,
    );
  }
  // An unknown release is a usage error before any file is read; a newer one is accepted with a warning.
  const problem = options.ocpVersion === undefined ? undefined : releaseProblem(options.ocpVersion);
  if (problem) throw new UsageError(`--ocp-version: ${problem[ctx.lang]}.`);
  // The release whose rules apply: the one asked for, the newest known for a newer one, else the newest known.
  const release = rulesRelease(options.ocpVersion);
  await loadValidateMessages(ctx.lang);
  const newer = options.ocpVersion ? newerReleaseWarning(options.ocpVersion) : undefined;
  if (newer) ctx.stderr(`ocp-planner: ${newer[ctx.lang]}.\n`);
  const reports = validateFiles(collect(paths, ctx), {
    lang: ctx.lang,
    ...(options.ocpVersion ? { ocpVersion: options.ocpVersion } : {}),
    ...(options.installer === 'agent' ? { installer: 'agent' as const } : {}),
  });
  if (options.json) {
    const out = reports.map((r) => json(r, ctx.lang));
    ctx.stdout(`${JSON.stringify(out.length === 1 ? out[0] : out, null, 2)}\n`);
  } else {
    // Findings are the result (`validate … | grep error`); warnings about the command itself stay on stderr.
    ctx.stdout(reports.map((r) => human(r, ctx, release)).join(''));
  }
  if (reports.some((r) => !r.usable)) return 2;
  return reports.every((r) => r.valid) ? 0 : 1;
}
