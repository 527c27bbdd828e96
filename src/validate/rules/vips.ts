import { contains, familyOf, parseIp, sameIp } from '../cidr.js';
import { child } from '../path.js';
import { list, type Obj, obj, str } from '../read.js';
import type { Report } from '../report.js';
import type { NetworkModel } from './network-model.js';

/*
 * API and Ingress VIPs (validateVIPsForPlatform / validateAPIAndIngressVIPs). The singular
 * apiVIP/ingressVIP fields are up-converted before these rules run (convert.ts).
 */

interface VipPlatform {
  api: string;
  ingress: string;
  /**
   * VIPs must be given: always; only with a user-managed load balancer (openstack, otherwise defaulted); only for the
   * Agent-based installer (vSphere and Nutanix IPI create their own).
   */
  required: 'always' | 'user-managed' | 'agent';
  /** VIPs must lie inside a machine network (unless the load balancer is user-managed); 'agent': only for agent installs. */
  inMachineNetwork: boolean | 'agent';
}

export const VIP_PLATFORMS: Record<string, VipPlatform> = {
  baremetal: { api: 'apiVIPs', ingress: 'ingressVIPs', required: 'always', inMachineNetwork: true },
  openstack: { api: 'apiVIPs', ingress: 'ingressVIPs', required: 'user-managed', inMachineNetwork: true },
  vsphere: { api: 'apiVIPs', ingress: 'ingressVIPs', required: 'agent', inMachineNetwork: 'agent' },
  nutanix: { api: 'apiVIPs', ingress: 'ingressVIPs', required: 'agent', inMachineNetwork: 'agent' },
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

  const required =
    spec.required === 'always' ||
    (spec.required === 'user-managed' && userManaged) ||
    (spec.required === 'agent' && report.agent);
  const inMachineNetwork = spec.inMachineNetwork === 'agent' ? report.agent : spec.inMachineNetwork;
  if (required && api.length === 0)
    report.error(apiPath, 'vip-required', 'vips.required-api', { path: apiPath });
  if (required && ingress.length === 0) {
    report.error(ingressPath, 'vip-required', 'vips.required-ingress', { path: ingressPath });
  }
  if (api.length > 0 && ingress.length === 0 && !required) {
    report.error(ingressPath, 'vip-pair', 'vips.pair-ingress', { path: ingressPath });
  }
  if (ingress.length > 0 && api.length === 0 && !required) {
    report.error(apiPath, 'vip-pair', 'vips.pair-api', { path: apiPath });
  }

  const machineNets = model.machine.flatMap((e) => (e.cidr ? [e.cidr] : []));
  const parsedApi = checkList(
    api,
    apiPath,
    'API',
    model,
    machineNets,
    inMachineNetwork && !userManaged,
    report,
  );
  const parsedIngress = checkList(
    ingress,
    ingressPath,
    'Ingress',
    model,
    machineNets,
    inMachineNetwork && !userManaged,
    report,
  );
  if (!userManaged) {
    parsedApi.forEach((ip, i) => {
      if (ip && parsedIngress.some((other) => other && sameIp(ip, other))) {
        report.error(child(apiPath, i), 'vip-distinct', 'vips.distinct', { ip: api[i] ?? '' });
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
  if (values.length > 2) report.error(path, 'vip-count', 'vips.count', { count: values.length, role });
  // Only the first entries matter: more than two is already an error, and a huge list must stay cheap.
  const parsed = values.slice(0, 10).map((v, i) => {
    const ip = parseIp(v);
    if (!ip) report.error(child(path, i), 'vip-format', 'vips.format', { value: v, role });
    return ip;
  });
  const [first, second] = parsed;
  if (values.length === 2 && first && second && familyOf(first) === familyOf(second)) {
    report.error(path, 'vip-family', 'vips.two-families', { role });
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
        report.error(child(path, 0), 'vip-family', 'vips.primary-family', {
          name,
          role,
          family: primary === 'ipv4' ? 'IPv4' : 'IPv6',
        });
      }
    }
  }
  if (mustBeInMachineNetwork && machineNets.length > 0) {
    parsed.forEach((ip, i) => {
      if (ip && !machineNets.some((net) => contains(net, ip))) {
        report.error(child(path, i), 'vip-in-machine-network', 'vips.machine-network', {
          networks: machineNets
            .slice(0, 10)
            .map((n) => `${n.address.toString()}/${n.prefix}`)
            .join(','),
          ip: values[i] ?? '',
        });
      }
    });
  }
  return parsed;
}
