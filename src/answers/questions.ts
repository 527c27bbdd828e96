import { INTERNAL_PUBLISH_PLATFORMS, VIP_PLATFORMS } from '../knowledge/platform-defaults.js';
import { OWNERSHIP_DEFAULTS } from '../knowledge/powervc.js';
import { atLeast, KNOWN_OCP_VERSIONS, NEWEST_KNOWN_VERSION } from '../knowledge/releases.js';
import { LARGE_CONTROL_PLANE, topologyLevel, topologyPlatforms } from '../knowledge/topologies.js';
import type { OwnershipPart, Platform } from '../types.js';
import { CLOUD_NETWORK_QUESTIONS } from './cloud-network-questions.js';
import { getIn } from './dotted.js';
import { POD_NETWORK_QUESTION, SERVICE_NETWORK_QUESTION } from './network-questions.js';
import { PLATFORM_QUESTION } from './platform-question.js';
import type { Choice } from './prompter.js';
import type { Question, QuestionContext, Sofar } from './question-types.js';

export type { Question, QuestionContext, QuestionKind, Sofar } from './question-types.js';

const platformOf = (s: Sofar) => getIn(s, 'platform') as Platform | undefined;
const on =
  (...platforms: Platform[]) =>
  (s: Sofar) =>
    platforms.includes(platformOf(s) as Platform);
const onPrem = on('vsphere', 'baremetal', 'nutanix', 'openstack', 'powervc', 'none', 'ibmz');
const ownerChoices = (): Choice<unknown>[] => [
  { value: 'installer', name: 'installer — openshift-install creates it' },
  { value: 'customer', name: 'customer — your team provides it' },
];
/**
 * The wizard's suggestion for who provides a part. On vSphere, bare metal and Nutanix the installer never creates the
 * network nor writes DNS records, even with IPI (ipi-vsphere-installation-reqs in the docs), so the customer is the realistic default there.
 * (An answers file without ownership keeps the defaults of the answers-file format.)
 */
const defaultOwner = (part: string) => (s: Sofar, ctx: QuestionContext) => {
  if (on('none', 'ibmz')(s)) return 'customer';
  // User-provisioned infrastructure: the installer builds neither load balancers nor storage.
  if ((part === 'loadBalancer' || part === 'storage') && upi(s, ctx)) return 'customer';
  const platformDefault = OWNERSHIP_DEFAULTS[platformOf(s) as Platform]?.[part as OwnershipPart];
  if (platformDefault) return platformDefault;
  if ((part === 'network' || part === 'dns') && on('vsphere', 'baremetal', 'nutanix')(s)) return 'customer';
  if (part === 'dns' && on('openstack')(s)) return 'customer';
  return 'installer';
};

/** The answers lead to UPI: machines the customer provides, or UPI chosen outright. */
const upi = (s: Sofar, ctx: QuestionContext) =>
  getIn(s, 'ownership.machines') === 'customer' ||
  getIn(s, 'installMethod') === 'UPI' ||
  ctx.methodFor(s) === 'UPI';

/**
 * The constraint questions only choose between IPI and UPI. They are not asked when that choice is already made: an
 * installMethod other than auto, or machines the customer provides (the installer can only provision its own).
 */
const methodOpen = (s: Sofar) =>
  (getIn(s, 'installMethod') ?? 'auto') === 'auto' && getIn(s, 'ownership.machines') !== 'customer';

const isSno = (s: Sofar) => getIn(s, 'topology') === 'sno';

const releaseOf = (s: Sofar) => String(getIn(s, 'ocpVersion') ?? NEWEST_KNOWN_VERSION);

/** The two-node topologies the chosen release offers on the chosen platform (knowledge/topologies.ts), with their level. */
function twoNodeChoices(s: Sofar): Choice<unknown>[] {
  const version = releaseOf(s);
  const platform = platformOf(s);
  const labels = {
    'two-node-arbiter': 'two-node-arbiter — 2 control plane nodes + 1 small arbiter node',
    'two-node-fencing': 'two-node-fencing — 2 control plane nodes that fence each other through Redfish BMCs',
  } as const;
  return (['two-node-arbiter', 'two-node-fencing'] as const).flatMap((topology) => {
    const level = topologyLevel(topology, version);
    const platforms = topologyPlatforms(topology, version);
    if (
      level === 'absent' ||
      platform === undefined ||
      (platforms !== 'all' && !platforms.includes(platform))
    )
      return [];
    const preview = level === 'TechPreview' ? ` (Technology Preview in ${version})` : '';
    return [{ value: topology, name: `${labels[topology]}${preview}` }];
  });
}

// ── The Agent-based installer (installMethod: agent; platform external installs only with it). ──
const agentPath = (s: Sofar) => getIn(s, 'installMethod') === 'agent' || on('external')(s);
const AGENT_PLATFORMS: readonly Platform[] = ['baremetal', 'vsphere', 'nutanix', 'none', 'ibmz', 'external'];

const INSTALL_METHOD_QUESTION: Question = {
  id: 'installMethod',
  section: 'where',
  kind: 'select',
  message: 'Which installer should the plan use?',
  help: 'auto follows the recommendation (IPI or UPI); agent boots your hosts from one ISO built from install-config.yaml and agent-config.yaml.',
  choices: () => [
    { value: 'auto', name: 'auto — follow the recommendation' },
    { value: 'IPI', name: 'IPI — installer-provisioned infrastructure' },
    { value: 'UPI', name: 'UPI — user-provisioned infrastructure' },
    { value: 'agent', name: 'agent — the Agent-based installer (agent-config.yaml)' },
  ],
  default: () => 'auto',
  when: (s) => AGENT_PLATFORMS.includes(platformOf(s) as Platform) && !on('external')(s),
};

/** The Agent-based installer's answers (agent-config.yaml), asked after the network. */
const AGENT_QUESTIONS: readonly Question[] = [
  {
    id: 'external.platformName',
    section: 'platform',
    kind: 'text',
    message: 'External platform name',
    help: 'oci for Oracle Cloud Infrastructure (its cloud controller manager is then External).',
    default: () => 'oci',
    when: on('external'),
  },
  {
    id: 'agent.rendezvousIP',
    section: 'network',
    kind: 'text',
    message: 'Rendezvous IP (a control-plane host that bootstraps the cluster)',
    help: 'Leave empty to use the first control-plane host’s address from the hosts list.',
    when: agentPath,
    optional: true,
  },
  {
    id: 'agent.dnsServers',
    section: 'network',
    kind: 'list',
    message: 'DNS servers of the hosts (comma-separated)',
    help: 'Written into each host’s static network configuration; they must resolve api, api-int and *.apps.',
    when: agentPath,
    optional: true,
  },
  {
    id: 'agent.gateway',
    section: 'network',
    kind: 'text',
    message: 'Default gateway of the machine network',
    help: 'The next hop of every host’s default route (static addresses).',
    when: agentPath,
    optional: true,
  },
  {
    id: 'agent.ntpSources',
    section: 'network',
    kind: 'list',
    message: 'NTP servers the hosts can reach (comma-separated)',
    help: 'Required when disconnected: host clocks more than 4 minutes apart stop the installation.',
    when: agentPath,
    optional: true,
  },
  {
    id: 'agent.bootArtifactsBaseURL',
    section: 'network',
    kind: 'text',
    message: 'PXE boot artifacts URL (empty to boot from the ISO)',
    help: 'Where you will serve the files of openshift-install agent create pxe-files, e.g. http://pxe.example.com/agent.',
    when: agentPath,
    optional: true,
  },
];

/**
 * VIPs for installer-provisioned on-premises platforms; for UPI on the same platforms the front-end addresses of the
 * customer's load balancers (the answers-file format). A single node has neither.
 */
const vipsAsked = (s: Sofar, c: QuestionContext) => {
  if (!VIP_PLATFORMS.includes(platformOf(s) as Platform) || isSno(s)) return false;
  const method = c.methodFor(s);
  return method === 'IPI' || (method === 'UPI' && getIn(s, 'ownership.loadBalancer') === 'customer');
};

/** The questionnaire, in the order a platform engineer thinks: where → how big → who owns what → constraints → details → secrets. */
export const QUESTIONS: readonly Question[] = [
  PLATFORM_QUESTION,
  {
    id: 'ocpVersion',
    section: 'where',
    kind: 'select',
    message: 'Which OpenShift release?',
    help: 'The openshift-install binary you download decides the release; pick the same one here.',
    choices: () => [...KNOWN_OCP_VERSIONS].reverse().map((v) => ({ value: v, name: v })),
    default: () => NEWEST_KNOWN_VERSION,
  },
  {
    id: 'clusterName',
    section: 'where',
    kind: 'text',
    message: 'Cluster name',
    help: 'Lower-case letters, digits and "-"; becomes the first label of api.<name>.<baseDomain>.',
  },
  {
    id: 'baseDomain',
    section: 'where',
    kind: 'text',
    message: 'Base domain',
    help: 'The DNS domain the cluster lives under, e.g. example.com → api.<name>.example.com.',
  },
  {
    id: 'architecture',
    section: 'where',
    kind: 'select',
    message: 'CPU architecture',
    help: 'Every node of the cluster uses this architecture.',
    choices: () => [
      { value: 'amd64', name: 'amd64 (x86_64)' },
      { value: 'arm64', name: 'arm64 (aarch64)' },
      { value: 'ppc64le', name: 'ppc64le (IBM Power)' },
      { value: 's390x', name: 's390x (IBM Z)' },
    ],
    default: (s) => (on('ibmz')(s) ? 's390x' : on('powervs')(s) ? 'ppc64le' : 'amd64'),
    when: (s) => !on('ibmz', 'powervs')(s),
  },
  INSTALL_METHOD_QUESTION,
  {
    id: 'topology',
    section: 'size',
    kind: 'select',
    message: 'How highly available must it be?',
    help: 'ha: 3 control plane + workers; compact: 3 nodes that also run workloads; sno: one node, no HA; two-node: 2 control plane nodes with an arbiter or with fencing.',
    choices: (s) => [
      { value: 'ha', name: 'ha — 3 control plane nodes + workers' },
      { value: 'compact', name: 'compact — 3 schedulable control plane nodes, no workers' },
      { value: 'sno', name: 'sno — single node' },
      ...twoNodeChoices(s),
    ],
    default: () => 'ha',
  },
  {
    id: 'computeReplicas',
    section: 'size',
    kind: 'number',
    message: 'How many worker nodes?',
    help: 'At least 2 for an ha cluster, so that routers and workloads survive a node failure; with an arbiter 0 (the two control plane nodes run the workloads) or at least 2.',
    default: (s) => (getIn(s, 'topology') === 'two-node-arbiter' ? 0 : 3),
    when: (s) => ['ha', 'two-node-arbiter'].includes(String(getIn(s, 'topology') ?? 'ha')),
  },
  {
    id: 'controlPlaneReplicas',
    section: 'size',
    kind: 'select',
    message: 'How many control plane nodes?',
    help: '4 or 5 control plane nodes need the Agent-based installer and OpenShift 4.18 or newer.',
    choices: () => [
      { value: 3, name: '3 — the standard control plane' },
      { value: 4, name: '4 control plane nodes' },
      { value: 5, name: '5 control plane nodes' },
    ],
    default: () => 3,
    when: (s) =>
      (getIn(s, 'topology') ?? 'ha') === 'ha' &&
      getIn(s, 'installMethod') === 'agent' &&
      atLeast(releaseOf(s), LARGE_CONTROL_PLANE.since),
  },
  ...(['machines', 'network', 'dns', 'loadBalancer', 'storage'] as const).map(
    (part): Question => ({
      id: `ownership.${part}`,
      section: 'ownership',
      kind: 'select',
      message: `Who provides the ${
        {
          machines: 'machines (VMs or hosts)',
          network: 'network (VPC / VNet / subnets / VLANs)',
          dns: 'DNS records (api, api-int, *.apps)',
          loadBalancer: 'API and ingress load balancers',
          storage: 'persistent storage and registry storage',
        }[part]
      }?`,
      help: 'installer: openshift-install creates it (IPI); customer: your team builds it before the install.',
      choices: ownerChoices,
      default: defaultOwner(part),
      // A single node has no load balancer: api and *.apps point at the node itself.
      when: (s) => !on('none', 'ibmz')(s) && !(part === 'loadBalancer' && isSno(s)),
    }),
  ),
  {
    id: 'requirements.installerCredentials',
    section: 'constraints',
    kind: 'confirm',
    message: 'May the installer hold credentials that create cloud / hypervisor / BMC resources?',
    help: 'IPI needs an account that can create machines, networks and load balancers.',
    default: () => true,
    // On a cloud the answer also decides the credentials mode (an account for the installer, or Manual), so it stays.
    when: (s) => !on('none', 'ibmz')(s) && (methodOpen(s) || !onPrem(s)),
  },
  {
    id: 'requirements.autoscaling',
    section: 'constraints',
    kind: 'confirm',
    message: 'Must the cluster add and replace machines by itself (autoscaling, self-healing)?',
    help: 'Only installer-provisioned clusters get MachineSets that scale and repair machines.',
    default: () => false,
    when: (s) => !on('none', 'ibmz')(s) && methodOpen(s),
  },
  {
    id: 'requirements.hardenedInfrastructure',
    section: 'constraints',
    kind: 'confirm',
    message: 'Do security or compliance rules demand pre-approved, hand-built infrastructure?',
    help: 'For example: every VM, firewall rule and load balancer must go through change approval.',
    default: () => false,
    when: (s) => !on('none', 'ibmz')(s) && methodOpen(s),
  },
  {
    id: 'connectivity',
    section: 'constraints',
    kind: 'select',
    message: 'How do the nodes reach the internet?',
    help: 'Disconnected installs pull the release from your own mirror registry.',
    choices: () => [
      { value: 'connected', name: 'connected — direct internet access' },
      { value: 'proxy', name: 'proxy — through an HTTP(S) proxy' },
      { value: 'disconnected', name: 'disconnected — no internet, a mirror registry' },
    ],
    default: () => 'connected',
  },
  {
    id: 'proxy.httpProxy',
    section: 'constraints',
    kind: 'text',
    message: 'HTTP proxy URL',
    help: 'http://host:port; the cluster uses it for outgoing HTTP.',
    when: (s) => getIn(s, 'connectivity') === 'proxy',
  },
  {
    id: 'proxy.httpsProxy',
    section: 'constraints',
    kind: 'text',
    message: 'HTTPS proxy URL',
    help: 'Usually the same as the HTTP proxy.',
    default: (s) => getIn(s, 'proxy.httpProxy'),
    when: (s) => getIn(s, 'connectivity') === 'proxy',
  },
  {
    id: 'proxy.noProxy',
    section: 'constraints',
    kind: 'text',
    message: 'Destinations that bypass the proxy (comma-separated)',
    help: 'Internal domains, IPs and CIDRs, e.g. .corp.local,10.0.0.0/8; no spaces, no wildcards.',
    default: (s) => `.${String(getIn(s, 'baseDomain') ?? 'example.com')}`,
    when: (s) => getIn(s, 'connectivity') === 'proxy',
    optional: true,
  },
  {
    id: 'proxy.caBundleFile',
    section: 'constraints',
    kind: 'file',
    message: "Proxy's CA certificate file (PEM; empty if the proxy does not inspect TLS)",
    help: 'A proxy that inspects TLS signs with its own CA; it joins additionalTrustBundle so the nodes trust it.',
    when: (s) => getIn(s, 'connectivity') === 'proxy',
    optional: true,
  },
  {
    id: 'mirror.registry',
    section: 'constraints',
    kind: 'text',
    message: 'Mirror registry (host:port)',
    help: 'Where oc-mirror pushed the release images, e.g. mirror.corp.local:8443.',
    when: (s) => getIn(s, 'connectivity') === 'disconnected',
  },
  {
    id: 'mirror.caBundleFile',
    section: 'constraints',
    kind: 'file',
    message: "Mirror registry's CA certificate file (PEM)",
    help: 'Becomes additionalTrustBundle so the nodes trust the mirror; leave empty if it has a public CA.',
    when: (s) => getIn(s, 'connectivity') === 'disconnected',
    optional: true,
  },
  {
    id: 'mirror.credentialsFile',
    section: 'constraints',
    kind: 'file',
    message:
      'Mirror registry credentials file (YAML with username: and password:; empty to type them or for none)',
    help: 'They join the pull secret in install-config.yaml only, so the nodes can pull from the mirror.',
    when: (s) => getIn(s, 'connectivity') === 'disconnected',
    optional: true,
    credentials: { name: 'mirror', optional: true },
  },
  {
    id: 'publish',
    section: 'constraints',
    kind: 'select',
    message: 'Publish the API and apps to the internet?',
    help: 'Internal (a private cluster) exists only on AWS, Azure, GCP, IBM Cloud and Power VS.',
    choices: () => [
      { value: 'External', name: 'External — public endpoints' },
      { value: 'Internal', name: 'Internal — private cluster, reachable only from your network' },
    ],
    default: () => 'External',
    when: (s) => INTERNAL_PUBLISH_PLATFORMS.includes(platformOf(s) as Platform),
  },
  {
    id: 'fips',
    section: 'constraints',
    kind: 'confirm',
    message: 'Enable FIPS mode?',
    help: 'Needs the installer to run on a FIPS-enabled RHEL host; cannot be turned on later.',
    default: () => false,
  },
  // Platform details.
  {
    id: 'aws.region',
    section: 'platform',
    kind: 'text',
    message: 'AWS region',
    help: 'For example us-east-1.',
    default: () => 'us-east-1',
    when: on('aws'),
  },
  {
    id: 'azure.region',
    section: 'platform',
    kind: 'text',
    message: 'Azure region',
    help: 'For example eastus.',
    default: () => 'eastus',
    when: on('azure'),
  },
  {
    id: 'azure.baseDomainResourceGroupName',
    section: 'platform',
    kind: 'text',
    message: 'Resource group of the DNS zone',
    help: 'The resource group that holds the public DNS zone of the base domain.',
    when: (s) => on('azure')(s) && (getIn(s, 'publish') ?? 'External') === 'External',
  },
  {
    id: 'gcp.projectID',
    section: 'platform',
    kind: 'text',
    message: 'GCP project ID',
    help: 'The project the cluster is created in.',
    when: on('gcp'),
  },
  {
    id: 'gcp.region',
    section: 'platform',
    kind: 'text',
    message: 'GCP region',
    help: 'For example us-central1.',
    default: () => 'us-central1',
    when: on('gcp'),
  },
  {
    id: 'vsphere.vcenter',
    section: 'platform',
    kind: 'text',
    message: 'vCenter host name',
    help: 'Lower-case host name or IP of vCenter.',
    when: on('vsphere'),
  },
  {
    id: 'vsphere.datacenter',
    section: 'platform',
    kind: 'text',
    message: 'vSphere datacenter',
    help: 'Name of the datacenter object.',
    when: on('vsphere'),
  },
  {
    id: 'vsphere.cluster',
    section: 'platform',
    kind: 'text',
    message: 'vSphere cluster',
    help: 'Compute cluster that runs the VMs.',
    when: on('vsphere'),
  },
  {
    id: 'vsphere.datastore',
    section: 'platform',
    kind: 'text',
    message: 'Datastore',
    help: 'Datastore for the VM disks.',
    when: on('vsphere'),
  },
  {
    id: 'vsphere.network',
    section: 'platform',
    kind: 'text',
    message: 'VM network (port group)',
    help: 'Port group the nodes attach to.',
    when: on('vsphere'),
  },
  {
    id: 'vsphere.folder',
    section: 'platform',
    kind: 'text',
    message: 'VM folder of the cluster (a name under the datacenter, or a full path)',
    help: 'The Agent-based installer needs the vCenter folder that holds the cluster VMs, e.g. ocp or /dc1/vm/ocp.',
    when: (s) => on('vsphere')(s) && getIn(s, 'installMethod') === 'agent',
  },
  {
    id: 'vsphere.credentialsFile',
    section: 'platform',
    kind: 'file',
    message: 'vCenter credentials file (YAML with username: and password:; empty to type them)',
    help: 'Kept out of every file but install-config.yaml.',
    when: on('vsphere'),
    optional: true,
    credentials: { name: 'vsphere' },
  },
  {
    id: 'nutanix.prismCentral',
    section: 'platform',
    kind: 'text',
    message: 'Prism Central host name',
    help: 'Host name or IP of Prism Central.',
    when: (s, c) => on('nutanix')(s) && c.methodFor(s) !== 'UPI',
  },
  {
    id: 'nutanix.prismElementAddress',
    section: 'platform',
    kind: 'text',
    message: 'Prism Element host name',
    help: 'Host name or IP of the Prism Element cluster the VMs run on.',
    when: (s, c) => on('nutanix')(s) && c.methodFor(s) !== 'UPI',
  },
  {
    id: 'nutanix.prismElementUUID',
    section: 'platform',
    kind: 'text',
    message: 'Prism Element cluster UUID',
    help: 'UUID of the Prism Element cluster the VMs run on.',
    when: (s, c) => on('nutanix')(s) && c.methodFor(s) !== 'UPI',
  },
  {
    id: 'nutanix.subnetUUID',
    section: 'platform',
    kind: 'text',
    message: 'Subnet UUID',
    help: 'UUID of the subnet the VMs attach to.',
    when: (s, c) => on('nutanix')(s) && c.methodFor(s) !== 'UPI',
  },
  {
    id: 'nutanix.credentialsFile',
    section: 'platform',
    kind: 'file',
    message: 'Prism Central credentials file (YAML with username: and password:; empty to type them)',
    help: 'Kept out of every file but install-config.yaml.',
    when: (s, c) => on('nutanix')(s) && c.methodFor(s) !== 'UPI',
    optional: true,
    credentials: { name: 'nutanix' },
  },
  {
    id: 'openstack.cloud',
    section: 'platform',
    kind: 'text',
    message: 'Cloud name in clouds.yaml',
    help: 'The entry of clouds.yaml the installer uses.',
    default: () => 'openstack',
    when: on('openstack'),
  },
  {
    id: 'openstack.externalNetwork',
    section: 'platform',
    kind: 'text',
    message: 'External network',
    help: 'Network that provides floating IPs; leave empty for none.',
    when: on('openstack'),
    optional: true,
  },
  {
    id: 'openstack.computeFlavor',
    section: 'platform',
    kind: 'text',
    message: 'Flavor for the machines',
    help: 'For example m1.xlarge (at least 4 vCPU / 16 GiB).',
    when: on('openstack'),
    optional: true,
  },
  {
    id: 'ibmcloud.region',
    section: 'platform',
    kind: 'text',
    message: 'IBM Cloud region',
    help: 'For example us-south.',
    default: () => 'us-south',
    when: on('ibmcloud'),
  },
  {
    id: 'powervs.zone',
    section: 'platform',
    kind: 'text',
    message: 'Power VS zone',
    help: 'For example dal10.',
    default: () => 'dal10',
    when: on('powervs'),
  },
  {
    id: 'powervs.userID',
    section: 'platform',
    kind: 'text',
    message: 'IBM Cloud user ID',
    help: 'The IBM Cloud user the installer acts as (platform.powervs.userID).',
    when: (s, c) => on('powervs')(s) && c.methodFor(s) !== 'UPI',
  },
  {
    id: 'powervc.cloud',
    section: 'platform',
    kind: 'text',
    message: 'Cloud name in clouds.yaml',
    help: 'The clouds.yaml entry with the PowerVC endpoint and an administrative account.',
    default: () => 'powervc',
    when: (s, c) => on('powervc')(s) && c.methodFor(s) !== 'UPI',
  },
  {
    id: 'powervc.subnetID',
    section: 'platform',
    kind: 'text',
    message: 'ID of the PowerVC subnet your DHCP server serves',
    help: 'Every machine gets a port on it (controlPlanePort); PowerVC has no DHCP of its own.',
    when: (s, c) => on('powervc')(s) && c.methodFor(s) !== 'UPI',
  },
  {
    id: 'powervc.computeFlavor',
    section: 'platform',
    kind: 'text',
    message: 'PowerVC flavor (compute template) for the machines',
    help: 'At least 4 vCPU and 16 GB for the control plane.',
    when: (s, c) => on('powervc')(s) && c.methodFor(s) !== 'UPI',
  },
  {
    id: 'powervc.clusterOSImage',
    section: 'platform',
    kind: 'text',
    message: 'Name of the RHCOS image imported into PowerVC',
    help: 'Import it with powervc-image-import from the URL of openshift-install coreos print-stream-json.',
    when: (s, c) => on('powervc')(s) && c.methodFor(s) !== 'UPI',
  },
  {
    id: 'networking.machineNetwork',
    section: 'network',
    kind: 'list',
    message: 'Machine network(s) (CIDR, comma-separated)',
    help: 'The network the nodes live on; must not overlap the pod 10.128.0.0/14 or service 172.30.0.0/16 networks.',
    default: (s) => (on('powervs')(s) ? '192.168.0.0/24' : '10.0.0.0/16'),
    // On a cloud the installer picks the network it creates; an existing one's CIDR must be named.
    when: (s) => onPrem(s) || getIn(s, 'ownership.network') === 'customer',
  },
  ...CLOUD_NETWORK_QUESTIONS,
  POD_NETWORK_QUESTION,
  SERVICE_NETWORK_QUESTION,
  {
    id: 'vips.api',
    section: 'network',
    kind: 'list',
    message: 'API virtual IP',
    help: 'A free address in the machine network; api.<cluster>.<domain> and api-int must resolve to it.',
    when: vipsAsked,
    optional: true,
    variant: (s, c) => (c.methodFor(s) === 'UPI' ? 'upi' : undefined),
    variants: {
      upi: {
        message: 'API load balancer address (front end of your API load balancer)',
        help: 'Where api.<cluster>.<domain> and api-int point; it fills the DNS records, the HAProxy bind and the checklist.',
      },
    },
  },
  {
    id: 'vips.ingress',
    section: 'network',
    kind: 'list',
    message: 'Ingress virtual IP',
    help: 'Another free address in the machine network; *.apps.<cluster>.<domain> must resolve to it.',
    when: vipsAsked,
    optional: true,
    variant: (s, c) => (c.methodFor(s) === 'UPI' ? 'upi' : undefined),
    variants: {
      upi: {
        message: 'Ingress load balancer address (front end of your ingress load balancer)',
        help: 'Where *.apps.<cluster>.<domain> points; it fills the DNS records, the HAProxy bind and the checklist.',
      },
    },
  },
  ...AGENT_QUESTIONS,
  {
    id: 'secrets.pullSecretFile',
    section: 'secrets',
    kind: 'file',
    message: 'Pull secret file (JSON from console.redhat.com/openshift/install/pull-secret)',
    help: 'Leave empty to write a marked placeholder and a checklist item to insert it later.',
    optional: true,
  },
  {
    id: 'secrets.sshKeyFile',
    section: 'secrets',
    kind: 'file',
    message: 'SSH public key file for the core user',
    help: 'For example ~/.ssh/id_ed25519.pub (with FIPS: an RSA or ECDSA key).',
    default: (_s, c) => c.defaultSshKeyFile,
    optional: true,
  },
];

/** Questions whose answers decide whether others apply; changing one of them on the review screen re-asks the rest. */
export const QUESTION_IDS = QUESTIONS.map((q) => q.id);
