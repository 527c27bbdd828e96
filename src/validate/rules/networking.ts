import { fieldInRelease } from '../../knowledge/release-fields.js';
import { bitsOf, type Cidr, checkCidr, overlaps, parseCidrLoose, sizeOf } from '../cidr.js';
import { type MessageRef, msg } from '../messages/index.js';
import { int, obj, str } from '../read.js';
import type { Report } from '../report.js';
import { label, type NetEntry, type NetworkModel } from './network-model.js';

/*
 * networking (validateNetworking, validateClusterNetwork, validate.SubnetCIDR, the OVN checks and
 * clusterNetworkMTU). Every list entry is checked as a network CIDR, then for overlaps in every direction.
 */

const DOCKER_BRIDGE = parseCidrLoose('172.17.0.0/16') as Cidr;
/** Overlaps are checked pairwise; no cluster has more networks than this in one list. */
const MAX_COMPARED = 100;

/** OVN-Kubernetes internal subnets that cluster networks must avoid (the installer's ovnKubernetesConfig defaults). */
export const OVN_SUBNETS = [
  { name: 'internal', cidr: '100.64.0.0/16', hint: 'ipv4' },
  { name: 'transit', cidr: '100.88.0.0/16', hint: 'ipv4' },
  { name: 'masquerade', cidr: '169.254.0.0/17', hint: 'ipv4' },
  { name: 'internal', cidr: 'fd98::/64', hint: 'ipv6' },
  { name: 'transit', cidr: 'fd97::/64', hint: 'ipv6' },
  { name: 'masquerade', cidr: 'fd69::/112', hint: 'ipv6' },
] as const;

const OVN_SUBNET_NAMES = {
  internal: 'net.ovn.internal',
  transit: 'net.ovn.transit',
  masquerade: 'net.ovn.masquerade',
} as const;

function checkEntry(e: NetEntry, kind: MessageRef, report: Report): void {
  if (e.defaulted || e.cidr) return;
  const checked = checkCidr(e.text);
  if (checked.ok) return;
  if (checked.reason === 'host-bits') {
    report.error(e.path, 'network-address', 'net.host-bits', {
      text: e.text,
      expected: checked.expected ?? '',
      kind,
    });
  } else if (checked.reason === 'unspecified') {
    report.error(e.path, 'network-address', 'net.unspecified', { text: e.text, kind });
  } else {
    report.error(e.path, 'cidr-syntax', 'net.cidr-syntax', { text: e.text, kind });
  }
}

function overlapError(report: Report, e: NetEntry, what: MessageRef): void {
  report.error(e.path, 'cidr-overlap', 'net.overlap', { network: label(e), what });
}

export function checkNetworking(model: NetworkModel, platform: string | undefined, report: Report): void {
  const { machine, service, cluster, raw } = model;
  checkNetworkType(model, report);
  for (const e of machine) checkEntry(e, msg('net.kind.machine'), report);
  for (const e of service) checkEntry(e, msg('net.kind.service'), report);
  for (const e of cluster) checkEntry(e, msg('net.kind.cluster'), report);

  // Overlaps compare every pair: lists longer than any real cluster's are compared in their first entries only.
  const pairs = (list: NetEntry[], path: string): NetEntry[] => {
    if (list.length <= MAX_COMPARED) return list;
    report.warn(path, 'list-too-long', 'net.too-many', { count: list.length, max: MAX_COMPARED });
    return list.slice(0, MAX_COMPARED);
  };
  const m = pairs(machine, 'networking.machineNetwork');
  const sv = pairs(service, 'networking.serviceNetwork');
  const cl = pairs(cluster, 'networking.clusterNetwork');
  m.forEach((e, i) => {
    m.slice(0, i).forEach((earlier, j) => {
      if (e.cidr && earlier.cidr && overlaps(e.cidr, earlier.cidr))
        overlapError(report, e, msg('net.overlap.machine-machine', { index: j }));
    });
  });
  sv.forEach((e, i) => {
    if (e.cidr && m.some((n) => n.cidr && overlaps(n.cidr, e.cidr as Cidr))) {
      overlapError(report, e, msg('net.overlap.service-machine'));
    }
    sv.slice(0, i).forEach((earlier, j) => {
      if (e.cidr && earlier.cidr && overlaps(e.cidr, earlier.cidr))
        overlapError(report, e, msg('net.overlap.service-service', { index: j }));
    });
  });
  for (const e of service) checkServiceSize(e, report);
  cl.forEach((e, i) => {
    if (!e.cidr) return;
    const c = e.cidr;
    if (m.some((n) => n.cidr && overlaps(n.cidr, c)))
      overlapError(report, e, msg('net.overlap.cluster-machine'));
    sv.forEach((s, j) => {
      if (s.cidr && overlaps(s.cidr, c))
        overlapError(report, e, msg('net.overlap.cluster-service', { index: j }));
    });
    cl.slice(0, i).forEach((earlier, j) => {
      if (earlier.cidr && overlaps(earlier.cidr, c))
        overlapError(report, e, msg('net.overlap.cluster-cluster', { index: j }));
    });
  });
  checkHostPrefix(model, report);
  // A Docker bridge overlap used to be fatal (openshift/installer#3882); today the installer only logs a warning.
  for (const e of [...machine, ...service, ...cluster]) {
    if (e.cidr && overlaps(e.cidr, DOCKER_BRIDGE)) {
      report.warn(e.path, 'docker-bridge-overlap', 'net.docker-bridge', { network: label(e) });
    }
  }
  checkOvn(model, report);
  checkMtu(model, platform, raw.clusterNetworkMTU, report);
}

function checkNetworkType(model: NetworkModel, report: Report): void {
  const type = model.networkType;
  const path = 'networking.networkType';
  if (/^openshiftsdn$/i.test(type)) {
    // Removed at install time from 4.15 (installer commit 6469f94a5c, CORS-2950); 4.14 still installs it, deprecated.
    if (report.applies('openshift-sdn-removed'))
      report.error(path, 'network-type-removed', 'net.sdn-removed');
    else report.warn(path, 'network-type-removed', 'net.sdn-deprecated');
  } else if (/^kuryr$/i.test(type)) {
    if (report.applies('kuryr-removed')) report.error(path, 'network-type-removed', 'net.kuryr-removed');
    else report.warn(path, 'network-type-removed', 'net.kuryr-deprecated');
  }
}

function checkServiceSize(e: NetEntry, report: Report): void {
  if (!e.cidr || e.defaulted) return;
  // Kubernetes caps a service range at 2^20 addresses: /12 for IPv4, /108 for IPv6.
  if (e.cidr.family === 'ipv4' && e.cidr.prefix < 12) {
    report.error(e.path, 'service-network-size', 'net.service-size-v4', { text: e.text });
  }
  if (e.cidr.family === 'ipv6' && e.cidr.prefix < 108) {
    report.error(e.path, 'service-network-size', 'net.service-size-v6', { text: e.text });
  }
}

function checkHostPrefix(model: NetworkModel, report: Report): void {
  const ovn = /^ovnkubernetes$/i.test(model.networkType);
  let ipv4Prefix: number | undefined;
  for (const e of model.cluster) {
    if (e.defaulted) continue;
    const hp = e.hostPrefix ?? (e.hostPrefixRaw === undefined || e.hostPrefixRaw === null ? 0 : undefined);
    if (hp === undefined) continue; // wrong type, reported by the field checks
    if (!ovn && hp === 0) continue;
    if (hp < 0) {
      report.error(e.hostPrefixPath, 'host-prefix', 'net.host-prefix-negative', { value: hp });
      continue;
    }
    if (!e.cidr) continue;
    const bits = bitsOf(e.cidr.family);
    if (hp < e.cidr.prefix) {
      report.error(e.hostPrefixPath, 'host-prefix', 'net.host-prefix-short', {
        text: e.text,
        value: hp,
        prefix: e.cidr.prefix,
        bits,
        wider: Math.max(0, hp - 3),
      });
    } else if (hp > bits) {
      report.error(e.hostPrefixPath, 'host-prefix', 'net.host-prefix-long', {
        value: hp,
        family: e.cidr.family === 'ipv4' ? 'IPv4' : 'IPv6',
        bits,
      });
    }
    if (e.cidr.family === 'ipv6' && hp !== 64) {
      report.error(e.hostPrefixPath, 'host-prefix', 'net.host-prefix-v6');
    }
    if (e.cidr.family === 'ipv4') {
      if (ipv4Prefix === undefined) ipv4Prefix = hp;
      else if (hp !== ipv4Prefix) {
        report.error(e.hostPrefixPath, 'host-prefix', 'net.host-prefix-same', { value: ipv4Prefix });
      }
    }
  }
}

function checkOvn(model: NetworkModel, report: Report): void {
  const ovnConfig = obj(model.raw.ovnKubernetesConfig);
  const ovn = /^ovnkubernetes$/i.test(model.networkType);
  if (ovnConfig && !ovn) {
    report.error('networking.networkType', 'ovn-config-network-type', 'net.ovn-config-type', {
      type: model.networkType,
    });
  }
  if (!ovn) return;
  const joinText = str(obj(ovnConfig?.ipv4)?.internalJoinSubnet);
  const entries = [...model.machine, ...model.service, ...model.cluster];
  // The installer checks these overlaps from 4.19; before, the cluster network operator fails later on the same
  // overlap, so it is worth a warning. The join subnet can be moved only where the release has ovnKubernetesConfig.
  const installerChecks = report.applies('ovn-default-subnets');
  const movable = fieldInRelease('networking.ovnKubernetesConfig', report.version).state === 'present';
  for (const subnet of OVN_SUBNETS) {
    if (subnet.name === 'internal' && subnet.hint === 'ipv4' && joinText) continue;
    const reserved = parseCidrLoose(subnet.cidr) as Cidr;
    for (const e of entries) {
      if (!e.cidr || !overlaps(e.cidr, reserved)) continue;
      const values = {
        network: label(e),
        subnet: msg(OVN_SUBNET_NAMES[subnet.name]),
        cidr: subnet.cidr,
        family: subnet.hint,
        fix:
          subnet.name === 'internal' && movable
            ? msg('net.ovn-fix-join', { family: subnet.hint })
            : msg('net.ovn-fix-range'),
      };
      if (installerChecks) report.error(e.path, 'ovn-internal-subnet', 'net.ovn-overlap', values);
      else
        report.warn(e.path, 'ovn-internal-subnet', 'net.ovn-overlap-old', {
          ...values,
          version: report.version,
        });
    }
  }
  if (joinText === undefined) return;
  const path = 'networking.ovnKubernetesConfig.ipv4.internalJoinSubnet';
  const checked = checkCidr(joinText);
  if (!checked.ok) {
    if (checked.reason === 'host-bits') {
      report.error(path, 'ovn-internal-subnet', 'net.host-bits', {
        text: joinText,
        expected: checked.expected ?? '',
        kind: msg('net.kind.join'),
      });
    } else {
      report.error(path, 'ovn-internal-subnet', 'net.join-syntax', { text: joinText });
    }
    return;
  }
  const join = checked.cidr;
  const groups: Array<[string, NetEntry[]]> = [
    ['clusterNetwork', model.cluster],
    ['machineNetwork', model.machine],
    ['serviceNetwork', model.service],
  ];
  for (const [name, list] of groups) {
    for (const e of list) {
      if (e.cidr && overlaps(e.cidr, join))
        report.error(path, 'ovn-internal-subnet', 'net.join-overlap', { join: joinText, name, text: e.text });
    }
  }
  // Each node takes one join address; the subnet needs more usable addresses (size − 3) than the cluster has nodes.
  let nodes = 0;
  for (const e of model.cluster) {
    if (e.cidr?.family !== 'ipv4' || e.hostPrefix === undefined) continue;
    nodes += 2 ** (e.hostPrefix - e.cidr.prefix);
  }
  if (sizeOf(join) - 3 < nodes) {
    report.error(path, 'ovn-internal-subnet', 'net.join-size', { nodes });
  }
}

function checkMtu(model: NetworkModel, platform: string | undefined, raw: unknown, report: Report): void {
  const mtu = int(raw);
  if (mtu === undefined || mtu === 0) return;
  const path = 'networking.clusterNetworkMTU';
  if (platform !== 'aws') {
    report.error(path, 'cluster-network-mtu', 'net.mtu-aws-only');
    return;
  }
  if (mtu > 9001) report.error(path, 'cluster-network-mtu', 'net.mtu-max', { mtu });
  else if (mtu < 1000) report.error(path, 'cluster-network-mtu', 'net.mtu-min', { mtu });
  else if (!/^ovnkubernetes$/i.test(model.networkType)) {
    report.error(path, 'cluster-network-mtu', 'net.mtu-plugin', { type: model.networkType });
  } else if (mtu > 8901) {
    report.error(path, 'cluster-network-mtu', 'net.mtu-ovn', { mtu });
  }
}
