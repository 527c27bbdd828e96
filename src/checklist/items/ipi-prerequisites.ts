import type { ChecklistItem, ChecklistOwner, Platform } from '../../types.js';
import { shellQuote } from '../../util/shell-quote.js';
import type { MessageKey } from '../catalog.js';
import { type ChecklistContext, clusterNodes, item, roleKey } from '../context.js';
import { SOURCES } from '../data/sources.js';

interface Prerequisite {
  id: string;
  owner: ChecklistOwner;
  title: MessageKey;
  details: MessageKey;
  commands?: (ctx: ChecklistContext, v: Record<string, string>) => string[];
  table?: (ctx: ChecklistContext) => ChecklistItem['table'];
  source: string;
}

/**
 * What each platform needs before `openshift-install create cluster` (installation-aws-limits in the docs). Only the table decides the
 * content; the function below fills it with this cluster's values.
 */
const PREREQUISITES: Partial<Record<Platform, Prerequisite[]>> = {
  aws: [
    {
      id: 'ipi.aws.hosted-zone',
      owner: 'dns',
      title: 'ipi.aws.hosted-zone.title',
      details: 'ipi.aws.hosted-zone.details',
      commands: (_, v) => [
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
      details: 'ipi.aws.quotas.details',
      source: SOURCES.aws,
    },
  ],
  azure: [
    {
      id: 'ipi.azure.dns-zone',
      owner: 'dns',
      title: 'ipi.azure.dns-zone.title',
      details: 'ipi.azure.dns-zone.details',
      commands: (_, v) => [
        `az network dns zone show --name ${v.baseDomain} --resource-group ${v.resourceGroup}`,
      ],
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
      details: 'ipi.azure.quotas.details',
      commands: (_, v) => [`az vm list-usage --location ${v.region} -o table`],
      source: SOURCES.azure,
    },
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
      details: 'ipi.gcp.service-account.details',
      source: `${SOURCES.gcp}; ${SOURCES.ipiCommon}`,
    },
    {
      id: 'ipi.gcp.dns-zone',
      owner: 'dns',
      title: 'ipi.gcp.dns-zone.title',
      details: 'ipi.gcp.dns-zone.details',
      commands: (ctx, v) => [
        `gcloud dns managed-zones list --project ${v.project} --filter=${shellQuote(`dnsName=${ctx.plan.baseDomain}.`)}`,
      ],
      source: SOURCES.gcp,
    },
    {
      id: 'ipi.gcp.quotas',
      owner: 'platform',
      title: 'ipi.gcp.quotas.title',
      details: 'ipi.gcp.quotas.details',
      commands: (_, v) => [`gcloud compute regions describe ${v.region} --project ${v.project}`],
      source: SOURCES.gcp,
    },
  ],
  vsphere: [
    {
      id: 'ipi.vsphere.versions',
      owner: 'machines',
      title: 'ipi.vsphere.versions.title',
      details: 'ipi.vsphere.versions.details',
      source: SOURCES.vsphereIpi,
    },
    {
      id: 'ipi.vsphere.account',
      owner: 'security',
      title: 'ipi.vsphere.account.title',
      details: 'ipi.vsphere.account.details',
      commands: (_, v) => [
        `curl -kLO https://${v.vcenter}/certs/download.zip`,
        'unzip download.zip',
        'sudo cp certs/lin/* /etc/pki/ca-trust/source/anchors/',
        'sudo update-ca-trust extract',
      ],
      source: SOURCES.vsphereIpi,
    },
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
      details: 'ipi.baremetal.bmc.details',
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
      source: `${SOURCES.otherIpi}; ${SOURCES.ipiCommon}`,
    },
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

function shellWords(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, shellQuote(value)]));
}

/** Platform prerequisites of an IPI install, filled with this cluster's names. Tasks: someone must prepare them. */
export function ipiPrerequisiteItems(ctx: ChecklistContext): ChecklistItem[] {
  if (ctx.method !== 'IPI' || ctx.path === 'Agent-based') return [];
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
    externalNetwork: cfg('externalNetwork'),
    machineNetwork: plan.networking.machineNetwork.join(', '),
    machines: String(machines),
    controlPlane: String(plan.controlPlaneReplicas),
    compute: String(plan.computeReplicas),
  };
  return (PREREQUISITES[plan.platform] ?? []).map((p) =>
    item({
      id: p.id,
      phase: 'prepare',
      owner: p.owner,
      kind: 'task',
      title: t(p.title, values),
      details: t(p.details, values),
      // Commands get every value as one quoted shell word, so no answer can add a command (F10; util/shell-quote.ts).
      ...(p.commands ? { commands: p.commands(ctx, shellWords(values)) } : {}),
      ...(p.table ? { table: p.table(ctx) } : {}),
      source: p.source,
    }),
  );
}
