/**
 * The shapes that flow through the pipeline: answers → Plan → Recommendation → artifacts.
 * Every stage imports its inputs from here, so a newcomer can see the whole data flow in one file.
 */

export const PLATFORMS = [
  'aws',
  'azure',
  'gcp',
  'vsphere',
  'baremetal',
  'nutanix',
  'openstack',
  'ibmcloud',
  'powervs',
  'powervc',
  'ibmz',
  'external',
  'none',
] as const;
export type Platform = (typeof PLATFORMS)[number];

export const ARCHITECTURES = ['amd64', 'arm64', 'ppc64le', 's390x'] as const;
export type Architecture = (typeof ARCHITECTURES)[number];

export const TOPOLOGIES = ['ha', 'compact', 'sno', 'two-node-arbiter', 'two-node-fencing'] as const;
export type Topology = (typeof TOPOLOGIES)[number];

export const OWNERS = ['installer', 'customer'] as const;
export type Owner = (typeof OWNERS)[number];

export const OWNERSHIP_PARTS = ['machines', 'network', 'dns', 'loadBalancer', 'storage'] as const;
export type OwnershipPart = (typeof OWNERSHIP_PARTS)[number];
export type Ownership = Record<OwnershipPart, Owner>;

export const CONNECTIVITIES = ['connected', 'proxy', 'disconnected'] as const;
export type Connectivity = (typeof CONNECTIVITIES)[number];

export const PUBLISH_STRATEGIES = ['External', 'Internal'] as const;
export type Publish = (typeof PUBLISH_STRATEGIES)[number];

/** The two infrastructure models the recommendation decides between (the plan-folder format: recommendation.method). */
export type Method = 'IPI' | 'UPI';

/** The installMethod answer (the answers-file format): follow the recommendation, or render this method. */
export const INSTALL_METHODS = ['auto', 'IPI', 'UPI', 'agent'] as const;
export type InstallMethodAnswer = (typeof INSTALL_METHODS)[number];

/** The path a plan renders (the plan-folder format: plan.json.install.method). */
export type InstallPath = 'IPI' | 'UPI' | 'Agent-based';

/** plan.json `install` (the plan-folder format): the path rendered, and whether the recommendation or the answers chose it. */
export interface InstallChoice {
  method: InstallPath;
  chosen: 'recommended' | 'answers';
}
export type Lang = 'en' | 'ko';

/** A sentence in both languages the product speaks (the languages contract). */
export interface Text {
  en: string;
  ko: string;
}

export interface ClusterNetworkEntry {
  cidr: string;
  hostPrefix: number;
}

export interface Networking {
  networkType: string;
  machineNetwork: string[];
  clusterNetwork: ClusterNetworkEntry[];
  serviceNetwork: string[];
}

export interface Bmc {
  address: string;
  /** Absolute path of a YAML file with `username:` and `password:`. */
  credentialsFile: string;
  disableCertificateVerification?: boolean;
}

export const HOST_ROLES = ['control-plane', 'worker', 'arbiter', 'bootstrap'] as const;
export type HostRole = (typeof HOST_ROLES)[number];

/** One network interface of a host: a logical name (the one NMState uses) and the NIC's MAC address. */
export interface HostInterface {
  name: string;
  macAddress: string;
}

/** Bonding modes NMState accepts for `type: bond` (link-aggregation.mode). */
export const BOND_MODES = [
  'active-backup',
  '802.3ad',
  'balance-xor',
  'balance-rr',
  'balance-tlb',
  'balance-alb',
  'broadcast',
] as const;
export type BondMode = (typeof BOND_MODES)[number];

/** A bond of two or more of the host's interfaces; the host's address moves onto it (or onto its VLAN). */
export interface HostBond {
  name: string;
  mode: BondMode;
  ports: string[];
}

/** A tagged VLAN on the bond or on the first interface; the host's address lives on it. */
export interface HostVlan {
  id: number;
  /** Interface the VLAN rides on; default the bond, else the first interface. */
  base?: string;
}

export interface Host {
  name: string;
  /** bootstrap: the temporary UPI bootstrap machine, listed so its address reaches DNS, DHCP and the load balancer. */
  role: HostRole;
  ip?: string;
  bootMACAddress?: string;
  installationDisk?: string;
  bmc?: Bmc;
  /** Agent-based installs: the host's NICs (default one interface named eno1 with bootMACAddress). */
  interfaces?: HostInterface[];
  bond?: HostBond;
  vlan?: HostVlan;
}

/**
 * Answers only the Agent-based installer reads (agent-config.yaml and the NMState of every host). Every key optional;
 * `required.ts` names those a plan cannot do without.
 */
export interface AgentSettings {
  /** The control-plane host that runs the Assisted service (node 0); default the first control-plane host's ip. */
  rendezvousIP?: string;
  /** additionalNTPSources: NTP servers the hosts use; needed where they cannot reach public ones. */
  ntpSources: string[];
  /** DNS servers written into each host's NMState (they must serve api, api-int and *.apps). */
  dnsServers: string[];
  /** Next hop of each host's default route (static addresses). */
  gateway?: string;
  /** Where the PXE files of `openshift-install agent create pxe-files` will be served. */
  bootArtifactsBaseURL?: string;
  /** An ISO without the root file system, which the hosts then download; default true on platform external. */
  minimalISO?: boolean;
  /** MTU of the host interfaces when not 1500. */
  mtu?: number;
}

export interface Proxy {
  /** Without user:password@ (the answers-file format: secrets only by file reference); credentialsFile adds them in install-config. */
  httpProxy?: string;
  httpsProxy?: string;
  noProxy?: string;
  /** Absolute path of a YAML file with the proxy's `username:` and `password:`. */
  credentialsFile?: string;
  /** Absolute path of the proxy's CA bundle (PEM), added to additionalTrustBundle. */
  caBundleFile?: string;
}

export interface Mirror {
  registry: string;
  /** Absolute path of the mirror registry's CA bundle (PEM). */
  caBundleFile?: string;
  /** Absolute path of a YAML file with the mirror's `username:` and `password:`, merged into the pull secret. */
  credentialsFile?: string;
}

export interface Requirements {
  autoscaling: boolean;
  installerCredentials: boolean;
  hardenedInfrastructure: boolean;
}

/**
 * The normalised plan: every default applied, every path absolute, nothing left to guess.
 * `platformConfig` is the answered platform block (e.g. `aws: {region: …}`), with defaults filled in.
 */
export interface Plan {
  version: 1;
  ocpVersion: string;
  clusterName: string;
  baseDomain: string;
  platform: Platform;
  architecture: Architecture;
  topology: Topology;
  /** installMethod as answered (the answers-file format); `auto` follows the recommendation. */
  installMethod: InstallMethodAnswer;
  /** Control-plane machines: 3 for ha (4 or 5 when answered) and compact, 2 for the two-node topologies, 1 for sno. */
  controlPlaneReplicas: number;
  /** Arbiter machines: 1 for two-node-arbiter, else 0. */
  arbiterReplicas: number;
  computeReplicas: number;
  ownership: Ownership;
  requirements: Requirements;
  connectivity: Connectivity;
  publish: Publish;
  fips: boolean;
  proxy?: Proxy;
  mirror?: Mirror;
  networking: Networking;
  vips?: { api: string[]; ingress: string[] };
  hosts: Host[];
  /** Agent-based installer settings (installMethod agent); absent when the answers give none. */
  agent?: AgentSettings;
  platformConfig: Record<string, unknown>;
  secrets: { pullSecretFile?: string; sshKeyFile?: string };
  /** Language of the plan's files, when the answers record it (answers.yaml does, so a re-run renders the same). */
  lang?: Lang;
  /** Header of the printable checklist, when the answers give one. */
  document?: { preparedFor?: string; date?: string };
}

/** Contents of the files an answers file refers to, read once at the edge. */
export interface Inputs {
  pullSecret?: string;
  sshKey?: string;
  caBundle?: string;
  /** Credentials files by absolute path. */
  credentials: Record<string, { username: string; password: string }>;
}

export interface Reason {
  id: string;
  favours: Method;
  /** forces: the other method is impossible; strong / weak: a weighted preference. */
  effect: 'forces' | 'strongly-favours' | 'favours';
  text: string;
  source: string;
}

export interface WouldChangeIf {
  change: Record<string, unknown>;
  method: Method;
  text: string;
}

export interface Alternative {
  method: string;
  when: string;
  /** The answers that render this method with ocp-planner, when it can (e.g. {installMethod: agent}). */
  renderedBy?: Record<string, unknown>;
}

export interface Recommendation {
  method: Method;
  confidence: 'forced' | 'strong' | 'moderate';
  reasons: Reason[];
  tradeoffs: string[];
  wouldChangeIf: WouldChangeIf[];
  alternatives: Alternative[];
  warnings: string[];
}

export const CHECKLIST_PHASES = [
  'prepare',
  'network',
  'dns',
  'loadBalancer',
  'machines',
  'install',
  'postInstall',
  'verify',
] as const;
export type ChecklistPhase = (typeof CHECKLIST_PHASES)[number];

export const CHECKLIST_OWNERS = [
  'platform',
  'network',
  'dns',
  'loadBalancer',
  'storage',
  'machines',
  'security',
] as const;
export type ChecklistOwner = (typeof CHECKLIST_OWNERS)[number];

export interface ChecklistTable {
  columns: string[];
  rows: string[][];
}

export interface ChecklistItem {
  id: string;
  phase: ChecklistPhase;
  owner: ChecklistOwner;
  /** A task the user must do, or a line to verify what the installer did itself. */
  kind: 'task' | 'verify';
  title: string;
  details: string;
  commands?: string[];
  table?: ChecklistTable;
  /** Ready-to-apply files of the plan folder (infra/…) that fulfil this item. */
  files?: string[];
  source: string;
}

export interface Finding {
  severity: 'error' | 'warning';
  /** The file the finding is about, when a plan has several (agent-config.yaml); absent means install-config.yaml. */
  file?: string;
  path: string;
  message: string;
  rule?: string;
  line?: number;
  column?: number;
}

/** One file of the plan folder. */
export interface Artifact {
  path: string;
  content: string;
  mode?: number;
}
