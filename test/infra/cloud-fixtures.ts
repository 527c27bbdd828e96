/**
 * Plans and stand-in cloud CLIs for the cloud UPI tests. The stand-ins answer the few calls fill-parameters.sh makes
 * (aws, az, gcloud, gsutil, openshift-install) from fixed data, so the generated scripts run for real, offline.
 */
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Plan } from '../../src/types.js';
import { makePlan } from './plans.js';

export function awsPlan(overrides: Partial<Plan> = {}): Plan {
  return makePlan({
    platform: 'aws',
    clusterName: 'cfn',
    baseDomain: 'example.com',
    ocpVersion: '4.21',
    computeReplicas: 3,
    platformConfig: { region: 'eu-west-1' },
    ...overrides,
  });
}

export function azurePlan(overrides: Partial<Plan> = {}): Plan {
  return makePlan({
    platform: 'azure',
    clusterName: 'arm-1',
    baseDomain: 'azure.example.com',
    ocpVersion: '4.20',
    computeReplicas: 3,
    platformConfig: { region: 'westeurope', baseDomainResourceGroupName: 'dns-rg' },
    ...overrides,
  });
}

export function gcpPlan(version: string, overrides: Partial<Plan> = {}): Plan {
  return makePlan({
    platform: 'gcp',
    clusterName: 'dm',
    baseDomain: 'gcp.example.com',
    ocpVersion: version,
    computeReplicas: 2,
    platformConfig: { projectID: 'host-project-42', region: 'europe-west1' },
    ...overrides,
  });
}

/** What the installer would have written after create ignition-configs. */
export function writeInstallDir(dir: string, infraID: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'metadata.json'), JSON.stringify({ clusterName: 'x', infraID }));
  const ign = (role: string) =>
    JSON.stringify({
      ignition: {
        version: '3.2.0',
        config: { merge: [{ source: `https://api-int.example:22623/config/${role}` }] },
        security: {
          tls: { certificateAuthorities: [{ source: 'data:text/plain;charset=utf-8;base64,Q0E=' }] },
        },
      },
    });
  writeFileSync(path.join(dir, 'master.ign'), ign('master'));
  writeFileSync(path.join(dir, 'worker.ign'), ign('worker'));
  writeFileSync(path.join(dir, 'bootstrap.ign'), '{"ignition":{"version":"3.2.0"}}');
  writeFileSync(path.join(dir, 'service-account-key.json'), '{}');
}

/** Outputs the AWS stand-in returns per stack name. */
export const AWS_OUTPUTS: Record<string, Record<string, string>> = {
  'cfn-vpc': {
    VpcId: 'vpc-0abc',
    PublicSubnetIds: 'subnet-pub0,subnet-pub1,subnet-pub2',
    PrivateSubnetIds: 'subnet-priv0,subnet-priv1,subnet-priv2',
  },
  'cfn-infra': {
    PrivateHostedZoneId: 'ZPRIVATE',
    RegisterNlbIpTargetsLambda: 'arn:aws:lambda:eu-west-1:1:function:cfn-infra-Register',
    ExternalApiTargetGroupArn: 'arn:aws:elasticloadbalancing:eu-west-1:1:targetgroup/cfn-Exter/1',
    InternalApiTargetGroupArn: 'arn:aws:elasticloadbalancing:eu-west-1:1:targetgroup/cfn-Inter/2',
    InternalServiceTargetGroupArn: 'arn:aws:elasticloadbalancing:eu-west-1:1:targetgroup/cfn-Inter/3',
  },
  'cfn-security': {
    MasterSecurityGroupId: 'sg-master',
    WorkerSecurityGroupId: 'sg-worker',
    MasterInstanceProfile: 'cfn-security-MasterInstanceProfile-1',
    WorkerInstanceProfile: 'cfn-security-WorkerInstanceProfile-2',
  },
};

const STREAM = {
  architectures: {
    x86_64: {
      images: {
        aws: { regions: { 'eu-west-1': { image: 'ami-0rhcos' } } },
        gcp: { project: 'rhcos-cloud', name: 'rhcos-9-6-x86-64' },
      },
    },
  },
};

function stub(bin: string, name: string, body: string): void {
  const file = path.join(bin, name);
  writeFileSync(file, `#!/usr/bin/env bash\nset -euo pipefail\n${body}\n`);
  chmodSync(file, 0o755);
}

/** Writes the stand-in CLIs into `bin` and returns it; `publicSubnets` are the ids the AWS route tables call public. */
export function writeStubs(bin: string, data: { publicSubnets?: string[] } = {}): string {
  mkdirSync(bin, { recursive: true });
  writeFileSync(path.join(bin, 'outputs.json'), JSON.stringify(AWS_OUTPUTS));
  writeFileSync(path.join(bin, 'stream.json'), JSON.stringify(STREAM));
  const publics = (data.publicSubnets ?? []).join(' ');
  stub(
    bin,
    'aws',
    `here=$(dirname "$0")
args="$*"
arg_after() { local want=$1; shift; while [ $# -gt 0 ]; do if [ "$1" = "$want" ]; then echo "$2"; return; fi; shift; done; }
case "$args" in
  "cloudformation describe-stacks"*)
    name=$(arg_after --stack-name "$@")
    jq --arg s "$name" '{Stacks: [{Outputs: ((.[$s] // {}) | to_entries | map({OutputKey: .key, OutputValue: .value}))}]}' "$here/outputs.json" ;;
  "route53 list-hosted-zones-by-name"*)
    echo '{"HostedZones": [{"Id": "/hostedzone/ZPRIV", "Name": "example.com.", "Config": {"PrivateZone": true}}, {"Id": "/hostedzone/ZPUBLIC", "Name": "example.com.", "Config": {"PrivateZone": false}}]}' ;;
  "ec2 describe-subnets"*)
    echo '{"Subnets": [{"VpcId": "vpc-existing"}]}' ;;
  "ec2 describe-route-tables"*)
    filter=$(arg_after --filters "$@")
    id=\${filter#*Values=}
    case " ${publics} " in
      *" $id "*) echo '{"RouteTables": [{"Routes": [{"GatewayId": "igw-1"}]}]}' ;;
      *) echo '{"RouteTables": [{"Routes": [{"NatGatewayId": "nat-1"}]}]}' ;;
    esac ;;
  *) echo "aws stand-in: unexpected call: $args" >&2; exit 2 ;;
esac`,
  );
  stub(
    bin,
    'openshift-install',
    `[ "$*" = "coreos print-stream-json" ] || { echo "unexpected: $*" >&2; exit 2; }
cat "$(dirname "$0")/stream.json"`,
  );
  stub(
    bin,
    'az',
    `case "$*" in
  "storage account keys list"*) echo 'ACCOUNTKEY' ;;
  "storage blob url"*) echo 'https://armsa.blob.core.windows.net/vhd/rhcos.vhd' ;;
  "storage blob generate-sas"*) echo 'https://armsa.blob.core.windows.net/files/bootstrap.ign?sv=1&sig=abc' ;;
  *) echo "az stand-in: unexpected call: $*" >&2; exit 2 ;;
esac`,
  );
  stub(
    bin,
    'gcloud',
    `case "$*" in
  "compute networks describe "*) echo "{\\"selfLink\\": \\"https://www.googleapis.com/compute/v1/projects/p/global/networks/$4\\"}" ;;
  "compute networks subnets describe "*) echo "{\\"selfLink\\": \\"https://www.googleapis.com/compute/v1/projects/p/regions/r/subnetworks/$5\\"}" ;;
  "compute regions describe "*) echo '{"zones": ["https://x/zones/europe-west1-b", "https://x/zones/europe-west1-c", "https://x/zones/europe-west1-d"]}' ;;
  "compute images describe "*) echo "{\\"selfLink\\": \\"https://www.googleapis.com/compute/v1/projects/rhcos-cloud/global/images/$4\\"}" ;;
  "iam service-accounts list "*)
    all="$*"
    filter=\${all#*email~^}
    echo "[{\\"email\\": \\"\${filter%%@*}@host-project-42.iam.gserviceaccount.com\\"}]" ;;
  *) echo "gcloud stand-in: unexpected call: $*" >&2; exit 2 ;;
esac`,
  );
  stub(
    bin,
    'gsutil',
    `printf 'URL\\tHTTP Method\\tExpiration\\tSigned URL\\n'
printf '%s\\t%s\\t%s\\t%s\\n' gs://b/bootstrap.ign GET '2026-12-02 18:00:00' 'https://storage.googleapis.com/b/bootstrap.ign?x-goog-signature=abc&odd=\${literal}'`,
  );
  return bin;
}
