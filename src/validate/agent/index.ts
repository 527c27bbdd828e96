import { rulesVersion } from '../../knowledge/releases.js';
import type { Finding, Lang } from '../../types.js';
import { isObj, list, obj } from '../read.js';
import { checkAgentConfigRules } from './agent-config.js';
import { checkAssistedStatic } from './assisted.js';
import { AgentFindings } from './findings.js';
import { checkInstallConfigForAgent } from './install-config.js';
import { checkNmstateStructure } from './nmstate.js';

/*
 * The Agent-based installer's own rules (openshift/installer pkg/asset/agent): on the install-config it accepts
 * (platforms, architectures, control-plane replicas, fencing) and on agent-config.yaml (rendezvous IP, hosts, roles,
 * interfaces, root device hints, NMState), plus the Assisted Installer validations that can be decided from the files.
 * `validate` runs them for an install-config given with or beside an agent-config.yaml (or with --installer agent);
 * `plan` runs them on the files it renders for the Agent-based path. Findings carry no line or column: the caller
 * places them in the file they name.
 */

export interface AgentCheckOptions {
  /** The release whose rules apply (a known release; see knowledge/releases.ts). */
  ocpVersion: string;
  /** Language of the messages (default English); the installer's own wording stays recognisable in Korean. */
  lang?: Lang;
}

/** The agent installer's rules on an install-config (pkg/asset/agent/installconfig.go). Paths are install-config paths. */
export function checkAgentInstallConfig(installConfig: unknown, opts: AgentCheckOptions): Finding[] {
  const out = new AgentFindings(opts.lang ?? 'en');
  if (!isObj(installConfig)) return out.list;
  checkInstallConfigForAgent(installConfig, rulesVersion(opts.ocpVersion), out);
  return out.list;
}

/**
 * The agent installer's rules on agent-config.yaml, read together with its install-config (hosts per role against the
 * replicas, the rendezvous IP inside the machine network). Paths are agent-config paths.
 */
export function checkAgentConfig(
  agentConfig: unknown,
  installConfig: unknown,
  opts: AgentCheckOptions,
): Finding[] {
  const out = new AgentFindings(opts.lang ?? 'en');
  if (!isObj(agentConfig)) {
    out.error('', 'agent-config-shape', {
      en: 'agent-config.yaml must be a mapping with apiVersion: v1beta1, kind: AgentConfig, metadata and hosts.',
      ko: 'agent-config.yaml은 apiVersion: v1beta1, kind: AgentConfig, metadata, hosts를 담은 매핑이어야 합니다.',
    });
    return out.list;
  }
  const install = obj(installConfig);
  checkAgentConfigRules(agentConfig, install, rulesVersion(opts.ocpVersion), out);
  list(agentConfig.hosts).forEach((host, i) => {
    checkNmstateStructure(obj(host)?.networkConfig, `hosts[${i}].networkConfig`, out);
  });
  checkAssistedStatic(agentConfig, install, out);
  return out.list;
}

/**
 * Findings of the general install-config rules that the installer does not raise for an Agent-based install: with
 * `usingAgentMethod` it requires no bare-metal hosts (ValidateInstallConfig(c, true); release-4.21
 * pkg/types/baremetal/validation/platform.go "bare metal hosts are missing" only for other installs).
 */
export function withoutNonAgentFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter(
    (f) => !(f.path === 'platform.baremetal.hosts' && f.rule === 'platform-required-field'),
  );
}

export { nmstatectlFindings } from './nmstatectl.js';
