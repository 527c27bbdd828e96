import { isIp } from '../../plan/network.js';
import { int, isObj, list, type Obj, obj, str } from '../read.js';
import type { AgentFindings } from './findings.js';

/*
 * Reading a host's NMState document (agent-config hosts[].networkConfig) the way the agent does
 * (pkg/asset/agent/common.go GetAllHostIPs; agenthosts.go): interface names, static addresses, routes and DNS.
 */

export function nmstateInterfaces(networkConfig: unknown): Obj[] {
  return list(obj(networkConfig)?.interfaces).filter(isObj);
}

/** Interface names of the document, or undefined when the host has no networkConfig. */
export function nmstateInterfaceNames(networkConfig: unknown): string[] | undefined {
  if (!isObj(networkConfig)) return undefined;
  return nmstateInterfaces(networkConfig)
    .map((i) => str(i.name))
    .filter((n): n is string => n !== undefined && n !== '');
}

/** NMState `identifier: mac-address` matches NICs by MAC, which makes the logical names irrelevant (installer PR #10567). */
export function usesMacIdentifier(networkConfig: unknown): boolean {
  return nmstateInterfaces(networkConfig).some((i) => str(i.identifier) === 'mac-address');
}

export interface StaticAddress {
  ip: string;
  prefix: number | undefined;
  iface: string;
}

export function nmstateStaticAddresses(networkConfig: unknown): StaticAddress[] {
  const out: StaticAddress[] = [];
  for (const iface of nmstateInterfaces(networkConfig)) {
    for (const family of ['ipv4', 'ipv6']) {
      const block = obj(iface[family]);
      if (!block || block.enabled === false) continue;
      for (const item of list(block.address)) {
        const ip = str(obj(item)?.ip);
        if (ip) out.push({ ip, prefix: int(obj(item)?.['prefix-length']), iface: str(iface.name) ?? '' });
      }
    }
  }
  return out;
}

export function nmstateAddresses(networkConfig: unknown): string[] {
  return nmstateStaticAddresses(networkConfig).map((a) => a.ip);
}

/** Whether any interface takes its address from DHCP (or IPv6 autoconf). */
export function nmstateUsesDhcp(networkConfig: unknown): boolean {
  return nmstateInterfaces(networkConfig).some((iface) =>
    ['ipv4', 'ipv6'].some((f) => {
      const block = obj(iface[f]);
      return block?.enabled !== false && (block?.dhcp === true || block?.autoconf === true);
    }),
  );
}

export function nmstateDefaultRoutes(networkConfig: unknown): Obj[] {
  return list(obj(obj(networkConfig)?.routes)?.config)
    .filter(isObj)
    .filter((r) => ['0.0.0.0/0', '::/0'].includes(str(r.destination) ?? ''));
}

export function nmstateDnsServers(networkConfig: unknown): string[] {
  return list(obj(obj(obj(networkConfig)?.['dns-resolver'])?.config)?.server)
    .map((s) => str(s))
    .filter((s): s is string => s !== undefined);
}

/**
 * What `nmstatectl gc` would refuse without running it: interfaces without name or type, addresses that are not IPs
 * or lack a prefix length, bond ports, VLAN bases and route interfaces that the document does not define.
 */
export function checkNmstateStructure(networkConfig: unknown, path: string, out: AgentFindings): void {
  if (networkConfig === undefined || networkConfig === null) return;
  if (!isObj(networkConfig)) {
    out.error(path, 'nmstate-structure', {
      en: 'must be an NMState document (a mapping with interfaces, dns-resolver, routes).',
      ko: 'NMState 문서(interfaces, dns-resolver, routes를 담은 매핑)여야 합니다.',
    });
    return;
  }
  const interfaces = nmstateInterfaces(networkConfig);
  const names = new Set(interfaces.map((i) => str(i.name) ?? ''));
  interfaces.forEach((iface, i) => {
    const at = `${path}.interfaces[${i}]`;
    const name = str(iface.name);
    if (!name) {
      out.error(`${at}.name`, 'nmstate-structure', {
        en: 'Required value: every NMState interface needs a name.',
        ko: 'Required value: NMState 인터페이스마다 name이 필요합니다.',
      });
    }
    if (!str(iface.type)) {
      out.error(`${at}.type`, 'nmstate-structure', {
        en: `Required value: interface ${name ?? i} needs a type (ethernet, bond, vlan …).`,
        ko: `Required value: 인터페이스 ${name ?? i}에 type(ethernet, bond, vlan …)이 필요합니다.`,
      });
    }
    for (const family of ['ipv4', 'ipv6']) {
      list(obj(iface[family])?.address).forEach((item, j) => {
        const address = obj(item) ?? {};
        const ip = str(address.ip) ?? '';
        if (!isIp(ip)) {
          out.error(`${at}.${family}.address[${j}].ip`, 'nmstate-structure', {
            en: `Invalid value: "${ip}": not an IP address.`,
            ko: `Invalid value: "${ip}": IP 주소가 아닙니다.`,
          });
        }
        if (int(address['prefix-length']) === undefined) {
          out.error(`${at}.${family}.address[${j}].prefix-length`, 'nmstate-structure', {
            en: 'Required value: a static address needs its prefix-length.',
            ko: 'Required value: 고정 주소에는 prefix-length가 필요합니다.',
          });
        }
      });
    }
    const aggregation = obj(iface['link-aggregation']);
    for (const port of [...list(aggregation?.port), ...list(aggregation?.ports)]) {
      if (!names.has(str(port) ?? '')) {
        out.error(`${at}.link-aggregation.port`, 'nmstate-structure', {
          en: `Invalid value: "${String(port)}": the bond port is not an interface of this document.`,
          ko: `Invalid value: "${String(port)}": 본드 포트가 이 문서의 인터페이스가 아닙니다.`,
        });
      }
    }
    const base = str(obj(iface.vlan)?.['base-iface']);
    if (base !== undefined && !names.has(base)) {
      out.error(`${at}.vlan.base-iface`, 'nmstate-structure', {
        en: `Invalid value: "${base}": the VLAN's base interface is not an interface of this document.`,
        ko: `Invalid value: "${base}": VLAN의 기반 인터페이스가 이 문서의 인터페이스가 아닙니다.`,
      });
    }
  });
  list(obj(networkConfig.routes)?.config).forEach((item, i) => {
    const hop = str(obj(item)?.['next-hop-interface']);
    if (hop !== undefined && !names.has(hop)) {
      out.error(`${path}.routes.config[${i}].next-hop-interface`, 'nmstate-structure', {
        en: `Invalid value: "${hop}": the route's interface is not an interface of this document.`,
        ko: `Invalid value: "${hop}": 경로의 인터페이스가 이 문서의 인터페이스가 아닙니다.`,
      });
    }
  });
}
