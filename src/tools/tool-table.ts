/**
 * The programs an OpenShift install needs on the installer host, as data: how each one is asked for its version,
 * why it is needed and where it comes from. `doctor` walks this table.
 */
import {
  parseClientVersion,
  parseInstallerVersion,
  parseOcMirrorVersion,
  parseOpenSshVersion,
  parsePodmanVersion,
  type ReleaseVersion,
} from './versions.js';

export type ToolName = 'openshift-install' | 'oc' | 'ssh-keygen' | 'oc-mirror' | 'podman' | 'nmstatectl';

/** Red Hat's public client mirror; `stable-4.N/` holds the newest z-stream of a minor (docs §installing: obtaining the installation program). */
export const CLIENT_MIRROR_URL = 'https://mirror.openshift.com/pub/openshift-v4/clients/ocp/';
export const CONSOLE_DOWNLOADS_URL = 'https://console.redhat.com/openshift/downloads';

/** Where to download the installer and clients of release `target` ("4.18"). */
export function clientDownloadHint(target: string): string {
  return `${CLIENT_MIRROR_URL}stable-${target}/ (or ${CONSOLE_DOWNLOADS_URL})`;
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
  purpose: string;
  getIt(target: string): string;
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
    purpose:
      'creates the manifests, ignition configs and (IPI) the cluster; its version is the release installed',
    getIt: (target) => `download openshift-install ${target} from ${clientDownloadHint(target)}`,
    source: 'openshift-docs: installer + oc matching the target release',
  },
  {
    name: 'oc',
    probeArgs: ['version', '--client'],
    anyExitCode: false,
    parseVersion: (output) => parseClientVersion(output)?.raw,
    parseRelease: (output) => parseClientVersion(output),
    neededFor: 'always',
    purpose: 'approves node CSRs and checks the cluster after bootstrap',
    getIt: (target) => `download the OpenShift client (oc) ${target} from ${clientDownloadHint(target)}`,
    source: 'openshift-docs: installer + oc matching the target release',
  },
  {
    name: 'ssh-keygen',
    probeArgs: ['-?'],
    anyExitCode: true,
    versionFrom: { file: 'ssh', args: ['-V'] },
    parseVersion: parseOpenSshVersion,
    neededFor: 'always',
    purpose: 'creates the SSH key of the core user (install-config sshKey)',
    getIt: () =>
      'install the OpenSSH client (package openssh-clients on RHEL, openssh-client on Debian/Ubuntu)',
    source: 'openshift-docs: ssh-keygen -t ed25519 -N "" -f <path> (ssh-agent-using)',
  },
  {
    name: 'oc-mirror',
    probeArgs: ['version'],
    anyExitCode: false,
    parseVersion: (output) => parseOcMirrorVersion(output)?.raw,
    parseRelease: parseOcMirrorVersion,
    neededFor: 'disconnected',
    purpose: 'mirrors the release and operator images into the disconnected registry',
    getIt: (target) => `download oc-mirror ${target} from ${clientDownloadHint(target)}`,
    source: 'openshift-docs: restricted network (mirror the release images)',
  },
  {
    name: 'podman',
    probeArgs: ['--version'],
    anyExitCode: false,
    parseVersion: parsePodmanVersion,
    neededFor: 'disconnected',
    purpose: 'logs in to the mirror registry (podman login writes the auth file oc-mirror uses)',
    getIt: () => 'install podman (package podman on RHEL)',
    source: 'openshift-docs: restricted network (mirror registry credentials in the pull secret)',
  },
  {
    name: 'nmstatectl',
    probeArgs: ['--version'],
    anyExitCode: false,
    parseVersion: (output) => /nmstatectl\s+(\d+\.\d+\.\d+\S*)/.exec(output)?.[1],
    neededFor: 'optional',
    purpose:
      'checks the NMState of every agent-config.yaml host (nmstatectl gc); openshift-install agent create image needs it for static networking',
    getIt: () => 'install nmstate (package nmstate on RHEL)',
    source: 'openshift/installer pkg/asset/agent/manifests/staticnetworkconfig/generator.go',
  },
];
