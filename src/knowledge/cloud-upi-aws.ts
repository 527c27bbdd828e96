import type { Architecture } from '../types.js';
import type { StackTemplate } from './cloud-upi-model.js';
import { rulesVersion } from './releases.js';

/**
 * AWS user-provisioned infrastructure: the CloudFormation templates of openshift/installer `upi/aws/cloudformation/`
 * in the order of the documentation ("Installing a cluster on AWS using CloudFormation templates"): VPC, network and
 * load balancers (with the Route 53 records), security groups and roles, bootstrap, control plane, one stack per
 * worker. `declared` lists the Parameters section of each template on release-4.21 and master.
 */

/** The documentation page of the CloudFormation procedure for a release. */
export function awsUpiDocPage(version: string): string {
  const v = rulesVersion(version);
  return `Installing a cluster on AWS using CloudFormation templates, https://docs.redhat.com/en/documentation/openshift_container_platform/${v}/html/installing_on_aws/user-provisioned-infrastructure#installing-aws-user-infra`;
}

/** Where the templates of a release can be downloaded (the documentation includes them from this branch). */
export function awsTemplateUrl(version: string, template: string): string {
  return `https://raw.githubusercontent.com/openshift/installer/release-${rulesVersion(version)}/upi/aws/cloudformation/${template}`;
}

const FILE = (name: string) =>
  `https://github.com/openshift/installer/blob/release-4.21/upi/aws/cloudformation/${name}`;

const ELB_REGISTRATION = [
  {
    name: 'RegisterNlbIpTargetsLambdaArn',
    origin: { from: 'output', stack: 'infra', key: 'RegisterNlbIpTargetsLambda' },
  },
  {
    name: 'ExternalApiTargetGroupArn',
    origin: { from: 'output', stack: 'infra', key: 'ExternalApiTargetGroupArn' },
  },
  {
    name: 'InternalApiTargetGroupArn',
    origin: { from: 'output', stack: 'infra', key: 'InternalApiTargetGroupArn' },
  },
  {
    name: 'InternalServiceTargetGroupArn',
    origin: { from: 'output', stack: 'infra', key: 'InternalServiceTargetGroupArn' },
  },
] as const;

export const AWS_STACKS: readonly StackTemplate[] = [
  {
    id: 'vpc',
    kind: 'network',
    template: '01_vpc.yaml',
    declared: ['VpcCidr', 'AvailabilityZoneCount', 'SubnetBits'],
    params: [
      { name: 'VpcCidr', origin: { from: 'plan', value: 'machineCidr' } },
      { name: 'AvailabilityZoneCount', origin: { from: 'plan', value: 'zoneCount' } },
      { name: 'SubnetBits', origin: { from: 'plan', value: 'subnetBits' } },
    ],
    outputs: ['VpcId', 'PublicSubnetIds', 'PrivateSubnetIds'],
    network: true,
    existing: {
      VpcId: 'existingVpcId',
      PublicSubnetIds: 'existingPublicSubnets',
      PrivateSubnetIds: 'existingPrivateSubnets',
    },
    source: FILE('01_vpc.yaml'),
  },
  {
    id: 'infra',
    kind: 'infra',
    template: '02_cluster_infra.yaml',
    declared: [
      'ClusterName',
      'InfrastructureName',
      'HostedZoneId',
      'HostedZoneName',
      'PublicSubnets',
      'PrivateSubnets',
      'VpcId',
    ],
    params: [
      { name: 'ClusterName', origin: { from: 'plan', value: 'clusterName' } },
      { name: 'InfrastructureName', origin: { from: 'installer', value: 'infraID' } },
      { name: 'HostedZoneId', origin: { from: 'cloud', value: 'publicHostedZoneId' } },
      { name: 'HostedZoneName', origin: { from: 'plan', value: 'baseDomain' } },
      { name: 'PublicSubnets', origin: { from: 'output', stack: 'vpc', key: 'PublicSubnetIds' } },
      { name: 'PrivateSubnets', origin: { from: 'output', stack: 'vpc', key: 'PrivateSubnetIds' } },
      { name: 'VpcId', origin: { from: 'output', stack: 'vpc', key: 'VpcId' } },
    ],
    outputs: [
      'PrivateHostedZoneId',
      'ExternalApiLoadBalancerName',
      'InternalApiLoadBalancerName',
      'ApiServerDnsName',
      'RegisterNlbIpTargetsLambda',
      'ExternalApiTargetGroupArn',
      'InternalApiTargetGroupArn',
      'InternalServiceTargetGroupArn',
    ],
    capabilities: ['CAPABILITY_NAMED_IAM'],
    source: FILE('02_cluster_infra.yaml'),
  },
  {
    id: 'security',
    kind: 'security',
    template: '03_cluster_security.yaml',
    declared: ['InfrastructureName', 'VpcCidr', 'VpcId', 'PrivateSubnets'],
    params: [
      { name: 'InfrastructureName', origin: { from: 'installer', value: 'infraID' } },
      // The machine network is the VPC's CIDR (an existing VPC's subnets must lie inside it too).
      { name: 'VpcCidr', origin: { from: 'plan', value: 'machineCidr' } },
      { name: 'PrivateSubnets', origin: { from: 'output', stack: 'vpc', key: 'PrivateSubnetIds' } },
      { name: 'VpcId', origin: { from: 'output', stack: 'vpc', key: 'VpcId' } },
    ],
    outputs: [
      'MasterSecurityGroupId',
      'WorkerSecurityGroupId',
      'MasterInstanceProfile',
      'WorkerInstanceProfile',
    ],
    capabilities: ['CAPABILITY_NAMED_IAM'],
    source: FILE('03_cluster_security.yaml'),
  },
  {
    id: 'bootstrap',
    kind: 'bootstrap',
    template: '04_cluster_bootstrap.yaml',
    declared: [
      'InfrastructureName',
      'RhcosAmi',
      'AllowedBootstrapSshCidr',
      'PublicSubnet',
      'MasterSecurityGroupId',
      'VpcId',
      'BootstrapIgnitionLocation',
      'AutoRegisterELB',
      'RegisterNlbIpTargetsLambdaArn',
      'ExternalApiTargetGroupArn',
      'InternalApiTargetGroupArn',
      'InternalServiceTargetGroupArn',
      'BootstrapInstanceType',
    ],
    params: [
      { name: 'InfrastructureName', origin: { from: 'installer', value: 'infraID' } },
      { name: 'RhcosAmi', origin: { from: 'installer', value: 'rhcosImage' } },
      { name: 'AllowedBootstrapSshCidr', origin: { from: 'plan', value: 'bootstrapSshCidr' } },
      { name: 'PublicSubnet', origin: { from: 'output', stack: 'vpc', key: 'PublicSubnetIds', item: 0 } },
      {
        name: 'MasterSecurityGroupId',
        origin: { from: 'output', stack: 'security', key: 'MasterSecurityGroupId' },
      },
      { name: 'VpcId', origin: { from: 'output', stack: 'vpc', key: 'VpcId' } },
      {
        name: 'BootstrapIgnitionLocation',
        origin: { from: 'installer', value: 'bootstrapIgnitionLocation' },
      },
      ...ELB_REGISTRATION,
      { name: 'BootstrapInstanceType', origin: { from: 'plan', value: 'bootstrapType' } },
    ],
    outputs: ['BootstrapInstanceId', 'BootstrapPublicIp', 'BootstrapPrivateIp'],
    capabilities: ['CAPABILITY_NAMED_IAM'],
    source: FILE('04_cluster_bootstrap.yaml'),
  },
  {
    id: 'control-plane',
    kind: 'control-plane',
    template: '05_cluster_master_nodes.yaml',
    declared: [
      'InfrastructureName',
      'RhcosAmi',
      'AutoRegisterDNS',
      'PrivateHostedZoneId',
      'PrivateHostedZoneName',
      'Master0Subnet',
      'Master1Subnet',
      'Master2Subnet',
      'MasterSecurityGroupId',
      'IgnitionLocation',
      'CertificateAuthorities',
      'MasterInstanceProfileName',
      'MasterInstanceType',
      'AutoRegisterELB',
      'RegisterNlbIpTargetsLambdaArn',
      'ExternalApiTargetGroupArn',
      'InternalApiTargetGroupArn',
      'InternalServiceTargetGroupArn',
    ],
    params: [
      { name: 'InfrastructureName', origin: { from: 'installer', value: 'infraID' } },
      { name: 'RhcosAmi', origin: { from: 'installer', value: 'rhcosImage' } },
      { name: 'PrivateHostedZoneId', origin: { from: 'output', stack: 'infra', key: 'PrivateHostedZoneId' } },
      { name: 'PrivateHostedZoneName', origin: { from: 'plan', value: 'clusterDomain' } },
      // Three masters, one per availability zone (the template declares exactly three subnets).
      { name: 'Master0Subnet', origin: { from: 'output', stack: 'vpc', key: 'PrivateSubnetIds', item: 0 } },
      { name: 'Master1Subnet', origin: { from: 'output', stack: 'vpc', key: 'PrivateSubnetIds', item: 1 } },
      { name: 'Master2Subnet', origin: { from: 'output', stack: 'vpc', key: 'PrivateSubnetIds', item: 2 } },
      {
        name: 'MasterSecurityGroupId',
        origin: { from: 'output', stack: 'security', key: 'MasterSecurityGroupId' },
      },
      { name: 'IgnitionLocation', origin: { from: 'plan', value: 'controlPlaneIgnition' } },
      { name: 'CertificateAuthorities', origin: { from: 'installer', value: 'ignitionCA' } },
      {
        name: 'MasterInstanceProfileName',
        origin: { from: 'output', stack: 'security', key: 'MasterInstanceProfile' },
      },
      { name: 'MasterInstanceType', origin: { from: 'plan', value: 'controlPlaneType' } },
      ...ELB_REGISTRATION,
    ],
    outputs: ['PrivateIPs'],
    source: FILE('05_cluster_master_nodes.yaml'),
  },
  {
    id: 'worker',
    kind: 'compute',
    template: '06_cluster_worker_node.yaml',
    declared: [
      'InfrastructureName',
      'RhcosAmi',
      'Subnet',
      'WorkerSecurityGroupId',
      'IgnitionLocation',
      'CertificateAuthorities',
      'WorkerInstanceProfileName',
      'WorkerInstanceType',
    ],
    params: [
      { name: 'InfrastructureName', origin: { from: 'installer', value: 'infraID' } },
      { name: 'RhcosAmi', origin: { from: 'installer', value: 'rhcosImage' } },
      // Worker N goes to private subnet N modulo the zone count (see render/infra/aws).
      { name: 'Subnet', origin: { from: 'output', stack: 'vpc', key: 'PrivateSubnetIds', item: 0 } },
      {
        name: 'WorkerSecurityGroupId',
        origin: { from: 'output', stack: 'security', key: 'WorkerSecurityGroupId' },
      },
      { name: 'IgnitionLocation', origin: { from: 'plan', value: 'computeIgnition' } },
      { name: 'CertificateAuthorities', origin: { from: 'installer', value: 'ignitionCA' } },
      {
        name: 'WorkerInstanceProfileName',
        origin: { from: 'output', stack: 'security', key: 'WorkerInstanceProfile' },
      },
      { name: 'WorkerInstanceType', origin: { from: 'plan', value: 'computeType' } },
    ],
    outputs: ['PrivateIP'],
    perWorker: true,
    source: FILE('06_cluster_worker_node.yaml'),
  },
];

/**
 * Instance types when the answers name none (aws.defaultMachinePlatform.type): the documentation's examples for the
 * control plane ("m6i.xlarge is a type for x86_64 and m6g.xlarge is a type for arm64"), the bootstrap template's
 * default (i3.large, x86_64 only), and the smallest types that meet the compute minimum (2 vCPU, 8 GB).
 */
export const AWS_INSTANCE_TYPES: Readonly<
  Record<'amd64' | 'arm64', { controlPlane: string; compute: string; bootstrap: string }>
> = {
  amd64: { controlPlane: 'm6i.xlarge', compute: 'm6i.large', bootstrap: 'i3.large' },
  arm64: { controlPlane: 'm6g.xlarge', compute: 'm6g.large', bootstrap: 'm6g.large' },
};

export function awsInstanceTypes(arch: Architecture) {
  return AWS_INSTANCE_TYPES[arch === 'arm64' ? 'arm64' : 'amd64'];
}

/**
 * The VPC template's limits (01_vpc.yaml): VpcCidr "must be in the form x.x.x.x/16-24", AvailabilityZoneCount 1–3,
 * SubnetBits 5–13 (/27 to /19). It carves six subnets (a public and a private one per zone) out of the VPC CIDR.
 */
export const AWS_VPC_LIMITS = {
  minPrefix: 16,
  maxPrefix: 24,
  minSubnetBits: 5,
  maxSubnetBits: 13,
  subnets: 6,
};

/** The control plane template creates exactly this many masters (Master0..2): other counts need template edits. */
export const AWS_TEMPLATE_MASTERS = 3;
