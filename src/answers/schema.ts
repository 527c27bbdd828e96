import * as z from 'zod';
import {
  PASSTHROUGH_FIELDS,
  PASSTHROUGH_FORMATS,
  type PassthroughFormat,
} from '../knowledge/platform-fields.js';
import { FLOOR_VERSION, NEWEST_KNOWN_VERSION } from '../knowledge/releases.js';
import { isIp, parseCidr } from '../plan/network.js';
import {
  ARCHITECTURES,
  BOND_MODES,
  CONNECTIVITIES,
  HOST_ROLES,
  INSTALL_METHODS,
  OWNERS,
  PLATFORMS,
  type Platform,
  PUBLISH_STRATEGIES,
  TOPOLOGIES,
} from '../types.js';
import { firstNonText } from '../util/control-characters.js';

// A CLI parses one answers object per run: zod's JIT (compiling a parser with new Function) costs more at start-up
// than it saves, so it is off.
z.config({ jitless: true });

/**
 * The answers file, format version 1 (the answers-file format), field by field. Every key is optional here: which ones are
 * required depends on the platform and the method (see required.ts), and the wizard asks for what is missing.
 * Cross-field rules live in cross-field.ts; both the wizard and the answers file go through the same schemas.
 */

// RFC 1123 label: the cluster name becomes the first label of every DNS name (pkg/types/validation/installconfig.go); 54 = 63 − 9
// because the installer renders `*.apps.<name>` in a 63-character label limit.
const clusterName = z
  .string()
  .min(1, 'must not be empty')
  .max(54, 'must be at most 54 characters (the installer reserves 9 of the 63 for "*.apps.")')
  .regex(
    /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/,
    'must be lower-case letters, digits and "-", starting and ending with a letter or digit (an RFC 1123 label), e.g. "prod"',
  )
  .describe('Cluster name; becomes metadata.name and the first label of api.<clusterName>.<baseDomain>.');

const baseDomain = z
  .string()
  .min(1, 'must not be empty')
  .max(253, 'must be at most 253 characters')
  .regex(
    /^([a-z0-9]([-a-z0-9]*[a-z0-9])?)(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\.?$/,
    'must be a lower-case DNS domain such as "example.com" (an RFC 1123 subdomain)',
  )
  .describe('Base DNS domain; the cluster lives under <clusterName>.<baseDomain>.');

const ocpVersion = z
  .union([z.string(), z.number()])
  .describe(
    `Target OpenShift release, "${FLOOR_VERSION}" or newer (default "${NEWEST_KNOWN_VERSION}", the newest this tool knows; a newer one gets its rules); quote it ("4.20").`,
  );

const cidr = z.string().min(1).describe('A network in CIDR notation, e.g. 10.0.0.0/16.');
const ip = z
  .string()
  .min(1)
  .refine(isIp, 'must be an IPv4 or IPv6 address such as 10.0.0.5 or fd00::5 (without a %zone)')
  .describe('An IPv4 or IPv6 address.');
/** A lower-case DNS name such as vcenter.example.com (the installer's rule for vCenter servers). */
const HOST_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const MAC = /^([0-9A-Fa-f]{2}:){5}[0-9A-Fa-f]{2}$/;

/**
 * Values that reach copy-paste commands of the checklist (az, gcloud, aws, openstack): each provider's own name syntax,
 * so that an answer is a name and nothing else (F10). Sources: Azure "Naming rules and restrictions for Azure
 * resources" (resource group: letters, digits, underscores, parentheses, hyphens, periods); Google Cloud "Creating and
 * managing projects" (project ID: 6 to 30 lower-case letters, digits or hyphens, starting with a letter, not ending
 * with a hyphen); region and zone names of every cloud are lower-case letters, digits and hyphens.
 */
const regionName = (what: string) =>
  z
    .string()
    .min(1)
    .regex(/^[a-z0-9-]+$/, `must be a ${what} name: lower-case letters, digits and "-", e.g. us-east-1`);
const cloudName = z
  .string()
  .min(1)
  .refine(
    (text) => !/\s/.test(text) && firstNonText(text) === undefined,
    'must be a name without spaces or control characters',
  );

/** A pass-through value of a field that holds an address (knowledge/platform-fields.ts PASSTHROUGH_FORMATS). */
function formatted(format: PassthroughFormat): z.ZodType {
  switch (format) {
    case 'ip':
      return ip;
    case 'cidr':
      return z
        .string()
        .refine(
          (t) => parseCidr(t) !== undefined,
          'must be a network in CIDR notation such as 172.22.0.0/24',
        );
    case 'mac':
      return z.string().regex(MAC, 'must be a MAC address such as "52:54:00:00:00:10"');
    case 'ip-range':
      return z
        .string()
        .refine(
          (t) => t.split(',').length === 2 && t.split(',').every((part) => isIp(part.trim())),
          'must be two IP addresses separated by a comma, e.g. "172.22.0.10,172.22.0.100"',
        );
  }
}
const filePath = z
  .string()
  .min(1, 'must not be empty')
  .describe('A file path, relative to the answers file.');

const ownership = z
  .strictObject({
    machines: z.enum(OWNERS).optional().describe('Who creates the VMs or hosts.'),
    network: z.enum(OWNERS).optional().describe('Who creates the VPC / VNet / subnets / VLANs.'),
    dns: z.enum(OWNERS).optional().describe('Who creates the api, api-int and *.apps records.'),
    loadBalancer: z.enum(OWNERS).optional().describe('Who provides the API and ingress load balancers.'),
    storage: z.enum(OWNERS).optional().describe('Who provides persistent storage and registry storage.'),
  })
  .describe('Who provides each part of the infrastructure: installer or customer.');

const requirements = z
  .strictObject({
    autoscaling: z.boolean().optional().describe('The cluster must add and replace machines by itself.'),
    installerCredentials: z
      .boolean()
      .optional()
      .describe('The installer may hold cloud / hypervisor / BMC credentials that create resources.'),
    hardenedInfrastructure: z
      .boolean()
      .optional()
      .describe('Security or compliance rules demand pre-approved, hand-built infrastructure.'),
  })
  .describe('Constraints that decide between IPI and UPI.');

/**
 * A proxy URL carries no `user:password@`: secrets are given by file reference only (the answers-file format), so that the password
 * reaches install-config.yaml and nothing else (checklist, plan.json, answers.yaml). proxy.credentialsFile holds them.
 */
const proxyUrl = (what: string) =>
  z
    .string()
    .refine(
      (text) => !/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*@/i.test(text),
      'must not carry user:password@; put the username and password in a YAML file (username:, password:) and name it in proxy.credentialsFile',
    )
    .refine(
      (text) => !/\s/.test(text) && firstNonText(text) === undefined,
      'must not contain spaces or control characters',
    )
    .describe(what);

const proxy = z
  .strictObject({
    httpProxy: proxyUrl('http://host:port of the HTTP proxy.').optional(),
    httpsProxy: proxyUrl('http(s)://host:port of the proxy for HTTPS traffic.').optional(),
    noProxy: z.string().optional().describe('Comma-separated domains, IPs and CIDRs that bypass the proxy.'),
    credentialsFile: filePath
      .optional()
      .describe(
        "YAML file with the proxy's username: and password:; they are added to the proxy URLs in install-config.yaml only.",
      ),
    caBundleFile: filePath
      .optional()
      .describe(
        "PEM file with the CA that signs the proxy's certificates (a TLS-inspecting proxy); it joins additionalTrustBundle.",
      ),
  })
  .describe('Cluster-wide proxy; required when connectivity is proxy.');

const mirror = z
  .strictObject({
    registry: z.string().min(1).describe('host[:port] of the mirror registry holding the release images.'),
    caBundleFile: filePath.optional().describe("PEM file with the mirror registry's CA certificate(s)."),
    credentialsFile: filePath
      .optional()
      .describe(
        "YAML file with the mirror registry's username: and password:; they are added to the pull secret in install-config.yaml only.",
      ),
  })
  .describe('Mirror registry; required when connectivity is disconnected.');

const clusterNetworkEntry = z.strictObject({
  cidr,
  hostPrefix: z.number().int().describe('Prefix length of the subnet each node receives, e.g. 23.'),
});

const networking = z
  .strictObject({
    networkType: z
      .string()
      .min(1)
      .optional()
      .describe('Network plugin; OVNKubernetes (the only one from 4.15).'),
    machineNetwork: z.array(cidr).min(1).optional().describe('Networks the nodes live on.'),
    clusterNetwork: z.array(clusterNetworkEntry).min(1).optional().describe('Pod networks.'),
    serviceNetwork: z.array(cidr).min(1).optional().describe('Service networks (one per IP family).'),
  })
  .describe("Cluster networks; every key optional, the installer's defaults apply.");

const vipList = z.array(ip).min(1).max(2, 'at most two: one IPv4 and one IPv6');
const vips = z
  .strictObject({
    api: vipList.optional().describe('API virtual IP(s).'),
    ingress: vipList.optional().describe('Ingress (*.apps) virtual IP(s).'),
  })
  .describe('API and ingress virtual IPs (baremetal, vsphere, nutanix, openstack).');

const bmc = z.strictObject({
  address: z
    .string()
    .min(1)
    .describe('BMC address, e.g. redfish-virtualmedia://10.1.0.10/redfish/v1/Systems/1.'),
  credentialsFile: filePath.describe('YAML file with username: and password: of the BMC.'),
  disableCertificateVerification: z
    .boolean()
    .optional()
    .describe("Skip TLS verification of the BMC's certificate."),
});

const macAddress = z
  .string()
  .regex(/^([0-9A-Fa-f]{2}:){5}[0-9A-Fa-f]{2}$/, 'must be a MAC address such as "52:54:00:00:00:10"');
// NMState interface names follow the kernel's limit of 15 characters without "/" or whitespace.
const interfaceName = z
  .string()
  .regex(
    /^[A-Za-z0-9_][A-Za-z0-9_.:-]{0,14}$/,
    'must be an interface name such as "eno1" (at most 15 characters)',
  );

const hostInterface = z.strictObject({
  name: interfaceName.describe(
    'Logical interface name; the NMState networkConfig of the host uses the same name.',
  ),
  macAddress: macAddress.describe('MAC address of the NIC.'),
});

const hostBond = z
  .strictObject({
    name: interfaceName.optional().describe('Bond interface name (default bond0).'),
    mode: z.enum(BOND_MODES).optional().describe('Bonding mode (default active-backup).'),
    ports: z
      .array(interfaceName)
      .min(2, 'a bond needs at least two ports')
      .describe('Names of the bonded interfaces.'),
  })
  .describe(
    'Agent-based installs: bond the host interfaces; the host address moves onto the bond (or its VLAN).',
  );

const hostVlan = z
  .strictObject({
    id: z.number().int().min(1).max(4094).describe('VLAN ID (1–4094).'),
    base: interfaceName
      .optional()
      .describe('Interface the VLAN rides on (default the bond, else the first interface).'),
  })
  .describe('Agent-based installs: the host address lives on this tagged VLAN.');

const host = z.strictObject({
  name: z
    .string()
    .regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, 'must be a lower-case host name such as "master-0"')
    // A DNS label: the name becomes <name>.<cluster>.<baseDomain> in the zone files and DHCP reservations.
    .max(63, 'must be at most 63 characters (a DNS label)')
    .describe('Host name (short).'),
  role: z
    .enum(HOST_ROLES)
    .describe(
      'control-plane, worker, arbiter (two-node-arbiter), or bootstrap (the temporary UPI bootstrap machine, optional).',
    ),
  ip: ip.optional(),
  bootMACAddress: z.string().regex(MAC, 'must be a MAC address such as "52:54:00:00:00:10"').optional(),
  installationDisk: z.string().optional().describe('Disk to install to, e.g. /dev/disk/by-id/wwn-….'),
  bmc: bmc.optional(),
  interfaces: z
    .array(hostInterface)
    .min(1)
    .optional()
    .describe('Agent-based installs: the NICs (name + MAC); default one interface eno1 with bootMACAddress.'),
  bond: hostBond.optional(),
  vlan: hostVlan.optional(),
});

const agent = z
  .strictObject({
    rendezvousIP: ip
      .optional()
      .describe(
        'IP of the control-plane host that runs the Assisted service (default: the first control-plane host).',
      ),
    ntpSources: z
      .array(z.string().min(1))
      .min(1)
      .optional()
      .describe('NTP servers (IP or DNS name) for additionalNTPSources; required when disconnected.'),
    dnsServers: z
      .array(ip)
      .min(1)
      .optional()
      .describe(
        "DNS servers of the hosts' static network configuration (they resolve api, api-int, *.apps).",
      ),
    gateway: ip.optional().describe('Default gateway of the machine network (static addresses).'),
    bootArtifactsBaseURL: z
      .string()
      .min(1)
      .optional()
      .describe('URL where the PXE files (openshift-install agent create pxe-files) will be served.'),
    minimalISO: z
      .boolean()
      .optional()
      .describe(
        'Build a minimal ISO that downloads its root file system (default true on platform external).',
      ),
    mtu: z
      .number()
      .int()
      .min(576)
      .max(9216)
      .optional()
      .describe('MTU of the host interfaces (default 1500).'),
  })
  .describe('Settings of the Agent-based installer (installMethod: agent): agent-config.yaml.');

/** A platform block: its own answer keys plus the install-config's optional fields for that platform. */
function platformBlock<T extends z.ZodRawShape>(platform: Platform, own: T, description: string) {
  const formats = PASSTHROUGH_FORMATS[platform] ?? {};
  const passthrough = Object.fromEntries(
    PASSTHROUGH_FIELDS[platform].map((name) => {
      const format = formats[name];
      const value = format ? formatted(format) : z.unknown();
      return [name, value.optional().describe(`Passed through to platform.${platform}.${name}.`)];
    }),
  );
  return z.strictObject({ ...passthrough, ...own }).describe(description);
}

export const PLATFORM_BLOCKS = {
  aws: platformBlock(
    'aws',
    { region: regionName('region').optional().describe('AWS region (default us-east-1).') },
    'Amazon Web Services.',
  ),
  azure: platformBlock(
    'azure',
    {
      region: regionName('region').optional().describe('Azure region (default eastus).'),
      baseDomainResourceGroupName: z
        .string()
        .min(1)
        .max(90, 'must be at most 90 characters (an Azure resource group name)')
        .regex(
          /^[-\w.()]*[-\w()]$/,
          'must be an Azure resource group name: letters, digits, "_", "-", ".", "(" and ")", not ending with "."',
        )
        .optional()
        .describe('Resource group of the DNS zone of baseDomain; required for publish External.'),
    },
    'Microsoft Azure.',
  ),
  gcp: platformBlock(
    'gcp',
    {
      projectID: z
        .string()
        .regex(
          /^[a-z][-a-z0-9]{4,28}[a-z0-9]$/,
          'must be a Google Cloud project ID: 6 to 30 lower-case letters, digits and "-", starting with a letter',
        )
        .optional()
        .describe('Google Cloud project ID (required).'),
      region: regionName('region').optional().describe('GCP region (default us-central1).'),
    },
    'Google Cloud.',
  ),
  vsphere: platformBlock(
    'vsphere',
    {
      vcenter: z
        .string()
        .min(1)
        .refine(
          (text) => isIp(text) || HOST_NAME.test(text),
          'must be the host name or IP address of vCenter alone, without "https://", a port or a path, e.g. vcenter.example.com',
        )
        .optional()
        .describe('vCenter host name or IP.'),
      datacenter: z.string().min(1).optional().describe('Datacenter name.'),
      cluster: z.string().min(1).optional().describe('vSphere cluster (compute cluster) name.'),
      datastore: z.string().min(1).optional().describe('Datastore name.'),
      network: z.string().min(1).optional().describe('Port group / network the VMs attach to.'),
      credentialsFile: filePath.optional().describe('YAML file with the vCenter username: and password:.'),
    },
    'VMware vSphere.',
  ),
  baremetal: platformBlock('baremetal', {}, 'Bare metal (hosts come from the hosts list, VIPs from vips).'),
  nutanix: platformBlock(
    'nutanix',
    {
      prismCentral: z
        .string()
        .regex(
          /^[A-Za-z0-9.:-]+$/,
          'must be a host name or IP address such as pc.example.com, without https://',
        )
        .optional()
        .describe('Prism Central host name or IP.'),
      port: z.number().int().min(1).max(65535).optional().describe('Prism Central port (default 9440).'),
      prismElementUUID: z.string().min(1).optional().describe('UUID of the Prism Element cluster.'),
      prismElementAddress: z
        .string()
        .min(1)
        .optional()
        .describe(
          'Host name or IP of the Prism Element cluster (platform.nutanix.prismElements[0].endpoint.address).',
        ),
      subnetUUID: z.string().min(1).optional().describe('UUID of the subnet for the VMs.'),
      credentialsFile: filePath
        .optional()
        .describe('YAML file with the Prism Central username: and password:.'),
    },
    'Nutanix AOS.',
  ),
  openstack: platformBlock(
    'openstack',
    {
      cloud: cloudName.optional().describe('Cloud name in clouds.yaml (default openstack).'),
      externalNetwork: cloudName.optional().describe('External network for floating IPs.'),
      computeFlavor: cloudName.optional().describe('Flavor of the machines, e.g. m1.xlarge.'),
    },
    'Red Hat OpenStack Platform.',
  ),
  ibmcloud: platformBlock(
    'ibmcloud',
    { region: regionName('region').optional().describe('IBM Cloud VPC region (default us-south).') },
    'IBM Cloud VPC.',
  ),
  powervs: platformBlock(
    'powervs',
    {
      zone: regionName('zone').optional().describe('Power Virtual Server zone (default dal10).'),
      region: regionName('region').optional().describe('Power VS region; derived from the zone when absent.'),
      resourceGroup: z
        .string()
        .min(1)
        .optional()
        .describe('Resource group; becomes platform.powervs.powervsResourceGroup.'),
    },
    'IBM Power Virtual Server.',
  ),
  powervc: platformBlock(
    'powervc',
    {
      cloud: cloudName.optional().describe('Cloud name in clouds.yaml (default powervc).'),
      subnetID: cloudName
        .optional()
        .describe(
          'ID of the PowerVC subnet your DHCP server serves; becomes platform.powervc.controlPlanePort.fixedIPs[0].subnet.id.',
        ),
      computeFlavor: cloudName
        .optional()
        .describe('PowerVC flavor (compute template) of the machines; becomes defaultMachinePlatform.type.'),
      externalNetwork: cloudName
        .optional()
        .describe('Not supported on PowerVC: the installer refuses an external network.'),
    },
    'IBM PowerVC, 4.21 and newer (installer-provisioned, on the OpenStack-style stanza).',
  ),
  external: platformBlock(
    'external',
    {
      platformName: z
        .string()
        .min(1)
        .optional()
        .describe('Name of the external platform; oci for Oracle Cloud Infrastructure (default oci).'),
      cloudControllerManager: z
        .enum(['', 'External'])
        .optional()
        .describe('External when the platform ships its own cloud controller manager (required for oci).'),
    },
    'An external platform integrated by its provider, such as Oracle Cloud Infrastructure (Agent-based installer).',
  ),
} as const;

export type PlatformBlockName = keyof typeof PLATFORM_BLOCKS;

/** The answers file as a whole. Unknown keys are errors (the answers-file format); suggestions are added in issues.ts. */
export const AnswersSchema = z
  .strictObject({
    version: z.literal(1).optional().describe('Answers format version (1).'),
    description: z
      .string()
      .optional()
      .describe('Free text: what these answers are for (shown by `ocp-planner scenarios`).'),
    ocpVersion: ocpVersion.optional(),
    lang: z
      .enum(['en', 'ko'])
      .optional()
      .describe(
        'Language of the checklist and the comments of the plan files (answers.yaml records it, so a re-run or plan --check renders the same); --lang overrides it.',
      ),
    document: z
      .strictObject({
        preparedFor: z
          .string()
          .min(1)
          .max(200)
          .optional()
          .describe(
            'Who the printable checklist is prepared for (customer or project), shown in its header.',
          ),
        date: z
          .string()
          .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
          .optional()
          .describe(
            'Date of the checklist (YYYY-MM-DD), shown in its header; the release life-cycle check uses it too.',
          ),
      })
      .optional()
      .describe(
        'Header of the printable checklist; left out, the header shows no date, so re-runs stay identical.',
      ),
    clusterName: clusterName.optional(),
    baseDomain: baseDomain.optional(),
    platform: z.enum(PLATFORMS).optional().describe('Where the cluster runs.'),
    architecture: z.enum(ARCHITECTURES).optional().describe('CPU architecture (default amd64).'),
    installMethod: z
      .enum(INSTALL_METHODS)
      .optional()
      .describe(
        'auto (follow the recommendation) | IPI | UPI | agent (the Agent-based installer); default auto.',
      ),
    topology: z
      .enum(TOPOLOGIES)
      .optional()
      .describe(
        'ha (3 control plane + workers) | compact (3 schedulable control plane) | sno (single node) | two-node-arbiter (2 control plane + 1 arbiter) | two-node-fencing (2 control plane with Redfish fencing).',
      ),
    controlPlaneReplicas: z
      .number()
      .int()
      .min(1)
      .max(5)
      .optional()
      .describe('Control-plane nodes; ha only: 3, or 4 or 5 with installMethod agent (4.18 and newer).'),
    computeReplicas: z.number().int().min(0).optional().describe('Number of workers; ha only, at least 2.'),
    ownership: ownership.optional(),
    requirements: requirements.optional(),
    connectivity: z.enum(CONNECTIVITIES).optional().describe('connected | proxy | disconnected.'),
    publish: z
      .enum(PUBLISH_STRATEGIES)
      .optional()
      .describe('External (public endpoints) or Internal (private).'),
    fips: z.boolean().optional().describe('Enable FIPS mode.'),
    proxy: proxy.optional(),
    mirror: mirror.optional(),
    networking: networking.optional(),
    vips: vips.optional(),
    // 2000 nodes is the tested cluster maximum ("Planning your environment according to object maximums"); the bound
    // also keeps answers.yaml and install-config.yaml under the 1 MiB that re-runs and validate read (F17, F19).
    hosts: z
      .array(host)
      .max(2000, 'lists more than 2000 hosts, the tested maximum number of nodes of a cluster')
      .optional()
      .describe('Known machines (required for bare-metal IPI).'),
    agent: agent.optional(),
    ...Object.fromEntries(Object.entries(PLATFORM_BLOCKS).map(([k, v]) => [k, v.optional()])),
    secrets: z
      .strictObject({
        pullSecretFile: filePath.optional().describe('Pull secret JSON from console.redhat.com.'),
        sshKeyFile: filePath
          .optional()
          .describe('SSH public key for the core user (e.g. ~/.ssh/id_ed25519.pub).'),
      })
      .optional()
      .describe('Secrets, always as file references.'),
  })
  .describe('ocp-planner answers file, format version 1.');

export type Answers = z.infer<typeof AnswersSchema> & {
  [K in PlatformBlockName]?: z.infer<(typeof PLATFORM_BLOCKS)[K]>;
};
