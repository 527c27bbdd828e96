import { type Problem, problemIn, problemOf } from '../answers/problems.js';
import type { Answers } from '../answers/schema.js';
import type { Method, Plan, Text } from '../types.js';
import { missingCloudNetwork } from './required-cloud.js';
import { REQUIRED_MESSAGES as M } from './required-messages.js';
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
  // The installer serves the API and ingress on the VIPs of vSphere, Nutanix and bare-metal IPI.
  const needVips = (name: Text) => {
    for (const key of ['vips.api', 'vips.ingress'] as const)
      if (!plan.vips?.[key === 'vips.api' ? 'api' : 'ingress'].length)
        missing.push(problemIn(key, M.vipsIpi, { platform: name.en }, { platform: name.ko }));
  };
  // A single node on vSphere installs as platform none (bootstrap-in-place), which needs no vCenter inventory.
  if (plan.platform === 'vsphere' && plan.topology !== 'sno') {
    for (const key of VSPHERE_KEYS) {
      if (block[key] === undefined) missing.push(problemOf(`vsphere.${key}`, M.vsphere));
    }
    if (method === 'IPI') needVips({ en: 'vSphere', ko: 'vSphere' });
  }
  if (plan.platform === 'nutanix' && method === 'IPI') {
    for (const key of NUTANIX_KEYS) {
      if (block[key] === undefined) missing.push(problemOf(`nutanix.${key}`, M.nutanixIpi));
    }
    needVips({ en: 'Nutanix', ko: 'Nutanix' });
  }
  // Power VS IPI authenticates as an IBM Cloud user whose ID the install-config names (installation-config-parameters (docs)).
  if (plan.platform === 'powervs' && method === 'IPI' && block.userID === undefined) {
    missing.push(problemOf('powervs.userID', M.powervsUser));
  }
  if (plan.platform === 'baremetal' && method === 'IPI') {
    needVips({ en: 'bare-metal', ko: '베어메탈' });
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
      const wanted = [problemOf('', M.wantedControlPlane, { count: plan.controlPlaneReplicas })];
      const found = [String(controlPlane)];
      if (plan.arbiterReplicas > 0) {
        wanted.push(problemOf('', M.wantedArbiter, { count: plan.arbiterReplicas }));
        found.push(String(arbiters));
      }
      const values = { workers: plan.computeReplicas, found: [...found, workers].join(', ') };
      missing.push(
        problemIn(
          'hosts',
          M.baremetalHosts,
          { ...values, wanted: wanted.map((w) => w.message).join(', ') },
          { ...values, wanted: wanted.map((w) => w.ko).join(', ') },
        ),
      );
    }
    plan.hosts.forEach((host, i) => {
      if (!host.bmc) missing.push(problemOf(`hosts[${i}].bmc`, M.baremetalBmc));
      if (!host.bootMACAddress) missing.push(problemOf(`hosts[${i}].bootMACAddress`, M.baremetalBootMac));
    });
  }
  // The topology's own sentence wins where both name the same key: it says why (fencing through Redfish …).
  return mergeMissing(missingForTopology(plan, method), missing);
}
