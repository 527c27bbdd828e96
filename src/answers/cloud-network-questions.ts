import { fieldInRelease } from '../knowledge/release-fields.js';
import { NEWEST_KNOWN_VERSION } from '../knowledge/releases.js';
import { getIn } from './dotted.js';
import type { Question, Sofar } from './question-types.js';

/**
 * A cloud network the customer owns must be named: the installer then installs into the existing VPC, VNet or VPC
 * network instead of creating one (installing into an existing VPC / VNet / VPC network, in the installation books of
 * AWS, Azure and GCP). Asked only when ownership.network is customer on that cloud.
 */
const customerNetworkOn = (platform: string) => (s: Sofar) =>
  getIn(s, 'platform') === platform && getIn(s, 'ownership.network') === 'customer';

const releaseOf = (s: Sofar) => String(getIn(s, 'ocpVersion') ?? NEWEST_KNOWN_VERSION);

/** From 4.19 the installer reads subnets from platform.aws.vpc.subnets ({id, roles}); before, from platform.aws.subnets (ids). */
const awsVpcField = (s: Sofar) => fieldInRelease('platform.aws.vpc', releaseOf(s)).state === 'present';

const ids = (text: string) =>
  text
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t !== '');

const AWS_HELP =
  'Every private subnet, and the public ones unless publish is Internal, one or more per availability zone; the machine network must contain them.';

export const CLOUD_NETWORK_QUESTIONS: readonly Question[] = [
  {
    id: 'aws.vpc.subnets',
    section: 'platform',
    kind: 'list',
    message: 'IDs of the existing VPC subnets (subnet-…, comma-separated)',
    help: AWS_HELP,
    when: (s) => customerNetworkOn('aws')(s) && awsVpcField(s),
    toValue: (text) => ids(text).map((id) => ({ id })),
    toText: (value) =>
      Array.isArray(value) ? value.map((e) => String((e as { id?: unknown }).id ?? e)).join(', ') : '',
  },
  {
    id: 'aws.subnets',
    section: 'platform',
    kind: 'list',
    message: 'IDs of the existing VPC subnets (subnet-…, comma-separated)',
    help: AWS_HELP,
    when: (s) => customerNetworkOn('aws')(s) && !awsVpcField(s),
  },
  {
    id: 'azure.networkResourceGroupName',
    section: 'platform',
    kind: 'text',
    message: 'Resource group that holds the existing virtual network',
    help: 'The installer creates nothing in it; the cluster’s own resources go to a resource group of their own.',
    when: customerNetworkOn('azure'),
  },
  {
    id: 'azure.virtualNetwork',
    section: 'platform',
    kind: 'text',
    message: 'Name of the existing virtual network (VNet)',
    help: 'The VNet the control plane and compute subnets belong to.',
    when: customerNetworkOn('azure'),
  },
  {
    id: 'azure.controlPlaneSubnet',
    section: 'platform',
    kind: 'text',
    message: 'Subnet of the VNet for the control plane machines',
    help: 'An existing subnet name; it must lie inside the machine network.',
    when: customerNetworkOn('azure'),
  },
  {
    id: 'azure.computeSubnet',
    section: 'platform',
    kind: 'text',
    message: 'Subnet of the VNet for the compute machines',
    help: 'An existing subnet name; it may be the control plane subnet.',
    when: customerNetworkOn('azure'),
  },
  {
    id: 'gcp.network',
    section: 'platform',
    kind: 'text',
    message: 'Name of the existing VPC network',
    help: 'The VPC network of the project (or of the host project with Shared VPC).',
    when: customerNetworkOn('gcp'),
  },
  {
    id: 'gcp.controlPlaneSubnet',
    section: 'platform',
    kind: 'text',
    message: 'Subnet of the VPC network for the control plane machines',
    help: 'An existing subnet in the cluster’s region.',
    when: customerNetworkOn('gcp'),
  },
  {
    id: 'gcp.computeSubnet',
    section: 'platform',
    kind: 'text',
    message: 'Subnet of the VPC network for the compute machines',
    help: 'An existing subnet in the cluster’s region; it may be the control plane subnet.',
    when: customerNetworkOn('gcp'),
  },
];
