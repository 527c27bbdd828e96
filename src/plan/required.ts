import type { Problem } from '../answers/problems.js';
import type { Answers } from '../answers/schema.js';
import type { Method, Plan } from '../types.js';
import { missingCloudNetwork } from './required-cloud.js';
import { mergeMissing, missingForTopology } from './required-topology.js';

/** Keys that have no default at all (the answers-file format). */
export const ALWAYS_REQUIRED = ['clusterName', 'baseDomain', 'platform'] as const;

/** The always-required keys this answers object lacks. */
export function missingBaseKeys(answers: Answers): string[] {
  return ALWAYS_REQUIRED.filter((key) => answers[key] === undefined);
}

/** vSphere needs its inventory for IPI and for UPI (the UPI install-config keeps the vSphere stanza, docs sample). */
const VSPHERE_KEYS = ['vcenter', 'datacenter', 'cluster', 'datastore', 'network', 'credentialsFile'] as const;
const NUTANIX_KEYS = [
  'prismCentral',
  'prismElementAddress',
  'prismElementUUID',
  'subnetUUID',
  'credentialsFile',
] as const;

/**
 * What the chosen platform and method cannot do without (the answers-file format): vSphere inventory and, for IPI, VIPs; Nutanix
 * Prism details and VIPs for IPI; bare-metal IPI hosts with BMCs and boot MACs, and VIPs.
 * Each entry is a missing answers key with the reason it is needed.
 */
export function missingForMethod(plan: Plan, method: Method): Problem[] {
  const missing: Problem[] = [...missingCloudNetwork(plan, method)];
  const block = plan.platformConfig;
  const needVips = (why: string) => {
    if (!plan.vips?.api.length) missing.push({ key: 'vips.api', message: `is required ${why}` });
    if (!plan.vips?.ingress.length) missing.push({ key: 'vips.ingress', message: `is required ${why}` });
  };
  // A single node on vSphere installs as platform none (bootstrap-in-place), which needs no vCenter inventory.
  if (plan.platform === 'vsphere' && plan.topology !== 'sno') {
    for (const key of VSPHERE_KEYS) {
      if (block[key] === undefined)
        missing.push({ key: `vsphere.${key}`, message: 'is required on vSphere' });
    }
    if (method === 'IPI')
      needVips('for vSphere IPI: the installer serves the API and ingress on these addresses');
  }
  if (plan.platform === 'nutanix' && method === 'IPI') {
    for (const key of NUTANIX_KEYS) {
      if (block[key] === undefined)
        missing.push({ key: `nutanix.${key}`, message: 'is required for Nutanix IPI' });
    }
    needVips('for Nutanix IPI: the installer serves the API and ingress on these addresses');
  }
  // Power VS IPI authenticates as an IBM Cloud user whose ID the install-config names (installation-config-parameters (docs)).
  if (plan.platform === 'powervs' && method === 'IPI' && block.userID === undefined) {
    missing.push({
      key: 'powervs.userID',
      message: 'is required for Power VS IPI: the IBM Cloud user ID the installer acts as',
    });
  }
  if (plan.platform === 'baremetal' && method === 'IPI') {
    needVips('for bare-metal IPI: the installer serves the API and ingress on these addresses');
    const controlPlane = plan.hosts.filter((h) => h.role === 'control-plane').length;
    const workers = plan.hosts.filter((h) => h.role === 'worker').length;
    const arbiters = plan.hosts.filter((h) => h.role === 'arbiter').length;
    // The installer needs a host with a BMC for every replica, the arbiter's included (validatePlatform (installconfig.go): "not
    // enough hosts found"; validateArbiter: baremetal needs enough hosts with role arbiter).
    if (
      controlPlane < plan.controlPlaneReplicas ||
      workers < plan.computeReplicas ||
      arbiters < plan.arbiterReplicas
    ) {
      const wanted = [`${plan.controlPlaneReplicas} control-plane`];
      const found = [String(controlPlane)];
      if (plan.arbiterReplicas > 0) {
        wanted.push(`${plan.arbiterReplicas} arbiter`);
        found.push(String(arbiters));
      }
      missing.push({
        key: 'hosts',
        message: `needs ${wanted.join(', ')} and ${plan.computeReplicas} worker hosts for bare-metal IPI (found ${[...found, workers].join(', ')})`,
      });
    }
    plan.hosts.forEach((host, i) => {
      if (!host.bmc)
        missing.push({
          key: `hosts[${i}].bmc`,
          message: 'is required for bare-metal IPI (address and credentialsFile)',
        });
      if (!host.bootMACAddress) {
        missing.push({
          key: `hosts[${i}].bootMACAddress`,
          message: 'is required for bare-metal IPI (the NIC that PXE/virtual-media boots)',
        });
      }
    });
  }
  // The topology's own sentence wins where both name the same key: it says why (fencing through Redfish …).
  return mergeMissing(missingForTopology(plan, method), missing);
}
