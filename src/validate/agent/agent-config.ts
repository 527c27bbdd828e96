import { agentHostRoles } from '../../knowledge/agent-installer.js';
import { isDomainName } from '../../plan/check-agent.js';
import { isIp } from '../../plan/network.js';
import { isObj, list, type Obj, obj, quoteList, str } from '../read.js';
import { type AgentFindings, shown } from './findings.js';
import { replicaCounts } from './install-config.js';
import { nmstateAddresses, nmstateInterfaceNames, usesMacIdentifier } from './nmstate.js';

/** The keys AgentConfig v1beta1 knows (the installer unmarshals strictly: any other key is an error). */
const TOP_KEYS = [
  'apiVersion',
  'kind',
  'metadata',
  'rendezvousIP',
  'bootArtifactsBaseURL',
  'additionalNTPSources',
  'minimalISO',
  'hosts',
];
const HOST_KEYS = ['hostname', 'role', 'rootDeviceHints', 'interfaces', 'networkConfig', 'bmc'];
const INTERFACE_KEYS = ['name', 'macAddress'];
const HINT_KEYS = [
  'deviceName',
  'hctl',
  'model',
  'vendor',
  'serialNumber',
  'minSizeGigabytes',
  'wwn',
  'wwnWithExtension',
  'wwnVendorExtension',
  'rotational',
];

/** Go's net.ParseMAC forms: 6, 8 or 20 octets separated by ":" or "-", or dotted groups of four hex digits. */
export function isMac(text: string): boolean {
  return (
    /^[0-9a-f]{2}([:-])[0-9a-f]{2}(\1[0-9a-f]{2}){4}((\1[0-9a-f]{2}){2}|(\1[0-9a-f]{2}){14})?$/i.test(text) ||
    /^[0-9a-f]{4}(\.[0-9a-f]{4}){2}(\.[0-9a-f]{4}|(\.[0-9a-f]{4}){7})?$/i.test(text)
  );
}

function unknownKeys(value: Obj, known: readonly string[], base: string, out: AgentFindings): void {
  for (const key of Object.keys(value)) {
    if (known.includes(key)) continue;
    const path = base === '' ? key : `${base}.${key}`;
    if (base === '' && key === 'ipxeBaseURL') {
      out.warn(path, 'agent-deprecated-field', {
        en: 'ipxeBaseURL is deprecated: the installer reads it as bootArtifactsBaseURL; rename the key.',
        ko: 'ipxeBaseURL은 더 이상 권장되지 않습니다. 설치 프로그램은 이를 bootArtifactsBaseURL로 읽으므로 키 이름을 바꾸십시오.',
      });
      continue;
    }
    out.error(path, 'agent-unknown-field', {
      en: `unknown field "${key}": agent-config.yaml is read strictly; valid keys here: ${known.join(', ')}.`,
      ko: `unknown field "${key}": agent-config.yaml은 엄격하게 읽히므로 알 수 없는 키는 오류입니다. 여기서 쓸 수 있는 키: ${known.join(', ')}.`,
    });
  }
}

/**
 * agent-config.yaml rules of the installer (pkg/asset/agent/agentconfig/agent_config.go, agenthosts.go): format,
 * rendezvous IP, NTP sources, PXE URL, hosts with interfaces and unique valid MACs, roles of the release, root device
 * hints, the rendezvous IP not on a worker, interface names that NMState knows, hosts per role against the
 * install-config's replicas. Messages keep the installer's wording after the path.
 */
export function checkAgentConfigRules(
  config: Obj,
  installConfig: Obj | undefined,
  version: string,
  out: AgentFindings,
): void {
  unknownKeys(config, TOP_KEYS, '', out);
  const apiVersion = str(config.apiVersion);
  if (apiVersion === undefined) {
    out.error('apiVersion', 'agent-api-version', {
      en: 'Required value: apiVersion: v1beta1 is missing.',
      ko: 'Required value: apiVersion: v1beta1이 없습니다.',
    });
  } else if (apiVersion !== 'v1beta1') {
    out.error('apiVersion', 'agent-api-version', {
      en: `Unsupported value: "${apiVersion}": supported values: "v1beta1"`,
      ko: `Unsupported value: "${apiVersion}": supported values: "v1beta1" — apiVersion을 v1beta1로 바꾸십시오.`,
    });
  }
  const kind = str(config.kind);
  if (kind !== undefined && kind !== 'AgentConfig') {
    out.error('kind', 'agent-kind', {
      en: `Unsupported value: "${kind}": supported values: "AgentConfig"`,
      ko: `Unsupported value: "${kind}": supported values: "AgentConfig" — kind를 AgentConfig로 바꾸십시오.`,
    });
  }
  const rendezvous = str(config.rendezvousIP);
  if (rendezvous !== undefined && rendezvous !== '' && !isIp(rendezvous)) {
    out.error('rendezvousIP', 'agent-rendezvous-ip', {
      en: `Invalid value: "${rendezvous}": "${rendezvous}" is not a valid IP`,
      ko: `Invalid value: "${rendezvous}": "${rendezvous}" is not a valid IP — 컨트롤 플레인 호스트의 IP 주소를 넣으십시오.`,
    });
  }
  list(config.additionalNTPSources).forEach((item) => {
    const source = str(item) ?? '';
    if (!isIp(source) && !isDomainName(source)) {
      out.error('additionalNTPSources', 'agent-ntp-source', {
        en: `Invalid value: ${shown(source)}: NTP server is not a valid IP or domain name`,
        ko: `Invalid value: ${shown(source)}: NTP server is not a valid IP or domain name — IP 주소나 DNS 이름을 넣으십시오.`,
      });
    }
  });
  const pxe = str(config.bootArtifactsBaseURL);
  if (pxe !== undefined && pxe !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(pxe)) {
    out.error('bootArtifactsBaseURL', 'agent-boot-artifacts-url', {
      en: `Invalid value: "${pxe}": invalid URI "${pxe}" (no scheme)`,
      ko: `Invalid value: "${pxe}": invalid URI "${pxe}" (no scheme) — http://로 시작하는 전체 URL을 넣으십시오.`,
    });
  }
  checkHosts(config, installConfig, version, rendezvous, out);
}

function checkHosts(
  config: Obj,
  installConfig: Obj | undefined,
  version: string,
  rendezvous: string | undefined,
  out: AgentFindings,
): void {
  const roles = agentHostRoles(version);
  const macs = new Set<string>();
  const counts = { master: 0, arbiter: 0, worker: 0 };
  list(config.hosts).forEach((item, i) => {
    const at = `hosts[${i}]`;
    const host = obj(item);
    if (!host) {
      out.error(at, 'agent-host', {
        en: 'Invalid value: each host must be a mapping.',
        ko: 'Invalid value: 각 호스트는 매핑이어야 합니다.',
      });
      return;
    }
    unknownKeys(host, HOST_KEYS, at, out);
    const interfaces = list(host.interfaces);
    if (interfaces.length === 0) {
      out.error(`${at}.interfaces`, 'agent-host-interfaces', {
        en: 'Required value: at least one interface must be defined for each node',
        ko: 'Required value: at least one interface must be defined for each node — 호스트마다 NIC 이름과 MAC 주소를 하나 이상 넣으십시오.',
      });
    }
    const names = nmstateInterfaceNames(host.networkConfig);
    const macIdentified = usesMacIdentifier(host.networkConfig);
    interfaces.forEach((nicItem, j) => {
      const nic = obj(nicItem) ?? {};
      unknownKeys(nic, INTERFACE_KEYS, `${at}.interfaces[${j}]`, out);
      const path = `${at}.interfaces[${j}].macAddress`;
      const mac = str(nic.macAddress) ?? '';
      if (mac === '') {
        out.error(path, 'agent-host-mac', {
          en: 'Required value: each interface must have a MAC address defined',
          ko: 'Required value: each interface must have a MAC address defined — 인터페이스마다 MAC 주소를 넣으십시오.',
        });
        return;
      }
      if (!isMac(mac)) {
        out.error(path, 'agent-host-mac', {
          en: `Invalid value: "${mac}": address ${mac}: invalid MAC address`,
          ko: `Invalid value: "${mac}": address ${mac}: invalid MAC address — 52:54:00:00:00:10 같은 형식으로 넣으십시오.`,
        });
      }
      // The installer compares the strings as written; the Assisted service matches NICs whatever the case.
      if (macs.has(mac.toLowerCase())) {
        out.error(path, 'agent-host-mac', {
          en: `Invalid value: "${mac}": duplicate MAC address found`,
          ko: `Invalid value: "${mac}": duplicate MAC address found — 각 NIC의 MAC 주소는 고유해야 합니다.`,
        });
      }
      macs.add(mac.toLowerCase());
      const name = str(nic.name) ?? '';
      if (name !== '' && names !== undefined && !macIdentified && !names.includes(name)) {
        out.warn(`${at}.interfaces[${j}].name`, 'agent-interface-name', {
          en: `interface name "${name}" not found in networkConfig interfaces [${names.join(' ')}]; the interfaces[].name values are logical names that must match the networkConfig interface names.`,
          ko: `interface name "${name}" not found in networkConfig interfaces [${names.join(' ')}] — interfaces[].name은 networkConfig의 인터페이스 이름과 같아야 하는 논리적 이름입니다.`,
        });
      }
    });
    const role = str(host.role) ?? '';
    if (role !== '' && !roles.includes(role)) {
      out.error(`${at}.role`, 'agent-host-role', {
        en: `Unsupported value: "${role}": supported values: ${quoteList(roles)}`,
        ko: `Unsupported value: "${role}": supported values: ${quoteList(roles)} — OpenShift ${version}에서 쓸 수 있는 역할 중 하나로 바꾸십시오.`,
      });
    } else if (role === 'master' || role === 'arbiter' || role === 'worker') counts[role]++;
    checkRootDeviceHints(host.rootDeviceHints, `${at}.rootDeviceHints`, out);
    if (role === 'worker' && rendezvous && nmstateAddresses(host.networkConfig).includes(rendezvous)) {
      const name = str(host.hostname) ?? '';
      out.error(`${at}.role`, 'agent-rendezvous-worker', {
        en: `Forbidden: Host ${name} has role 'worker' and has the rendezvousIP assigned to it. The rendezvousIP must be assigned to a control plane host.`,
        ko: `Forbidden: Host ${name} has role 'worker' and has the rendezvousIP assigned to it. The rendezvousIP must be assigned to a control plane host. — rendezvousIP를 컨트롤 플레인 호스트의 주소로 바꾸십시오.`,
      });
    }
  });
  if (installConfig) checkCounts(counts, replicaCounts(installConfig), out);
}

function checkRootDeviceHints(value: unknown, path: string, out: AgentFindings): void {
  const hints = obj(value);
  if (!hints) return;
  unknownKeys(hints, HINT_KEYS, path, out);
  const device = str(hints.deviceName);
  if (device) {
    const sub = device.startsWith('/dev/') ? device.slice(5) : undefined;
    if (sub === undefined) {
      out.error(`${path}.deviceName`, 'agent-root-device-hints', {
        en: `Invalid value: "${device}": Device Name of root device hint must be a /dev/ path`,
        ko: `Invalid value: "${device}": Device Name of root device hint must be a /dev/ path — /dev/sda나 /dev/disk/by-path/… 형식으로 넣으십시오.`,
      });
    } else if (sub.replace(/^disk\/by-path\//, '').includes('/')) {
      out.error(`${path}.deviceName`, 'agent-root-device-hints', {
        en: `Invalid value: "${device}": Device Name of root device hint must be path in /dev/ or /dev/disk/by-path/`,
        ko: `Invalid value: "${device}": Device Name of root device hint must be path in /dev/ or /dev/disk/by-path/ — by-id 링크 대신 wwn 힌트나 /dev/disk/by-path/ 경로를 쓰십시오.`,
      });
    }
  }
  if (str(hints.wwnWithExtension)) {
    out.error(`${path}.wwnWithExtension`, 'agent-root-device-hints', {
      en: 'Forbidden: WWN extensions are not supported in root device hints',
      ko: 'Forbidden: WWN extensions are not supported in root device hints — wwn 힌트를 쓰십시오.',
    });
  }
  if (str(hints.wwnVendorExtension)) {
    out.error(`${path}.wwnVendorExtension`, 'agent-root-device-hints', {
      en: 'Forbidden: WWN vendor extensions are not supported in root device hints',
      ko: 'Forbidden: WWN vendor extensions are not supported in root device hints — wwn 힌트를 쓰십시오.',
    });
  }
}

/** More hosts of a role than its replicas is an error; fewer is a warning (the rest boot and register themselves). */
function checkCounts(
  counts: { master: number; arbiter: number; worker: number },
  replicas: { masters: number; arbiters: number; workers: number },
  out: AgentFindings,
): void {
  const rows = [
    { role: 'master', pool: 'ControlPlane', have: counts.master, want: replicas.masters },
    { role: 'arbiter', pool: 'Arbiter', have: counts.arbiter, want: replicas.arbiters },
    { role: 'worker', pool: 'Compute', have: counts.worker, want: replicas.workers },
  ];
  for (const { role, pool, have, want } of rows) {
    if (have > want) {
      out.error('hosts', 'agent-host-count', {
        en: `the number of ${role} hosts defined (${have}) exceeds the configured ${pool} replicas (${want})`,
        ko: `the number of ${role} hosts defined (${have}) exceeds the configured ${pool} replicas (${want}) — install-config.yaml의 replicas를 늘리거나 호스트를 줄이십시오.`,
      });
    }
  }
  const listed = counts.master + counts.arbiter + counts.worker;
  const wanted = replicas.masters + replicas.arbiters + replicas.workers;
  if (listed > 0 && listed < wanted) {
    out.warn('hosts', 'agent-host-count', {
      en: `${listed} of ${wanted} hosts are listed: the others must boot from the same image and are given a role automatically (control plane first).`,
      ko: `호스트 ${wanted}대 중 ${listed}대만 나열되어 있습니다. 나머지는 같은 이미지로 부팅해야 하며 역할이 자동으로(컨트롤 플레인부터) 지정됩니다.`,
    });
  }
}

export function isAgentConfigObject(value: unknown): value is Obj {
  return isObj(value);
}
