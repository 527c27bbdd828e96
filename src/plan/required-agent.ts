import type { Problem } from '../answers/problems.js';
import type { Plan } from '../types.js';
import { agentStanza, agentUsesVips } from './install-path.js';
import { missingForMethod } from './required.js';

/**
 * What an Agent-based plan cannot do without (the answers-file format: "what the chosen platform and method cannot do without"):
 * - the platform's own inventory where the install-config keeps the platform (vSphere, Nutanix), as for IPI, plus the
 *   vSphere VM folder ("must specify a folder for agent-based installs", pkg/asset/agent/installconfig.go);
 * - API and ingress VIPs on baremetal, vSphere and Nutanix;
 * - a rendezvous IP: answered, or a control-plane host's address;
 * - a MAC address for every host (agent-config: "each interface must have a MAC address defined");
 * - DNS servers and a gateway when hosts have static addresses (the Assisted host validations has-default-route and
 *   the api/api-int/apps resolution run on the hosts);
 * - NTP servers when disconnected (Assisted ntp-synced; clocks more than 4 minutes apart stop the install).
 */
export function missingForAgent(plan: Plan): Problem[] {
  const missing: Problem[] = [];
  const stanza = agentStanza(plan);
  if (stanza === 'vsphere' || stanza === 'nutanix') {
    // Only the platform inventory: VIPs and hosts are the agent's own concern below.
    missing.push(...missingForMethod(plan, 'IPI').filter((p) => p.key.startsWith(`${stanza}.`)));
  }
  if (stanza === 'vsphere' && plan.platformConfig.folder === undefined) {
    missing.push({
      key: 'vsphere.folder',
      message:
        'is required for Agent-based installs on vSphere: the VM folder of the cluster (the installer: "must specify a folder for agent-based installs")',
    });
  }
  if (agentUsesVips(plan)) {
    const why = `for the Agent-based installer on ${stanza}: keepalived on the nodes serves the API and ingress on these addresses`;
    if (!plan.vips?.api.length) missing.push({ key: 'vips.api', message: `is required ${why}` });
    if (!plan.vips?.ingress.length) missing.push({ key: 'vips.ingress', message: `is required ${why}` });
  }
  const hasControlPlaneIp = plan.hosts.some((h) => h.role === 'control-plane' && h.ip !== undefined);
  if (!plan.agent?.rendezvousIP && !hasControlPlaneIp) {
    missing.push({
      key: 'agent.rendezvousIP',
      message:
        'is required for the Agent-based installer: the address of the control-plane host that runs the installation (or list the control-plane hosts with their ip)',
    });
  }
  plan.hosts.forEach((host, i) => {
    if (host.role === 'bootstrap') return;
    if (!host.bootMACAddress && !host.interfaces?.length) {
      missing.push({
        key: `hosts[${i}].bootMACAddress`,
        message:
          'is required for the Agent-based installer: the MAC address identifies the host (or give hosts[].interfaces)',
      });
    }
  });
  const staticHosts = plan.hosts.some((h) => h.role !== 'bootstrap' && h.ip !== undefined);
  if (staticHosts && !plan.agent?.dnsServers.length) {
    missing.push({
      key: 'agent.dnsServers',
      message:
        "is required when hosts have static addresses: the DNS servers written into each host's network configuration (they must resolve api, api-int and *.apps)",
    });
  }
  if (staticHosts && !plan.agent?.gateway) {
    missing.push({
      key: 'agent.gateway',
      message:
        "is required when hosts have static addresses: the next hop of each host's default route (the Assisted validation has-default-route)",
    });
  }
  if (plan.connectivity === 'disconnected' && !plan.agent?.ntpSources.length) {
    missing.push({
      key: 'agent.ntpSources',
      message:
        'is required for a disconnected Agent-based install: NTP servers the hosts can reach (host clocks more than 4 minutes apart stop the installation)',
    });
  }
  return missing;
}
