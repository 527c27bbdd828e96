import path from 'node:path';
import type { Finding, Lang } from '../types.js';
import { checkAgentConfig, checkAgentInstallConfig } from './agent/index.js';
import { AGENT_CONFIG_FIELDS } from './agent-config-fields.js';
import { checkFields } from './fields.js';
import { finish, rulesRelease, type ValidatorFinding, yamlFindings } from './index.js';
import { type MessageRef, msg, renderMessage } from './messages/index.js';
import { readYamlMapping, UnreadableFile } from './parse.js';
import { isObj, type Obj } from './read.js';
import { type Installer, type Omitted, type RawFinding, Report } from './report.js';
import { runRules } from './rules/index.js';
import type { YNode } from './yaml/nodes.js';

/*
 * `validate PATH...` over many files in one process (the command-line contract): install-configs and agent-configs, each checked with
 * the rules of the target release. An install-config given together with an agent-config.yaml (named on the command
 * line, or beside it in the same folder) is checked as an Agent-based install: the installer's own validation with
 * usingAgentMethod, the agent installer's warnings, and the agent's rules (src/validate/agent). Pure: the caller
 * reads the files.
 */

export type FileKind = 'install-config' | 'agent-config';

export interface InputFile {
  /** The name shown to the user (the path as given, or found beside a given file). */
  name: string;
  kind: FileKind;
  /** The text, or why the file could not be read. */
  text?: string;
  unreadable?: MessageRef;
}

export interface FileProblem {
  text: MessageRef;
  message: string;
  line?: number;
  column?: number;
  excerpt?: string;
}

export interface FileReport {
  file: string;
  kind: FileKind;
  installer: Installer;
  /** False when the file could not be read or parsed at all (exit 2). */
  usable: boolean;
  valid: boolean;
  findings: ValidatorFinding[];
  omitted?: Omitted[];
  problem?: FileProblem;
  /** The agent-config checked together with this install-config, or the other way round. */
  pairedWith?: string;
}

export interface ValidateFilesOptions {
  ocpVersion?: string;
  /** Language of the agent checks' sentences (they are written when found). */
  lang?: Lang;
  /** `--installer agent`: every install-config is an Agent-based one, with or without an agent-config. */
  installer?: Installer;
}

/** Which agent-config goes with which install-config: the one in the same folder, or the only one given. */
function pairs(inputs: InputFile[]): Map<InputFile, InputFile> {
  const out = new Map<InputFile, InputFile>();
  const installs = inputs.filter((f) => f.kind === 'install-config');
  const agents = inputs.filter((f) => f.kind === 'agent-config');
  for (const install of installs) {
    const beside = agents.filter((a) => path.dirname(a.name) === path.dirname(install.name));
    if (beside.length === 1) out.set(install, beside[0] as InputFile);
  }
  if (installs.length === 1 && agents.length === 1 && out.size === 0) {
    out.set(installs[0] as InputFile, agents[0] as InputFile);
  }
  return out;
}

function problemOf(error: UnreadableFile): FileProblem {
  return {
    text: error.text,
    message: renderMessage(error.text),
    ...(error.line !== undefined ? { line: error.line, column: error.column ?? 1 } : {}),
    ...(error.excerpt ? { excerpt: error.excerpt } : {}),
  };
}

function unusable(
  input: InputFile,
  installer: Installer,
  problem: FileProblem,
  pairedWith?: string,
): FileReport {
  return {
    file: input.name,
    kind: input.kind,
    installer,
    usable: false,
    valid: false,
    findings: [],
    problem,
    ...(pairedWith ? { pairedWith } : {}),
  };
}

/** A finding of the agent's checks (plain Finding objects) in the report, placed in its file later. */
function external(finding: Finding): RawFinding {
  return {
    severity: finding.severity,
    path: finding.path,
    rule: finding.rule ?? 'agent',
    text: msg('agent.finding', { text: finding.message }),
    ...(finding.line !== undefined ? { line: finding.line, column: finding.column ?? 1 } : {}),
  };
}

interface Parsed {
  root: YNode;
  value: Obj;
  report: Report;
}

function parse(input: InputFile, report: Report): Parsed | FileProblem {
  if (input.text === undefined) {
    const text = input.unreadable ?? msg('file.unreadable');
    return { text, message: renderMessage(text) };
  }
  try {
    const parsed = readYamlMapping(input.text);
    yamlFindings(parsed, report);
    return { root: parsed.root, value: parsed.value, report };
  } catch (error) {
    if (error instanceof UnreadableFile) return problemOf(error);
    throw error;
  }
}

export function validateFiles(inputs: InputFile[], opts: ValidateFilesOptions = {}): FileReport[] {
  const version = rulesRelease(opts.ocpVersion);
  const agentOptions = { ocpVersion: version, ...(opts.lang ? { lang: opts.lang } : {}) };
  const paired = pairs(inputs);
  const pairedAgents = new Map([...paired].map(([install, agent]) => [agent, install]));
  const configs = new Map<InputFile, Obj>();
  const reports = new Map<InputFile, FileReport>();

  for (const input of inputs.filter((f) => f.kind === 'install-config')) {
    const agentConfig = paired.get(input);
    const installer: Installer = agentConfig || opts.installer === 'agent' ? 'agent' : 'installer';
    const report = new Report(version, installer);
    const parsed = parse(input, report);
    if (!('root' in parsed)) {
      reports.set(input, unusable(input, installer, parsed, agentConfig?.name));
      continue;
    }
    const config = runRules(parsed.value, report);
    configs.set(input, config);
    if (installer === 'agent') {
      for (const finding of checkAgentInstallConfig(config, agentOptions)) report.add(external(finding));
    }
    reports.set(input, {
      file: input.name,
      kind: input.kind,
      installer,
      usable: true,
      ...finish(report, parsed.root),
      ...(agentConfig ? { pairedWith: agentConfig.name } : {}),
    });
  }

  for (const input of inputs.filter((f) => f.kind === 'agent-config')) {
    const install = pairedAgents.get(input);
    const report = new Report(version, 'agent');
    const parsed = parse(input, report);
    if (!('root' in parsed)) {
      reports.set(input, unusable(input, 'agent', parsed, install?.name));
      continue;
    }
    // The agent installer reads agent-config.yaml strictly (yaml.UnmarshalStrict): unknown keys are errors.
    const agentConfig = checkFields(parsed.value, report, {
      tree: AGENT_CONFIG_FIELDS,
      file: 'agent-config',
    });
    const installConfig = install ? configs.get(install) : undefined;
    const value = isObj(agentConfig) ? agentConfig : {};
    for (const finding of checkAgentConfig(value, installConfig, agentOptions)) report.add(external(finding));
    reports.set(input, {
      file: input.name,
      kind: input.kind,
      installer: 'agent',
      usable: true,
      ...finish(report, parsed.root),
      ...(install ? { pairedWith: install.name } : {}),
    });
  }
  return inputs.map((input) => reports.get(input) as FileReport);
}
