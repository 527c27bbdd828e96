import type { Architecture } from '../../types.js';

export interface Sizing {
  vcpu: number;
  ramGb: number;
  storageGb: number;
  /** Minimum IOPS; IBM Z leaves it out of its table (N/A). */
  iops: number | 'N/A';
  os: string;
}

/**
 * Minimum resources per role (installation-minimum-resource-requirements (docs), installation-minimum-resource-requirements): bootstrap and control plane
 * 4 vCPU (IBM Power 2), 16 GB, 100 GB, 300 IOPS; compute 2 vCPU, 8 GB, 100 GB, 300 IOPS. Single node: 8 vCPU, 16 GB,
 * 120 GB (install-sno-requirements-for-installing-on-a-single-node).
 */
export function minimumSizing(
  role: 'bootstrap' | 'control-plane' | 'worker' | 'sno',
  arch: Architecture,
): Sizing {
  const power = arch === 'ppc64le';
  const iops = arch === 's390x' ? 'N/A' : 300;
  switch (role) {
    case 'bootstrap':
    case 'control-plane':
      return { vcpu: power ? 2 : 4, ramGb: 16, storageGb: 100, iops, os: 'RHCOS' };
    case 'worker':
      return { vcpu: 2, ramGb: 8, storageGb: 100, iops, os: 'RHCOS' };
    case 'sno':
      return { vcpu: 8, ramGb: 16, storageGb: 120, iops, os: 'RHCOS' };
  }
}
