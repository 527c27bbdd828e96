import { describe, expect, it } from 'vitest';
import { buildChecklist } from '../../src/checklist/build.js';
import { loadCatalog } from '../../src/checklist/catalog.js';
import { REPLACED_ON_CLOUD_UPI } from '../../src/checklist/items/cloud-upi.js';
import { infraFileIndex, renderInfraFiles } from '../../src/render/infra/index.js';
import type { ChecklistItem, Lang, Plan } from '../../src/types.js';
import { makeRec } from '../checklist/factory.js';
import { awsPlan, azurePlan, gcpPlan } from './cloud-fixtures.js';

const checklist = (plan: Plan, lang: Lang = 'en') =>
  buildChecklist(plan, makeRec('UPI'), lang, { hasPullSecret: true });
const ids = (items: ChecklistItem[]) => items.map((i) => i.id);
const byId = (items: ChecklistItem[], id: string) => {
  const found = items.find((i) => i.id === id);
  if (!found) throw new Error(`no ${id} in ${ids(items).join(', ')}`);
  return found;
};
const allCommands = (items: ChecklistItem[]) => items.flatMap((i) => i.commands ?? []).join('\n');

describe('the cloud UPI checklist runs the stacks in order with the real commands', () => {
  it('AWS: templates after create ignition-configs, one item per stack, bootstrap deletion, *.apps before the end', () => {
    const items = checklist(awsPlan());
    const install = ids(items.filter((i) => i.phase === 'install'));
    expect(install).toEqual([
      'install.dir',
      // The fixture's installer holds no credentials: ccoctl creates them once the install folder exists.
      'install.manual-credentials',
      'install.manifests',
      'install.ignition-configs',
      'cloud.templates',
      'cloud.stack.vpc',
      'cloud.stack.infra',
      'cloud.stack.security',
      'cloud.stack.bootstrap',
      'cloud.stack.control-plane',
      'cloud.stack.worker-0',
      'cloud.stack.worker-1',
      'cloud.stack.worker-2',
      'install.bootstrap-complete',
      'cloud.bootstrap-delete',
      'install.csr',
      'cloud.apps-dns',
      'install.complete',
    ]);
    // The generic items give way; lb.api and the DNS records come back as checks of what the stacks built.
    const checks = new Set(['lb.api', 'dns.api', 'dns.api-int', 'dns.apps']);
    for (const replaced of REPLACED_ON_CLOUD_UPI)
      if (checks.has(replaced)) expect(byId(items, replaced).kind).toBe('verify');
      else expect(ids(items)).not.toContain(replaced);
    // No PTR record and no record to build by hand: the infra stack writes api and api-int.
    expect(byId(items, 'dns.api').title).toContain('cfn-infra');
    expect(byId(items, 'dns.api').details).not.toContain('Create the matching PTR');
    expect(byId(items, 'dns.api').table).toBeUndefined();
    const api = byId(items, 'lb.api');
    expect(api.kind).toBe('verify');
    expect(api.title).toContain('cfn-infra');
    expect(api.commands?.[0]).toBe(
      `aws elbv2 describe-target-health --region eu-west-1 --target-group-arn "$(aws cloudformation describe-stacks --region eu-west-1 --stack-name cfn-infra --query "Stacks[0].Outputs[?OutputKey=='InternalApiTargetGroupArn'].OutputValue" --output text)"`,
    );
    const infra = byId(items, 'cloud.stack.infra');
    expect(infra.commands).toEqual([
      'INSTALL_DIR=cfn-install cfn-plan/infra/aws/fill-parameters.sh infra',
      'aws cloudformation create-stack --region eu-west-1 --stack-name cfn-infra --template-body file://cfn-install/aws/02_cluster_infra.yaml --parameters file://cfn-install/aws/02_cluster_infra.json --capabilities CAPABILITY_NAMED_IAM',
      'aws cloudformation wait stack-create-complete --region eu-west-1 --stack-name cfn-infra',
      "aws cloudformation describe-stacks --region eu-west-1 --stack-name cfn-infra --query 'Stacks[0].Outputs'",
    ]);
    expect(infra.files).toEqual(['infra/aws/02_cluster_infra.json', 'infra/aws/fill-parameters.sh']);
    expect(infra.source).toBe(
      'Installing a cluster on AWS using CloudFormation templates, https://docs.redhat.com/en/documentation/openshift_container_platform/4.21/html/installing_on_aws/user-provisioned-infrastructure#installing-aws-user-infra',
    );
    // The values' origins are in the table: the infrastructure name waits for create ignition-configs.
    expect(infra.table?.rows).toContainEqual(['InfrastructureName', '—', 'create ignition-configs']);
    expect(infra.table?.rows).toContainEqual(['HostedZoneName', 'example.com', 'the answers']);
    const bootstrap = byId(items, 'cloud.stack.bootstrap');
    expect(bootstrap.commands?.slice(0, 2)).toEqual([
      'aws s3 mb "s3://$INFRA_ID-bootstrap" --region eu-west-1',
      'aws s3 cp cfn-install/bootstrap.ign "s3://$INFRA_ID-bootstrap/bootstrap.ign"',
    ]);
    expect(bootstrap.details).toContain('24 hours');
    expect(byId(items, 'cloud.templates').commands).toContain(
      'curl -fsSL -o cfn-install/aws/05_cluster_master_nodes.yaml https://raw.githubusercontent.com/openshift/installer/release-4.21/upi/aws/cloudformation/05_cluster_master_nodes.yaml',
    );
    expect(byId(items, 'cloud.bootstrap-delete').commands?.[0]).toBe(
      'aws cloudformation delete-stack --region eu-west-1 --stack-name cfn-bootstrap',
    );
    // Every file a stack item names exists in the plan folder.
    const written = new Set(renderInfraFiles(awsPlan(), 'UPI').map((a) => a.path));
    for (const item of items) for (const file of item.files ?? []) expect(written.has(file), file).toBe(true);
  });

  it('the ingress load balancer is the ingress operator’s: no pool towards the nodes’ 443 and 80', () => {
    for (const plan of [awsPlan(), azurePlan(), gcpPlan('4.22')]) {
      const items = checklist(plan);
      expect(ids(items)).not.toContain('lb.ingress-https');
      const ingress = byId(items, 'lb.ingress');
      expect(ingress.kind).toBe('verify');
      expect(ingress.details).toContain('LoadBalancer');
      expect(allCommands(items)).not.toMatch(/:443 check/);
    }
  });

  it('a control plane other than three and the template that hard-codes three say what to change', () => {
    const items = checklist(awsPlan({ topology: 'sno', controlPlaneReplicas: 1, computeReplicas: 0 }));
    expect(byId(items, 'cloud.stack.control-plane').details).toContain(
      'exactly 3 control plane machines and this cluster has 1',
    );
    expect(byId(checklist(awsPlan()), 'cloud.stack.control-plane').details).not.toContain('exactly 3');
  });

  it('publish Internal and an existing VPC are stated', () => {
    const internal = checklist(awsPlan({ publish: 'Internal' }));
    expect(byId(internal, 'cloud.stack.infra').details).toContain('ExtApiElb');
    const existing = checklist(awsPlan({ platformConfig: { region: 'eu-west-1', subnets: ['subnet-a'] } }));
    expect(ids(existing)).not.toContain('cloud.stack.vpc');
    expect(byId(existing, 'cloud.templates').details).toContain('Existing VPC');
  });

  it('customer DNS: *.apps is a task with the commands; installer DNS: a check', () => {
    expect(byId(checklist(awsPlan()), 'cloud.apps-dns').kind).toBe('task');
    const operatorDns = awsPlan({ ownership: { ...awsPlan().ownership, dns: 'installer' } });
    expect(byId(checklist(operatorDns), 'cloud.apps-dns').kind).toBe('verify');
  });
});

describe('Azure', () => {
  it('the documented order and az deployment group create per template', () => {
    const items = checklist(azurePlan());
    expect(ids(items).filter((id) => id.startsWith('cloud.stack.'))).toEqual([
      'cloud.stack.vnet',
      'cloud.stack.storage',
      'cloud.stack.infra',
      'cloud.stack.bootstrap',
      'cloud.stack.masters',
      'cloud.stack.workers',
    ]);
    const masters = byId(items, 'cloud.stack.masters');
    expect(masters.commands).toContain(
      'az deployment group create -g "$RESOURCE_GROUP" --name arm-1-masters --template-file cfn-install/azure/05_masters.json --parameters @cfn-install/azure/05_masters.parameters.json'.replaceAll(
        'cfn-install',
        'arm-1-install',
      ),
    );
    const storage = allCommands([byId(items, 'cloud.stack.storage')]);
    expect(storage).toContain('az storage blob upload');
    expect(storage).toContain('"rhel-coreos-extensions"."azure-disk".url');
    expect(allCommands([byId(items, 'cloud.stack.infra')])).toContain(
      'az network dns record-set a add-record -g dns-rg -z azure.example.com -n api.arm-1 -a "$PUBLIC_IP" --ttl 60',
    );
  });
});

describe('GCP at the 4.21/4.22 boundary', () => {
  it('4.21: Deployment Manager deployments and their API', () => {
    const items = checklist(gcpPlan('4.21'));
    const commands = allCommands(items);
    expect(commands).toContain(
      'gcloud deployment-manager deployments create "$INFRA_ID"-vpc --config dm-install/gcp/01_vpc.yaml',
    );
    expect(commands).toContain('deploymentmanager.googleapis.com');
    expect(commands).not.toContain('infra-manager');
    expect(byId(items, 'cloud.prerequisites').details).toContain('Deployment Manager Editor');
    expect(byId(items, 'cloud.stack.iam').commands).toContain(
      'gcloud iam service-accounts keys create dm-install/service-account-key.json --iam-account="$MASTER_SA"',
    );
  });

  it('4.22: Infrastructure Manager deployments, config.googleapis.com, and never Deployment Manager', () => {
    const items = checklist(gcpPlan('4.22'));
    const commands = allCommands(items);
    expect(commands).toContain(
      'gcloud infra-manager deployments apply projects/host-project-42/locations/europe-west1/deployments/"$INFRA_ID"-vpc --service-account=projects/host-project-42/serviceAccounts/dm-infra-mgr@host-project-42.iam.gserviceaccount.com --local-source=dm-install/gcp-modules/01_vpc --inputs-file=dm-install/gcp/01_vpc.tfvars',
    );
    expect(commands).toContain('config.googleapis.com');
    expect(commands).toContain('--role roles/config.agent');
    expect(commands).toContain(
      'curl -fsSL --create-dirs -o dm-install/gcp-modules/05_control_plane/05_control_plane.tf https://raw.githubusercontent.com/openshift/installer/release-4.22/upi/gcp/05_control_plane/05_control_plane.tf',
    );
    const text = JSON.stringify(items);
    expect(text).not.toMatch(/deployment-manager|Deployment Manager Editor|deploymentmanager\.googleapis/);
    expect(byId(items, 'cloud.prerequisites').details).toContain('Cloud Infrastructure Manager Admin');
    expect(byId(items, 'cloud.stack.control-plane').source).toContain('Infrastructure Manager templates');
    expect(byId(checklist(gcpPlan('4.21')), 'cloud.stack.control-plane').source).toContain(
      'Deployment Manager templates',
    );
  });

  it('4.22 with three workers: the module makes two, and the checklist says so', () => {
    expect(byId(checklist(gcpPlan('4.22', { computeReplicas: 3 })), 'cloud.stack.worker').details).toContain(
      'exactly 2 compute machines',
    );
  });

  it('publish Internal: no external load balancer stack, no public record, no target pool', () => {
    const items = checklist(gcpPlan('4.21', { publish: 'Internal' }));
    expect(ids(items)).not.toContain('cloud.stack.lb-ext');
    const commands = allCommands(items);
    expect(commands).not.toContain('target-pools');
    expect(commands).not.toContain('BASE_DOMAIN_ZONE');
  });
});

describe('both languages', () => {
  it('every cloud item has Korean text and English output quotes no Korean', async () => {
    await loadCatalog('ko');
    for (const plan of [
      awsPlan({ connectivity: 'disconnected' }),
      azurePlan({ connectivity: 'proxy' }),
      gcpPlan('4.22'),
    ]) {
      const en = checklist(plan, 'en').filter((i) => i.id.startsWith('cloud.'));
      const ko = checklist(plan, 'ko').filter((i) => i.id.startsWith('cloud.'));
      expect(ids(ko)).toEqual(ids(en));
      for (const item of ko) expect(item.details, item.id).toMatch(/[\uAC00-\uD7A3]/);
      for (const item of en) expect(`${item.title} ${item.details}`, item.id).not.toMatch(/[\uAC00-\uD7A3]/);
      // Commands are the same in both languages.
      expect(ko.map((i) => i.commands)).toEqual(en.map((i) => i.commands));
    }
  });

  it('the infra index and the checklist agree on the cloud files', () => {
    const plan = gcpPlan('4.21');
    const listed = new Set(checklist(plan).flatMap((i) => i.files ?? []));
    expect([...listed].sort()).toEqual([...(infraFileIndex(plan, 'UPI').cloudUpi ?? [])].sort());
  });
});
