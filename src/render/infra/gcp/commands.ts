import {
  GCP_IM_SERVICE_ACCOUNT_ROLES,
  GCP_NODE_ROLES,
  GCP_TOOL_FACTS,
  GCP_UPI_APIS,
  gcpTemplateUrl,
  gcpUpiTool,
} from '../../../knowledge/cloud-upi-gcp.js';
import type { Plan } from '../../../types.js';
import { arg, type CloudCommands } from '../cloud/commands.js';
import { planValue } from '../cloud/plan-values.js';
import type { CloudUpiPlan, PlannedStack } from '../cloud/stacks.js';
import { GCP_SCRIPT, gcpDeploymentName, gcpInputsFile, gcpParameterFile } from './files.js';

/**
 * The service account Infrastructure Manager runs the modules as (4.22 and later): `<cluster>-infra-mgr@<project>`.
 * Service account IDs are 6 to 30 characters, so the cluster name is cut to 19.
 */
export function gcpInfraManagerAccount(plan: Plan): string {
  return `${plan.clusterName.slice(0, 19)}-infra-mgr@${String(planValue(plan, 'project'))}.iam.gserviceaccount.com`;
}

/**
 * The documented GCP commands (installing-gcp-user-infra): Deployment Manager deployments up to 4.21
 * (`gcloud deployment-manager deployments create --config`), Infrastructure Manager deployments from 4.22
 * (`gcloud infra-manager deployments apply --local-source --inputs-file`); the DNS records, policy bindings, service
 * account key, bootstrap.ign bucket and load balancer membership the templates leave to the user.
 */
export function gcpCommands(
  plan: Plan,
  upi: CloudUpiPlan,
  planDir: string,
  installDir: string,
): CloudCommands {
  const tool = gcpUpiTool(plan.ocpVersion);
  const im = tool === 'infrastructure-manager';
  const project = arg(String(planValue(plan, 'project')));
  const region = arg(String(planValue(plan, 'region')));
  const domain = `${plan.clusterName}.${plan.baseDomain}`;
  const external = plan.publish !== 'Internal';
  const dir = `${installDir}/gcp`;
  const modules = `${installDir}/gcp-modules`;
  const location = `projects/${project}/locations/${region}/deployments`;
  const account = gcpInfraManagerAccount(plan);
  const bucket = 'gs://"$INFRA_ID"-bootstrap-ignition';
  const templates = [...new Set(upi.stacks.map((s) => s.template.template))];
  const download = im
    ? templates.flatMap((m) => [
        `curl -fsSL --create-dirs -o ${modules}/${m}/${m}.tf ${gcpTemplateUrl(plan.ocpVersion, `${m}/${m}.tf`)}`,
      ])
    : templates.map((t) => `curl -fsSL -o ${dir}/${t} ${gcpTemplateUrl(plan.ocpVersion, t)}`);
  const binding = (sa: string, role: string) =>
    `gcloud projects add-iam-policy-binding ${project} --member "serviceAccount:${sa}" --role ${role}`;
  const deploymentId = (stack: PlannedStack) => gcpDeploymentName(stack);
  const createCommands = (stack: PlannedStack) =>
    im
      ? [
          `gcloud infra-manager deployments apply ${location}/${deploymentId(stack)} --service-account=projects/${project}/serviceAccounts/${account} --local-source=${modules}/${stack.template.template} --inputs-file=${dir}/${gcpInputsFile(plan, stack)}`,
          `gcloud infra-manager deployments describe ${location}/${deploymentId(stack)} --format='value(state)'`,
        ]
      : [
          `gcloud deployment-manager deployments create ${deploymentId(stack)} --config ${dir}/${gcpParameterFile(plan, stack)}`,
          `gcloud deployment-manager deployments describe ${deploymentId(stack)}`,
        ];
  const zones = [0, 1, 2].map(
    (i) =>
      `export ZONE_${i}=$(gcloud compute regions describe ${region} --format json | jq -r '.zones[${i}]' | cut -d / -f9)`,
  );
  const facts = GCP_TOOL_FACTS[tool];
  return {
    prerequisites: [
      'gcloud --version',
      'jq --version',
      // The documentation's gcloud and gsutil commands act on the configured project.
      `gcloud config set project ${project}`,
      `gcloud services enable ${[...GCP_UPI_APIS, facts.api].join(' ')} --project ${project}`,
      ...(im
        ? [
            `gcloud iam service-accounts create ${arg(account.split('@')[0] ?? '')} --project ${project}`,
            ...GCP_IM_SERVICE_ACCOUNT_ROLES.map((role) => binding(account, role)),
          ]
        : []),
    ],
    templates: [
      `export INFRA_ID=$(jq -r .infraID ${installDir}/metadata.json)`,
      ...zones,
      `mkdir -p ${dir}`,
      ...download,
    ],
    stack(stack) {
      const before: string[] = [];
      const after: string[] = [];
      const kind = stack.template.kind;
      if (kind === 'dns') {
        after.push(
          `export CLUSTER_IP=$(gcloud compute addresses describe "$INFRA_ID"-cluster-ip --region ${region} --format json | jq -r .address)`,
          `gcloud dns record-sets create ${arg(`api-int.${domain}.`)} --zone "$INFRA_ID"-private-zone --type A --ttl 60 --rrdatas "$CLUSTER_IP"`,
          `gcloud dns record-sets create ${arg(`api.${domain}.`)} --zone "$INFRA_ID"-private-zone --type A --ttl 60 --rrdatas "$CLUSTER_IP"`,
          ...(external
            ? [
                `export CLUSTER_PUBLIC_IP=$(gcloud compute addresses describe "$INFRA_ID"-cluster-public-ip --region ${region} --format json | jq -r .address)`,
                `export BASE_DOMAIN_ZONE=$(gcloud dns managed-zones list --filter ${arg(`dnsName=${plan.baseDomain}. AND visibility=public`)} --format 'value(name)')`,
                `gcloud dns record-sets create ${arg(`api.${domain}.`)} --zone "$BASE_DOMAIN_ZONE" --type A --ttl 60 --rrdatas "$CLUSTER_PUBLIC_IP"`,
              ]
            : []),
        );
      }
      // The service accounts come from 03_iam.py (Deployment Manager) or 03_security (Infrastructure Manager).
      if (kind === 'iam' || (im && kind === 'security')) {
        after.push(
          `export MASTER_SA=$(gcloud iam service-accounts list --filter "email~^$INFRA_ID-m@${project}." --format json | jq -r '.[0].email')`,
          `export WORKER_SA=$(gcloud iam service-accounts list --filter "email~^$INFRA_ID-w@${project}." --format json | jq -r '.[0].email')`,
          ...GCP_NODE_ROLES.master.map((role) => binding('$MASTER_SA', role)),
          ...GCP_NODE_ROLES.worker.map((role) => binding('$WORKER_SA', role)),
          `gcloud iam service-accounts keys create ${installDir}/service-account-key.json --iam-account="$MASTER_SA"`,
        );
      }
      if (kind === 'bootstrap') {
        before.push(
          `gsutil mb -p ${project} -l ${region} ${bucket}`,
          `gsutil cp ${installDir}/bootstrap.ign ${bucket}/`,
        );
        after.push(
          `gcloud compute instance-groups unmanaged add-instances "$INFRA_ID"-bootstrap-ig --zone="$ZONE_0" --instances="$INFRA_ID"-bootstrap`,
          `gcloud compute backend-services add-backend "$INFRA_ID"-api-internal --region=${region} --instance-group="$INFRA_ID"-bootstrap-ig --instance-group-zone="$ZONE_0"`,
          ...(external
            ? [
                `gcloud compute target-pools add-instances "$INFRA_ID"-api-target-pool --instances-zone="$ZONE_0" --instances="$INFRA_ID"-bootstrap`,
              ]
            : []),
        );
      }
      if (kind === 'control-plane') {
        for (const i of [0, 1, 2]) {
          after.push(
            `gcloud compute instance-groups unmanaged add-instances "$INFRA_ID"-master-"$ZONE_${i}"-ig --zone="$ZONE_${i}" --instances="$INFRA_ID"-master-${i}`,
          );
        }
        if (external) {
          for (const i of [0, 1, 2]) {
            after.push(
              `gcloud compute target-pools add-instances "$INFRA_ID"-api-target-pool --instances-zone="$ZONE_${i}" --instances="$INFRA_ID"-master-${i}`,
            );
          }
        }
      }
      return {
        before,
        create: [`INSTALL_DIR=${installDir} ${planDir}/${GCP_SCRIPT} ${stack.id}`, ...createCommands(stack)],
        after,
      };
    },
    bootstrapDelete: [
      ...(external
        ? [
            `gcloud compute target-pools remove-instances "$INFRA_ID"-api-target-pool --instances-zone="$ZONE_0" --instances="$INFRA_ID"-bootstrap`,
          ]
        : []),
      `gcloud compute backend-services remove-backend "$INFRA_ID"-api-internal --region=${region} --instance-group="$INFRA_ID"-bootstrap-ig --instance-group-zone="$ZONE_0"`,
      `gsutil rm ${bucket}/bootstrap.ign`,
      `gsutil rb ${bucket}`,
      im
        ? `gcloud infra-manager deployments delete ${location}/"$INFRA_ID"-bootstrap`
        : 'gcloud deployment-manager deployments delete "$INFRA_ID"-bootstrap',
    ],
    apiHealth: [
      `gcloud compute backend-services get-health "$INFRA_ID"-api-internal --region=${region}`,
      ...(external
        ? [`gcloud compute target-pools get-health "$INFRA_ID"-api-target-pool --region=${region}`]
        : []),
    ],
    appsDns: [
      `export ROUTER_IP=$(oc -n openshift-ingress get service router-default -o jsonpath='{.status.loadBalancer.ingress[0].ip}')`,
      `gcloud dns record-sets create ${arg(`*.apps.${domain}.`)} --zone "$INFRA_ID"-private-zone --type A --ttl 300 --rrdatas "$ROUTER_IP"`,
      ...(external
        ? [
            `gcloud dns record-sets create ${arg(`*.apps.${domain}.`)} --zone "$BASE_DOMAIN_ZONE" --type A --ttl 300 --rrdatas "$ROUTER_IP"`,
          ]
        : []),
    ],
  };
}
