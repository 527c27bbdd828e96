import { footprintOf } from '../../knowledge/cloud-footprint.js';
import { GCP_INSTALLER_ROLES } from '../../knowledge/cloud-upi-gcp.js';
import { fieldInRelease } from '../../knowledge/release-fields.js';
import { RHCOS_IMAGE_DOWNLOADS } from '../../knowledge/rhcos-image-downloads.js';
import { vsphereVersionsText } from '../../knowledge/vsphere-versions.js';
import type { ChecklistItem, ChecklistOwner, Platform } from '../../types.js';
import { shellQuote } from '../../util/shell-quote.js';
import type { MessageKey } from '../catalog.js';
import { type ChecklistContext, clusterNodes, item, roleKey } from '../context.js';
import { STREAM_ARCH } from '../data/platforms.js';
import { SOURCES } from '../data/sources.js';

interface Prerequisite {
  id: string;
  owner: ChecklistOwner;
  title: MessageKey | ((ctx: ChecklistContext) => MessageKey);
  /** A catalog sentence, or sentences chosen from this plan's answers (publish, network ownership, topology). */
  details: MessageKey | ((ctx: ChecklistContext, v: Record<string, string>) => string);
  /** Install methods that need it (default IPI only); a UPI item's id starts with `upi.` instead of `ipi.`. */
  methods?: readonly ('IPI' | 'UPI')[];
  /** Only plans this holds for get the item. */
  when?: (ctx: ChecklistContext) => boolean;
  commands?: (ctx: ChecklistContext, v: Record<string, string>) => string[];
  table?: (ctx: ChecklistContext) => ChecklistItem['table'];
  source: string;
}

/**
 * What each platform needs before `openshift-install create cluster` (installation-aws-limits in the docs). Only the table decides the
 * content; the function below fills it with this cluster's values.
 */
/**
 * A private cluster (publish Internal) is installed from inside: the docs' "About private clusters" of each cloud
 * book ask for a machine that reaches the cloud's API, the network being provisioned and the installation media,
 * and resolves the cluster's private records (possibly through a DNS forwarder).
 */
function privateHost(
  key: 'ipi.aws.private-host' | 'ipi.azure.private-host' | 'ipi.gcp.private-host',
): Prerequisite {
  return {
    id: key,
    owner: 'network',
    title: 'ipi.private-host.title',
    details: key,
    when: (ctx) => ctx.plan.publish === 'Internal',
    source: SOURCES.privateCluster,
  };
}

/** The machines of this plan in words: bootstrap, control plane, compute (none when the topology has none). */
function machineList(ctx: ChecklistContext): string {
  const { plan, t } = ctx;
  const parts = [
    t('machines.summary.bootstrap'),
    t('machines.summary.control-plane', { count: plan.controlPlaneReplicas }),
    ...(plan.computeReplicas > 0 ? [t('machines.summary.worker', { count: plan.computeReplicas })] : []),
  ];
  return parts.join(', ');
}

/** AWS quotas from this plan: load balancers by publish, NAT gateways only when the installer builds the VPC. */
function awsQuotas(ctx: ChecklistContext, v: Record<string, string>): string {
  const { plan, t } = ctx;
  const own = plan.ownership.network === 'installer';
  return [
    t('ipi.aws.quotas.details', { ...v, machineList: machineList(ctx) }),
    t(plan.publish === 'Internal' ? 'ipi.aws.quotas.lb-internal' : 'ipi.aws.quotas.lb-external'),
    t(own ? 'ipi.aws.quotas.nat' : 'ipi.aws.quotas.existing-vpc'),
  ].join(' ');
}

function azureQuotas(ctx: ChecklistContext, v: Record<string, string>): string {
  const { plan, t } = ctx;
  const f = footprintOf(plan);
  if (f === undefined) return '';
  return [
    t('ipi.azure.quotas.details', {
      ...v,
      vcpu: f.vcpu,
      bootstrapVcpu: f.controlPlaneType.vcpu,
      controlPlaneType: f.controlPlaneType.name,
      computeType: f.computeType.name,
      machines: f.machines,
      machineList: machineList(ctx),
    }),
    t(plan.publish === 'Internal' ? 'ipi.azure.quotas.internal' : 'ipi.azure.quotas.external'),
  ].join(' ');
}

function gcpQuotas(ctx: ChecklistContext, v: Record<string, string>): string {
  const { plan, t } = ctx;
  const f = footprintOf(plan);
  if (f === undefined) return '';
  return [
    t('ipi.gcp.quotas.details', {
      ...v,
      vcpu: f.vcpu,
      bootstrapVcpu: f.controlPlaneType.vcpu,
      diskGb: f.diskGb,
      machineList: machineList(ctx),
    }),
    ...(plan.publish === 'Internal' ? [] : [t('ipi.gcp.quotas.external')]),
  ].join(' ');
}

/**
 * A disconnected IPI install on a platform whose installer downloads RHCOS (knowledge/rhcos-image-downloads.ts):
 * serve the image locally and name it in clusterOSImage, as a URL with its SHA-256.
 */
function localRhcosImage(): Prerequisite {
  return {
    id: 'ipi.rhcos-image',
    owner: 'platform',
    title: 'ipi.rhcos-image.title',
    details: (ctx, v) => {
      const download = RHCOS_IMAGE_DOWNLOADS[ctx.plan.platform];
      const image = ctx.plan.platformConfig.clusterOSImage;
      return [
        ctx.t('ipi.rhcos-image.details', { ...v, format: download?.format ?? '' }),
        typeof image === 'string' && image !== ''
          ? ctx.t('ipi.rhcos-image.given', { image })
          : ctx.t('ipi.rhcos-image.missing', { platform: ctx.plan.platform }),
      ].join(' ');
    },
    when: (ctx) => ctx.plan.connectivity === 'disconnected',
    commands: (ctx) => {
      const download = RHCOS_IMAGE_DOWNLOADS[ctx.plan.platform];
      if (download === undefined) return [];
      const arch = STREAM_ARCH[ctx.plan.architecture];
      return [
        `openshift-install coreos print-stream-json | jq -r '.architectures.${arch}.${download.artifact} | .location, .sha256'`,
      ];
    },
    source: SOURCES.mirror,
  };
}

const PREREQUISITES: Partial<Record<Platform, Prerequisite[]>> = {
  aws: [
    {
      id: 'ipi.aws.hosted-zone',
      owner: 'dns',
      title: (ctx) =>
        ctx.plan.publish === 'Internal' ? 'ipi.aws.hosted-zone.internal-title' : 'ipi.aws.hosted-zone.title',
      details: (ctx, v) =>
        ctx.t(
          ctx.plan.publish === 'Internal' ? 'ipi.aws.hosted-zone.internal' : 'ipi.aws.hosted-zone.details',
          v,
        ),
      // A private cluster needs no public zone: nothing to look up before the install.
      commands: (ctx, v) =>
        ctx.plan.publish === 'Internal'
          ? []
          : [
              `aws route53 list-hosted-zones-by-name --dns-name ${v.baseDomain}`,
              `dig +short NS ${v.baseDomain}`,
            ],
      source: SOURCES.aws,
    },
    {
      id: 'ipi.aws.credentials',
      owner: 'security',
      title: 'ipi.aws.credentials.title',
      details: 'ipi.aws.credentials.details',
      commands: () => ['aws sts get-caller-identity'],
      source: `${SOURCES.aws}; ${SOURCES.ipiCommon}`,
    },
    {
      id: 'ipi.aws.quotas',
      owner: 'platform',
      title: 'ipi.aws.quotas.title',
      details: awsQuotas,
      source: SOURCES.aws,
    },
    {
      id: 'ipi.aws.vpc-endpoints',
      owner: 'network',
      title: 'ipi.aws.vpc-endpoints.title',
      details: 'ipi.aws.vpc-endpoints.details',
      // A cluster without internet access reaches the AWS APIs only through endpoints in its own VPC.
      when: (ctx) => ctx.plan.connectivity === 'disconnected',
      commands: (_, v) => [
        `aws ec2 describe-vpc-endpoints --region ${v.region} --query 'VpcEndpoints[].ServiceName'`,
      ],
      source: SOURCES.aws,
    },
    privateHost('ipi.aws.private-host'),
  ],
  azure: [
    {
      id: 'ipi.azure.dns-zone',
      owner: 'dns',
      title: (ctx) =>
        ctx.plan.publish === 'Internal' ? 'ipi.azure.dns-zone.internal-title' : 'ipi.azure.dns-zone.title',
      details: (ctx, v) =>
        ctx.t(
          ctx.plan.publish === 'Internal' ? 'ipi.azure.dns-zone.internal' : 'ipi.azure.dns-zone.details',
          v,
        ),
      commands: (ctx, v) =>
        ctx.plan.publish === 'Internal'
          ? []
          : [`az network dns zone show --name ${v.baseDomain} --resource-group ${v.resourceGroup}`],
      source: SOURCES.azure,
    },
    {
      id: 'ipi.azure.service-principal',
      owner: 'security',
      title: 'ipi.azure.service-principal.title',
      details: 'ipi.azure.service-principal.details',
      commands: (ctx) => [
        'az login',
        'az account list --refresh',
        'az account set -s <subscription_id>',
        `az ad sp create-for-rbac --role Contributor --name ${ctx.plan.clusterName}-installer --scopes /subscriptions/<subscription_id>`,
        'az role assignment create --role "User Access Administrator" --assignee-object-id $(az ad sp show --id <appId> --query id -o tsv)',
      ],
      source: SOURCES.azure,
    },
    {
      id: 'ipi.azure.quotas',
      owner: 'platform',
      title: 'ipi.azure.quotas.title',
      details: azureQuotas,
      commands: (_, v) => [`az vm list-usage --location ${v.region} -o table`],
      source: SOURCES.azure,
    },
    privateHost('ipi.azure.private-host'),
  ],
  gcp: [
    {
      id: 'ipi.gcp.apis',
      owner: 'platform',
      title: 'ipi.gcp.apis.title',
      details: 'ipi.gcp.apis.details',
      commands: (_, v) => [
        `gcloud services enable compute.googleapis.com cloudresourcemanager.googleapis.com dns.googleapis.com iamcredentials.googleapis.com iam.googleapis.com serviceusage.googleapis.com --project ${v.project}`,
      ],
      source: SOURCES.gcp,
    },
    {
      id: 'ipi.gcp.service-account',
      owner: 'security',
      title: 'ipi.gcp.service-account.title',
      details: (ctx, v) =>
        ctx.t('ipi.gcp.service-account.details', { ...v, roles: GCP_INSTALLER_ROLES.join(', ') }),
      source: `${SOURCES.gcp}; ${SOURCES.ipiCommon}`,
    },
    {
      id: 'ipi.gcp.dns-zone',
      owner: 'dns',
      title: (ctx) =>
        ctx.plan.publish === 'Internal' ? 'ipi.gcp.dns-zone.internal-title' : 'ipi.gcp.dns-zone.title',
      details: (ctx, v) =>
        ctx.t(ctx.plan.publish === 'Internal' ? 'ipi.gcp.dns-zone.internal' : 'ipi.gcp.dns-zone.details', v),
      commands: (ctx, v) =>
        ctx.plan.publish === 'Internal'
          ? []
          : [
              `gcloud dns managed-zones list --project ${v.project} --filter=${shellQuote(`dnsName=${ctx.plan.baseDomain}.`)}`,
            ],
      source: SOURCES.gcp,
    },
    {
      id: 'ipi.gcp.quotas',
      owner: 'platform',
      title: 'ipi.gcp.quotas.title',
      details: gcpQuotas,
      commands: (_, v) => [`gcloud compute regions describe ${v.region} --project ${v.project}`],
      source: SOURCES.gcp,
    },
    privateHost('ipi.gcp.private-host'),
  ],
  vsphere: [
    {
      // UPI has the same vSphere requirements ("vSphere requirements" of both assemblies).
      id: 'ipi.vsphere.versions',
      owner: 'machines',
      title: 'ipi.vsphere.versions.title',
      details: 'ipi.vsphere.versions.details',
      methods: ['IPI', 'UPI'],
      source: SOURCES.vsphereIpi,
    },
    {
      // With UPI the install-config's vCenter account is the one the storage driver and the cloud provider use.
      id: 'ipi.vsphere.account',
      owner: 'security',
      title: (ctx) => (ctx.method === 'UPI' ? 'upi.vsphere.account.title' : 'ipi.vsphere.account.title'),
      details: (ctx, v) =>
        ctx.t(ctx.method === 'UPI' ? 'upi.vsphere.account.details' : 'ipi.vsphere.account.details', v),
      methods: ['IPI', 'UPI'],
      commands: (_, v) => [
        `curl -kLO https://${v.vcenter}/certs/download.zip`,
        'unzip download.zip',
        'sudo cp certs/lin/* /etc/pki/ca-trust/source/anchors/',
        'sudo update-ca-trust extract',
      ],
      source: SOURCES.vsphereIpi,
    },
    localRhcosImage(),
  ],
  baremetal: [
    {
      id: 'ipi.baremetal.provisioner',
      owner: 'machines',
      title: 'ipi.baremetal.provisioner.title',
      details: 'ipi.baremetal.provisioner.details',
      source: SOURCES.baremetalIpi,
    },
    {
      id: 'ipi.baremetal.bmc',
      owner: 'machines',
      title: 'ipi.baremetal.bmc.title',
      // Self-signed BMC certificates (common on iDRAC and iLO) stop Ironic unless verification is off or, in
      // releases that have platform.baremetal.bmcVerifyCA, the BMC CA is given.
      details: (ctx, v) =>
        [
          ctx.t('ipi.baremetal.bmc.details', v),
          ctx.t(
            fieldInRelease('platform.baremetal.bmcVerifyCA', ctx.plan.ocpVersion).state === 'present'
              ? 'ipi.baremetal.bmc.tls-ca'
              : 'ipi.baremetal.bmc.tls',
          ),
          ctx.t('ipi.baremetal.bmc.disks'),
        ].join(' '),
      table: (ctx) => ({
        columns: [ctx.t('col.host'), ctx.t('col.role'), ctx.t('col.bmc'), ctx.t('col.mac')],
        rows: clusterNodes(ctx).map((n) => [
          n.name,
          ctx.t(roleKey(n.role)),
          n.bmcAddress ?? ctx.t('cell.assign'),
          n.bootMACAddress ?? ctx.t('cell.assign'),
        ]),
      }),
      source: SOURCES.baremetalIpi,
    },
    {
      id: 'ipi.baremetal.networks',
      owner: 'network',
      title: 'ipi.baremetal.networks.title',
      details: 'ipi.baremetal.networks.details',
      source: SOURCES.baremetalIpi,
    },
    {
      id: 'ipi.baremetal.power-off',
      owner: 'machines',
      title: 'ipi.baremetal.power-off.title',
      details: 'ipi.baremetal.power-off.details',
      source: SOURCES.baremetalIpi,
    },
  ],
  nutanix: [
    {
      id: 'ipi.nutanix.versions',
      owner: 'machines',
      title: 'ipi.nutanix.versions.title',
      details: 'ipi.nutanix.versions.details',
      source: SOURCES.otherIpi,
    },
    {
      id: 'ipi.nutanix.account',
      owner: 'security',
      title: 'ipi.nutanix.account.title',
      details: 'ipi.nutanix.account.details',
      // "Adding Nutanix root CA certificates to your system trust": the certificates come as a zip from the console.
      commands: () => [
        'unzip download.zip',
        'sudo cp certs/lin/* /etc/pki/ca-trust/source/anchors/',
        'sudo update-ca-trust extract',
      ],
      source: `${SOURCES.otherIpi}; ${SOURCES.ipiCommon}`,
    },
    localRhcosImage(),
  ],
  openstack: [
    {
      id: 'ipi.openstack.quotas',
      owner: 'platform',
      title: 'ipi.openstack.quotas.title',
      details: 'ipi.openstack.quotas.details',
      commands: () => ['openstack quota show'],
      source: SOURCES.otherIpi,
    },
    {
      id: 'ipi.openstack.floating-ips',
      owner: 'network',
      title: 'ipi.openstack.floating-ips.title',
      details: 'ipi.openstack.floating-ips.details',
      commands: (ctx, v) => [
        `openstack floating ip create --description ${shellQuote(`API ${ctx.domain}`)} ${v.externalNetwork}`,
        `openstack floating ip create --description ${shellQuote(`Ingress ${ctx.domain}`)} ${v.externalNetwork}`,
      ],
      source: SOURCES.otherIpi,
    },
    localRhcosImage(),
  ],
  ibmz: [
    {
      // The IBM Z book's "Minimum IBM Z system environment" and its network and storage choices, for every UPI plan.
      id: 'ipi.ibmz.platform',
      owner: 'machines',
      title: 'upi.ibmz.platform.title',
      details: 'upi.ibmz.platform.details',
      methods: ['UPI'],
      source: SOURCES.machines,
    },
  ],
  ibmcloud: [
    {
      id: 'ipi.ibmcloud.dns',
      owner: 'dns',
      title: 'ipi.ibmcloud.dns.title',
      details: 'ipi.ibmcloud.dns.details',
      source: SOURCES.otherIpi,
    },
  ],
  powervs: [
    {
      // Power VS has no DNS Services option: the installer writes every record into an Internet Services zone.
      id: 'ipi.powervs.dns',
      owner: 'dns',
      title: 'ipi.powervs.dns.title',
      details: 'ipi.powervs.dns.details',
      commands: (_, v) => [
        `ibmcloud cis instance-create ${v.cisInstance} standard`,
        `ibmcloud cis instance-set ${v.cisInstance}`,
        `ibmcloud cis domain-add ${v.baseDomain}`,
        `dig +short NS ${v.baseDomain}`,
      ],
      source: SOURCES.otherIpi,
    },
  ],
};

function withCommands(commands: string[]): { commands?: string[] } {
  return commands.length > 0 ? { commands } : {};
}

function shellWords(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, shellQuote(value)]));
}

/** Platform prerequisites of an IPI (and, where marked, UPI) install, filled with this cluster's names. */
export function ipiPrerequisiteItems(ctx: ChecklistContext): ChecklistItem[] {
  if (ctx.path === 'Agent-based') return [];
  const method = ctx.method;
  const { plan, t } = ctx;
  const cfg = (key: string) => {
    const value = plan.platformConfig[key];
    return typeof value === 'string' && value !== '' ? value : t('cell.assign');
  };
  // IPI always runs a temporary bootstrap machine, also for a single node on a cloud (the docs’ IPI prerequisites).
  const machines = 1 + plan.controlPlaneReplicas + plan.computeReplicas;
  const values: Record<string, string> = {
    baseDomain: plan.baseDomain,
    domain: ctx.domain,
    cisInstance: `${plan.clusterName}-cis`,
    version: plan.ocpVersion,
    vsphereVersions: vsphereVersionsText(plan.ocpVersion, ctx.lang),
    platform: plan.platform,
    region: cfg('region'),
    resourceGroup: cfg('baseDomainResourceGroupName'),
    project: cfg('projectID'),
    vcenter: cfg('vcenter'),
    datacenter: cfg('datacenter'),
    cluster: cfg('cluster'),
    datastore: cfg('datastore'),
    network: cfg('network'),
    prismCentral: cfg('prismCentral'),
    flavor: cfg('computeFlavor'),
    // clouds.yaml entry: the answers' default is openstack.
    cloud: typeof plan.platformConfig.cloud === 'string' ? plan.platformConfig.cloud : 'openstack',
    externalNetwork: cfg('externalNetwork'),
    machineNetwork: plan.networking.machineNetwork.join(', '),
    machines: String(machines),
    controlPlane: String(plan.controlPlaneReplicas),
    compute: String(plan.computeReplicas),
  };
  return (PREREQUISITES[plan.platform] ?? [])
    .filter((p) => (p.methods ?? ['IPI']).includes(method) && (p.when?.(ctx) ?? true))
    .map((p) =>
      item({
        id: method === 'UPI' ? p.id.replace(/^ipi\./, 'upi.') : p.id,
        phase: 'prepare',
        owner: p.owner,
        kind: 'task',
        title: t(typeof p.title === 'function' ? p.title(ctx) : p.title, values),
        details: typeof p.details === 'function' ? p.details(ctx, values) : t(p.details, values),
        // Commands get every value as one quoted shell word, so no answer can add a command (F10; util/shell-quote.ts).
        ...withCommands(p.commands?.(ctx, shellWords(values)) ?? []),
        ...(p.table ? { table: p.table(ctx) } : {}),
        source: p.source,
      }),
    );
}
