import { type Cidr, containsIp, parseCidr, sameIp } from '../../plan/network.js';
import { list, type Obj, obj, str } from '../read.js';
import type { AgentFindings } from './findings.js';
import { platformName, replicaCounts } from './install-config.js';
import {
  nmstateDefaultRoutes,
  nmstateDnsServers,
  nmstateInterfaces,
  nmstateStaticAddresses,
  nmstateUsesDhcp,
} from './nmstate.js';

/** The Assisted service's hostname rule (internal/host/validator.go hostname-valid). */
const HOSTNAME = /^[a-z0-9][a-z0-9-]{0,62}(?:[.][a-z0-9-]{1,63})*$/;

function machineNetworks(installConfig: Obj | undefined): Cidr[] {
  return list(obj(installConfig?.networking)?.machineNetwork)
    .map((entry) => parseCidr(str(obj(entry)?.cidr) ?? ''))
    .filter((c): c is Cidr => c !== undefined);
}

function vipsOf(installConfig: Obj | undefined): string[] {
  const platform = installConfig ? platformName(installConfig) : undefined;
  const block = platform ? obj(obj(installConfig?.platform)?.[platform]) : undefined;
  return [...list(block?.apiVIPs), ...list(block?.ingressVIPs)]
    .map((v) => str(v) ?? '')
    .filter((v) => v !== '');
}

/**
 * The Assisted Installer validations (openshift/assisted-service internal/host/validator.go, internal/cluster/validator.go)
 * that the two files decide before any host boots — class S and the static part of class P of
 * assisted-validations.json. Each finding's rule is the Assisted validation id, so it can be matched with what
 * `openshift-install agent wait-for` reports later. The live remainder is a checklist verify item.
 */
export function checkAssistedStatic(
  agentConfig: Obj,
  installConfig: Obj | undefined,
  out: AgentFindings,
): void {
  const hosts = list(agentConfig.hosts).map((h) => obj(h) ?? {});
  const networks = machineNetworks(installConfig);
  const vips = vipsOf(installConfig);
  const names = new Map<string, number>();
  const ips = new Map<string, number>();
  const mtus = new Set<number>();
  hosts.forEach((host, i) => {
    const at = `hosts[${i}]`;
    const hostname = str(host.hostname);
    if (hostname !== undefined) {
      if (!HOSTNAME.test(hostname) || hostname.startsWith('localhost')) {
        out.error(`${at}.hostname`, 'hostname-valid', {
          en: `"${hostname}" is not a valid host name (Assisted validation hostname-valid): lower-case letters, digits, "-" and ".", not localhost.`,
          ko: `"${hostname}"은(는) 올바른 호스트 이름이 아닙니다(Assisted 검증 hostname-valid). 소문자, 숫자, "-", "."만 쓰고 localhost는 쓸 수 없습니다.`,
        });
      }
      const other = names.get(hostname);
      if (other !== undefined) {
        out.error(`${at}.hostname`, 'hostname-unique', {
          en: `"${hostname}" is also hosts[${other}]'s host name (Assisted validation hostname-unique): every host needs its own.`,
          ko: `"${hostname}"은(는) hosts[${other}]의 호스트 이름과 같습니다(Assisted 검증 hostname-unique). 호스트마다 고유한 이름이 필요합니다.`,
        });
      }
      names.set(hostname, i);
    }
    const config = host.networkConfig;
    const addresses = nmstateStaticAddresses(config);
    for (const address of addresses) {
      if (networks.length > 0 && !networks.some((n) => containsIp(n, address.ip))) {
        out.error(`${at}.networkConfig`, 'belongs-to-machine-cidr', {
          en: `${address.ip} is outside the machine network ${networks.map((n) => n.network).join(', ')} (Assisted validation belongs-to-machine-cidr): hosts must live in networking.machineNetwork.`,
          ko: `${address.ip}은(는) 머신 네트워크 ${networks.map((n) => n.network).join(', ')} 밖에 있습니다(Assisted 검증 belongs-to-machine-cidr). 호스트는 networking.machineNetwork 안에 있어야 합니다.`,
        });
      }
      const key = address.ip.toLowerCase();
      const other = ips.get(key);
      if (other !== undefined && other !== i) {
        out.error(`${at}.networkConfig`, 'no-ip-collisions-in-network', {
          en: `${address.ip} is also hosts[${other}]'s address (Assisted validation no-ip-collisions-in-network).`,
          ko: `${address.ip}은(는) hosts[${other}]의 주소와 같습니다(Assisted 검증 no-ip-collisions-in-network).`,
        });
      }
      ips.set(key, i);
      if (vips.some((vip) => sameIp(vip, address.ip))) {
        out.error(`${at}.networkConfig`, 'api-vips-valid', {
          en: `${address.ip} is a VIP of install-config.yaml (Assisted validations api-vips-valid / ingress-vips-valid): VIPs must be free addresses.`,
          ko: `${address.ip}은(는) install-config.yaml의 VIP입니다(Assisted 검증 api-vips-valid / ingress-vips-valid). VIP는 사용하지 않는 주소여야 합니다.`,
        });
      }
    }
    const isStatic = addresses.length > 0 && !nmstateUsesDhcp(config);
    if (isStatic && nmstateDefaultRoutes(config).length === 0) {
      out.error(`${at}.networkConfig.routes`, 'has-default-route', {
        en: 'a host with static addresses needs a default route (Assisted validation has-default-route): add routes.config with destination 0.0.0.0/0 (or ::/0).',
        ko: '고정 주소 호스트에는 기본 경로가 필요합니다(Assisted 검증 has-default-route). destination 0.0.0.0/0(또는 ::/0)인 routes.config를 추가하십시오.',
      });
    }
    if (isStatic && nmstateDnsServers(config).length === 0) {
      out.error(`${at}.networkConfig.dns-resolver`, 'release-domain-name-resolved-correctly', {
        en: 'a host with static addresses needs DNS servers (Assisted validations release-domain-name-resolved-correctly, api-domain-name-resolved-correctly): add dns-resolver.config.server.',
        ko: '고정 주소 호스트에는 DNS 서버가 필요합니다(Assisted 검증 release-domain-name-resolved-correctly, api-domain-name-resolved-correctly). dns-resolver.config.server를 추가하십시오.',
      });
    }
    for (const iface of nmstateInterfaces(config)) {
      if (typeof iface.mtu === 'number') mtus.add(iface.mtu);
    }
  });
  if (mtus.size > 1) {
    out.warn('hosts', 'mtu-valid', {
      en: `the hosts' interfaces use different MTUs (${[...mtus].sort((a, b) => a - b).join(', ')}) (Assisted validation mtu-valid): use one MTU on the machine network.`,
      ko: `호스트 인터페이스의 MTU가 서로 다릅니다(${[...mtus].sort((a, b) => a - b).join(', ')})(Assisted 검증 mtu-valid). 머신 네트워크에서는 MTU를 하나로 맞추십시오.`,
    });
  }
  const rendezvous = str(agentConfig.rendezvousIP);
  if (rendezvous && networks.length > 0 && !networks.some((n) => containsIp(n, rendezvous))) {
    out.error('rendezvousIP', 'belongs-to-machine-cidr', {
      en: `${rendezvous} is outside the machine network ${networks.map((n) => n.network).join(', ')} (Assisted validation belongs-to-machine-cidr): the rendezvous host is a cluster node.`,
      ko: `${rendezvous}은(는) 머신 네트워크 ${networks.map((n) => n.network).join(', ')} 밖에 있습니다(Assisted 검증 belongs-to-machine-cidr). 랜데부 호스트도 클러스터 노드입니다.`,
    });
  }
  if (installConfig) checkClusterLevel(agentConfig, installConfig, hosts, out);
}

function checkClusterLevel(agentConfig: Obj, installConfig: Obj, hosts: Obj[], out: AgentFindings): void {
  const { masters, arbiters, workers } = replicaCounts(installConfig);
  const roles = hosts.map((h) => str(h.role) ?? '');
  const listedMasters = roles.filter((r) => r === 'master').length;
  if (
    hosts.length === masters + arbiters + workers &&
    roles.every((r) => r !== '') &&
    listedMasters !== masters
  ) {
    out.error('hosts', 'sufficient-masters-count', {
      en: `${listedMasters} hosts have role master but controlPlane.replicas is ${masters} (Assisted validation sufficient-masters-count): the cluster needs exactly that many control-plane hosts.`,
      ko: `role이 master인 호스트는 ${listedMasters}대인데 controlPlane.replicas는 ${masters}입니다(Assisted 검증 sufficient-masters-count). 컨트롤 플레인 호스트가 정확히 그 수만큼 필요합니다.`,
    });
  }
  // A mirrored release (disconnected) cannot reach public NTP pools: the hosts need NTP servers of their own.
  const mirrored =
    list(installConfig.imageDigestSources).length + list(installConfig.imageContentSources).length > 0;
  if (mirrored && list(agentConfig.additionalNTPSources).length === 0) {
    out.warn('additionalNTPSources', 'ntp-server-configured', {
      en: 'install-config.yaml pulls from a mirror, but no NTP servers are given (Assisted validation ntp-server-configured): add the site NTP servers to additionalNTPSources, or host clocks more than 4 minutes apart stop the install.',
      ko: 'install-config.yaml이 미러에서 이미지를 가져오지만 NTP 서버가 없습니다(Assisted 검증 ntp-server-configured). 사이트 NTP 서버를 additionalNTPSources에 넣으십시오. 호스트 간 시계가 4분 넘게 차이 나면 설치가 멈춥니다.',
    });
  }
  const external = obj(obj(installConfig.platform)?.external);
  if (str(external?.platformName) === 'oci') {
    out.warn('platform.external', 'platform-requirements-satisfied', {
      en: 'Oracle Cloud needs Oracle\'s custom manifests in the install folder\'s openshift/ directory before the image is built (Assisted validation platform-requirements-satisfied: "The custom manifest required for Oracle Cloud Infrastructure platform integration has not been added").',
      ko: 'Oracle Cloud는 이미지를 만들기 전에 설치 폴더의 openshift/ 디렉터리에 Oracle의 사용자 지정 매니페스트가 있어야 합니다(Assisted 검증 platform-requirements-satisfied: "The custom manifest required for Oracle Cloud Infrastructure platform integration has not been added").',
    });
  }
}
