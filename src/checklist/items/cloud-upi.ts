import { manualCredentialsReason } from '../../knowledge/cloud-credentials.js';
import { AWS_TEMPLATE_MASTERS, awsUpiDocPage } from '../../knowledge/cloud-upi-aws.js';
import { azureUpiDocPage } from '../../knowledge/cloud-upi-azure.js';
import {
  GCP_IM_TEMPLATE_WORKERS,
  GCP_TEMPLATE_MASTERS,
  GCP_TOOL_FACTS,
  GCP_UPI_ROLES,
  gcpUpiDocPage,
  gcpUpiTool,
} from '../../knowledge/cloud-upi-gcp.js';
import type { CloudUpiPlatform, ValueOrigin } from '../../knowledge/cloud-upi-model.js';
import { PLATFORM_NAMES } from '../../knowledge/platform-names.js';
import { awsCommands } from '../../render/infra/aws/commands.js';
import { AWS_DIR, AWS_SCRIPT, awsParameterFile, awsStackName } from '../../render/infra/aws/files.js';
import { azureCommands } from '../../render/infra/azure/commands.js';
import {
  AZURE_DIR,
  AZURE_SCRIPT,
  azureDeploymentName,
  azureParameterFile,
} from '../../render/infra/azure/files.js';
import { type CloudCommands, STACK_OWNER } from '../../render/infra/cloud/commands.js';
import { type CloudUpiPlan, cloudUpiPlan, type PlannedStack } from '../../render/infra/cloud/stacks.js';
import { gcpCommands, gcpInfraManagerAccount } from '../../render/infra/gcp/commands.js';
import { GCP_DIR, GCP_SCRIPT, gcpParameterFile } from '../../render/infra/gcp/files.js';
import type { ChecklistItem } from '../../types.js';
import { sh } from '../../util/shell-quote.js';
import type { MessageKey } from '../catalog.js';
import { type ChecklistContext, item } from '../context.js';

/**
 * Cloud UPI (AWS, Azure, GCP): the documented templates' stacks in order, each with its parameter file in infra/ and
 * the exact commands, from the tools and permissions to the *.apps records after the installation. The items take
 * the place of the generic UPI steps that describe hosting Ignition files, booting machines and building load
 * balancers by hand, which on these clouds the stacks and the ingress operator do.
 */
export const REPLACED_ON_CLOUD_UPI: ReadonlySet<string> = new Set([
  'ignition.host',
  'install.boot',
  'machines.rhcos',
  'machines.cloud-infra',
  'lb.api',
  'lb.mcs',
  'lb.haproxy',
  'lb.ingress-https',
  'lb.ingress-http',
  'lb.remove-bootstrap',
  'dns.api',
  'dns.api-int',
  'dns.apps',
]);

/**
 * The template step that writes api and api-int: AWS 02_cluster_infra.yaml (public hosted zone and a new private
 * zone), Azure 03_infra.json (private zone; its commands add the public api record), GCP the commands after the
 * 02_dns deployment (both zones). The DNS phase then only checks those records.
 */
const API_RECORDS_STACK: Readonly<Record<CloudUpiPlatform, string>> = {
  aws: 'infra',
  azure: 'infra',
  gcp: 'dns',
};

interface CloudFacts {
  dir: string;
  script: string;
  docPage: string;
  commands: CloudCommands;
  file(stack: PlannedStack): string;
  stackName(stack: PlannedStack): string;
}

function factsFor(ctx: ChecklistContext, upi: CloudUpiPlan): CloudFacts {
  const { plan, planDir, installDir } = ctx;
  if (upi.platform === 'aws') {
    return {
      dir: AWS_DIR,
      script: AWS_SCRIPT,
      docPage: awsUpiDocPage(plan.ocpVersion),
      commands: awsCommands(plan, upi, planDir, installDir),
      file: awsParameterFile,
      stackName: (stack) => awsStackName(plan, stack.id),
    };
  }
  if (upi.platform === 'azure') {
    return {
      dir: AZURE_DIR,
      script: AZURE_SCRIPT,
      docPage: azureUpiDocPage(plan.ocpVersion),
      commands: azureCommands(plan, upi, planDir, installDir),
      file: azureParameterFile,
      stackName: (stack) => azureDeploymentName(plan, stack),
    };
  }
  return {
    dir: GCP_DIR,
    script: GCP_SCRIPT,
    docPage: gcpUpiDocPage(plan.ocpVersion),
    commands: gcpCommands(plan, upi, planDir, installDir),
    file: (stack) => gcpParameterFile(plan, stack),
    stackName: (stack) => `<infraID>-${stack.id}`,
  };
}

/** `CloudFormation templates`, `ARM templates`, `Deployment Manager templates`, `Infrastructure Manager modules`. */
function templatesKey(ctx: ChecklistContext, platform: CloudUpiPlatform): MessageKey {
  if (platform === 'aws') return 'cloud.templates.aws';
  if (platform === 'azure') return 'cloud.templates.azure';
  return gcpUpiTool(ctx.plan.ocpVersion) === 'infrastructure-manager'
    ? 'cloud.templates.gcp-im'
    : 'cloud.templates.gcp-dm';
}

function originCell(ctx: ChecklistContext, origin: ValueOrigin): string {
  const { t } = ctx;
  switch (origin.from) {
    case 'plan':
      return t('cloud.origin.plan');
    case 'output':
      return t('cloud.origin.output', { key: origin.key, stack: origin.stack });
    case 'cloud':
      return t('cloud.origin.cloud');
    case 'installer':
      if (origin.value === 'rhcosImage') return t('cloud.origin.stream');
      if (['bootstrapIgnitionLocation', 'bootstrapPointer', 'bootstrapSignedUrl'].includes(origin.value))
        return t('cloud.origin.upload');
      return t('cloud.origin.installer');
  }
}

/** Sentences about this stack that depend on the answers: fixed machine counts, publish Internal, an existing network. */
function stackNotes(ctx: ChecklistContext, upi: CloudUpiPlan, stack: PlannedStack): string[] {
  const { plan, t } = ctx;
  const kind = stack.template.kind;
  const notes: string[] = [];
  const domain = ctx.domain;
  if (kind === 'control-plane' && upi.platform !== 'azure') {
    const fixed = upi.platform === 'aws' ? AWS_TEMPLATE_MASTERS : GCP_TEMPLATE_MASTERS;
    if (plan.controlPlaneReplicas !== fixed)
      notes.push(t('cloud.note.masters-fixed', { fixed, count: plan.controlPlaneReplicas }));
  }
  const im = upi.platform === 'gcp' && gcpUpiTool(plan.ocpVersion) === 'infrastructure-manager';
  if (kind === 'compute' && im && plan.computeReplicas !== GCP_IM_TEMPLATE_WORKERS)
    notes.push(
      t('cloud.note.workers-fixed', { fixed: GCP_IM_TEMPLATE_WORKERS, count: plan.computeReplicas }),
    );
  if (kind === 'compute' && upi.platform === 'aws') notes.push(t('cloud.note.aws-worker'));
  if (kind === 'bootstrap') {
    notes.push(
      t(`cloud.note.bootstrap-${upi.platform}`, {
        cidr: String(stack.params.find((p) => p.name === 'AllowedBootstrapSshCidr')?.value ?? ''),
      }),
    );
  }
  if (kind === 'image' && upi.platform === 'azure') notes.push(t('cloud.note.vhd-copy'));
  if (kind === 'infra' && upi.platform === 'aws')
    notes.push(t('cloud.note.dns-aws', { domain, baseDomain: plan.baseDomain }));
  if (kind === 'infra' && upi.platform === 'azure') {
    notes.push(t('cloud.note.dns-azure', { domain, cluster: plan.clusterName, baseDomain: plan.baseDomain }));
  }
  if (kind === 'dns' && upi.platform === 'gcp')
    notes.push(t('cloud.note.dns-gcp', { baseDomain: plan.baseDomain }));
  if (plan.publish === 'Internal' && (kind === 'infra' || (upi.platform === 'gcp' && kind === 'security'))) {
    notes.push(
      t(`cloud.note.internal-${upi.platform}`, {
        cidr: String(stack.params.find((p) => p.name === 'allowed_external_cidr')?.value ?? ''),
      }),
    );
  }
  if (plan.publish === 'Internal' && upi.platform === 'gcp' && kind === 'dns') {
    notes.push(t('cloud.note.internal-gcp-dns'));
  }
  return notes;
}

function stackItem(
  ctx: ChecklistContext,
  upi: CloudUpiPlan,
  facts: CloudFacts,
  stack: PlannedStack,
): ChecklistItem {
  const { t } = ctx;
  const later = stack.params.filter((p) => p.value === undefined).map((p) => p.name);
  const file = `${facts.dir}/${facts.file(stack)}`;
  const whatKey = `cloud.what.${upi.platform}.${stack.template.id}` as MessageKey;
  const commands = facts.commands.stack(stack);
  const details = [
    t('cloud.stack.details', { file, template: stack.template.template }),
    later.length > 0
      ? t('cloud.stack.fill', {
          names: later.join(', '),
          dir: `${ctx.installDir}/${facts.dir.replace('infra/', '')}`,
        })
      : t('cloud.stack.complete'),
    ...stackNotes(ctx, upi, stack),
  ].join(' ');
  const built = item({
    id: `cloud.stack.${stack.id}`,
    phase: 'install',
    owner: STACK_OWNER[stack.template.kind],
    kind: 'task',
    title: t('cloud.stack.title', {
      what: t(whatKey, { n: (stack.index ?? 0) + 1, count: ctx.plan.computeReplicas }),
      template: stack.template.template,
      name: facts.stackName(stack),
    }),
    details,
    commands: [...commands.before, ...commands.create, ...commands.after],
    table: {
      columns: [t('cloud.col.parameter'), t('cloud.col.value'), t('cloud.col.origin')],
      rows: stack.params.map((p) => [
        p.name,
        p.value === undefined ? '—' : String(p.value),
        originCell(ctx, p.origin),
      ]),
    },
    source: facts.docPage,
  });
  return { ...built, files: [file, facts.script] };
}

/** What the whole flow needs before the first stack: the cloud's CLI, jq, permissions, APIs. */
function prerequisitesItem(ctx: ChecklistContext, upi: CloudUpiPlan, facts: CloudFacts): ChecklistItem {
  const { plan, t } = ctx;
  const templates = t(templatesKey(ctx, upi.platform));
  const dnsGroup = plan.platformConfig.baseDomainResourceGroupName;
  let details: string;
  if (upi.platform === 'gcp') {
    const tool = gcpUpiTool(plan.ocpVersion);
    details = [
      t('cloud.prerequisites.gcp', {
        project: String(plan.platformConfig.projectID ?? ''),
        roles: [...GCP_UPI_ROLES, GCP_TOOL_FACTS[tool].role].join(', '),
      }),
      tool === 'infrastructure-manager'
        ? t('cloud.tool.im', { account: gcpInfraManagerAccount(plan) })
        : t('cloud.tool.dm', { version: plan.ocpVersion }),
    ].join(' ');
  } else if (upi.platform === 'azure') {
    details = t('cloud.prerequisites.azure', {
      baseDomain: plan.baseDomain,
      dnsGroup: typeof dnsGroup === 'string' && dnsGroup !== '' ? dnsGroup : t('cloud.dns-group-unknown'),
    });
  } else {
    // The identity also serves create install-config/manifests; in the default mode the Cloud Credential Operator
    // mints the components' credentials from it, so it stays in the cluster unless the plan is Manual.
    const manual =
      manualCredentialsReason(plan.platform, plan.requirements.installerCredentials) !== undefined;
    details = [
      t('cloud.prerequisites.aws', { baseDomain: plan.baseDomain }),
      t(manual ? 'cloud.prerequisites.aws-manual' : 'cloud.prerequisites.aws-mint'),
    ].join(' ');
  }
  const connectivity =
    plan.connectivity === 'connected' ? [] : [t(`cloud.note.${plan.connectivity}-${upi.platform}`)];
  return item({
    id: 'cloud.prerequisites',
    phase: 'prepare',
    owner: 'platform',
    kind: 'task',
    title: t('cloud.prerequisites.title', { templates }),
    details: [details, ...connectivity].join(' '),
    commands: facts.commands.prerequisites,
    source: facts.docPage,
  });
}

function templatesItem(ctx: ChecklistContext, upi: CloudUpiPlan, facts: CloudFacts): ChecklistItem {
  const { plan, t } = ctx;
  const existing = upi.existing;
  const notes: string[] = [];
  if (existing?.platform === 'aws') {
    notes.push(
      t(existing.public ? 'cloud.note.existing-aws-roles' : 'cloud.note.existing-aws', {
        subnets: existing.subnets.join(', '),
      }),
    );
  }
  if (existing?.platform === 'azure') {
    notes.push(
      t(existing.templateNaming ? 'cloud.note.existing-azure-fits' : 'cloud.note.existing-azure-edit', {
        vnet: existing.virtualNetwork,
        base: existing.baseName,
        rg: existing.resourceGroup ?? t('cloud.dns-group-unknown'),
      }),
    );
  }
  if (existing?.platform === 'gcp') {
    notes.push(
      t(existing.networkProject ? 'cloud.note.existing-gcp-shared' : 'cloud.note.existing-gcp', {
        network: existing.network,
        controlPlane: existing.controlPlaneSubnet,
        compute: existing.computeSubnet,
        project: existing.networkProject ?? '',
      }),
    );
  }
  const built = item({
    id: 'cloud.templates',
    phase: 'install',
    owner: 'platform',
    kind: 'task',
    title: t('cloud.templates.title', {
      templates: t(templatesKey(ctx, upi.platform)),
      version: plan.ocpVersion,
      dir: ctx.installDir,
    }),
    details: [
      t('cloud.templates.details', {
        page: facts.docPage.split(', https://')[0] ?? '',
        script: facts.script,
      }),
      ...notes,
    ].join(' '),
    commands: facts.commands.templates,
    source: facts.docPage,
  });
  return { ...built, files: [facts.script] };
}

/** The stack that builds the API load balancers: AWS and Azure `infra`, GCP `lb-int` (and `lb-ext`). */
/**
 * The DNS phase on cloud UPI checks what the template steps and the ingress operator write: no record to build by
 * hand before the install, and no PTR records (the cloud names the nodes).
 */
function dnsCheckItems(
  ctx: ChecklistContext,
  stackItems: ChecklistItem[],
  stackId: string,
  dnsByHand: boolean,
  source: string,
): ChecklistItem[] {
  const { plan, t, domain } = ctx;
  const step = stackItems.find((i) => i.id === `cloud.stack.${stackId}`)?.title ?? stackId;
  const resolvers = t(
    plan.publish === 'Internal' ? 'cell.internal-clients-and-nodes' : 'cell.clients-and-nodes',
  );
  return [
    item({
      id: 'dns.api',
      phase: 'dns',
      owner: 'dns',
      kind: 'verify',
      title: t('dns.api.cloud-upi-title', { domain, step }),
      details: t('dns.api.cloud-upi-details', { step, resolvers }),
      commands: [sh`dig +short ${`api.${domain}`}`],
      source,
    }),
    item({
      id: 'dns.api-int',
      phase: 'dns',
      owner: 'dns',
      kind: 'verify',
      title: t('dns.api-int.cloud-upi-title', { domain, step }),
      details: t('dns.api-int.cloud-upi-details', { step }),
      commands: [sh`dig +short ${`api-int.${domain}`}`],
      source,
    }),
    item({
      id: 'dns.apps',
      phase: 'dns',
      owner: 'dns',
      kind: 'verify',
      title: t('dns.apps.cloud-upi-title', { domain }),
      details: t(dnsByHand ? 'dns.apps.cloud-upi-customer' : 'dns.apps.cloud-upi-operator', { domain }),
      commands: [sh`dig +short ${`console-openshift-console.apps.${domain}`}`],
      source,
    }),
  ];
}

function lbStackName(ctx: ChecklistContext, upi: CloudUpiPlan, facts: CloudFacts): string {
  const stack = upi.stacks.find((s) => s.template.kind === 'infra' || s.id === 'lb-int');
  return stack ? facts.stackName(stack) : ctx.plan.clusterName;
}

export interface CloudUpiItems {
  prepare: ChecklistItem[];
  dns: ChecklistItem[];
  loadBalancer: ChecklistItem[];
  afterIgnition: ChecklistItem[];
  afterBootstrap: ChecklistItem[];
  beforeComplete: ChecklistItem[];
}

/** The cloud UPI items of this plan, by where they go in the checklist; undefined off the three clouds or for IPI. */
export function cloudUpiItems(ctx: ChecklistContext): CloudUpiItems | undefined {
  if (ctx.method !== 'UPI' || ctx.path === 'Agent-based') return undefined;
  const upi = cloudUpiPlan(ctx.plan);
  if (upi === undefined) return undefined;
  const { plan, t } = ctx;
  const facts = factsFor(ctx, upi);
  // The ingress operator's DNS management stays on unless the customer keeps DNS (zones removed from the manifests).
  const dnsByHand = plan.ownership.dns === 'customer';
  const stackItems = upi.stacks.map((stack) => stackItem(ctx, upi, facts, stack));
  return {
    prepare: [prerequisitesItem(ctx, upi, facts)],
    dns: dnsCheckItems(ctx, stackItems, API_RECORDS_STACK[upi.platform], dnsByHand, facts.docPage),
    loadBalancer: [
      item({
        id: 'lb.api',
        phase: 'loadBalancer',
        owner: 'loadBalancer',
        kind: 'verify',
        title: t('cloud.lb-api.title', { stack: lbStackName(ctx, upi, facts) }),
        details: t('cloud.lb-api.details', { registration: t(`cloud.lb-api.registration.${upi.platform}`) }),
        commands: facts.commands.apiHealth,
        source: facts.docPage,
      }),
      item({
        id: 'lb.ingress',
        phase: 'loadBalancer',
        owner: 'loadBalancer',
        kind: 'verify',
        title: t('lb.ingress.cloud-upi-title'),
        details: t('lb.ingress.cloud-upi-details', { platform: PLATFORM_NAMES[plan.platform][ctx.lang] }),
        commands: ['oc -n openshift-ingress get service router-default'],
        source: facts.docPage,
      }),
    ],
    afterIgnition: [templatesItem(ctx, upi, facts), ...stackItems],
    afterBootstrap: [
      item({
        id: 'cloud.bootstrap-delete',
        phase: 'install',
        owner: 'machines',
        kind: 'task',
        title: t('cloud.bootstrap-delete.title'),
        details: t('cloud.bootstrap-delete.details'),
        commands: facts.commands.bootstrapDelete,
        source: facts.docPage,
      }),
    ],
    beforeComplete: [
      item({
        id: 'cloud.apps-dns',
        phase: 'install',
        owner: 'dns',
        kind: dnsByHand ? 'task' : 'verify',
        title: t('cloud.apps-dns.title', { domain: ctx.domain }),
        details: t(dnsByHand ? 'cloud.apps-dns.task' : 'cloud.apps-dns.verify', {
          target: t(upi.platform === 'aws' ? 'cloud.apps-dns.hostname' : 'cloud.apps-dns.address'),
        }),
        commands: dnsByHand ? facts.commands.appsDns : [`dig +short test.apps.${ctx.domain}`],
        source: facts.docPage,
      }),
    ],
  };
}

function insertAfter(items: ChecklistItem[], id: string, extra: ChecklistItem[]): ChecklistItem[] {
  const at = items.findIndex((i) => i.id === id);
  return at < 0 ? [...items, ...extra] : [...items.slice(0, at + 1), ...extra, ...items.slice(at + 1)];
}

function insertBefore(items: ChecklistItem[], id: string, extra: ChecklistItem[]): ChecklistItem[] {
  const at = items.findIndex((i) => i.id === id);
  return at < 0 ? [...items, ...extra] : [...items.slice(0, at), ...extra, ...items.slice(at)];
}

/**
 * The checklist with the cloud UPI items in their places: the stacks right after create ignition-configs (they need
 * the infrastructure name and the Ignition files), the bootstrap clean-up after bootstrap-complete, the *.apps
 * records before install-complete; the generic items they replace left out. Other plans pass through unchanged.
 */
export function withCloudUpiItems(ctx: ChecklistContext, items: ChecklistItem[]): ChecklistItem[] {
  const cloud = cloudUpiItems(ctx);
  if (cloud === undefined) return items;
  let result = items.filter((i) => !REPLACED_ON_CLOUD_UPI.has(i.id));
  result = [...cloud.prepare, ...result, ...cloud.loadBalancer];
  result = insertBefore(result, 'dns.no-cluster-wildcard', cloud.dns);
  result = insertAfter(result, 'install.ignition-configs', cloud.afterIgnition);
  result = insertAfter(result, 'install.bootstrap-complete', cloud.afterBootstrap);
  return insertBefore(result, 'install.complete', cloud.beforeComplete);
}
