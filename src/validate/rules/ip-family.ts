import type { Family } from '../cidr.js';
import { msg } from '../messages/index.js';
import { type Obj, obj, str } from '../read.js';
import type { Report } from '../report.js';
import type { NetEntry, NetworkModel } from './network-model.js';

/*
 * IP families and dual-stack per platform (validateNetworkingIPVersion). The
 * cluster's family is that of its service networks; dual-stack needs both families in every list.
 */

const DUAL_STACK_ANY_ORDER = ['baremetal', 'vsphere', 'openstack', 'none', 'external'];
const DUAL_STACK_IPV4_FIRST = ['ovirt', 'nutanix'];
const SINGLE_STACK_IPV6 = ['baremetal', 'vsphere', 'openstack', 'ovirt', 'nutanix', 'none', 'external'];
const AWS_DUAL = ['DualStackIPv4Primary', 'DualStackIPv6Primary'];

function families(list: NetEntry[]): Set<Family> {
  return new Set(list.flatMap((e) => (e.cidr ? [e.cidr.family] : [])));
}

function listPath(list: NetEntry[], name: string): string {
  return list[0]?.defaulted ? 'networking' : `networking.${name}`;
}

export function checkIpFamilies(
  config: Obj,
  model: NetworkModel,
  platform: string | undefined,
  report: Report,
): void {
  const service = families(model.service);
  const ipFamily = str(obj(obj(config.platform)?.aws)?.ipFamily);
  const awsDual = platform === 'aws' && ipFamily !== undefined && AWS_DUAL.includes(ipFamily);
  if (service.has('ipv4') && service.has('ipv6')) {
    if (model.service.length !== 2)
      report.error('networking.serviceNetwork', 'ip-family', 'ipfamily.two-services');
    if (platform === 'aws' && !awsDual) {
      report.error('networking', 'ip-family', 'ipfamily.aws-dual');
    } else if (platform === 'azure') {
      report.error('networking', 'ip-family', 'ipfamily.azure-dual');
    } else if (
      platform !== 'aws' &&
      platform !== undefined &&
      !DUAL_STACK_ANY_ORDER.includes(platform) &&
      !DUAL_STACK_IPV4_FIRST.includes(platform)
    ) {
      report.error('networking', 'ip-family', 'ipfamily.dual-platform', { platform });
    }
    const lists: Array<[string, NetEntry[]]> = [
      ['machineNetwork', model.machine],
      ['clusterNetwork', model.cluster],
      ['serviceNetwork', model.service],
    ];
    for (const [name, list] of lists) {
      // AWS assigns the IPv6 machine subnet itself, so its machineNetwork may stay IPv4 only.
      if (platform === 'aws' && name === 'machineNetwork') continue;
      const present = families(list);
      for (const f of ['ipv4', 'ipv6'] as const) {
        if (!present.has(f)) {
          report.error(listPath(list, name), 'ip-family', 'ipfamily.dual-missing', {
            family: f === 'ipv4' ? 'IPv4' : 'IPv6',
            name,
          });
        }
      }
      const first = list[0]?.cidr?.family;
      if (first === undefined || list[0]?.defaulted) continue;
      if (platform === 'aws' && awsDual) {
        const want: Family = ipFamily === 'DualStackIPv6Primary' ? 'ipv6' : 'ipv4';
        if (first !== want && !(name === 'machineNetwork')) {
          report.error(`networking.${name}`, 'ip-family', 'ipfamily.aws-order', {
            ipFamily: ipFamily ?? '',
            family: want === 'ipv4' ? 'IPv4' : 'IPv6',
            name,
          });
        }
      } else if (!DUAL_STACK_ANY_ORDER.includes(platform ?? '') && first === 'ipv6') {
        report.error(`networking.${name}`, 'ip-family', 'ipfamily.order', { platform: platform ?? '', name });
      }
    }
  } else if (service.has('ipv6')) {
    if (awsDual) {
      report.error('networking.serviceNetwork', 'ip-family', 'ipfamily.aws-two-services', {
        ipFamily: ipFamily ?? '',
      });
    } else if (platform !== undefined && !SINGLE_STACK_IPV6.includes(platform)) {
      report.error('networking', 'ip-family', 'ipfamily.ipv6-platform', {
        platform,
        extra: platform === 'aws' ? msg('ipfamily.aws-dual-hint') : '',
      });
    }
  } else if (service.has('ipv4')) {
    if (model.service.length > 1)
      report.error('networking.serviceNetwork', 'ip-family', 'ipfamily.one-service');
    if (awsDual) {
      report.error('networking.serviceNetwork', 'ip-family', 'ipfamily.aws-two-services', {
        ipFamily: ipFamily ?? '',
      });
    }
  }
}
