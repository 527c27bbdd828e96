import { contains, familyOf, parseIp, sameIp } from '../cidr.js';
import { child } from '../path.js';
import { list, type Obj, obj, str } from '../read.js';
import type { Report } from '../report.js';
import type { NetworkModel } from './network-model.js';

/*
 * API and Ingress VIPs (installer-rules §a.3, validateVIPsForPlatform / validateAPIAndIngressVIPs). The singular
 * apiVIP/ingressVIP fields are up-converted before these rules run (convert.ts).
 */

interface VipPlatform {
  api: string;
  ingress: string;
  /** VIPs must be given (openstack: only with a user-managed load balancer, otherwise defaulted). */
  required: 'always' | 'user-managed' | 'never';
  /** VIPs must lie inside a machine network (unless the load balancer is user-managed). */
  inMachineNetwork: boolean;
}

export const VIP_PLATFORMS: Record<string, VipPlatform> = {
  baremetal: { api: 'apiVIPs', ingress: 'ingressVIPs', required: 'always', inMachineNetwork: true },
  openstack: { api: 'apiVIPs', ingress: 'ingressVIPs', required: 'user-managed', inMachineNetwork: true },
  vsphere: { api: 'apiVIPs', ingress: 'ingressVIPs', required: 'never', inMachineNetwork: false },
  nutanix: { api: 'apiVIPs', ingress: 'ingressVIPs', required: 'never', inMachineNetwork: false },
  ovirt: { api: 'api_vips', ingress: 'ingress_vips', required: 'always', inMachineNetwork: true },
};

export function checkVips(
  config: Obj,
  model: NetworkModel,
  platform: string | undefined,
  report: Report,
): void {
  if (platform === undefined) return;
  const spec = VIP_PLATFORMS[platform];
  const block = obj(obj(config.platform)?.[platform]);
  if (!spec || !block) return;
  const base = `platform.${platform}`;
  const userManaged = str(obj(block.loadBalancer)?.type) === 'UserManaged';
  const apiPath = child(base, spec.api);
  const ingressPath = child(base, spec.ingress);
  const api = list(block[spec.api]).map((v) => str(v) ?? '');
  const ingress = list(block[spec.ingress]).map((v) => str(v) ?? '');

  const required = spec.required === 'always' || (spec.required === 'user-managed' && userManaged);
  if (required && api.length === 0)
    report.error(
      apiPath,
      'vip-required',
      `must specify at least one VIP for the API: set ${apiPath} to a free address in the machine network.`,
    );
  if (required && ingress.length === 0)
    report.error(
      ingressPath,
      'vip-required',
      `must specify at least one VIP for the Ingress: set ${ingressPath} to a free address in the machine network.`,
    );
  if (api.length > 0 && ingress.length === 0 && !required)
    report.error(
      ingressPath,
      'vip-pair',
      `must specify VIP for ingress, when VIP for API is set; add ${ingressPath}.`,
    );
  if (ingress.length > 0 && api.length === 0 && !required)
    report.error(
      apiPath,
      'vip-pair',
      `must specify VIP for API, when VIP for ingress is set; add ${apiPath}.`,
    );

  const machineNets = model.machine.flatMap((e) => (e.cidr ? [e.cidr] : []));
  const parsedApi = checkList(
    api,
    apiPath,
    'API',
    model,
    machineNets,
    spec.inMachineNetwork && !userManaged,
    report,
  );
  const parsedIngress = checkList(
    ingress,
    ingressPath,
    'Ingress',
    model,
    machineNets,
    spec.inMachineNetwork && !userManaged,
    report,
  );
  if (!userManaged) {
    parsedApi.forEach((ip, i) => {
      if (ip && parsedIngress.some((other) => other && sameIp(ip, other))) {
        report.error(
          child(apiPath, i),
          'vip-distinct',
          `VIP for API must not be one of the Ingress VIPs: ${api[i]} is used for both; give the API and Ingress different addresses.`,
        );
      }
    });
  }
}

function checkList(
  values: string[],
  path: string,
  role: string,
  model: NetworkModel,
  machineNets: NonNullable<NetworkModel['machine'][number]['cidr']>[],
  mustBeInMachineNetwork: boolean,
  report: Report,
): Array<ReturnType<typeof parseIp>> {
  if (values.length > 2) {
    report.error(
      path,
      'vip-count',
      `Too many: ${values.length}: must have at most 2 items (one IPv4 and one IPv6 ${role} VIP).`,
    );
  }
  const parsed = values.map((v, i) => {
    const ip = parseIp(v);
    if (!ip)
      report.error(
        child(path, i),
        'vip-format',
        `"${v}" is not a valid IP: each ${role} VIP must be a single IPv4 or IPv6 address.`,
      );
    return ip;
  });
  const [first, second] = parsed;
  if (values.length === 2 && first && second && familyOf(first) === familyOf(second)) {
    report.error(
      path,
      'vip-family',
      `If two ${role} VIPs are given, one must be an IPv4 address, the other an IPv6.`,
    );
  }
  // In dual-stack with a single VIP, its family must be the primary (first) family of every network list.
  const serviceFamilies = new Set(model.service.flatMap((e) => (e.cidr ? [e.cidr.family] : [])));
  if (values.length === 1 && first && serviceFamilies.size === 2) {
    const lists: Array<[string, NetworkModel['machine']]> = [
      ['clusterNetwork', model.cluster],
      ['machineNetwork', model.machine],
      ['serviceNetwork', model.service],
    ];
    for (const [name, list] of lists) {
      const primary = list[0]?.cidr?.family;
      if (primary && primary !== familyOf(first)) {
        report.error(
          child(path, 0),
          'vip-family',
          `${name} primary IP Family and primary IP family for the ${role} VIP should match; use an ${primary === 'ipv4' ? 'IPv4' : 'IPv6'} VIP or reorder the list.`,
        );
      }
    }
  }
  if (mustBeInMachineNetwork && machineNets.length > 0) {
    parsed.forEach((ip, i) => {
      if (ip && !machineNets.some((net) => contains(net, ip))) {
        report.error(
          child(path, i),
          'vip-in-machine-network',
          `IP expected to be in one of the machine networks: ${machineNets.map((n) => `${n.address.toString()}/${n.prefix}`).join(',')}; ${values[i]} is outside them — pick a free address inside, or add its network to networking.machineNetwork.`,
        );
      }
    });
  }
  return parsed;
}
