import { valueAt } from '../../knowledge/releases.js';
import { topologyPlatforms } from '../../knowledge/topologies.js';
import { HETEROGENEOUS_ARCHITECTURE_PLATFORMS } from '../../knowledge/validation-releases.js';
import { msg } from '../messages/index.js';
import { child } from '../path.js';
import { int, isObj, isUnset, list, type Obj, obj, quoteList, str } from '../read.js';
import type { Report } from '../report.js';

/*
 * controlPlane, compute, arbiter and fencing (`inst:pkg/types/validation/machinepools.go`,
 * validateControlPlane / validateCompute / validateArbiter), plus the single-node platform limits checked when the
 * manifests are made (`inst:pkg/asset/machines/master.go`). Which platforms take mixed architectures, an arbiter or
 * fencing, and from which release the two-node and single-node checks exist, come from the release tables.
 */

export const ARCHITECTURES = ['amd64', 'arm64', 'ppc64le', 's390x'];
/** Platforms that take single-node (controlPlane.replicas 1) at manifest time (`inst:pkg/asset/machines/master.go`). */
const SINGLE_NODE_PLATFORMS = ['aws', 'gcp', 'azure', 'powervs', 'none', 'ibmcloud'];
/** Platforms the fencing credentials are accepted on, when the release table names none yet. */
const FENCING_PLATFORMS = ['baremetal', 'external', 'none'];
const MAC = /^([0-9a-f]{2}[:-]){5}[0-9a-f]{2}$/i;

function checkPoolCommon(pool: Obj, path: string, platform: string | undefined, report: Report): void {
  const ht = pool.hyperthreading;
  if (!isUnset(ht) && ht !== 'Enabled' && ht !== 'Disabled') {
    report.error(child(path, 'hyperthreading'), 'hyperthreading', 'pools.hyperthreading', {
      value: str(ht) ?? '',
    });
  }
  const arch = str(pool.architecture);
  if (arch !== undefined && arch !== '') {
    const allowed = platform === 'aws' ? ['amd64', 'arm64'] : ARCHITECTURES;
    if (!allowed.includes(arch)) {
      report.error(child(path, 'architecture'), 'architecture', 'pools.architecture', {
        value: arch,
        allowed: quoteList(allowed),
        where: platform === 'aws' ? msg('pools.on-aws') : '',
      });
    }
  }
  const replicas = pool.replicas;
  if (!isUnset(replicas) && int(replicas) !== undefined && (replicas as number) < 0) {
    report.error(child(path, 'replicas'), 'replicas', 'pools.replicas-negative');
  }
  const stanza = obj(pool.platform);
  if (stanza && platform !== undefined) {
    for (const [key, value] of Object.entries(stanza)) {
      if (value === null || value === undefined || key === platform) continue;
      // PowerVC is a thin layer over the OpenStack stanza.
      if (platform === 'powervc' && key === 'openstack') continue;
      report.error(child(child(path, 'platform'), key), 'pool-platform', 'pools.platform-stanza', {
        key,
        platform,
      });
    }
  }
  const management = str(pool.management);
  if (
    management !== undefined &&
    management !== '' &&
    management !== 'MachineAPI' &&
    management !== 'ClusterAPI'
  ) {
    report.error(child(path, 'management'), 'machine-pool-management', 'pools.management', {
      value: management,
    });
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
      // The installer forces the name to master before validating, so this is only a warning.
      report.warn('controlPlane.name', 'machine-pool-name', 'pools.control-plane-name', { name });
    }
    if (int(cp.replicas) === 0) report.error('controlPlane.replicas', 'replicas', 'pools.control-plane-zero');
    checkPoolCommon(cp, 'controlPlane', platform, report);
  }
  if (cpReplicas !== undefined) checkTopology(config, cpReplicas, platform, report);

  const compute = list(config.compute);
  const names = new Set<string>();
  const cpArch = str(cp.architecture) || 'amd64';
  const mixedPlatforms = valueAt(HETEROGENEOUS_ARCHITECTURE_PLATFORMS, report.version, []);
  compute.forEach((item, i) => {
    const path = child('compute', i);
    const pool = obj(item);
    if (!pool) return;
    const name = str(pool.name) ?? '';
    if (name !== 'worker' && name !== 'edge') {
      report.error(child(path, 'name'), 'machine-pool-name', 'pools.compute-name', { name });
    } else if (name === 'edge' && platform !== 'aws') {
      report.error(child(path, 'name'), 'machine-pool-name', 'pools.edge-platform', {
        platform: platform ?? '',
      });
    } else if (name === 'edge' && str(pool.management) === 'ClusterAPI') {
      report.error(child(path, 'management'), 'machine-pool-management', 'pools.edge-cluster-api');
    }
    if (names.has(name))
      report.error(child(path, 'name'), 'machine-pool-duplicate', 'pools.compute-duplicate', { name });
    names.add(name);
    if (!isUnset(pool.fencing)) report.error(child(path, 'fencing'), 'fencing', 'pools.fencing-compute');
    checkPoolCommon(pool, path, platform, report);
    const arch = str(pool.architecture) || 'amd64';
    if (arch !== cpArch && ARCHITECTURES.includes(arch)) {
      const allowed =
        platform !== undefined &&
        mixedPlatforms.includes(platform) &&
        (platform !== 'baremetal' || (cpArch === 'amd64' && arch === 'arm64'));
      if (!allowed) {
        // "heteregeneous" is the installer's own spelling, kept so that users can search for it.
        report.error(child(path, 'architecture'), 'heterogeneous-architecture', 'pools.mixed-architecture', {
          arch,
          cpArch,
          version: report.version,
          where:
            mixedPlatforms.length === 0
              ? msg('pools.mixed-none')
              : msg('pools.mixed-only', { platforms: mixedPlatforms.join(', ') }),
        });
      }
    }
  });
  if (arbiter) checkArbiter(arbiter, cpReplicas, platform, report);
  checkFencing(cp, cpReplicas, arbiter !== undefined, platform, report);
}

function checkTopology(config: Obj, cpReplicas: number, platform: string | undefined, report: Report): void {
  const path = 'controlPlane.replicas';
  const bootstrapInPlace = isObj(config.bootstrapInPlace);
  // The single-node platform check runs when `openshift-install create manifests` builds the control plane (4.18
  // backport, then 4.19+); the Agent-based installer has its own single-node rules (src/validate/agent).
  if (cpReplicas === 1 && platform !== undefined && !report.agent) {
    if (platform === 'baremetal' && bootstrapInPlace) {
      report.error('bootstrapInPlace', 'single-node-platform', 'pools.sno-baremetal');
    } else if (
      report.applies('single-node-platform') &&
      (platform === 'external' ? !bootstrapInPlace : !SINGLE_NODE_PLATFORMS.includes(platform))
    ) {
      report.error(path, 'single-node-platform', 'pools.sno-platform', {
        platform,
        extra: platform === 'external' ? msg('pools.sno-without-bip') : '',
      });
    }
  }
  if (bootstrapInPlace && cpReplicas !== 1) {
    report.error('bootstrapInPlace', 'single-node-platform', 'pools.bip-replicas', { replicas: cpReplicas });
  }
  if (bootstrapInPlace && isUnset(obj(config.bootstrapInPlace)?.installationDisk) && !report.agent) {
    report.error('bootstrapInPlace.installationDisk', 'single-node-platform', 'pools.bip-disk');
  }
  if (platform === 'openstack' && cpReplicas > 3) report.error(path, 'replicas', 'pools.openstack-max');
  if (cpReplicas === 2 && !isObj(config.arbiter) && !isObj(obj(config.controlPlane)?.fencing)) {
    if (report.applies('two-node-control-plane')) report.error(path, 'replicas', 'pools.two-node');
    else report.warn(path, 'replicas', 'pools.two-node-old', { version: report.version });
  }
}

function checkArbiter(
  arbiter: Obj,
  cpReplicas: number | undefined,
  platform: string | undefined,
  report: Report,
): void {
  const platforms = topologyPlatforms('two-node-arbiter', report.version);
  if (platform !== undefined && platforms !== 'all' && !platforms.includes(platform as never)) {
    report.error('arbiter.platform', 'arbiter', 'pools.arbiter-platform', {
      platform,
      allowed: quoteList(platforms),
      version: report.version,
    });
  }
  const name = str(arbiter.name);
  if (name !== undefined && name !== '' && name !== 'arbiter') {
    report.warn('arbiter.name', 'machine-pool-name', 'pools.arbiter-name', { name });
  }
  const replicas = int(arbiter.replicas) ?? 0;
  if (replicas <= 0) report.error('arbiter.replicas', 'arbiter', 'pools.arbiter-replicas');
  if (cpReplicas !== undefined && cpReplicas < 2) {
    report.error('controlPlane.replicas', 'arbiter', 'pools.arbiter-control-plane');
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
  const table = topologyPlatforms('two-node-fencing', report.version);
  const platforms =
    table === 'all' ? undefined : table.length > 0 ? (table as readonly string[]) : FENCING_PLATFORMS;
  if (platform !== undefined && platforms && !platforms.includes(platform)) {
    report.error('controlPlane.fencing', 'fencing', 'pools.fencing-platform', {
      platform,
      allowed: platforms.join(', '),
    });
  }
  const credentials = list(fencing.credentials);
  const path = 'controlPlane.fencing.credentials';
  if (cpReplicas === 2 && !hasArbiter) {
    if (credentials.length !== 2) {
      report.error(path, 'fencing', 'pools.fencing-count', { count: credentials.length });
    }
  } else if (credentials.length > 0) {
    report.error(path, 'fencing', 'pools.fencing-unused', { count: credentials.length });
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
        report.error(child(at, field), 'fencing', 'pools.fencing-required', { label, field });
    }
    if (isUnset(c.hostName) && isUnset(c.macAddress)) report.error(at, 'fencing', 'pools.fencing-host');
    const address = str(c.address);
    if (address) {
      if (!address.includes('redfish'))
        report.error(child(at, 'address'), 'fencing', 'pools.fencing-redfish');
      if (addresses.has(address)) {
        report.error(child(at, 'address'), 'fencing', 'pools.fencing-duplicate-address', { address });
      }
      addresses.add(address);
    }
    const mac = str(c.macAddress);
    if (mac) {
      if (!MAC.test(mac) || (Number.parseInt(mac.slice(0, 2), 16) & 1) === 1) {
        report.error(child(at, 'macAddress'), 'fencing', 'pools.fencing-mac', { mac });
      }
      if (macs.has(mac.toLowerCase())) {
        report.error(child(at, 'macAddress'), 'fencing', 'pools.fencing-duplicate-mac', { mac });
      }
      macs.add(mac.toLowerCase());
    }
    const verification = str(c.certificateVerification);
    if (verification && verification !== 'Enabled' && verification !== 'Disabled') {
      report.error(child(at, 'certificateVerification'), 'fencing', 'pools.fencing-verification', {
        value: verification,
      });
    }
  });
}
