import { bmcPortOf, planProvisioningNetwork } from '../../knowledge/baremetal-provisioning.js';
import { isCloudPlatform } from '../../knowledge/platform-matrix.js';
import type { ChecklistItem, Platform } from '../../types.js';
import type { MessageKey } from '../catalog.js';
import { type ChecklistContext, clusterNodes, customerBuilds, item, kindFor, OWNER_OF } from '../context.js';
import { CLOUD_EGRESS, EGRESS_HOSTS } from '../data/egress.js';
import { isOnPremIpi } from '../data/platforms.js';
import {
  BAREMETAL_IPI_RULES,
  bmcRule,
  PORT_MATRIX,
  type PortRule,
  PROVISIONING_NETWORK_RULES,
  VRRP_RULE,
  VSPHERE_RULES,
} from '../data/ports.js';
import { SOURCES } from '../data/sources.js';

/** Firewall port matrix between the nodes (the port tables of installation-network-user-infra (docs)): a task on customer networks, a check on installer-built VPCs. */
export function portItems(ctx: ChecklistContext): ChecklistItem[] {
  const { plan, t } = ctx;
  const kind = kindFor(ctx, 'network');
  const rules = platformPortRules(ctx);
  const machineNetwork = plan.networking.machineNetwork.join(', ');
  return [
    item({
      id: 'fw.ports',
      phase: 'network',
      owner: OWNER_OF.network,
      kind,
      title: t(kind === 'task' ? 'fw.ports.title' : 'fw.ports.verify.title'),
      details: t(kind === 'task' ? 'fw.ports.details' : 'fw.ports.verify.details', { machineNetwork }),
      table: {
        columns: [t('col.direction'), t('col.protocol'), t('col.ports'), t('col.purpose')],
        rows: rules.map((r) => [t(r.direction), r.protocol, r.ports, t(r.purpose)]),
      },
      source: SOURCES.ports,
    }),
  ];
}

/**
 * The node matrix plus the flows of the platform: VRRP for on-prem VIPs, vCenter and ESXi on 443 for vSphere, and
 * for bare-metal IPI the provisioner/BMC ports (DHCP and TFTP only with a provisioning network) and each BMC driver's
 * port.
 */
function platformPortRules(ctx: ChecklistContext): PortRule[] {
  const { plan } = ctx;
  const rules: PortRule[] = [...PORT_MATRIX];
  if (isOnPremIpi(plan.platform, ctx.method)) rules.push(VRRP_RULE);
  if (plan.platform === 'vsphere') rules.push(...VSPHERE_RULES);
  if (plan.platform === 'baremetal' && ctx.method === 'IPI' && ctx.path !== 'Agent-based') {
    rules.push(...BAREMETAL_IPI_RULES);
    if (planProvisioningNetwork(plan) !== 'Disabled') rules.push(...PROVISIONING_NETWORK_RULES);
    const bmcPorts = new Map<string, string[]>();
    for (const host of plan.hosts) {
      if (!host.bmc) continue;
      const { protocol, port } = bmcPortOf(host.bmc.address);
      const ports = bmcPorts.get(protocol) ?? [];
      if (!ports.includes(port)) ports.push(port);
      bmcPorts.set(protocol, ports);
    }
    for (const [protocol, ports] of bmcPorts) rules.push(bmcRule(protocol, ports.join(', ')));
  }
  return rules;
}

/** Outbound allowlist for connected and proxied clusters (configuring-firewall (docs)); a disconnected cluster uses its mirror. */
export function egressItems(ctx: ChecklistContext): ChecklistItem[] {
  const { plan, t, domain } = ctx;
  if (plan.connectivity === 'disconnected') return [];
  const cloud = CLOUD_EGRESS[plan.platform];
  const rows = [
    ...EGRESS_HOSTS.map((h) => [h.host, t(h.why)]),
    ...(cloud ? [[cloud, t('egress.cloud')]] : []),
    [`oauth-openshift.apps.${domain}, console-openshift-console.apps.${domain}`, t('egress.apps')],
  ];
  return [
    item({
      id: 'fw.egress',
      phase: 'network',
      owner: OWNER_OF.network,
      kind: 'task',
      title: t('fw.egress.title'),
      details: t('fw.egress.details', {
        proxyPart: plan.connectivity === 'proxy' ? t('fw.egress.proxy-part') : '',
      }),
      table: { columns: [t('col.host'), t('col.purpose')], rows },
      source: SOURCES.egress,
    }),
  ];
}

/**
 * How the VMs or hosts the installer creates get their addresses ("Networking requirements" of each platform's IPI
 * book): a DHCP scope (or Nutanix IPAM) for installer-made VMs, reservations or NMState on bare-metal IPI.
 */
const IPI_ADDRESS_WORDING: Readonly<Partial<Record<Platform, MessageKey>>> = {
  vsphere: 'network.addresses.vsphere-ipi',
  nutanix: 'network.addresses.nutanix-ipi',
  openstack: 'network.addresses.openstack-ipi',
  baremetal: 'network.addresses.baremetal-ipi',
};

/**
 * Agent-based hosts take DHCP or agent-config NMState; IBM Z guests static parameter files; UPI the customer's DHCP
 * reservations or kernel arguments.
 */
function addressesKey(ctx: ChecklistContext): MessageKey {
  const { plan } = ctx;
  if (ctx.path === 'Agent-based') return 'network.addresses.agent';
  if (plan.platform === 'ibmz') return 'network.addresses.ibmz';
  const ipi = ctx.method === 'IPI' ? IPI_ADDRESS_WORDING[plan.platform] : undefined;
  return ipi ?? 'network.addresses.details';
}

/**
 * Addresses, VIPs and time on customer networks (installation-network-user-infra in the docs). The clouds hand out addresses and
 * time themselves, so these lines only appear on premises.
 */
export function addressItems(ctx: ChecklistContext): ChecklistItem[] {
  const { plan, t } = ctx;
  if (isCloudPlatform(plan.platform)) return [];
  const items: ChecklistItem[] = [];
  const machineNetwork = plan.networking.machineNetwork.join(', ');
  if (customerBuilds(ctx, 'network') || customerBuilds(ctx, 'machines')) {
    const nodes = clusterNodes(ctx);
    items.push(
      item({
        id: 'network.addresses',
        phase: 'network',
        owner: OWNER_OF.network,
        kind: 'task',
        title: t('network.addresses.title'),
        details: t(addressesKey(ctx), { count: 1 + plan.controlPlaneReplicas + plan.computeReplicas }),
        // Per-node addresses matter where the customer names the machines (UPI, bare-metal hosts); installer-made
        // VMs on vSphere, Nutanix or OpenStack only need DHCP with persistent leases (ipi-vsphere-installation-reqs (docs)).
        ...(ctx.method === 'UPI' || plan.platform === 'baremetal'
          ? {
              table: {
                columns: [t('col.host'), t('col.ip'), t('col.mac')],
                rows: nodes.map((n) => [n.fqdn, n.ip ?? t('cell.assign'), n.bootMACAddress ?? '—']),
              },
            }
          : {}),
        source: ctx.method === 'IPI' ? `${SOURCES.network}; ${SOURCES.baremetalIpi}` : SOURCES.network,
      }),
    );
  }
  if (isOnPremIpi(plan.platform, ctx.method)) {
    // OpenStack IPI builds the subnet, the VIP ports and the security groups itself.
    const installerNetworkVips = plan.platform === 'openstack' && plan.ownership.network === 'installer';
    items.push(
      item({
        id: 'network.vips',
        phase: 'network',
        owner: OWNER_OF.network,
        kind: installerNetworkVips ? 'verify' : 'task',
        title: t('network.vips.title', {
          apiVip: plan.vips?.api.join(', ') ?? t('cell.assign'),
          ingressVip: plan.vips?.ingress.join(', ') ?? t('cell.assign'),
        }),
        details: t(installerNetworkVips ? 'network.vips.openstack' : 'network.vips.details', {
          machineNetwork,
        }),
        source: `${SOURCES.vsphereIpi}; ${SOURCES.baremetalIpi}`,
      }),
    );
  }
  items.push(
    item({
      id: 'network.ntp',
      phase: 'network',
      owner: OWNER_OF.network,
      kind: 'task',
      title: t('network.ntp.title'),
      // IBM Z guests have static addresses, so no DHCP server hands out NTP servers there.
      details: t(plan.platform === 'ibmz' ? 'network.ntp.ibmz' : 'network.ntp.details'),
      source: SOURCES.ntp,
    }),
  );
  return items;
}
