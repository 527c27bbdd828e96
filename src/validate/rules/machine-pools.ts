import { child } from '../path.js';
import { int, isObj, isUnset, list, type Obj, obj, quoteList, str } from '../read.js';
import type { Report } from '../report.js';

/*
 * controlPlane, compute, arbiter and fencing (installer-rules §a.4, `inst:pkg/types/validation/machinepools.go`,
 * validateControlPlane / validateCompute / validateArbiter), plus the single-node platform limits of §a.4 and §e.1.
 */

export const ARCHITECTURES = ['amd64', 'arm64', 'ppc64le', 's390x'];
/** Platforms where compute may use another architecture than the control plane (installer-rules §a.4). */
const HETEROGENEOUS_PLATFORMS = ['aws', 'gcp', 'baremetal'];
/** Platforms that take single-node (controlPlane.replicas 1) at manifest time (`inst:pkg/asset/machines/master.go`). */
const SINGLE_NODE_PLATFORMS = ['aws', 'gcp', 'azure', 'powervs', 'none', 'ibmcloud'];
/** Two-node clusters with fencing or an arbiter (installer-rules §a.4). */
const TWO_NODE_PLATFORMS = ['baremetal', 'external', 'none'];
const MAC = /^([0-9a-f]{2}[:-]){5}[0-9a-f]{2}$/i;

function checkPoolCommon(pool: Obj, path: string, platform: string | undefined, report: Report): void {
  const ht = pool.hyperthreading;
  if (!isUnset(ht) && ht !== 'Enabled' && ht !== 'Disabled') {
    report.error(
      child(path, 'hyperthreading'),
      'hyperthreading',
      `Unsupported value: "${str(ht)}": supported values: "Enabled", "Disabled".`,
    );
  }
  const arch = str(pool.architecture);
  if (arch !== undefined && arch !== '') {
    const allowed = platform === 'aws' ? ['amd64', 'arm64'] : ARCHITECTURES;
    if (!allowed.includes(arch)) {
      report.error(
        child(path, 'architecture'),
        'architecture',
        `Unsupported value: "${arch}": supported values: ${quoteList(allowed)}${platform === 'aws' ? ' on AWS' : ''}.`,
      );
    }
  }
  const replicas = pool.replicas;
  if (!isUnset(replicas) && int(replicas) !== undefined && (replicas as number) < 0) {
    report.error(child(path, 'replicas'), 'replicas', 'number of replicas must not be negative.');
  }
  const stanza = obj(pool.platform);
  if (stanza && platform !== undefined) {
    for (const [key, value] of Object.entries(stanza)) {
      if (value === null || value === undefined || key === platform) continue;
      // PowerVC is a thin layer over the OpenStack stanza (installer-rules §a.5).
      if (platform === 'powervc' && key === 'openstack') continue;
      report.error(
        child(child(path, 'platform'), key),
        'pool-platform',
        `cannot specify "${key}" for machine pool when cluster is using "${platform}"; use platform.${platform} or remove it.`,
      );
    }
  }
  const management = str(pool.management);
  if (
    management !== undefined &&
    management !== '' &&
    management !== 'MachineAPI' &&
    management !== 'ClusterAPI'
  ) {
    report.error(
      child(path, 'management'),
      'machine-pool-management',
      `Unsupported value: "${management}": supported values: "ClusterAPI", "MachineAPI".`,
    );
  }
}

export function checkMachinePools(config: Obj, platform: string | undefined, report: Report): void {
  const cp = obj(config.controlPlane) ?? {};
  const cpPresent = isObj(config.controlPlane);
  const cpReplicas = isUnset(cp.replicas) ? 3 : int(cp.replicas);
  const arbiter = obj(config.arbiter);
  if (cpPresent) {
    const name = str(cp.name);
    if (name !== undefined && name !== '' && name !== 'master') {
      // The installer forces the name to master before validating (installer-rules §d), so this is only a warning.
      report.warn(
        'controlPlane.name',
        'machine-pool-name',
        `the control plane pool is always named "master"; "${name}" is replaced — write "name: master".`,
      );
    }
    if (int(cp.replicas) === 0) {
      report.error(
        'controlPlane.replicas',
        'replicas',
        'number of control plane replicas must be positive: use 3 (highly available) or 1 (single node).',
      );
    }
    checkPoolCommon(cp, 'controlPlane', platform, report);
  }
  if (cpReplicas !== undefined) checkTopology(config, cpReplicas, platform, report);

  const compute = list(config.compute);
  const names = new Set<string>();
  compute.forEach((item, i) => {
    const path = child('compute', i);
    const pool = obj(item);
    if (!pool) return;
    const name = str(pool.name) ?? '';
    if (name !== 'worker' && name !== 'edge') {
      report.error(
        child(path, 'name'),
        'machine-pool-name',
        `Unsupported value: "${name}": supported values: "worker", "edge" — compute pools are named worker (edge only for AWS Local/Wavelength Zones).`,
      );
    } else if (name === 'edge' && platform !== 'aws') {
      report.error(
        child(path, 'name'),
        'machine-pool-name',
        `edge compute pools are only supported on AWS, not on ${platform}; name the pool "worker".`,
      );
    } else if (name === 'edge' && str(pool.management) === 'ClusterAPI') {
      report.error(
        child(path, 'management'),
        'machine-pool-management',
        'edge compute pools cannot be managed by Cluster API; remove management: ClusterAPI.',
      );
    }
    if (names.has(name))
      report.error(
        child(path, 'name'),
        'machine-pool-duplicate',
        `Duplicate value: "${name}": each compute pool name may appear once; merge the pools.`,
      );
    names.add(name);
    if (!isUnset(pool.fencing)) {
      report.error(
        child(path, 'fencing'),
        'fencing',
        'fencing is only valid for control plane; move it to controlPlane.fencing.',
      );
    }
    checkPoolCommon(pool, path, platform, report);
    const cpArch = str(cp.architecture) || 'amd64';
    const arch = str(pool.architecture) || 'amd64';
    if (arch !== cpArch && ARCHITECTURES.includes(arch)) {
      const allowed =
        platform !== undefined &&
        HETEROGENEOUS_PLATFORMS.includes(platform) &&
        (platform !== 'baremetal' || (cpArch === 'amd64' && arch === 'arm64'));
      if (!allowed) {
        // "heteregeneous" is the installer's own spelling, kept so that users can search for it.
        report.error(
          child(path, 'architecture'),
          'heterogeneous-architecture',
          `Invalid value: "${arch}": heteregeneous multi-arch is not supported; compute pool architecture must match control plane (${cpArch}) on ${platform}.`,
        );
      }
    }
  });
  if (arbiter) checkArbiter(arbiter, cpReplicas, platform, report);
  checkFencing(cp, cpReplicas, arbiter !== undefined, platform, report);
}

function checkTopology(config: Obj, cpReplicas: number, platform: string | undefined, report: Report): void {
  const path = 'controlPlane.replicas';
  const bootstrapInPlace = isObj(config.bootstrapInPlace);
  if (cpReplicas === 1 && platform !== undefined) {
    if (platform === 'baremetal' && bootstrapInPlace) {
      report.error(
        'bootstrapInPlace',
        'single-node-platform',
        'Single Node OpenShift is not supported on the baremetal platform; use platform none (or the Agent-based Installer).',
      );
    } else if (platform === 'external' ? !bootstrapInPlace : !SINGLE_NODE_PLATFORMS.includes(platform)) {
      report.error(
        path,
        'single-node-platform',
        `this install method does not support Single Node installation on platform ${platform}${platform === 'external' ? ' without bootstrapInPlace' : ''}; use 3 replicas, or platform none for single node.`,
      );
    }
  }
  if (bootstrapInPlace && cpReplicas !== 1) {
    report.error(
      'bootstrapInPlace',
      'single-node-platform',
      `bootstrapInPlace is for single-node clusters: controlPlane.replicas must be 1, not ${cpReplicas}.`,
    );
  }
  if (bootstrapInPlace && isUnset(obj(config.bootstrapInPlace)?.installationDisk)) {
    report.error(
      'bootstrapInPlace.installationDisk',
      'single-node-platform',
      'bootstrapInPlace.installationDisk is required: name the disk to install on, e.g. /dev/disk/by-id/wwn-0x….',
    );
  }
  if (platform === 'openstack' && cpReplicas > 3) {
    report.error(
      path,
      'replicas',
      'control plane cannot be more than three nodes when provisioning on OpenStack.',
    );
  }
  if (cpReplicas === 2 && !isObj(config.arbiter) && !isObj(obj(config.controlPlane)?.fencing)) {
    report.error(
      path,
      'replicas',
      'a two-node control plane needs either controlPlane.fencing (two fencing credentials) or an arbiter pool; use 3 replicas otherwise.',
    );
  }
}

function checkArbiter(
  arbiter: Obj,
  cpReplicas: number | undefined,
  platform: string | undefined,
  report: Report,
): void {
  if (platform !== undefined && !TWO_NODE_PLATFORMS.includes(platform)) {
    report.error(
      'arbiter.platform',
      'arbiter',
      `Unsupported value: "${platform}": supported values: "baremetal", "external", "none" — arbiter nodes exist only on those platforms.`,
    );
  }
  const name = str(arbiter.name);
  if (name !== undefined && name !== '' && name !== 'arbiter') {
    report.warn(
      'arbiter.name',
      'machine-pool-name',
      `the arbiter pool is always named "arbiter"; "${name}" is replaced.`,
    );
  }
  const replicas = int(arbiter.replicas) ?? 0;
  if (replicas <= 0)
    report.error(
      'arbiter.replicas',
      'arbiter',
      'number of arbiter replicas must be positive: set arbiter.replicas (usually 1).',
    );
  if (cpReplicas !== undefined && cpReplicas < 2) {
    report.error(
      'controlPlane.replicas',
      'arbiter',
      'number of controlPlane replicas must be at least 2 for arbiter deployments.',
    );
  }
  checkPoolCommon(arbiter, 'arbiter', platform, report);
}

function checkFencing(
  cp: Obj,
  cpReplicas: number | undefined,
  hasArbiter: boolean,
  platform: string | undefined,
  report: Report,
): void {
  const fencing = obj(cp.fencing);
  if (!fencing) return;
  if (platform !== undefined && !TWO_NODE_PLATFORMS.includes(platform)) {
    report.error(
      'controlPlane.fencing',
      'fencing',
      `fencing is only supported on baremetal, external or none platforms, instead ${platform} platform was found.`,
    );
  }
  const credentials = list(fencing.credentials);
  const path = 'controlPlane.fencing.credentials';
  if (cpReplicas === 2 && !hasArbiter) {
    if (credentials.length !== 2)
      report.error(
        path,
        'fencing',
        `there should be exactly two fencing credentials to support the two node cluster, instead ${credentials.length} credentials were found.`,
      );
  } else if (credentials.length > 0) {
    report.error(
      path,
      'fencing',
      `there should not be any fencing credentials configured for a non dual replica control plane (Two Nodes Fencing) cluster, instead ${credentials.length} credentials were found.`,
    );
  }
  const addresses = new Set<string>();
  const macs = new Set<string>();
  credentials.forEach((item, i) => {
    const c = obj(item) ?? {};
    const at = child(path, i);
    for (const [field, label] of [
      ['address', 'Address'],
      ['username', 'Username'],
      ['password', 'Password'],
    ] as const) {
      if (isUnset(c[field]))
        report.error(
          child(at, field),
          'fencing',
          `Required value: missing ${label} for the fencing credential.`,
        );
    }
    if (isUnset(c.hostName) && isUnset(c.macAddress)) {
      report.error(
        at,
        'fencing',
        'at least one of hostname or macaddress must be provided for the fencing credential.',
      );
    }
    const address = str(c.address);
    if (address) {
      if (!address.includes('redfish'))
        report.error(
          child(at, 'address'),
          'fencing',
          'fencing only supports redfish-compatible BMC addresses, IPMI is not supported; use a redfish:// address.',
        );
      if (addresses.has(address))
        report.error(
          child(at, 'address'),
          'fencing',
          `Duplicate value: "${address}": each fencing credential needs its own BMC address.`,
        );
      addresses.add(address);
    }
    const mac = str(c.macAddress);
    if (mac) {
      if (!MAC.test(mac) || (Number.parseInt(mac.slice(0, 2), 16) & 1) === 1) {
        report.error(
          child(at, 'macAddress'),
          'fencing',
          `"${mac}" is not a unicast EUI-48 MAC address (e.g. 52:54:00:00:00:10).`,
        );
      }
      if (macs.has(mac.toLowerCase()))
        report.error(child(at, 'macAddress'), 'fencing', `Duplicate value: "${mac}".`);
      macs.add(mac.toLowerCase());
    }
    const verification = str(c.certificateVerification);
    if (verification && verification !== 'Enabled' && verification !== 'Disabled') {
      report.error(
        child(at, 'certificateVerification'),
        'fencing',
        `Unsupported value: "${verification}": supported values: "Enabled", "Disabled".`,
      );
    }
  });
}
