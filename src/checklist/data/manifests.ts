import type { Platform } from '../../types.js';

/**
 * Machine API manifests to delete after `create manifests` on UPI (docs §4.1): the installer must not create the
 * machines the customer builds. Platform none (bare metal, IBM Z, agnostic) has nothing to delete.
 */
const CLOUD = [
  'openshift/99_openshift-cluster-api_master-machines-*.yaml',
  'openshift/99_openshift-machine-api_master-control-plane-machine-set.yaml',
  'openshift/99_openshift-cluster-api_worker-machineset-*.yaml',
];
const VSPHERE_OPENSTACK = [
  'openshift/99_openshift-cluster-api_master-machines-*.yaml',
  'openshift/99_openshift-cluster-api_worker-machineset-*.yaml',
];

export function manifestsToRemove(platform: Platform): readonly string[] {
  if (platform === 'aws' || platform === 'azure' || platform === 'gcp') return CLOUD;
  if (platform === 'vsphere' || platform === 'openstack') return VSPHERE_OPENSTACK;
  return [];
}

/** The scheduler manifest that carries mastersSchedulable (docs §4 step 9). */
export const SCHEDULER_MANIFEST = 'manifests/cluster-scheduler-02-config.yml';
