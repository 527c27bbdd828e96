import {
  AGENT_ROLE,
  MAX_CLOCK_SKEW_MINUTES,
  MINIMAL_ISO_PLATFORMS,
} from '../../knowledge/agent-installer.js';
import { agentStanza } from '../../plan/install-path.js';
import { sameIp } from '../../plan/network.js';
import type { Host, Lang, Plan } from '../../types.js';
import { toYaml } from '../install-config/document.js';
import { Notes } from '../install-config/notes.js';
import { agentComment } from './comments.js';
import { hostNetwork } from './nmstate.js';
import { agentRootDeviceHints } from './root-device.js';

export { hostInterfaces, hostNetwork } from './nmstate.js';

/** The hosts agent-config.yaml lists: every answered host of the cluster (the agent has no bootstrap machine). */
export function agentHosts(plan: Plan): (Host & { role: keyof typeof AGENT_ROLE })[] {
  return plan.hosts.filter((h): h is Host & { role: keyof typeof AGENT_ROLE } => h.role !== 'bootstrap');
}

/** Node 0: the answered rendezvous IP, else the first control-plane host's address. */
export function rendezvousIpOf(plan: Plan): string | undefined {
  return plan.agent?.rendezvousIP ?? plan.hosts.find((h) => h.role === 'control-plane' && h.ip)?.ip;
}

/** Whether the ISO leaves out the root file system: as answered, else the platform's default. */
export function minimalIsoOf(plan: Plan): boolean {
  return plan.agent?.minimalISO ?? MINIMAL_ISO_PLATFORMS.includes(plan.platform);
}

/**
 * Plan → agent-config.yaml (AgentConfig v1beta1, openshift/installer pkg/types/agent/agent_config_type.go) through the
 * yaml Document API, commented in the plan's language. Pure: the same plan always gives the same bytes.
 */
export function renderAgentConfig(plan: Plan, lang: Lang): { config: Record<string, unknown>; text: string } {
  const notes = new Notes();
  const rendezvous = rendezvousIpOf(plan);
  const config: Record<string, unknown> = { apiVersion: 'v1beta1', kind: 'AgentConfig' };
  notes.add(['apiVersion'], agentComment('apiVersion', lang));
  config.metadata = { name: plan.clusterName };
  notes.add(['metadata', 'name'], agentComment('metadataName', lang));
  if (rendezvous) {
    config.rendezvousIP = rendezvous;
    const owner = plan.hosts.find((h) => h.ip !== undefined && sameIp(h.ip, rendezvous));
    notes.add(
      ['rendezvousIP'],
      owner
        ? agentComment('rendezvousIP', lang, { host: owner.name })
        : agentComment('rendezvousIPAnswered', lang),
    );
  }
  if (plan.agent?.bootArtifactsBaseURL) {
    config.bootArtifactsBaseURL = plan.agent.bootArtifactsBaseURL;
    notes.add(['bootArtifactsBaseURL'], agentComment('bootArtifactsBaseURL', lang));
  }
  if (plan.agent?.ntpSources.length) {
    config.additionalNTPSources = [...plan.agent.ntpSources];
    notes.add(['additionalNTPSources'], agentComment('ntp', lang, { minutes: MAX_CLOCK_SKEW_MINUTES }));
  }
  if (minimalIsoOf(plan)) {
    config.minimalISO = true;
    notes.add(['minimalISO'], agentComment('minimalISO', lang));
  }
  const hosts = agentHosts(plan);
  if (hosts.length > 0) {
    const wanted = plan.controlPlaneReplicas + plan.arbiterReplicas + plan.computeReplicas;
    notes.add(['hosts'], agentComment('hosts', lang));
    if (hosts.length < wanted) {
      notes.add(['hosts'], agentComment('missingHosts', lang, { listed: hosts.length, wanted }));
    }
    config.hosts = hosts.map((host, i) => hostEntry(plan, host, lang, notes.at(['hosts', i])));
  }
  const header = agentComment('header', lang, {
    clusterName: plan.clusterName,
    baseDomain: plan.baseDomain,
    ocpVersion: plan.ocpVersion,
    stanza: agentStanza(plan),
    topology: plan.topology,
  });
  return { config, text: toYaml(config, notes.entries, header) };
}

function hostEntry(
  plan: Plan,
  host: Host & { role: keyof typeof AGENT_ROLE },
  lang: Lang,
  notes: Notes,
): Record<string, unknown> {
  const entry: Record<string, unknown> = { hostname: host.name, role: AGENT_ROLE[host.role] };
  const hints = host.installationDisk ? agentRootDeviceHints(host.installationDisk) : undefined;
  if (hints) {
    entry.rootDeviceHints = hints;
    notes.add(['rootDeviceHints'], agentComment('rootDeviceHints', lang));
  }
  const network = hostNetwork(plan, host);
  entry.interfaces = network.interfaces.map((nic) => ({ name: nic.name, macAddress: nic.macAddress }));
  if (network.networkConfig) {
    entry.networkConfig = network.networkConfig;
    notes.add(
      ['networkConfig'],
      host.ip
        ? agentComment('networkStatic', lang, {
            ip: host.ip,
            prefix: network.prefix ?? '?',
            iface: network.addressed,
            dns: (plan.agent?.dnsServers ?? []).join(', ') || '-',
            gateway: plan.agent?.gateway ?? '-',
          })
        : agentComment('networkDhcp', lang, { iface: network.addressed }),
    );
  }
  return entry;
}
