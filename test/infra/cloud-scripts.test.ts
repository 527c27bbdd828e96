/**
 * The generated fill-parameters.sh scripts: `bash -n` and shellcheck on every variant, then real runs against
 * stand-in cloud CLIs that check each stack's completed file, the refusal to leave a value empty, and that hostile
 * answers stay data.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseHcl } from '@cdktn/hcl2json';
import { execa } from 'execa';
import { afterAll, describe, expect, it } from 'vitest';
import { renderInfraFiles } from '../../src/render/infra/index.js';
import type { Plan } from '../../src/types.js';
import { AWS_OUTPUTS, awsPlan, azurePlan, gcpPlan, writeInstallDir, writeStubs } from './cloud-fixtures.js';
import { run, TOOL_PATH, tempDir } from './real-tools.js';

const temp = tempDir('ocp-planner-cloud-');
/** Each run starts dozens of short processes; a shared test machine can take minutes for a whole cloud. */
const SLOW = 300_000;
afterAll(() => temp.remove());

let counter = 0;
/** Writes the plan folder's infra files and an install folder; returns the folders and the script's path. */
function layout(plan: Plan, infraID: string, stubData: { publicSubnets?: string[] } = {}) {
  const root = temp.mkdir(`case-${counter++}`);
  const planDir = path.join(root, 'plan');
  for (const artifact of renderInfraFiles(plan, 'UPI')) {
    const file = path.join(planDir, artifact.path);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, artifact.content, { mode: artifact.mode ?? 0o644 });
  }
  const installDir = path.join(root, 'install');
  writeInstallDir(installDir, infraID);
  const bin = writeStubs(path.join(root, 'bin'), stubData);
  const script = path.join(planDir, 'infra', plan.platform, 'fill-parameters.sh');
  const fill = (stack: string, env: Record<string, string> = {}) =>
    execa('bash', [script, stack], {
      reject: false,
      all: true,
      cwd: root,
      // The stand-ins run one bash and several jq processes per value: slow on a busy two-core machine.
      timeout: 120_000,
      env: { PATH: `${bin}:${TOOL_PATH}`, INSTALL_DIR: installDir, ...env },
      extendEnv: false,
    });
  return { root, installDir, fill };
}

const VARIANTS: [string, Plan][] = [
  ['aws', awsPlan()],
  [
    'aws existing subnets',
    awsPlan({ platformConfig: { region: 'eu-west-1', subnets: ['subnet-a', 'subnet-b'] } }),
  ],
  ['aws internal arm64', awsPlan({ publish: 'Internal', architecture: 'arm64' })],
  ['azure', azurePlan()],
  [
    'azure existing vnet',
    azurePlan({
      platformConfig: { region: 'westeurope', virtualNetwork: 'corp-vnet', networkResourceGroupName: 'n' },
    }),
  ],
  ['gcp 4.21', gcpPlan('4.21')],
  ['gcp 4.22', gcpPlan('4.22')],
  ['gcp 4.22 internal', gcpPlan('4.22', { publish: 'Internal' })],
  [
    'gcp 4.21 shared vpc',
    gcpPlan('4.21', {
      platformConfig: {
        projectID: 'svc',
        region: 'europe-west1',
        network: 'corp',
        controlPlaneSubnet: 'cp',
        computeSubnet: 'w',
        networkProjectID: 'host',
      },
    }),
  ],
];

describe.each(VARIANTS)('fill-parameters.sh for %s', { timeout: SLOW }, (_name, plan) => {
  const script = renderInfraFiles(plan, 'UPI').find((a) => a.path.endsWith('fill-parameters.sh'));

  it('passes bash -n and shellcheck', async () => {
    expect(script).toBeDefined();
    const file = path.join(temp.mkdir(`lint-${counter++}`), 'fill-parameters.sh');
    writeFileSync(file, script?.content ?? '');
    expect(await run('bash', ['-n', file])).toEqual({ exitCode: 0, output: '' });
    const lint = await run('shellcheck', ['--shell=bash', '--severity=style', file]);
    expect(lint.output).toBe('');
    expect(lint.exitCode).toBe(0);
  });
});

const params = (file: string) =>
  Object.fromEntries(
    (JSON.parse(readFileSync(file, 'utf8')) as { ParameterKey: string; ParameterValue: string }[]).map(
      (e) => [e.ParameterKey, e.ParameterValue],
    ),
  );

describe('AWS: stack by stack', { timeout: SLOW }, () => {
  it('fills every stack from metadata.json, master.ign, the stream metadata and the earlier outputs', async () => {
    const { installDir, fill } = layout(awsPlan(), 'cfn-x7k2p');
    for (const stack of [
      'vpc',
      'infra',
      'security',
      'bootstrap',
      'control-plane',
      'worker-0',
      'worker-1',
      'worker-2',
    ]) {
      const result = await fill(stack);
      expect(result.all, stack).toMatch(new RegExp(`${installDir}/aws/`));
      expect(result.exitCode, result.all).toBe(0);
    }
    const infra = params(`${installDir}/aws/02_cluster_infra.json`);
    expect(infra).toEqual({
      ClusterName: 'cfn',
      InfrastructureName: 'cfn-x7k2p',
      HostedZoneId: 'ZPUBLIC',
      HostedZoneName: 'example.com',
      PublicSubnets: AWS_OUTPUTS['cfn-vpc']?.PublicSubnetIds,
      PrivateSubnets: AWS_OUTPUTS['cfn-vpc']?.PrivateSubnetIds,
      VpcId: 'vpc-0abc',
    });
    const bootstrap = params(`${installDir}/aws/04_cluster_bootstrap.json`);
    expect(bootstrap.RhcosAmi).toBe('ami-0rhcos');
    expect(bootstrap.PublicSubnet).toBe('subnet-pub0');
    expect(bootstrap.BootstrapIgnitionLocation).toBe('s3://cfn-x7k2p-bootstrap/bootstrap.ign');
    expect(bootstrap.MasterSecurityGroupId).toBe('sg-master');
    const masters = params(`${installDir}/aws/05_cluster_master_nodes.json`);
    expect([masters.Master0Subnet, masters.Master1Subnet, masters.Master2Subnet]).toEqual([
      'subnet-priv0',
      'subnet-priv1',
      'subnet-priv2',
    ]);
    expect(masters.CertificateAuthorities).toBe('data:text/plain;charset=utf-8;base64,Q0E=');
    expect(masters.MasterInstanceProfileName).toBe('cfn-security-MasterInstanceProfile-1');
    expect(params(`${installDir}/aws/06_cluster_worker_node-2.json`).Subnet).toBe('subnet-priv2');
    // The plan folder's files stay as they were: the filled copies live in the install folder.
    expect(
      readFileSync(path.join(installDir, '..', 'plan/infra/aws/02_cluster_infra.json'), 'utf8'),
    ).toContain('"ParameterValue": ""');
  });

  it('an existing VPC: the VPC and the public and private subnets come from AWS', async () => {
    const plan = awsPlan({
      platformConfig: { region: 'eu-west-1', subnets: ['subnet-a', 'subnet-b', 'subnet-c'] },
    });
    const { installDir, fill } = layout(plan, 'cfn-x7k2p', { publicSubnets: ['subnet-b'] });
    const result = await fill('infra');
    expect(result.exitCode, result.all).toBe(0);
    const infra = params(`${installDir}/aws/02_cluster_infra.json`);
    expect(infra.VpcId).toBe('vpc-existing');
    expect(infra.PublicSubnets).toBe('subnet-b');
    expect(infra.PrivateSubnets).toBe('subnet-a,subnet-c');
  });

  it('stops with a message naming what is missing, and never leaves a half-filled file', async () => {
    // Cluster "other" has no stacks in the stand-in: the VPC stack's outputs cannot be found.
    const { installDir, fill } = layout(awsPlan({ clusterName: 'other' }), 'other-x7k2p');
    const result = await fill('infra');
    expect(result.exitCode).toBe(1);
    expect(result.all).toContain('stack other-vpc has no output');
    expect(await run('ls', ['-A', `${installDir}/aws`])).toEqual({ exitCode: 0, output: '' });
    const noMetadata = layout(awsPlan(), 'cfn-x7k2p');
    writeFileSync(path.join(noMetadata.installDir, 'metadata.json'), '{}');
    expect((await noMetadata.fill('security')).exitCode).not.toBe(0);
    const unknown = await fill('nonsense');
    expect(unknown.exitCode).toBe(1);
    expect(unknown.all).toContain('usage:');
  });

  it('a region without a published AMI stops, unless RHCOS_AMI names one', async () => {
    const { fill, installDir } = layout(awsPlan({ platformConfig: { region: 'ap-east-9' } }), 'cfn-x7k2p');
    const refused = await fill('bootstrap');
    expect(refused.exitCode).not.toBe(0);
    expect(refused.all).toContain('no RHCOS AMI for ap-east-9');
    const given = await fill('bootstrap', { RHCOS_AMI: 'ami-own' });
    expect(given.exitCode, given.all).toBe(0);
    expect(params(`${installDir}/aws/04_cluster_bootstrap.json`).RhcosAmi).toBe('ami-own');
  });

  it('hostile answers stay data: a quote in the base domain reaches jq as a string, not the shell', async () => {
    const plan = awsPlan({ baseDomain: "ex'ample.com$(touch pwned)" });
    const { root, fill } = layout(plan, 'cfn-x7k2p');
    await fill('infra');
    expect(await run('ls', [root]).then((r) => r.output)).not.toContain('pwned');
  });
});

describe('Azure: deployment by deployment', { timeout: SLOW }, () => {
  it('baseName, the VHD URL and the Ignition data as base64', async () => {
    const { installDir, fill } = layout(azurePlan(), 'arm-1-q9z8r');
    for (const stack of ['vnet', 'storage', 'infra', 'bootstrap', 'masters', 'workers']) {
      const result = await fill(stack);
      expect(result.exitCode, `${stack}: ${result.all}`).toBe(0);
    }
    const read = (f: string) =>
      (
        JSON.parse(readFileSync(`${installDir}/azure/${f}`, 'utf8')) as {
          parameters: Record<string, { value: unknown }>;
        }
      ).parameters;
    expect(read('01_vnet.parameters.json').baseName?.value).toBe('arm-1-q9z8r');
    expect(read('02_storage.parameters.json').vhdBlobURL?.value).toBe(
      'https://armsa.blob.core.windows.net/vhd/rhcos.vhd',
    );
    const pointer = JSON.parse(
      Buffer.from(String(read('04_bootstrap.parameters.json').bootstrapIgnition?.value), 'base64').toString(),
    );
    expect(pointer).toEqual({
      ignition: {
        version: '3.2.0',
        config: {
          replace: { source: 'https://armsa.blob.core.windows.net/files/bootstrap.ign?sv=1&sig=abc' },
        },
      },
    });
    const master = Buffer.from(
      String(read('05_masters.parameters.json').masterIgnition?.value),
      'base64',
    ).toString();
    expect(master).toBe(readFileSync(`${installDir}/master.ign`, 'utf8'));
    expect(read('05_masters.parameters.json').numberOfMasters?.value).toBe(3);
  });
});

describe('GCP: the boundary between Deployment Manager and Infrastructure Manager', { timeout: SLOW }, () => {
  it('4.21: Deployment Manager configurations with self links, zones, service accounts and Ignition text', async () => {
    const { installDir, fill } = layout(gcpPlan('4.21'), 'dm-h4s1x');
    for (const stack of [
      'vpc',
      'lb-ext',
      'lb-int',
      'dns',
      'firewall',
      'iam',
      'bootstrap',
      'control-plane',
      'worker',
    ]) {
      const result = await fill(stack);
      expect(result.exitCode, `${stack}: ${result.all}`).toBe(0);
    }
    const props = (f: string) =>
      (
        JSON.parse(readFileSync(`${installDir}/gcp/${f}`, 'utf8')) as {
          resources: { properties: Record<string, unknown> }[];
        }
      ).resources;
    expect(props('02_lb_int.yaml')[0]?.properties.zones).toEqual([
      'europe-west1-b',
      'europe-west1-c',
      'europe-west1-d',
    ]);
    expect(props('02_lb_int.yaml')[0]?.properties.cluster_network).toBe(
      'https://www.googleapis.com/compute/v1/projects/p/global/networks/dm-h4s1x-network',
    );
    expect(props('04_bootstrap.yaml')[0]?.properties.image).toBe(
      'https://www.googleapis.com/compute/v1/projects/rhcos-cloud/global/images/rhcos-9-6-x86-64',
    );
    expect(props('04_bootstrap.yaml')[0]?.properties.bootstrap_ign).toMatch(
      /^https:\/\/storage\.googleapis\.com\/b\/bootstrap\.ign\?/,
    );
    expect(props('05_control_plane.yaml')[0]?.properties.service_account_email).toBe(
      'dm-h4s1x-m@host-project-42.iam.gserviceaccount.com',
    );
    expect(JSON.parse(String(props('05_control_plane.yaml')[0]?.properties.ignition))).toEqual(
      JSON.parse(readFileSync(`${installDir}/master.ign`, 'utf8')),
    );
    expect(props('06_worker.yaml').map((r) => r.properties.zone)).toEqual([
      'europe-west1-b',
      'europe-west1-c',
    ]);
  });

  it('4.22: Terraform variables, written as HCL for --inputs-file, and the Ignition files copied into the modules', async () => {
    const { installDir, fill } = layout(gcpPlan('4.22'), 'dm-h4s1x');
    for (const module of ['05_control_plane', '06_worker'])
      mkdirSync(`${installDir}/gcp-modules/${module}`, { recursive: true });
    for (const stack of [
      'vpc',
      'lb-ext',
      'lb-int',
      'dns',
      'security',
      'bootstrap',
      'control-plane',
      'worker',
    ]) {
      const result = await fill(stack);
      expect(result.exitCode, `${stack}: ${result.all}`).toBe(0);
    }
    const bootstrapJson = JSON.parse(readFileSync(`${installDir}/gcp/04_bootstrap.tfvars.json`, 'utf8'));
    const hcl = readFileSync(`${installDir}/gcp/04_bootstrap.tfvars`, 'utf8');
    const parsed = (await parseHcl('04_bootstrap.tfvars', hcl)) as Record<string, unknown>;
    // Every variable survives the HCL round trip; ${ is escaped as $${ so Terraform reads it literally.
    for (const [key, value] of Object.entries(bootstrapJson)) {
      expect(parsed[key], key).toEqual(
        typeof value === 'string' ? value.replaceAll('${', () => '$${') : value,
      );
    }
    expect(bootstrapJson.bootstrap_ign).toContain(`odd=\${literal}`);
    expect(bootstrapJson.is_public_cluster).toBe(true);
    expect(bootstrapJson.zone).toBe('europe-west1-b');
    expect(readFileSync(`${installDir}/gcp-modules/05_control_plane/master.ign`, 'utf8')).toBe(
      readFileSync(`${installDir}/master.ign`, 'utf8'),
    );
    const worker = (await parseHcl(
      'w',
      readFileSync(`${installDir}/gcp/06_worker.tfvars`, 'utf8'),
    )) as Record<string, unknown>;
    expect(worker.service_account_email).toBe('dm-h4s1x-w@host-project-42.iam.gserviceaccount.com');
    expect(worker.zone_1).toBe('europe-west1-c');
  });

  it('a shared VPC: the network and subnets are looked up in the host project', async () => {
    const plan = gcpPlan('4.21', {
      platformConfig: {
        projectID: 'svc',
        region: 'europe-west1',
        network: 'corp',
        controlPlaneSubnet: 'cp',
        computeSubnet: 'w',
        networkProjectID: 'host',
      },
    });
    const { installDir, fill } = layout(plan, 'dm-h4s1x');
    const result = await fill('lb-int');
    expect(result.exitCode, result.all).toBe(0);
    const config = JSON.parse(readFileSync(`${installDir}/gcp/02_lb_int.yaml`, 'utf8'));
    expect(config.resources[0].properties.cluster_network).toMatch(/\/networks\/corp$/);
    expect(config.resources[0].properties.control_subnet).toMatch(/\/subnetworks\/cp$/);
    expect(readFileSync(path.join(installDir, '..', 'plan/infra/gcp/fill-parameters.sh'), 'utf8')).toContain(
      "network_project='host'",
    );
  });
});
