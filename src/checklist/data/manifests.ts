import { atLeast } from '../../knowledge/releases.js';
import type { Platform } from '../../types.js';

const CONTROL_PLANE_MACHINES = 'openshift/99_openshift-cluster-api_master-machines-*.yaml';
const CONTROL_PLANE_MACHINE_SET = 'openshift/99_openshift-machine-api_master-control-plane-machine-set.yaml';
const COMPUTE_MACHINE_SETS = 'openshift/99_openshift-cluster-api_worker-machineset-*.yaml';

/**
 * From which release the installer writes an Active ControlPlaneMachineSet manifest on a platform whose UPI path
 * deletes the control-plane Machine manifests. Left in place without its machines, the control-plane-machine-set
 * operator reports Degraded and the install never completes, so UPI must delete it too. vSphere gained the
 * generated machine set in 4.15 (openshift/installer pkg/asset/machines/vsphere, "generate control plane
 * machineset"); the clouds and OpenStack already write it in every release the planner supports.
 */
export const CONTROL_PLANE_MACHINE_SET_SINCE: Readonly<Partial<Record<Platform, string>>> = {
  aws: '4.14',
  azure: '4.14',
  gcp: '4.14',
  openstack: '4.14',
  vsphere: '4.15',
};

/** Platforms whose installer-made Machine and MachineSet manifests UPI deletes after `create manifests`. */
const MACHINE_API_PLATFORMS: readonly Platform[] = ['aws', 'azure', 'gcp', 'vsphere', 'openstack'];

/**
 * Machine API manifests to delete after `create manifests` on UPI: the installer must not create the machines the
 * customer builds ("Remove the Kubernetes manifest files that define the control plane machines, compute machine
 * sets, and control plane machine sets"). Platform none (bare metal, IBM Z, agnostic) has nothing to delete.
 */
export function manifestsToRemove(platform: Platform, ocpVersion: string): readonly string[] {
  if (!MACHINE_API_PLATFORMS.includes(platform)) return [];
  const since = CONTROL_PLANE_MACHINE_SET_SINCE[platform];
  const machineSet = since !== undefined && atLeast(ocpVersion, since) ? [CONTROL_PLANE_MACHINE_SET] : [];
  return [CONTROL_PLANE_MACHINES, ...machineSet, COMPUTE_MACHINE_SETS];
}

/** The scheduler manifest that carries mastersSchedulable. */
export const SCHEDULER_MANIFEST = 'manifests/cluster-scheduler-02-config.yml';

/**
 * The cluster DNS config the ingress operator reads. On cloud UPI a customer who keeps DNS removes its privateZone
 * and publicZone, so the operator writes no *.apps records (the docs' UPI step "Creating the Kubernetes manifest and
 * Ignition config files": "If you do so, you must add ingress DNS records manually in a later step").
 */
export const DNS_CONFIG_MANIFEST = 'manifests/cluster-dns-02-config.yml';

/**
 * Deletes the two zone blocks (each key at two spaces with its nested lines) and keeps everything else; awk is on
 * every installation host, unlike yq.
 */
export function dnsZonesRemoval(installDir: string): string[] {
  const file = `${installDir}/${DNS_CONFIG_MANIFEST}`;
  return [
    `awk '/^  (privateZone|publicZone):/ {skip=1; next} skip && /^    / {next} {skip=0; print}' ${file} > ${file}.new`,
    `mv ${file}.new ${file}`,
    `cat ${file}`,
  ];
}
