import type { Problem } from '../answers/problems.js';
import type { Answers } from '../answers/schema.js';
import { PLATFORM_BLOCKS } from '../answers/schema.js';
import {
  FIPS_ARCHITECTURES,
  INTERNAL_PUBLISH_PLATFORMS,
  SUPPORTED_ARCHITECTURES,
  VIP_PLATFORMS,
} from '../knowledge/platform-defaults.js';
import { USER_MANAGED_LB_PLATFORMS } from '../knowledge/powervc.js';
import { releaseProblem } from '../knowledge/releases.js';
import { TOPOLOGY_FACTS } from '../knowledge/topologies.js';
import type { Plan } from '../types.js';
import { checkAgentAnswers } from './check-agent.js';
import { checkTopologyRules } from './check-topology.js';
import {
  type Cidr,
  containsIp,
  ipFamily,
  isIp,
  isNetworkAddress,
  overlaps,
  parseCidr,
  sameIp,
} from './network.js';

/**
 * Cross-field rules of the answers (issue: platform block matches platform; topology vs replicas; proxy and mirror
 * blocks; VIPs inside the machine network and distinct; networks valid and not overlapping). They run on the Plan,
 * after defaults, because a default machine network must also contain the VIPs. Keys are answers keys.
 */
export function checkPlan(plan: Plan, answers: Answers): Problem[] {
  // Every other rule reads the release tables: without a release they cannot be applied, so that answer comes first.
  const version = checkVersion(plan);
  if (version.length > 0) return version;
  return [
    ...checkPlatformBlocks(plan, answers),
    ...checkTopology(plan, answers),
    ...checkArchitecture(plan, answers),
    ...checkConnectivity(plan),
    ...checkPublish(plan),
    ...checkNetworks(plan),
    ...checkVips(plan),
    ...checkHosts(plan),
    ...checkTopologyRules(plan, answers),
    ...checkAgentAnswers(plan, answers),
  ];
}

function checkVersion(plan: Plan): Problem[] {
  const problem = releaseProblem(plan.ocpVersion);
  return problem ? [{ key: 'ocpVersion', message: problem.en }] : [];
}

/** Only the block matching `platform` may appear (the answers-file format). */
function checkPlatformBlocks(plan: Plan, answers: Answers): Problem[] {
  const problems: Problem[] = [];
  for (const name of Object.keys(PLATFORM_BLOCKS)) {
    if (name !== plan.platform && (answers as Record<string, unknown>)[name] !== undefined) {
      problems.push({
        key: name,
        message: `a "${name}" block was given but platform is "${plan.platform}"; remove the block or set platform: ${name}`,
      });
    }
  }
  const block = plan.platformConfig;
  if (plan.platform === 'gcp' && !block.projectID) {
    problems.push({
      key: 'gcp.projectID',
      message: 'is required on GCP: the Google Cloud project to install into',
    });
  }
  // Azure needs the DNS zone's resource group for a public cluster (validatePlatform (installconfig.go)).
  if (plan.platform === 'azure' && plan.publish === 'External' && !block.baseDomainResourceGroupName) {
    problems.push({
      key: 'azure.baseDomainResourceGroupName',
      message:
        'is required on Azure when publish is External: the resource group holding the DNS zone of baseDomain',
    });
  }
  return problems;
}

function checkTopology(plan: Plan, answers: Answers): Problem[] {
  if (plan.topology === 'ha' && plan.computeReplicas < 2) {
    return [
      {
        key: 'computeReplicas',
        message: `is ${plan.computeReplicas}, but an ha cluster needs at least 2 workers; set 2 or more, or choose topology: compact`,
      },
    ];
  }
  if (
    !TOPOLOGY_FACTS[plan.topology].computeAllowed &&
    answers.computeReplicas !== undefined &&
    answers.computeReplicas !== 0
  ) {
    return [
      {
        key: 'computeReplicas',
        message: `must be 0 for topology ${plan.topology} (the control plane runs the workloads); remove it or choose topology: ha`,
      },
    ];
  }
  return [];
}

function checkArchitecture(plan: Plan, answers: Answers): Problem[] {
  const problems: Problem[] = [];
  const supported = SUPPORTED_ARCHITECTURES[plan.platform];
  if (!supported.includes(plan.architecture)) {
    problems.push({
      key: answers.architecture ? 'architecture' : 'platform',
      message: `${plan.architecture} is not available on ${plan.platform}; use ${supported.join(' or ')}`,
    });
  }
  if (plan.fips && !FIPS_ARCHITECTURES.includes(plan.architecture)) {
    problems.push({
      key: 'fips',
      message: `FIPS mode exists only on ${FIPS_ARCHITECTURES.join(', ')} (FIPS support by architecture); turn fips off or change architecture`,
    });
  }
  return problems;
}

function checkConnectivity(plan: Plan): Problem[] {
  const problems: Problem[] = [];
  if (plan.connectivity === 'proxy' && !plan.proxy) {
    problems.push({
      key: 'proxy',
      message: 'is required when connectivity is proxy: give httpProxy and/or httpsProxy',
    });
  }
  if (plan.proxy && plan.connectivity === 'connected') {
    problems.push({
      key: 'proxy',
      message: 'was given but connectivity is connected; set connectivity: proxy, or remove the proxy block',
    });
  }
  if (plan.proxy) {
    if (!plan.proxy.httpProxy && !plan.proxy.httpsProxy) {
      problems.push({ key: 'proxy', message: 'needs httpProxy or httpsProxy' });
    }
    // The installer accepts only http:// for httpProxy and http(s):// for httpsProxy (installconfig.go (publish, credentials, mirrors, proxy)).
    if (plan.proxy.httpProxy && !/^http:\/\/[^\s/]+/.test(plan.proxy.httpProxy)) {
      problems.push({
        key: 'proxy.httpProxy',
        message: 'must be an http:// URL such as http://proxy.corp.local:3128',
      });
    }
    if (plan.proxy.httpsProxy && !/^https?:\/\/[^\s/]+/.test(plan.proxy.httpsProxy)) {
      problems.push({ key: 'proxy.httpsProxy', message: 'must be an http:// or https:// URL' });
    }
    if (plan.proxy.noProxy !== undefined && /\s/.test(plan.proxy.noProxy)) {
      problems.push({ key: 'proxy.noProxy', message: 'must be a comma-separated list without spaces' });
    }
    if (plan.proxy.noProxy?.split(',').some((entry) => entry.includes('*') && entry !== '*')) {
      problems.push({
        key: 'proxy.noProxy',
        message: 'entries may not contain wildcards; write ".example.com" instead of "*.example.com"',
      });
    }
  }
  if (plan.connectivity === 'disconnected' && !plan.mirror) {
    problems.push({
      key: 'mirror',
      message:
        'is required when connectivity is disconnected: give mirror.registry (and mirror.caBundleFile)',
    });
  }
  if (plan.mirror && !/^[a-z0-9.-]+(:\d+)?(\/[a-z0-9._/-]+)?$/i.test(plan.mirror.registry)) {
    problems.push({
      key: 'mirror.registry',
      message: 'must be host[:port] or host[:port]/path of the mirror registry, without a scheme or tag',
    });
  }
  return problems;
}

function checkPublish(plan: Plan): Problem[] {
  if (plan.publish === 'Internal' && !INTERNAL_PUBLISH_PLATFORMS.includes(plan.platform)) {
    return [
      {
        key: 'publish',
        message: `Internal is supported only on ${INTERNAL_PUBLISH_PLATFORMS.join(', ')}; use External on ${plan.platform}`,
      },
    ];
  }
  return [];
}

interface NamedCidr {
  key: string;
  cidr: Cidr;
  label: string;
}

/** Network rules of validateNetworking (installconfig.go): syntax, network address, hostPrefix, sizes and overlaps. */
function checkNetworks(plan: Plan): Problem[] {
  const problems: Problem[] = [];
  const named: NamedCidr[] = [];
  const collect = (key: string, text: string, label: string) => {
    const cidr = parseCidr(text);
    if (!cidr) {
      problems.push({
        key,
        message: `"${text}" is not a CIDR; write it as address/prefix, e.g. 10.0.0.0/16`,
      });
      return undefined;
    }
    if (!isNetworkAddress(cidr)) {
      problems.push({ key, message: `"${text}" has host bits set; use the network address ${cidr.network}` });
    }
    named.push({ key, cidr, label });
    return cidr;
  };
  plan.networking.machineNetwork.forEach((text, i) => {
    collect(`networking.machineNetwork[${i}]`, text, `machine network ${i}`);
  });
  plan.networking.serviceNetwork.forEach((text, i) => {
    const cidr = collect(`networking.serviceNetwork[${i}]`, text, `service network ${i}`);
    // Service networks larger than /12 (IPv4) or /108 (IPv6) are refused by the installer (validateNetworking).
    if (cidr?.family === 'ipv4' && cidr.prefix < 12) {
      problems.push({
        key: `networking.serviceNetwork[${i}]`,
        message: `/${cidr.prefix} is too large; an IPv4 service network must be /12 or smaller (/16 is recommended)`,
      });
    }
    if (cidr?.family === 'ipv6' && cidr.prefix < 108) {
      problems.push({
        key: `networking.serviceNetwork[${i}]`,
        message: `/${cidr.prefix} is too large; an IPv6 service network must be /108 or smaller (/112 is recommended)`,
      });
    }
  });
  plan.networking.clusterNetwork.forEach((entry, i) => {
    const key = `networking.clusterNetwork[${i}]`;
    const cidr = collect(`${key}.cidr`, entry.cidr, `cluster network ${i}`);
    if (!cidr) return;
    const bits = cidr.family === 'ipv4' ? 32 : 128;
    if (cidr.family === 'ipv6' && entry.hostPrefix !== 64) {
      problems.push({ key: `${key}.hostPrefix`, message: 'must be 64 for an IPv6 cluster network' });
    } else if (entry.hostPrefix < cidr.prefix || entry.hostPrefix > bits) {
      problems.push({
        key: `${key}.hostPrefix`,
        message: `must be between the network's prefix /${cidr.prefix} and ${bits}; each node gets a /${entry.hostPrefix} out of ${entry.cidr} (23 is the default)`,
      });
    }
  });
  // Overlaps in every direction between and within the three lists (validateNetworking (installconfig.go)).
  for (let i = 0; i < named.length; i++) {
    for (let j = i + 1; j < named.length; j++) {
      const a = named[i];
      const b = named[j];
      if (a && b && overlaps(a.cidr, b.cidr)) {
        problems.push({
          key: b.key,
          message: `${b.cidr.network} overlaps ${a.label} (${a.cidr.network}); choose networks that do not overlap`,
        });
      }
    }
  }
  return problems;
}

/** VIP rules of validateVIPsForPlatform (installconfig.go): valid IPs, inside a machine network, API and ingress distinct. */
function checkVips(plan: Plan): Problem[] {
  const problems: Problem[] = [];
  if (!plan.vips) return problems;
  if (!VIP_PLATFORMS.includes(plan.platform)) {
    return [
      {
        key: 'vips',
        message: `VIPs exist only on ${VIP_PLATFORMS.join(', ')}; on ${plan.platform} remove the vips block (load balancers provide the endpoints)`,
      },
    ];
  }
  const machineNetworks = plan.networking.machineNetwork
    .map(parseCidr)
    .filter((c): c is Cidr => c !== undefined);
  // Behind a user-managed load balancer (PowerVC) the addresses are its front ends: anywhere, and possibly one address.
  const loadBalancerAddresses = USER_MANAGED_LB_PLATFORMS.includes(plan.platform);
  for (const kind of ['api', 'ingress'] as const) {
    const list = plan.vips[kind];
    list.forEach((vip, i) => {
      const key = `vips.${kind}[${i}]`;
      if (!isIp(vip)) {
        problems.push({ key, message: `"${vip}" is not an IP address` });
        return;
      }
      if (!loadBalancerAddresses && !machineNetworks.some((network) => containsIp(network, vip))) {
        problems.push({
          key,
          message: `${vip} is outside the machine network (${plan.networking.machineNetwork.join(', ')}); pick a free address inside it`,
        });
      }
    });
    if (list.length === 2 && ipFamily(list[0] ?? '') === ipFamily(list[1] ?? '')) {
      problems.push({ key: `vips.${kind}`, message: 'two VIPs must be one IPv4 and one IPv6 address' });
    }
  }
  plan.vips.ingress.forEach((vip, i) => {
    if (!loadBalancerAddresses && plan.vips?.api.some((api) => sameIp(api, vip))) {
      problems.push({
        key: `vips.ingress[${i}]`,
        message: `${vip} is also the API VIP; use a different address`,
      });
    }
  });
  if (plan.vips.api.length > 0 && plan.vips.ingress.length === 0) {
    problems.push({ key: 'vips.ingress', message: 'is required when vips.api is set' });
  }
  if (plan.vips.ingress.length > 0 && plan.vips.api.length === 0) {
    problems.push({ key: 'vips.api', message: 'is required when vips.ingress is set' });
  }
  return problems;
}

function checkHosts(plan: Plan): Problem[] {
  const problems: Problem[] = [];
  const machineNetworks = plan.networking.machineNetwork
    .map(parseCidr)
    .filter((c): c is Cidr => c !== undefined);
  const seenNames = new Map<string, number>();
  const seenMacs = new Map<string, number>();
  const seenIps = new Map<string, number>();
  plan.hosts.forEach((host, i) => {
    const key = `hosts[${i}]`;
    // The zone files and DHCP reservations name each host <name>.<cluster>.<baseDomain>: at most 253 characters (RFC 1035).
    const fqdn = `${host.name}.${plan.clusterName}.${plan.baseDomain}`;
    if (fqdn.length > 253) {
      problems.push({
        key: `${key}.name`,
        message: `makes the host name ${fqdn.length} characters long (${host.name}.${plan.clusterName}.${plan.baseDomain}); a DNS name has at most 253: shorten it`,
      });
    }
    const name = seenNames.get(host.name);
    if (name !== undefined)
      problems.push({ key: `${key}.name`, message: `"${host.name}" is already hosts[${name}]` });
    seenNames.set(host.name, i);
    if (host.bootMACAddress) {
      const mac = host.bootMACAddress.toLowerCase();
      const other = seenMacs.get(mac);
      if (other !== undefined) {
        problems.push({
          key: `${key}.bootMACAddress`,
          message: `${host.bootMACAddress} is already hosts[${other}]'s`,
        });
      }
      seenMacs.set(mac, i);
    }
    if (host.ip !== undefined) {
      if (!isIp(host.ip)) {
        problems.push({ key: `${key}.ip`, message: `"${host.ip}" is not an IP address` });
      } else {
        if (!machineNetworks.some((network) => containsIp(network, host.ip as string))) {
          problems.push({
            key: `${key}.ip`,
            message: `${host.ip} is outside the machine network (${plan.networking.machineNetwork.join(', ')}); nodes must live in it`,
          });
        }
        const other = seenIps.get(host.ip);
        if (other !== undefined)
          problems.push({ key: `${key}.ip`, message: `${host.ip} is already hosts[${other}]'s` });
        seenIps.set(host.ip, i);
        const vipClash = [...(plan.vips?.api ?? []), ...(plan.vips?.ingress ?? [])].some((vip) =>
          sameIp(vip, host.ip as string),
        );
        if (vipClash)
          problems.push({
            key: `${key}.ip`,
            message: `${host.ip} is also a VIP; VIPs must be free addresses`,
          });
      }
    }
  });
  const controlPlaneHosts = plan.hosts.filter((h) => h.role === 'control-plane').length;
  if (controlPlaneHosts > plan.controlPlaneReplicas) {
    problems.push({
      key: 'hosts',
      message: `lists ${controlPlaneHosts} control-plane hosts but topology ${plan.topology} has ${plan.controlPlaneReplicas}`,
    });
  }
  // One temporary bootstrap machine at most, and none for a single node, which bootstraps in place (install-sno-generating-the-install-iso-manually (docs)).
  const bootstrapHosts = plan.hosts.filter((h) => h.role === 'bootstrap').length;
  if (bootstrapHosts > 1) {
    problems.push({
      key: 'hosts',
      message: `lists ${bootstrapHosts} bootstrap hosts; a cluster has one bootstrap machine`,
    });
  }
  if (bootstrapHosts > 0 && plan.topology === 'sno') {
    problems.push({
      key: 'hosts',
      message: 'lists a bootstrap host, but a single node bootstraps in place; remove it',
    });
  }
  const workerHosts = plan.hosts.filter((h) => h.role === 'worker').length;
  if (!TOPOLOGY_FACTS[plan.topology].computeAllowed && workerHosts > 0) {
    problems.push({
      key: 'hosts',
      message: `lists ${workerHosts} worker hosts but topology ${plan.topology} has no workers; remove them or choose topology: ha`,
    });
  }
  return problems;
}
