import { child } from '../../path.js';
import { list, type Obj, obj, str } from '../../read.js';
import type { Report } from '../../report.js';
import { isSet, oneOf, requireField } from './require.js';

/* platform.aws (`inst:pkg/types/aws/validation/platform.go`). */

const SUBNET_ROLES = [
  'ClusterNode',
  'EdgeNode',
  'BootstrapNode',
  'IngressControllerLB',
  'ControlPlaneExternalLB',
  'ControlPlaneInternalLB',
];

export function checkAws(aws: Obj, config: Obj, report: Report): void {
  const base = 'platform.aws';
  requireField(aws, base, 'region', report, 'aws.region');
  oneOf(aws, base, 'ipFamily', ['IPv4', 'DualStackIPv4Primary', 'DualStackIPv6Primary'], report);
  oneOf(aws, base, 'lbType', ['Classic', 'NLB'], report);
  const dual = (str(aws.ipFamily) ?? '').startsWith('DualStack');
  if (dual && str(aws.lbType) === 'Classic') {
    report.error(child(base, 'lbType'), 'platform-field-value', 'aws.classic-dual');
  }
  const vpcSubnets = list(obj(aws.vpc)?.subnets);
  const existingSubnets = isSet(aws.subnets) || vpcSubnets.length > 0;
  if (isSet(aws.hostedZone) && !existingSubnets) {
    report.error(child(base, 'hostedZone'), 'platform-field-combination', 'aws.hosted-zone', {
      subnets: report.atLeast('4.19') ? 'platform.aws.vpc.subnets' : 'platform.aws.subnets',
    });
  }
  if (isSet(aws.hostedZoneRole)) {
    if (!isSet(aws.hostedZone))
      report.error(child(base, 'hostedZoneRole'), 'platform-field-combination', 'aws.hosted-zone-role');
    const mode = str(config.credentialsMode);
    if (mode !== 'Manual' && mode !== 'Passthrough') {
      report.error(child(base, 'hostedZoneRole'), 'platform-field-combination', 'aws.hosted-zone-role-mode');
    }
  }
  const ids = new Set<string>();
  let withRoles = 0;
  let ingressLbs = 0;
  vpcSubnets.forEach((item, i) => {
    const subnet = obj(item) ?? {};
    const at = child(child(base, 'vpc.subnets'), i);
    const id = str(subnet.id) ?? '';
    if (id === '') report.error(child(at, 'id'), 'platform-required-field', 'aws.subnet-id');
    else if (ids.has(id))
      report.error(child(at, 'id'), 'platform-field-value', 'aws.subnet-duplicate', { id });
    ids.add(id);
    const roles = list(subnet.roles);
    if (roles.length > 0) withRoles++;
    roles.forEach((role, j) => {
      const type = str(obj(role)?.type) ?? '';
      if (!SUBNET_ROLES.includes(type)) {
        report.error(child(child(child(at, 'roles'), j), 'type'), 'platform-field-value', 'aws.subnet-role', {
          value: type,
          roles: SUBNET_ROLES.join(', '),
        });
      }
      if (type === 'IngressControllerLB') ingressLbs++;
      if (type === 'ControlPlaneExternalLB' && str(config.publish) === 'Internal') {
        report.error(
          child(child(child(at, 'roles'), j), 'type'),
          'platform-field-combination',
          'aws.external-lb-private',
        );
      }
    });
  });
  if (withRoles > 0 && withRoles < vpcSubnets.length) {
    report.error(child(base, 'vpc.subnets'), 'platform-field-combination', 'aws.roles-all-or-none');
  }
  if (ingressLbs > 10)
    report.error(child(base, 'vpc.subnets'), 'platform-field-combination', 'aws.ingress-lbs', {
      count: ingressLbs,
    });
  const names = new Set<string>();
  list(aws.serviceEndpoints).forEach((item, i) => {
    const endpoint = obj(item) ?? {};
    const at = child(child(base, 'serviceEndpoints'), i);
    const name = str(endpoint.name) ?? '';
    if (names.has(name))
      report.error(child(at, 'name'), 'platform-field-value', 'aws.endpoint-duplicate', { name });
    names.add(name);
    const url = str(endpoint.url) ?? '';
    if (!validEndpointUrl(url)) {
      report.error(child(at, 'url'), 'platform-field-value', 'aws.endpoint-url', { url });
    }
  });
}

function validEndpointUrl(text: string): boolean {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  try {
    const url = new URL(withScheme);
    return url.hostname !== '' && (url.pathname === '/' || url.pathname === '') && url.search === '';
  } catch {
    return false;
  }
}
