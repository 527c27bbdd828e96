import {
  API_KEY_VARIABLES,
  MANUAL_CREDENTIALS,
  manualCredentialsReason,
} from '../../knowledge/cloud-credentials.js';
import type { ChecklistItem } from '../../types.js';
import { shellQuote } from '../../util/shell-quote.js';
import { type ChecklistContext, item } from '../context.js';
import { SOURCES } from '../data/sources.js';

const OUT = './ccoctl-output';
const REQUESTS = './credrequests';

/** A platform-block value as one shell word, or a placeholder the user must replace. */
function cfg(ctx: ChecklistContext, key: string, placeholder: string): string {
  const value = ctx.plan.platformConfig[key];
  return typeof value === 'string' && value !== '' ? shellQuote(value) : placeholder;
}

/** The `ccoctl … create` command of each platform (the docs’ manual-mode procedures of each cloud book). */
function ccoctlCommand(ctx: ChecklistContext): string {
  const facts = MANUAL_CREDENTIALS[ctx.plan.platform];
  const name = shellQuote(ctx.plan.clusterName);
  const region = cfg(ctx, 'region', 'REPLACE_WITH_REGION');
  const common = `--credentials-requests-dir=${REQUESTS} --output-dir=${OUT}`;
  switch (facts?.ccoctl) {
    case 'aws':
      return `./ccoctl aws create-all --name=${name} --region=${region} ${common}`;
    case 'gcp':
      return `./ccoctl gcp create-all --name=${name} --region=${region} --project=${cfg(ctx, 'projectID', 'REPLACE_WITH_PROJECT_ID')} ${common}`;
    case 'azure':
      return (
        `./ccoctl azure create-all --name=${name} --region=${region} ` +
        `--subscription-id=REPLACE_WITH_SUBSCRIPTION_ID --tenant-id=REPLACE_WITH_TENANT_ID ` +
        `--dnszone-resource-group-name=${cfg(ctx, 'baseDomainResourceGroupName', 'REPLACE_WITH_DNS_RESOURCE_GROUP')} ${common}`
      );
    case 'ibmcloud': {
      // Power VS service IDs are created in the cluster's resource group.
      const group =
        ctx.plan.platform === 'powervs'
          ? ` --resource-group-name=${cfg(ctx, 'resourceGroup', 'REPLACE_WITH_RESOURCE_GROUP')}`
          : '';
      return `./ccoctl ibmcloud create-service-id --name=${name}${group} ${common}`;
    }
    default:
      return '';
  }
}

/**
 * Manual credentials mode (knowledge/cloud-credentials.ts): the component credentials are created before the
 * install from the release's CredentialsRequests, for IPI and UPI alike — the cluster's operators need them either way.
 */
/** The IBM Cloud API key variable, exported before anything talks to IBM Cloud. */
export function ibmApiKeyItems(ctx: ChecklistContext): ChecklistItem[] {
  const { plan, t } = ctx;
  if (ctx.path === 'Agent-based') return [];
  const items: ChecklistItem[] = [];
  const variable = API_KEY_VARIABLES[plan.platform];
  if (variable && ctx.method === 'IPI') {
    items.push(
      item({
        id: 'prepare.ibm-api-key',
        phase: 'prepare',
        owner: 'security',
        kind: 'task',
        title: t('prepare.ibm-api-key.title', { variable }),
        details: t('prepare.ibm-api-key.details', { variable }),
        commands: [`export ${variable}=REPLACE_WITH_API_KEY`],
        source: SOURCES.otherIpi,
      }),
    );
  }
  return items;
}

/**
 * The ccoctl step. It reads the install-config in the install folder, so it comes right after the step that copies
 * it there (placed by checklist/build.ts), and before the manifests (UPI) or the install (IPI).
 */
export function manualCredentialItems(ctx: ChecklistContext): ChecklistItem[] {
  const { plan, t } = ctx;
  if (ctx.path === 'Agent-based') return [];
  const items: ChecklistItem[] = [];
  const facts = MANUAL_CREDENTIALS[plan.platform];
  const reason = manualCredentialsReason(plan.platform, plan.requirements.installerCredentials);
  if (!facts || !reason) return items;
  const dir = shellQuote(ctx.installDir);
  const pull = '--registry-config ./pull-secret.json';
  items.push(
    item({
      id: 'install.manual-credentials',
      phase: 'install',
      owner: 'security',
      kind: 'task',
      title: t('install.manual-credentials.title', { identity: facts.identity }),
      details: [
        t(
          reason === 'only-mode' ? 'install.manual-credentials.only' : 'install.manual-credentials.no-admin',
          {
            platform: plan.platform,
          },
        ),
        // UPI creates the manifests in its own later step; the copy belongs right after it, before the Ignition configs.
        t(ctx.method === 'UPI' ? 'install.manual-credentials.upi' : 'install.manual-credentials.details', {
          installDir: ctx.installDir,
        }),
      ].join(' '),
      commands: [
        `RELEASE_IMAGE=$(openshift-install version | awk '/release image/ {print $3}')`,
        `CCO_IMAGE=$(oc adm release info --image-for=cloud-credential-operator ${pull} "$RELEASE_IMAGE")`,
        `oc image extract "$CCO_IMAGE" --file=/usr/bin/ccoctl.rhel9 ${pull} && mv ccoctl.rhel9 ccoctl && chmod 775 ccoctl`,
        `oc adm release extract ${pull} --credentials-requests --included --install-config=${dir}/install-config.yaml --to=${REQUESTS} "$RELEASE_IMAGE"`,
        ccoctlCommand(ctx),
        ...(ctx.method === 'UPI'
          ? []
          : [
              `openshift-install create manifests --dir ${dir}`,
              `cp ${OUT}/manifests/* ${dir}/manifests/`,
              ...(facts.tlsFolder ? [`cp -a ${OUT}/tls ${dir}/`] : []),
            ]),
      ],
      source: `${SOURCES.otherIpi}; ${SOURCES.ipiCommon}`,
    }),
  );
  return items;
}
