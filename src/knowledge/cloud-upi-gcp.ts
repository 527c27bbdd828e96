import type { Architecture } from '../types.js';
import type { StackTemplate, TemplateParam } from './cloud-upi-model.js';
import { rulesVersion, type SinceTable, valueAt } from './releases.js';

/**
 * Google Cloud user-provisioned infrastructure. Up to 4.21 the documentation builds it with the Deployment Manager
 * Python templates of openshift/installer `upi/gcp/0N_*.py`; openshift/installer PR #10235 (merged 2026-04-02, the
 * 4.22 development window) removed them and added Terraform modules for Google Cloud Infrastructure Manager
 * (`upi/gcp/0N_*\/0N_*.tf`), and the 4.22 documentation (openshift-docs PR #111947) uses those. A plan never offers the
 * tool a release does not document.
 */
export type GcpUpiTool = 'deployment-manager' | 'infrastructure-manager';

export const GCP_UPI_TOOL: SinceTable<GcpUpiTool> = {
  '4.14': 'deployment-manager',
  '4.22': 'infrastructure-manager',
};

export const GCP_UPI_TOOL_SOURCE =
  'openshift/installer pull request 10235 (Deployment Manager templates replaced by Infrastructure Manager modules), https://github.com/openshift/installer/pull/10235';

export function gcpUpiTool(version: string): GcpUpiTool {
  return valueAt(GCP_UPI_TOOL, version, 'deployment-manager');
}

export function gcpUpiDocPage(version: string): string {
  const v = rulesVersion(version);
  const title =
    gcpUpiTool(version) === 'infrastructure-manager'
      ? 'Installing a cluster on GCP using Infrastructure Manager templates'
      : 'Installing a cluster on GCP using Deployment Manager templates';
  return `${title}, https://docs.redhat.com/en/documentation/openshift_container_platform/${v}/html/installing_on_gcp/user-provisioned-infrastructure#installing-gcp-user-infra`;
}

/** Where a release's template file (a Deployment Manager template or an Infrastructure Manager module's .tf) is. */
export function gcpTemplateUrl(version: string, template: string): string {
  return `https://raw.githubusercontent.com/openshift/installer/release-${rulesVersion(version)}/upi/gcp/${template}`;
}

const DM_FILE = (name: string) => `https://github.com/openshift/installer/blob/release-4.21/upi/gcp/${name}`;
const IM_FILE = (name: string) => `https://github.com/openshift/installer/blob/master/upi/gcp/${name}`;

const INFRA_ID: TemplateParam = { name: 'infra_id', origin: { from: 'installer', value: 'infraID' } };
const REGION: TemplateParam = { name: 'region', origin: { from: 'plan', value: 'region' } };
const PROJECT: TemplateParam = { name: 'project', origin: { from: 'plan', value: 'project' } };
const CLUSTER_NETWORK: TemplateParam = {
  name: 'cluster_network',
  origin: { from: 'cloud', value: 'clusterNetwork' },
};
const IMAGE: TemplateParam = { name: 'image', origin: { from: 'installer', value: 'rhcosImage' } };

/** Deployment Manager (up to 4.21): one configuration (YAML) per deployment, the templates' `properties`. */
export const GCP_DM_STACKS: readonly StackTemplate[] = [
  {
    id: 'vpc',
    kind: 'network',
    template: '01_vpc.py',
    declared: ['infra_id', 'region', 'master_subnet_cidr', 'worker_subnet_cidr'],
    params: [
      INFRA_ID,
      REGION,
      { name: 'master_subnet_cidr', origin: { from: 'plan', value: 'masterSubnetCidr' } },
      { name: 'worker_subnet_cidr', origin: { from: 'plan', value: 'workerSubnetCidr' } },
    ],
    outputs: [],
    network: true,
    source: DM_FILE('01_vpc.py'),
  },
  {
    id: 'lb-ext',
    kind: 'load-balancers',
    template: '02_lb_ext.py',
    declared: ['infra_id', 'region'],
    params: [INFRA_ID, REGION],
    outputs: [],
    externalOnly: true,
    source: DM_FILE('02_lb_ext.py'),
  },
  {
    id: 'lb-int',
    kind: 'load-balancers',
    template: '02_lb_int.py',
    declared: ['cluster_network', 'control_subnet', 'infra_id', 'region', 'zones'],
    params: [
      CLUSTER_NETWORK,
      { name: 'control_subnet', origin: { from: 'cloud', value: 'controlSubnet' } },
      INFRA_ID,
      REGION,
      { name: 'zones', origin: { from: 'cloud', value: 'zones' }, json: true },
    ],
    outputs: [],
    source: DM_FILE('02_lb_int.py'),
  },
  {
    id: 'dns',
    kind: 'dns',
    template: '02_dns.py',
    declared: ['infra_id', 'cluster_domain', 'cluster_network'],
    params: [
      INFRA_ID,
      { name: 'cluster_domain', origin: { from: 'plan', value: 'clusterDomain' } },
      CLUSTER_NETWORK,
    ],
    outputs: [],
    source: DM_FILE('02_dns.py'),
  },
  {
    id: 'firewall',
    kind: 'security',
    template: '03_firewall.py',
    declared: ['allowed_external_cidr', 'infra_id', 'cluster_network', 'network_cidr'],
    params: [
      { name: 'allowed_external_cidr', origin: { from: 'plan', value: 'allowedExternalCidr' } },
      INFRA_ID,
      CLUSTER_NETWORK,
      { name: 'network_cidr', origin: { from: 'plan', value: 'machineCidr' } },
    ],
    outputs: [],
    source: DM_FILE('03_firewall.py'),
  },
  {
    id: 'iam',
    kind: 'iam',
    template: '03_iam.py',
    declared: ['infra_id'],
    params: [INFRA_ID],
    outputs: [],
    source: DM_FILE('03_iam.py'),
  },
  {
    id: 'bootstrap',
    kind: 'bootstrap',
    template: '04_bootstrap.py',
    declared: [
      'infra_id',
      'region',
      'zone',
      'cluster_network',
      'control_subnet',
      'image',
      'machine_type',
      'root_volume_size',
      'bootstrap_ign',
    ],
    params: [
      INFRA_ID,
      REGION,
      { name: 'zone', origin: { from: 'cloud', value: 'zone0' } },
      CLUSTER_NETWORK,
      { name: 'control_subnet', origin: { from: 'cloud', value: 'controlSubnet' } },
      IMAGE,
      { name: 'machine_type', origin: { from: 'plan', value: 'bootstrapType' } },
      { name: 'root_volume_size', origin: { from: 'plan', value: 'diskSizeGb' } },
      { name: 'bootstrap_ign', origin: { from: 'installer', value: 'bootstrapSignedUrl' } },
    ],
    outputs: [],
    source: DM_FILE('04_bootstrap.py'),
  },
  {
    id: 'control-plane',
    kind: 'control-plane',
    template: '05_control_plane.py',
    declared: [
      'infra_id',
      'zones',
      'control_subnet',
      'image',
      'machine_type',
      'root_volume_size',
      'service_account_email',
      'ignition',
    ],
    params: [
      INFRA_ID,
      { name: 'zones', origin: { from: 'cloud', value: 'zones' }, json: true },
      { name: 'control_subnet', origin: { from: 'cloud', value: 'controlSubnet' } },
      IMAGE,
      { name: 'machine_type', origin: { from: 'plan', value: 'controlPlaneType' } },
      { name: 'root_volume_size', origin: { from: 'plan', value: 'diskSizeGb' } },
      { name: 'service_account_email', origin: { from: 'cloud', value: 'masterServiceAccount' } },
      { name: 'ignition', origin: { from: 'installer', value: 'masterIgnition' } },
    ],
    outputs: [],
    source: DM_FILE('05_control_plane.py'),
  },
  {
    id: 'worker',
    kind: 'compute',
    template: '06_worker.py',
    declared: [
      'infra_id',
      'zone',
      'compute_subnet',
      'image',
      'machine_type',
      'root_volume_size',
      'service_account_email',
      'ignition',
    ],
    params: [
      INFRA_ID,
      // Worker N goes to zone N modulo three (see render/infra/gcp).
      { name: 'zone', origin: { from: 'cloud', value: 'zone0' } },
      { name: 'compute_subnet', origin: { from: 'cloud', value: 'computeSubnet' } },
      IMAGE,
      { name: 'machine_type', origin: { from: 'plan', value: 'computeType' } },
      { name: 'root_volume_size', origin: { from: 'plan', value: 'diskSizeGb' } },
      { name: 'service_account_email', origin: { from: 'cloud', value: 'workerServiceAccount' } },
      { name: 'ignition', origin: { from: 'installer', value: 'workerIgnition' } },
    ],
    outputs: [],
    perWorker: true,
    source: DM_FILE('06_worker.py'),
  },
];

/**
 * Infrastructure Manager (4.22 and later): one Terraform module per deployment, the modules' `variable` blocks. The
 * control-plane and compute modules read master.ign and worker.ign from their own folder, so those files are copied
 * in instead of being passed as variables. The modules declare zones as single variables because
 * `--input-values` takes scalars only.
 */
export const GCP_IM_STACKS: readonly StackTemplate[] = [
  {
    id: 'vpc',
    kind: 'network',
    template: '01_vpc',
    declared: ['infra_id', 'project', 'region', 'master_subnet_cidr', 'worker_subnet_cidr'],
    params: [
      INFRA_ID,
      PROJECT,
      REGION,
      { name: 'master_subnet_cidr', origin: { from: 'plan', value: 'masterSubnetCidr' } },
      { name: 'worker_subnet_cidr', origin: { from: 'plan', value: 'workerSubnetCidr' } },
    ],
    outputs: [],
    network: true,
    source: IM_FILE('01_vpc/01_vpc.tf'),
  },
  {
    id: 'lb-ext',
    kind: 'load-balancers',
    template: '02_lb_ext',
    declared: ['infra_id', 'project', 'region'],
    params: [INFRA_ID, PROJECT, REGION],
    outputs: [],
    externalOnly: true,
    source: IM_FILE('02_lb_ext/02_lb_ext.tf'),
  },
  {
    id: 'lb-int',
    kind: 'load-balancers',
    template: '02_lb_int',
    declared: [
      'infra_id',
      'project',
      'region',
      'control_subnet',
      'cluster_network',
      'zone_0',
      'zone_1',
      'zone_2',
    ],
    params: [
      INFRA_ID,
      PROJECT,
      REGION,
      { name: 'control_subnet', origin: { from: 'cloud', value: 'controlSubnet' } },
      CLUSTER_NETWORK,
      { name: 'zone_0', origin: { from: 'cloud', value: 'zone0' } },
      { name: 'zone_1', origin: { from: 'cloud', value: 'zone1' } },
      { name: 'zone_2', origin: { from: 'cloud', value: 'zone2' } },
    ],
    outputs: [],
    source: IM_FILE('02_lb_int/02_lb_int.tf'),
  },
  {
    id: 'dns',
    kind: 'dns',
    template: '02_dns',
    declared: ['infra_id', 'project', 'region', 'cluster_domain', 'cluster_network'],
    params: [
      INFRA_ID,
      PROJECT,
      REGION,
      { name: 'cluster_domain', origin: { from: 'plan', value: 'clusterDomain' } },
      CLUSTER_NETWORK,
    ],
    outputs: [],
    source: IM_FILE('02_dns/02_dns.tf'),
  },
  {
    id: 'security',
    kind: 'security',
    template: '03_security',
    declared: ['infra_id', 'project', 'region', 'cluster_network', 'network_cidr', 'allowed_external_cidr'],
    params: [
      INFRA_ID,
      PROJECT,
      REGION,
      CLUSTER_NETWORK,
      { name: 'network_cidr', origin: { from: 'plan', value: 'machineCidr' } },
      { name: 'allowed_external_cidr', origin: { from: 'plan', value: 'allowedExternalCidr' } },
    ],
    outputs: [],
    source: IM_FILE('03_security/03_security.tf'),
  },
  {
    id: 'bootstrap',
    kind: 'bootstrap',
    template: '04_bootstrap',
    declared: [
      'infra_id',
      'project',
      'region',
      'zone',
      'cluster_network',
      'subnet',
      'image',
      'machine_type',
      'root_volume_size',
      'bootstrap_ign',
      'is_public_cluster',
    ],
    params: [
      INFRA_ID,
      PROJECT,
      REGION,
      { name: 'zone', origin: { from: 'cloud', value: 'zone0' } },
      CLUSTER_NETWORK,
      { name: 'subnet', origin: { from: 'cloud', value: 'controlSubnet' } },
      IMAGE,
      { name: 'machine_type', origin: { from: 'plan', value: 'bootstrapType' } },
      { name: 'root_volume_size', origin: { from: 'plan', value: 'diskSizeGb' } },
      { name: 'bootstrap_ign', origin: { from: 'installer', value: 'bootstrapSignedUrl' } },
      { name: 'is_public_cluster', origin: { from: 'plan', value: 'publicCluster' } },
    ],
    outputs: [],
    source: IM_FILE('04_bootstrap/04_bootstrap.tf'),
  },
  {
    id: 'control-plane',
    kind: 'control-plane',
    template: '05_control_plane',
    declared: [
      'infra_id',
      'project',
      'region',
      'zone_0',
      'zone_1',
      'zone_2',
      'subnet',
      'image',
      'machine_type',
      'disk_size',
      'disk_type',
      'service_account_email',
    ],
    params: [
      INFRA_ID,
      PROJECT,
      REGION,
      { name: 'zone_0', origin: { from: 'cloud', value: 'zone0' } },
      { name: 'zone_1', origin: { from: 'cloud', value: 'zone1' } },
      { name: 'zone_2', origin: { from: 'cloud', value: 'zone2' } },
      { name: 'subnet', origin: { from: 'cloud', value: 'controlSubnet' } },
      IMAGE,
      { name: 'machine_type', origin: { from: 'plan', value: 'controlPlaneType' } },
      { name: 'disk_size', origin: { from: 'plan', value: 'diskSizeGb' } },
      { name: 'disk_type', origin: { from: 'plan', value: 'diskType' } },
      { name: 'service_account_email', origin: { from: 'cloud', value: 'masterServiceAccount' } },
    ],
    outputs: [],
    source: IM_FILE('05_control_plane/05_control_plane.tf'),
  },
  {
    id: 'worker',
    kind: 'compute',
    template: '06_worker',
    declared: [
      'infra_id',
      'project',
      'region',
      'zone_0',
      'zone_1',
      'subnet',
      'image',
      'machine_type',
      'disk_size',
      'disk_type',
      'service_account_email',
    ],
    params: [
      INFRA_ID,
      PROJECT,
      REGION,
      { name: 'zone_0', origin: { from: 'cloud', value: 'zone0' } },
      { name: 'zone_1', origin: { from: 'cloud', value: 'zone1' } },
      { name: 'subnet', origin: { from: 'cloud', value: 'computeSubnet' } },
      IMAGE,
      { name: 'machine_type', origin: { from: 'plan', value: 'computeType' } },
      { name: 'disk_size', origin: { from: 'plan', value: 'diskSizeGb' } },
      { name: 'disk_type', origin: { from: 'plan', value: 'diskType' } },
      { name: 'service_account_email', origin: { from: 'cloud', value: 'workerServiceAccount' } },
    ],
    outputs: [],
    source: IM_FILE('06_worker/06_worker.tf'),
  },
];

export function gcpStacks(version: string): readonly StackTemplate[] {
  return gcpUpiTool(version) === 'infrastructure-manager' ? GCP_IM_STACKS : GCP_DM_STACKS;
}

/** The compute module creates exactly two workers (worker_0, worker_1); the control-plane modules three masters. */
export const GCP_IM_TEMPLATE_WORKERS = 2;
export const GCP_TEMPLATE_MASTERS = 3;

/**
 * Machine types when the answers name none (gcp.defaultMachinePlatform.type): the documentation's n1-standard-4 on
 * x86_64 and t2a-standard-4 (Ampere) on arm64; the templates' 128 GB pd-ssd boot disk.
 */
export const GCP_MACHINE_TYPES: Readonly<Record<'amd64' | 'arm64', string>> = {
  amd64: 'n1-standard-4',
  arm64: 't2a-standard-4',
};
export const GCP_DISK = { sizeGb: '128', type: 'pd-ssd' };

export function gcpMachineType(arch: Architecture): string {
  return GCP_MACHINE_TYPES[arch === 'arm64' ? 'arm64' : 'amd64'];
}

/**
 * APIs and roles the documentation lists for GCP user-provisioned infrastructure ("Enabling API services in GCP",
 * "Required roles for user-provisioned GCP infrastructure"), plus the template tool's own API and role per release.
 */
export const GCP_UPI_APIS: readonly string[] = [
  'compute.googleapis.com',
  'cloudapis.googleapis.com',
  'cloudresourcemanager.googleapis.com',
  'dns.googleapis.com',
  'iamcredentials.googleapis.com',
  'iam.googleapis.com',
  'servicemanagement.googleapis.com',
  'serviceusage.googleapis.com',
  'storage-api.googleapis.com',
  'storage-component.googleapis.com',
];

export const GCP_UPI_ROLES: readonly string[] = [
  'roles/compute.admin',
  'roles/iam.roleAdmin',
  'roles/iam.securityAdmin',
  'roles/iam.serviceAccountAdmin',
  'roles/iam.serviceAccountKeyAdmin',
  'roles/iam.serviceAccountUser',
  'roles/storage.admin',
  'roles/dns.admin',
];

/** The same roles let the installer create an IPI cluster ("Required roles for the installation program"). */
export const GCP_INSTALLER_ROLES: readonly string[] = GCP_UPI_ROLES;

export const GCP_TOOL_FACTS: Readonly<Record<GcpUpiTool, { api: string; role: string; roleTitle: string }>> =
  {
    'deployment-manager': {
      api: 'deploymentmanager.googleapis.com',
      role: 'roles/deploymentmanager.editor',
      roleTitle: 'Deployment Manager Editor',
    },
    'infrastructure-manager': {
      api: 'config.googleapis.com',
      role: 'roles/config.admin',
      roleTitle: 'Cloud Infrastructure Manager Admin',
    },
  };

/**
 * Roles the documentation grants the cluster's own service accounts by hand (the templates do not create the policy
 * bindings): the control plane's `<infraID>-m` and the compute nodes' `<infraID>-w`.
 */
export const GCP_NODE_ROLES: Readonly<Record<'master' | 'worker', readonly string[]>> = {
  master: [
    'roles/compute.instanceAdmin',
    'roles/compute.networkAdmin',
    'roles/compute.securityAdmin',
    'roles/iam.serviceAccountUser',
    'roles/storage.admin',
  ],
  worker: ['roles/compute.viewer', 'roles/storage.admin'],
};

/**
 * The service account Infrastructure Manager runs a deployment as needs the Infrastructure Manager agent role and the
 * roles to create what the modules declare (networks, addresses, load balancers, DNS zones, firewall rules,
 * instances and service accounts): Infrastructure Manager documentation, "Configure the service account",
 * https://cloud.google.com/infrastructure-manager/docs/configure-service-account.
 */
export const GCP_IM_SERVICE_ACCOUNT_ROLES: readonly string[] = [
  'roles/config.agent',
  'roles/compute.admin',
  'roles/dns.admin',
  'roles/iam.serviceAccountAdmin',
  'roles/iam.serviceAccountUser',
];
