import { bitsOf, type Cidr, checkCidr, overlaps, parseCidrLoose, sizeOf } from '../cidr.js';
import { int, obj, str } from '../read.js';
import type { Report } from '../report.js';
import { label, type NetEntry, type NetworkModel } from './network-model.js';

/*
 * networking (installer-rules §a.2: validateNetworking, validateClusterNetwork, validate.SubnetCIDR, the OVN checks and
 * clusterNetworkMTU). Every list entry is checked as a network CIDR, then for overlaps in every direction.
 */

const DOCKER_BRIDGE = parseCidrLoose('172.17.0.0/16') as Cidr;

/** OVN-Kubernetes internal subnets that cluster networks must avoid (installer-rules §a.2, §d ovnKubernetesConfig). */
export const OVN_SUBNETS = [
  { name: 'internal', cidr: '100.64.0.0/16', hint: 'ipv4' },
  { name: 'transit', cidr: '100.88.0.0/16', hint: 'ipv4' },
  { name: 'masquerade', cidr: '169.254.0.0/17', hint: 'ipv4' },
  { name: 'internal', cidr: 'fd98::/64', hint: 'ipv6' },
  { name: 'transit', cidr: 'fd97::/64', hint: 'ipv6' },
  { name: 'masquerade', cidr: 'fd69::/112', hint: 'ipv6' },
] as const;

function checkEntry(e: NetEntry, kind: string, report: Report): void {
  if (e.defaulted || e.cidr) return;
  const checked = checkCidr(e.text);
  if (checked.ok) return;
  if (checked.reason === 'host-bits') {
    report.error(
      e.path,
      'network-address',
      `invalid network address. got ${e.text}, expecting ${checked.expected}: the ${kind} must start at its network boundary; write ${checked.expected}.`,
    );
  } else if (checked.reason === 'unspecified') {
    report.error(
      e.path,
      'network-address',
      `address must not be unspecified: ${e.text} is not a usable ${kind}; give a real network such as 10.0.0.0/16.`,
    );
  } else {
    report.error(
      e.path,
      'cidr-syntax',
      `"${e.text}" is not a CIDR: the ${kind} must be written as address/prefix, for example 10.0.0.0/16.`,
    );
  }
}

function overlapError(report: Report, e: NetEntry, message: string): void {
  report.error(e.path, 'cidr-overlap', `${label(e)}: ${message}; choose ranges that do not overlap.`);
}

export function checkNetworking(model: NetworkModel, platform: string | undefined, report: Report): void {
  const { machine, service, cluster, raw } = model;
  checkNetworkType(model, report);
  for (const e of machine) checkEntry(e, 'machine network', report);
  for (const e of service) checkEntry(e, 'service network', report);
  for (const e of cluster) checkEntry(e, 'cluster network', report);

  machine.forEach((e, i) => {
    machine.slice(0, i).forEach((earlier, j) => {
      if (e.cidr && earlier.cidr && overlaps(e.cidr, earlier.cidr))
        overlapError(report, e, `machine network must not overlap with machine network ${j}`);
    });
  });
  service.forEach((e, i) => {
    if (e.cidr && machine.some((m) => m.cidr && overlaps(m.cidr, e.cidr as Cidr))) {
      overlapError(report, e, 'service network must not overlap with any of the machine networks');
    }
    service.slice(0, i).forEach((earlier, j) => {
      if (e.cidr && earlier.cidr && overlaps(e.cidr, earlier.cidr))
        overlapError(report, e, `service network must not overlap with service network ${j}`);
    });
    checkServiceSize(e, report);
  });
  cluster.forEach((e, i) => {
    if (!e.cidr) return;
    const c = e.cidr;
    if (machine.some((m) => m.cidr && overlaps(m.cidr, c)))
      overlapError(report, e, 'cluster network must not overlap with any of the machine networks');
    service.forEach((s, j) => {
      if (s.cidr && overlaps(s.cidr, c))
        overlapError(report, e, `cluster network must not overlap with service network ${j}`);
    });
    cluster.slice(0, i).forEach((earlier, j) => {
      if (earlier.cidr && overlaps(earlier.cidr, c))
        overlapError(report, e, `cluster network must not overlap with cluster network ${j}`);
    });
  });
  checkHostPrefix(model, report);
  // A Docker bridge overlap used to be fatal (openshift/installer#3882); today the installer only logs a warning.
  for (const e of [...machine, ...service, ...cluster]) {
    if (e.cidr && overlaps(e.cidr, DOCKER_BRIDGE)) {
      report.warn(
        e.path,
        'docker-bridge-overlap',
        `${label(e)} overlaps the Docker bridge network 172.17.0.0/16; hosts running Docker may lose connectivity to it.`,
      );
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
    if (report.atLeast('4.15')) {
      report.error(
        path,
        'network-type-removed',
        `networkType OpenShiftSDN is not supported, please use OVNKubernetes (OpenShiftSDN cannot be installed from OpenShift 4.15 on).`,
      );
    } else {
      report.warn(
        path,
        'network-type-removed',
        'networkType OpenShiftSDN is deprecated in 4.14 and removed in 4.15; use OVNKubernetes.',
      );
    }
  } else if (/^kuryr$/i.test(type)) {
    if (report.atLeast('4.15')) {
      report.error(
        path,
        'network-type-removed',
        'networkType Kuryr is not supported on OpenShift later than 4.14; use OVNKubernetes.',
      );
    } else {
      report.warn(
        path,
        'network-type-removed',
        'networkType Kuryr is deprecated in 4.14 and removed in 4.15; use OVNKubernetes.',
      );
    }
  }
}

function checkServiceSize(e: NetEntry, report: Report): void {
  if (!e.cidr || e.defaulted) return;
  // Kubernetes caps a service range at 2^20 addresses: /12 for IPv4, /108 for IPv6.
  if (e.cidr.family === 'ipv4' && e.cidr.prefix < 12) {
    report.error(
      e.path,
      'service-network-size',
      `subnet size for IPv4 service network must be /12 or greater (/16 is recommended); ${e.text} is too large.`,
    );
  }
  if (e.cidr.family === 'ipv6' && e.cidr.prefix < 108) {
    report.error(
      e.path,
      'service-network-size',
      `subnet size for IPv6 service network should be /112; ${e.text} is larger than the /108 maximum.`,
    );
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
      report.error(e.hostPrefixPath, 'host-prefix', `hostPrefix must be positive; ${hp} is not.`);
      continue;
    }
    if (!e.cidr) continue;
    const bits = bitsOf(e.cidr.family);
    if (hp < e.cidr.prefix) {
      report.error(
        e.hostPrefixPath,
        'host-prefix',
        `cluster network host subnetwork prefix must not be larger size than CIDR ${e.text}: hostPrefix ${hp} is below /${e.cidr.prefix}; set it between ${e.cidr.prefix} and ${bits} (23 is the default for IPv4).`,
      );
    } else if (hp > bits) {
      report.error(
        e.hostPrefixPath,
        'host-prefix',
        `hostPrefix ${hp} is longer than an ${e.cidr.family === 'ipv4' ? 'IPv4' : 'IPv6'} address (${bits} bits).`,
      );
    }
    if (e.cidr.family === 'ipv6' && hp !== 64) {
      report.error(
        e.hostPrefixPath,
        'host-prefix',
        `cluster network host subnetwork prefix must be 64 for IPv6 networks; set hostPrefix: 64.`,
      );
    }
    if (e.cidr.family === 'ipv4') {
      if (ipv4Prefix === undefined) ipv4Prefix = hp;
      else if (hp !== ipv4Prefix) {
        report.error(
          e.hostPrefixPath,
          'host-prefix',
          `cluster network host subnetwork prefix must be the same value for IPv4 networks; use ${ipv4Prefix} here too.`,
        );
      }
    }
  }
}

function checkOvn(model: NetworkModel, report: Report): void {
  const ovnConfig = obj(model.raw.ovnKubernetesConfig);
  const ovn = /^ovnkubernetes$/i.test(model.networkType);
  if (ovnConfig && !ovn) {
    report.error(
      'networking.networkType',
      'ovn-config-network-type',
      `ovnKubernetesConfig may only be specified with the OVNKubernetes networkType, not ${model.networkType}; remove ovnKubernetesConfig or switch networkType.`,
    );
  }
  if (!ovn) return;
  const joinText = str(obj(ovnConfig?.ipv4)?.internalJoinSubnet);
  const entries = [...model.machine, ...model.service, ...model.cluster];
  for (const subnet of OVN_SUBNETS) {
    if (subnet.name === 'internal' && subnet.hint === 'ipv4' && joinText) continue;
    const reserved = parseCidrLoose(subnet.cidr) as Cidr;
    for (const e of entries) {
      if (!e.cidr || !overlaps(e.cidr, reserved)) continue;
      const which = subnet.name === 'internal' ? 'internal subnet' : `${subnet.name} subnet`;
      report.error(
        e.path,
        'ovn-internal-subnet',
        `${label(e)} must not overlap with OVNKubernetes default ${which} ${subnet.cidr}: please run 'openshift-install explain installconfig.networking.ovnKubernetesConfig.${subnet.hint}' for further documentation; choose another range${subnet.name === 'internal' ? ' or set ovnKubernetesConfig.ipv4.internalJoinSubnet' : ''}.`,
      );
    }
  }
  if (joinText === undefined) return;
  const path = 'networking.ovnKubernetesConfig.ipv4.internalJoinSubnet';
  const checked = checkCidr(joinText);
  if (!checked.ok) {
    report.error(
      path,
      'ovn-internal-subnet',
      checked.reason === 'host-bits'
        ? `invalid network address. got ${joinText}, expecting ${checked.expected}.`
        : `"${joinText}" is not a valid IPv4 CIDR.`,
    );
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
        report.error(
          path,
          'ovn-internal-subnet',
          `internalJoinSubnet ${joinText} must not overlap with ${name} ${e.text}; choose a free range.`,
        );
    }
  }
  // Each node takes one join address; the subnet needs more usable addresses (size − 3) than the cluster has nodes.
  let nodes = 0;
  for (const e of model.cluster) {
    if (e.cidr?.family !== 'ipv4' || e.hostPrefix === undefined) continue;
    nodes += 2 ** (e.hostPrefix - e.cidr.prefix);
  }
  if (sizeOf(join) - 3 < nodes) {
    report.error(
      path,
      'ovn-internal-subnet',
      `ipv4InternalJoinSubnet is not large enough for the maximum number of nodes which can be supported by ClusterNetwork (${nodes}); use a larger subnet.`,
    );
  }
}

function checkMtu(model: NetworkModel, platform: string | undefined, raw: unknown, report: Report): void {
  const mtu = int(raw);
  if (mtu === undefined || mtu === 0) return;
  const path = 'networking.clusterNetworkMTU';
  if (platform !== 'aws') {
    report.error(
      path,
      'cluster-network-mtu',
      'cluster network MTU is allowed only in AWS deployments; remove clusterNetworkMTU.',
    );
    return;
  }
  if (mtu > 9001)
    report.error(
      path,
      'cluster-network-mtu',
      `cluster network MTU ${mtu} exceeds the maximum value of 9001.`,
    );
  else if (mtu < 1000)
    report.error(
      path,
      'cluster-network-mtu',
      `cluster network MTU ${mtu} is lower than the minimum value of 1000.`,
    );
  else if (!/^ovnkubernetes$/i.test(model.networkType)) {
    report.error(
      path,
      'cluster-network-mtu',
      `cluster network MTU is not valid with network plugin ${model.networkType}; use OVNKubernetes.`,
    );
  } else if (mtu > 8901) {
    report.error(
      path,
      'cluster-network-mtu',
      `cluster network MTU ${mtu} exceeds the maximum value with the network plugin OVNKubernetes of 8901 (9001 minus 100 bytes of OVN overhead).`,
    );
  }
}
