import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { AWS_STACKS } from '../../src/knowledge/cloud-upi-aws.js';
import { AZURE_STACKS } from '../../src/knowledge/cloud-upi-azure.js';
import { GCP_DM_STACKS, GCP_IM_STACKS, gcpUpiTool } from '../../src/knowledge/cloud-upi-gcp.js';
import type { StackTemplate } from '../../src/knowledge/cloud-upi-model.js';
import { infraFileIndex, renderInfraFiles } from '../../src/render/infra/index.js';
import type { Artifact, Plan } from '../../src/types.js';
import { awsPlan, azurePlan, gcpPlan } from './cloud-fixtures.js';

const json = (a: Artifact) => JSON.parse(a.content) as unknown;
const files = (plan: Plan) => renderInfraFiles(plan, 'UPI');
const paths = (plan: Plan) => files(plan).map((a) => a.path);
const byPath = (plan: Plan, p: string) => {
  const found = files(plan).find((a) => a.path === p);
  if (!found) throw new Error(`no ${p} in ${paths(plan).join(', ')}`);
  return found;
};

/** The declared names of the template a parameter file belongs to, from the knowledge table. */
function declaredFor(table: readonly StackTemplate[], file: string): readonly string[] {
  const base = file
    .replace(/^infra\/\w+\//, '')
    .replace(/(-\d+)?\.(parameters\.json|tfvars\.json|json|yaml)$/, '');
  const template = table.find((t) => t.template.replace(/\.(yaml|json|py)$/, '') === base);
  if (!template) throw new Error(`no template for ${file}`);
  return template.declared;
}

describe('AWS CloudFormation parameter files', () => {
  it('one file per documented stack, in order, one per worker, and the script', () => {
    expect(paths(awsPlan())).toEqual([
      'infra/aws/01_vpc.json',
      'infra/aws/02_cluster_infra.json',
      'infra/aws/03_cluster_security.json',
      'infra/aws/04_cluster_bootstrap.json',
      'infra/aws/05_cluster_master_nodes.json',
      'infra/aws/06_cluster_worker_node-0.json',
      'infra/aws/06_cluster_worker_node-1.json',
      'infra/aws/06_cluster_worker_node-2.json',
      'infra/aws/fill-parameters.sh',
    ]);
  });

  it('every file is [{ParameterKey, ParameterValue}] with string values and only names the template declares', () => {
    for (const artifact of files(awsPlan()).filter((a) => a.path.endsWith('.json'))) {
      const entries = json(artifact) as { ParameterKey: string; ParameterValue: string }[];
      expect(Array.isArray(entries)).toBe(true);
      const declared = declaredFor(AWS_STACKS, artifact.path);
      for (const entry of entries) {
        expect(Object.keys(entry).sort()).toEqual(['ParameterKey', 'ParameterValue']);
        expect(typeof entry.ParameterValue).toBe('string');
        expect(declared, artifact.path).toContain(entry.ParameterKey);
      }
      expect(new Set(entries.map((e) => e.ParameterKey)).size).toBe(entries.length);
    }
  });

  it('fills what the answers know and leaves the rest empty for the script, never invented', () => {
    const plan = awsPlan({ networking: { ...awsPlan().networking, machineNetwork: ['10.20.0.0/20'] } });
    const value = (file: string, key: string) =>
      (json(byPath(plan, file)) as { ParameterKey: string; ParameterValue: string }[]).find(
        (e) => e.ParameterKey === key,
      )?.ParameterValue;
    expect(value('infra/aws/01_vpc.json', 'VpcCidr')).toBe('10.20.0.0/20');
    // Six subnets in a /20: three more bits, /23 subnets, SubnetBits 9.
    expect(value('infra/aws/01_vpc.json', 'SubnetBits')).toBe('9');
    expect(value('infra/aws/01_vpc.json', 'AvailabilityZoneCount')).toBe('3');
    expect(value('infra/aws/02_cluster_infra.json', 'ClusterName')).toBe('cfn');
    expect(value('infra/aws/02_cluster_infra.json', 'HostedZoneName')).toBe('example.com');
    expect(value('infra/aws/02_cluster_infra.json', 'InfrastructureName')).toBe('');
    expect(value('infra/aws/04_cluster_bootstrap.json', 'AllowedBootstrapSshCidr')).toBe('10.20.0.0/20');
    expect(value('infra/aws/04_cluster_bootstrap.json', 'RhcosAmi')).toBe('');
    expect(value('infra/aws/05_cluster_master_nodes.json', 'IgnitionLocation')).toBe(
      'https://api-int.cfn.example.com:22623/config/master',
    );
    expect(value('infra/aws/05_cluster_master_nodes.json', 'PrivateHostedZoneName')).toBe('cfn.example.com');
    expect(value('infra/aws/05_cluster_master_nodes.json', 'MasterInstanceType')).toBe('m6i.xlarge');
    expect(value('infra/aws/05_cluster_master_nodes.json', 'CertificateAuthorities')).toBe('');
    expect(value('infra/aws/06_cluster_worker_node-1.json', 'IgnitionLocation')).toBe(
      'https://api-int.cfn.example.com:22623/config/worker',
    );
    expect(value('infra/aws/06_cluster_worker_node-1.json', 'WorkerInstanceType')).toBe('m6i.large');
  });

  it('arm64 and an answered instance type change the types; a single node spreads over one zone', () => {
    const arm = awsPlan({ architecture: 'arm64' });
    const entries = (p: Plan, f: string) =>
      Object.fromEntries(
        (json(byPath(p, f)) as { ParameterKey: string; ParameterValue: string }[]).map((e) => [
          e.ParameterKey,
          e.ParameterValue,
        ]),
      );
    expect(entries(arm, 'infra/aws/05_cluster_master_nodes.json').MasterInstanceType).toBe('m6g.xlarge');
    expect(entries(arm, 'infra/aws/04_cluster_bootstrap.json').BootstrapInstanceType).toBe('m6g.large');
    const typed = awsPlan({
      platformConfig: { region: 'eu-west-1', defaultMachinePlatform: { type: 'm7i.2xlarge' } },
    });
    expect(entries(typed, 'infra/aws/05_cluster_master_nodes.json').MasterInstanceType).toBe('m7i.2xlarge');
    expect(entries(typed, 'infra/aws/06_cluster_worker_node-0.json').WorkerInstanceType).toBe('m7i.2xlarge');
    const sno = awsPlan({ topology: 'sno', controlPlaneReplicas: 1, computeReplicas: 0 });
    expect(entries(sno, 'infra/aws/01_vpc.json').AvailabilityZoneCount).toBe('1');
    expect(paths(sno).some((p) => p.includes('06_cluster_worker_node'))).toBe(false);
  });

  it('an existing VPC named in the answers: no VPC stack; subnets with roles fill the subnet parameters', () => {
    const legacy = awsPlan({ platformConfig: { region: 'eu-west-1', subnets: ['subnet-a', 'subnet-b'] } });
    expect(paths(legacy)).not.toContain('infra/aws/01_vpc.json');
    expect(paths(legacy)[0]).toBe('infra/aws/02_cluster_infra.json');
    const roles = awsPlan({
      platformConfig: {
        region: 'eu-west-1',
        vpc: {
          subnets: [
            {
              id: 'subnet-pub',
              roles: [{ type: 'IngressControllerLB' }, { type: 'ControlPlaneExternalLB' }],
            },
            { id: 'subnet-priv1', roles: [{ type: 'ClusterNode' }] },
            { id: 'subnet-priv2', roles: [{ type: 'ClusterNode' }, { type: 'ControlPlaneInternalLB' }] },
          ],
        },
      },
    });
    const entries = Object.fromEntries(
      (
        json(byPath(roles, 'infra/aws/05_cluster_master_nodes.json')) as {
          ParameterKey: string;
          ParameterValue: string;
        }[]
      ).map((e) => [e.ParameterKey, e.ParameterValue]),
    );
    expect([entries.Master0Subnet, entries.Master1Subnet, entries.Master2Subnet]).toEqual([
      'subnet-priv1',
      'subnet-priv2',
      'subnet-priv1',
    ]);
    const infra = Object.fromEntries(
      (
        json(byPath(roles, 'infra/aws/02_cluster_infra.json')) as {
          ParameterKey: string;
          ParameterValue: string;
        }[]
      ).map((e) => [e.ParameterKey, e.ParameterValue]),
    );
    expect(infra.PublicSubnets).toBe('subnet-pub');
    expect(infra.PrivateSubnets).toBe('subnet-priv1,subnet-priv2');
    expect(infra.VpcId).toBe('');
  });

  it('IPI and other platforms get no cloud files; the index lists every cloud file', () => {
    expect(renderInfraFiles(awsPlan(), 'IPI')).toEqual([]);
    expect(infraFileIndex(awsPlan(), 'UPI').cloudUpi).toEqual(paths(awsPlan()));
    expect(files(awsPlan()).find((a) => a.path.endsWith('.sh'))?.mode).toBe(0o755);
  });
});

describe('Azure ARM parameter files', () => {
  it('one deploymentParameters file per documented template and the script', () => {
    expect(paths(azurePlan())).toEqual([
      'infra/azure/01_vnet.parameters.json',
      'infra/azure/02_storage.parameters.json',
      'infra/azure/03_infra.parameters.json',
      'infra/azure/04_bootstrap.parameters.json',
      'infra/azure/05_masters.parameters.json',
      'infra/azure/06_workers.parameters.json',
      'infra/azure/fill-parameters.sh',
    ]);
  });

  it('every file has the ARM parameter file shape and only declared names', () => {
    for (const artifact of files(azurePlan()).filter((a) => a.path.endsWith('.json'))) {
      const doc = json(artifact) as {
        $schema: string;
        contentVersion: string;
        parameters: Record<string, { value: unknown }>;
      };
      expect(doc.$schema).toBe(
        'https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#',
      );
      expect(doc.contentVersion).toBe('1.0.0.0');
      const declared = declaredFor(AZURE_STACKS, artifact.path);
      for (const [name, entry] of Object.entries(doc.parameters)) {
        expect(declared, artifact.path).toContain(name);
        expect(Object.keys(entry)).toEqual(['value']);
      }
    }
  });

  it('counts, sizes, storage account and architecture from the answers; baseName and Ignition left for the script', () => {
    const plan = azurePlan({ architecture: 'arm64', computeReplicas: 4 });
    const params = (f: string) =>
      (json(byPath(plan, f)) as { parameters: Record<string, { value: unknown }> }).parameters;
    expect(params('infra/azure/05_masters.parameters.json').numberOfMasters?.value).toBe(3);
    expect(params('infra/azure/05_masters.parameters.json').masterVMSize?.value).toBe('Standard_D8ps_v5');
    expect(params('infra/azure/05_masters.parameters.json').privateDNSZoneName?.value).toBe(
      'arm-1.azure.example.com',
    );
    expect(params('infra/azure/06_workers.parameters.json').numberOfNodes?.value).toBe(4);
    expect(params('infra/azure/04_bootstrap.parameters.json').bootstrapVMSize?.value).toBe(
      'Standard_D4ps_v5',
    );
    // A storage account name is lower-case letters and digits only: the hyphen of arm-1 goes.
    expect(params('infra/azure/02_storage.parameters.json').storageAccount?.value).toBe('arm1sa');
    expect(params('infra/azure/02_storage.parameters.json').architecture?.value).toBe('Arm64');
    expect(params('infra/azure/02_storage.parameters.json').vhdBlobURL?.value).toBe('');
    expect(params('infra/azure/01_vnet.parameters.json').baseName?.value).toBe('');
    expect(params('infra/azure/05_masters.parameters.json').masterIgnition?.value).toBe('');
  });

  it('an existing VNet: no VNet deployment, vnetBaseName from its name', () => {
    const plan = azurePlan({
      platformConfig: {
        region: 'westeurope',
        baseDomainResourceGroupName: 'dns-rg',
        networkResourceGroupName: 'net-rg',
        virtualNetwork: 'corp-vnet',
        controlPlaneSubnet: 'corp-master-subnet',
        computeSubnet: 'corp-worker-subnet',
      },
    });
    expect(paths(plan)).not.toContain('infra/azure/01_vnet.parameters.json');
    for (const f of ['03_infra', '04_bootstrap', '05_masters', '06_workers']) {
      const doc = json(byPath(plan, `infra/azure/${f}.parameters.json`)) as {
        parameters: Record<string, { value: unknown }>;
      };
      expect(doc.parameters.vnetBaseName?.value, f).toBe('corp');
    }
    expect(
      (json(byPath(azurePlan(), 'infra/azure/03_infra.parameters.json')) as { parameters: object })
        .parameters,
    ).not.toHaveProperty('vnetBaseName');
  });
});

describe('GCP: Deployment Manager up to 4.21, Infrastructure Manager from 4.22', () => {
  it('the tool follows the release table, the day before and the day after', () => {
    expect(gcpUpiTool('4.14')).toBe('deployment-manager');
    expect(gcpUpiTool('4.21')).toBe('deployment-manager');
    expect(gcpUpiTool('4.22')).toBe('infrastructure-manager');
    expect(gcpUpiTool('5.0')).toBe('infrastructure-manager');
  });

  it('4.21: Deployment Manager configurations (YAML) importing the documented templates', () => {
    const plan = gcpPlan('4.21');
    expect(paths(plan)).toEqual([
      'infra/gcp/01_vpc.yaml',
      'infra/gcp/02_lb_ext.yaml',
      'infra/gcp/02_lb_int.yaml',
      'infra/gcp/02_dns.yaml',
      'infra/gcp/03_firewall.yaml',
      'infra/gcp/03_iam.yaml',
      'infra/gcp/04_bootstrap.yaml',
      'infra/gcp/05_control_plane.yaml',
      'infra/gcp/06_worker.yaml',
      'infra/gcp/fill-parameters.sh',
    ]);
    for (const artifact of files(plan).filter((a) => a.path.endsWith('.yaml'))) {
      // JSON is YAML: both parsers read the same configuration.
      const config = parseYaml(artifact.content) as {
        imports: { path: string }[];
        resources: { name: string; type: string; properties: Record<string, unknown> }[];
      };
      expect(config).toEqual(json(artifact));
      const template = config.imports[0]?.path ?? '';
      expect(template).toMatch(/^0\d_\w+\.py$/);
      const declared = GCP_DM_STACKS.find((t) => t.template === template)?.declared ?? [];
      for (const resource of config.resources) {
        expect(resource.type).toBe(template);
        for (const name of Object.keys(resource.properties)) expect(declared, template).toContain(name);
      }
    }
    const vpc = parseYaml(byPath(plan, 'infra/gcp/01_vpc.yaml').content) as {
      resources: { properties: Record<string, unknown> }[];
    };
    expect(vpc.resources[0]?.properties).toEqual({
      infra_id: '',
      region: 'europe-west1',
      master_subnet_cidr: '10.0.0.0/17',
      worker_subnet_cidr: '10.0.128.0/17',
    });
    const workers = parseYaml(byPath(plan, 'infra/gcp/06_worker.yaml').content) as {
      resources: { name: string }[];
    };
    expect(workers.resources.map((r) => r.name)).toEqual(['worker-0', 'worker-1']);
    expect(paths(plan).some((p) => p.includes('tfvars'))).toBe(false);
  });

  it('4.22: Terraform variables per Infrastructure Manager module, no Deployment Manager file', () => {
    const plan = gcpPlan('4.22');
    expect(paths(plan)).toEqual([
      'infra/gcp/01_vpc.tfvars.json',
      'infra/gcp/02_lb_ext.tfvars.json',
      'infra/gcp/02_lb_int.tfvars.json',
      'infra/gcp/02_dns.tfvars.json',
      'infra/gcp/03_security.tfvars.json',
      'infra/gcp/04_bootstrap.tfvars.json',
      'infra/gcp/05_control_plane.tfvars.json',
      'infra/gcp/06_worker.tfvars.json',
      'infra/gcp/fill-parameters.sh',
    ]);
    for (const artifact of files(plan).filter((a) => a.path.endsWith('.tfvars.json'))) {
      const vars = json(artifact) as Record<string, unknown>;
      const declared = declaredFor(GCP_IM_STACKS, artifact.path);
      for (const [name, value] of Object.entries(vars)) {
        expect(declared, artifact.path).toContain(name);
        expect(['string', 'boolean']).toContain(typeof value);
      }
    }
    const bootstrap = json(byPath(plan, 'infra/gcp/04_bootstrap.tfvars.json')) as Record<string, unknown>;
    expect(bootstrap.is_public_cluster).toBe(true);
    expect(bootstrap.project).toBe('host-project-42');
    expect(bootstrap.machine_type).toBe('n1-standard-4');
    expect(files(plan).some((a) => a.content.includes('deployment-manager'))).toBe(false);
  });

  it('publish Internal: no external load balancer, the API closed to the machine network', () => {
    for (const version of ['4.21', '4.22']) {
      const plan = gcpPlan(version, { publish: 'Internal' });
      expect(paths(plan).some((p) => p.includes('02_lb_ext'))).toBe(false);
    }
    const im = gcpPlan('4.22', { publish: 'Internal' });
    const security = json(byPath(im, 'infra/gcp/03_security.tfvars.json')) as Record<string, unknown>;
    expect(security.allowed_external_cidr).toBe('10.0.0.0/16');
    expect(
      (json(byPath(im, 'infra/gcp/04_bootstrap.tfvars.json')) as Record<string, unknown>).is_public_cluster,
    ).toBe(false);
    const dm = gcpPlan('4.21', { publish: 'Internal' });
    const firewall = parseYaml(byPath(dm, 'infra/gcp/03_firewall.yaml').content) as {
      resources: { properties: Record<string, unknown> }[];
    };
    expect(firewall.resources[0]?.properties.allowed_external_cidr).toBe('10.0.0.0/16');
    expect(
      (
        parseYaml(byPath(gcpPlan('4.21'), 'infra/gcp/03_firewall.yaml').content) as {
          resources: { properties: Record<string, unknown> }[];
        }
      ).resources[0]?.properties.allowed_external_cidr,
    ).toBe('0.0.0.0/0');
  });

  it('an existing network named in the answers: no VPC deployment', () => {
    const block = {
      projectID: 'host-project-42',
      region: 'europe-west1',
      network: 'corp',
      controlPlaneSubnet: 'cp',
      computeSubnet: 'w',
    };
    for (const version of ['4.21', '4.22']) {
      expect(
        paths(gcpPlan(version, { platformConfig: block })).some((p) => p.includes('01_vpc')),
        version,
      ).toBe(false);
    }
  });
});
