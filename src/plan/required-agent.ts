import { type Problem, problemOf } from '../answers/problems.js';
import type { Plan } from '../types.js';
import { agentStanza, agentUsesVips } from './install-path.js';
import { missingForMethod } from './required.js';
import { REQUIRED_MESSAGES as M } from './required-messages.js';

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
    missing.push(problemOf('vsphere.folder', M.vsphereFolder));
  }
  if (agentUsesVips(plan)) {
    if (!plan.vips?.api.length) missing.push(problemOf('vips.api', M.agentVips, { stanza }));
    if (!plan.vips?.ingress.length) missing.push(problemOf('vips.ingress', M.agentVips, { stanza }));
  }
  const hasControlPlaneIp = plan.hosts.some((h) => h.role === 'control-plane' && h.ip !== undefined);
  if (!plan.agent?.rendezvousIP && !hasControlPlaneIp) {
    missing.push(problemOf('agent.rendezvousIP', M.rendezvousIP));
  }
  plan.hosts.forEach((host, i) => {
    if (host.role === 'bootstrap') return;
    if (!host.bootMACAddress && !host.interfaces?.length) {
      missing.push(problemOf(`hosts[${i}].bootMACAddress`, M.agentBootMac));
    }
  });
  const staticHosts = plan.hosts.some((h) => h.role !== 'bootstrap' && h.ip !== undefined);
  if (staticHosts && !plan.agent?.dnsServers.length) {
    missing.push(problemOf('agent.dnsServers', M.dnsServers));
  }
  if (staticHosts && !plan.agent?.gateway) {
    missing.push(problemOf('agent.gateway', M.gateway));
  }
  if (plan.connectivity === 'disconnected' && !plan.agent?.ntpSources.length) {
    missing.push(problemOf('agent.ntpSources', M.ntpSources));
  }
  return missing;
}
