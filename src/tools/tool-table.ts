/**
 * The programs an OpenShift install needs on the installer host, as data: how each one is asked for its version,
 * why it is needed and where it comes from. `doctor` walks this table.
 */
import type { Text } from '../types.js';
import {
  parseClientVersion,
  parseInstallerVersion,
  parseOcMirrorVersion,
  parseOpenSshVersion,
  parsePodmanVersion,
  type ReleaseVersion,
} from './versions.js';

export type ToolName = 'openshift-install' | 'oc' | 'ssh-keygen' | 'oc-mirror' | 'podman' | 'nmstatectl';

/** Red Hat's public client mirror; `stable-4.N/` holds the newest z-stream of a minor. */
export const CLIENT_MIRROR_URL = 'https://mirror.openshift.com/pub/openshift-v4/clients/ocp/';
export const CONSOLE_DOWNLOADS_URL = 'https://console.redhat.com/openshift/downloads';

/** The client mirror's folder of release `target` ("4.18"). */
function clientFolder(target: string): string {
  return `${CLIENT_MIRROR_URL}stable-${target}/`;
}

function download(what: string, whatKo: string) {
  return (target: string): Text => ({
    en: `download ${what} ${target} from ${clientFolder(target)} (or ${CONSOLE_DOWNLOADS_URL})`,
    ko: `${whatKo} ${target}을(를) ${clientFolder(target)}(또는 ${CONSOLE_DOWNLOADS_URL})에서 내려받으십시오`,
  });
}

export interface ToolSpec {
  name: ToolName;
  /** Arguments that make the program print its version (or, for ssh-keygen, simply run). */
  probeArgs: readonly string[];
  /** Any exit code means "it runs": `ssh-keygen` has no version flag, and `ssh-keygen -?` exits 1 after its usage. */
  anyExitCode: boolean;
  /** A second program that reports the version, when the tool itself cannot (ssh-keygen → `ssh -V`). */
  versionFrom?: { file: string; args: readonly string[] };
  /** Reads the version from stdout + stderr of the probe (or of `versionFrom`). */
  parseVersion(output: string): string | undefined;
  /** Reads an OpenShift release from the version, for tools tied to a release. */
  parseRelease?(output: string): ReleaseVersion | undefined;
  /** Needed for every install, only for a disconnected (mirrored) one, or reported only when it is installed. */
  neededFor: 'always' | 'disconnected' | 'optional';
  /** What it does for the install, in both languages; it follows "it" ("it creates the manifests …"). */
  purpose: Text;
  /** How to get it, as an instruction. */
  getIt(target: string): Text;
  source: string;
}

export const TOOLS: readonly ToolSpec[] = [
  {
    name: 'openshift-install',
    probeArgs: ['version'],
    anyExitCode: false,
    parseVersion: (output) => parseInstallerVersion(output).version?.raw,
    parseRelease: (output) => parseInstallerVersion(output).version,
    neededFor: 'always',
    purpose: {
      en: 'creates the manifests, ignition configs and (IPI) the cluster; its version is the release installed',
      ko: '매니페스트, Ignition 구성과 (IPI에서는) 클러스터를 만듭니다. 이 프로그램의 버전이 설치되는 릴리스입니다',
    },
    getIt: download('openshift-install', 'openshift-install'),
    source: 'openshift-docs: installer + oc matching the target release',
  },
  {
    name: 'oc',
    probeArgs: ['version', '--client'],
    anyExitCode: false,
    parseVersion: (output) => parseClientVersion(output)?.raw,
    parseRelease: (output) => parseClientVersion(output),
    neededFor: 'always',
    purpose: {
      en: 'approves node CSRs and checks the cluster after bootstrap',
      ko: '노드 CSR을 승인하고 부트스트랩 뒤 클러스터를 확인합니다',
    },
    getIt: download('the OpenShift client (oc)', 'OpenShift 클라이언트(oc)'),
    source: 'openshift-docs: installer + oc matching the target release',
  },
  {
    name: 'ssh-keygen',
    probeArgs: ['-?'],
    anyExitCode: true,
    versionFrom: { file: 'ssh', args: ['-V'] },
    parseVersion: parseOpenSshVersion,
    neededFor: 'always',
    purpose: {
      en: 'creates the SSH key of the core user (install-config sshKey)',
      ko: 'core 사용자의 SSH 키(install-config의 sshKey)를 만듭니다',
    },
    getIt: () => ({
      en: 'install the OpenSSH client (package openssh-clients on RHEL, openssh-client on Debian/Ubuntu)',
      ko: 'OpenSSH 클라이언트를 설치하십시오(RHEL은 openssh-clients 패키지, Debian/Ubuntu는 openssh-client)',
    }),
    source: 'openshift-docs: ssh-keygen -t ed25519 -N "" -f <path> (ssh-agent-using)',
  },
  {
    name: 'oc-mirror',
    probeArgs: ['version'],
    anyExitCode: false,
    parseVersion: (output) => parseOcMirrorVersion(output)?.raw,
    parseRelease: parseOcMirrorVersion,
    neededFor: 'disconnected',
    purpose: {
      en: 'mirrors the release and operator images into the disconnected registry',
      ko: '릴리스와 오퍼레이터 이미지를 폐쇄망 레지스트리로 미러링합니다',
    },
    getIt: download('oc-mirror', 'oc-mirror'),
    source: 'openshift-docs: restricted network (mirror the release images)',
  },
  {
    name: 'podman',
    probeArgs: ['--version'],
    anyExitCode: false,
    parseVersion: parsePodmanVersion,
    neededFor: 'disconnected',
    purpose: {
      en: 'logs in to the mirror registry (podman login writes the auth file oc-mirror uses)',
      ko: '미러 레지스트리에 로그인합니다(podman login이 oc-mirror가 쓰는 인증 파일을 만듭니다)',
    },
    getIt: () => ({
      en: 'install podman (package podman on RHEL)',
      ko: 'podman을 설치하십시오(RHEL은 podman 패키지)',
    }),
    source: 'openshift-docs: restricted network (mirror registry credentials in the pull secret)',
  },
  {
    name: 'nmstatectl',
    probeArgs: ['--version'],
    anyExitCode: false,
    parseVersion: (output) => /nmstatectl\s+(\d+\.\d+\.\d+\S*)/.exec(output)?.[1],
    neededFor: 'optional',
    purpose: {
      en: 'checks the NMState of every agent-config.yaml host (nmstatectl gc); openshift-install agent create image needs it for static networking',
      ko: 'agent-config.yaml의 모든 호스트 NMState를 검사합니다(nmstatectl gc). 정적 네트워크를 쓰면 openshift-install agent create image에 필요합니다',
    },
    getIt: () => ({
      en: 'install nmstate (package nmstate on RHEL)',
      ko: 'nmstate를 설치하십시오(RHEL은 nmstate 패키지)',
    }),
    source: 'openshift/installer pkg/asset/agent/manifests/staticnetworkconfig/generator.go',
  },
];
