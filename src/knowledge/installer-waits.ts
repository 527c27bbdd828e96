import type { Platform } from '../types.js';

/**
 * How long `openshift-install wait-for` waits, in minutes (cmd/openshift-install/create.go of the installer, release
 * 4.18 and later): the API first, then bootstrapping, which bare metal and vSphere get longer for; install-complete
 * waits longer on bare metal, and then up to 30 more minutes for the cluster operators to settle.
 */
export interface InstallerWaits {
  api: number;
  bootstrap: number;
  complete: number;
  operatorsStable: number;
}

const SLOW_BOOTSTRAP: readonly Platform[] = ['baremetal', 'vsphere'];
const SLOW_COMPLETE: readonly Platform[] = ['baremetal'];

export function installerWaits(platform: Platform): InstallerWaits {
  return {
    api: 20,
    bootstrap: SLOW_BOOTSTRAP.includes(platform) ? 60 : 45,
    complete: SLOW_COMPLETE.includes(platform) ? 60 : 40,
    operatorsStable: 30,
  };
}
