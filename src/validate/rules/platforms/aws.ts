import { child } from '../../path.js';
import { list, type Obj, obj, str } from '../../read.js';
import type { Report } from '../../report.js';
import { isSet, oneOf, requireField } from './require.js';

/* platform.aws (installer-rules §a.5, `inst:pkg/types/aws/validation/platform.go`). */

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
  requireField(aws, base, 'region', report, 'region must be specified (for example us-east-1).');
  oneOf(aws, base, 'ipFamily', ['IPv4', 'DualStackIPv4Primary', 'DualStackIPv6Primary'], report);
  oneOf(aws, base, 'lbType', ['Classic', 'NLB'], report);
  const dual = (str(aws.ipFamily) ?? '').startsWith('DualStack');
  if (dual && str(aws.lbType) === 'Classic') {
    report.error(
      child(base, 'lbType'),
      'platform-field-value',
      'a Classic load balancer cannot serve a dual-stack cluster; use lbType: NLB.',
    );
  }
  const vpcSubnets = list(obj(aws.vpc)?.subnets);
  const existingSubnets = isSet(aws.subnets) || vpcSubnets.length > 0;
  if (isSet(aws.hostedZone) && !existingSubnets) {
    report.error(
      child(base, 'hostedZone'),
      'platform-field-combination',
      'may not use an existing hosted zone when not using existing subnets; list your subnets in platform.aws.vpc.subnets or remove hostedZone.',
    );
  }
  if (isSet(aws.hostedZoneRole)) {
    if (!isSet(aws.hostedZone))
      report.error(
        child(base, 'hostedZoneRole'),
        'platform-field-combination',
        'may not specify a role to assume for hosted zone operations without also specifying a hosted zone.',
      );
    const mode = str(config.credentialsMode);
    if (mode !== 'Manual' && mode !== 'Passthrough') {
      report.error(
        child(base, 'hostedZoneRole'),
        'platform-field-combination',
        'when specifying a hostedZoneRole, either Passthrough or Manual credential mode must be specified.',
      );
    }
  }
  const ids = new Set<string>();
  let withRoles = 0;
  let ingressLbs = 0;
  vpcSubnets.forEach((item, i) => {
    const subnet = obj(item) ?? {};
    const at = child(child(base, 'vpc.subnets'), i);
    const id = str(subnet.id) ?? '';
    if (id === '')
      report.error(
        child(at, 'id'),
        'platform-required-field',
        'Required value: each subnet needs its id (subnet-…).',
      );
    else if (ids.has(id))
      report.error(
        child(at, 'id'),
        'platform-field-value',
        `Duplicate value: "${id}": list each subnet once.`,
      );
    ids.add(id);
    const roles = list(subnet.roles);
    if (roles.length > 0) withRoles++;
    roles.forEach((role, j) => {
      const type = str(obj(role)?.type) ?? '';
      if (!SUBNET_ROLES.includes(type)) {
        report.error(
          child(child(child(at, 'roles'), j), 'type'),
          'platform-field-value',
          `Unsupported value: "${type}": supported subnet roles: ${SUBNET_ROLES.join(', ')}.`,
        );
      }
      if (type === 'IngressControllerLB') ingressLbs++;
      if (type === 'ControlPlaneExternalLB' && str(config.publish) === 'Internal') {
        report.error(
          child(child(child(at, 'roles'), j), 'type'),
          'platform-field-combination',
          'ControlPlaneExternalLB subnets cannot be used in a private (publish: Internal) cluster.',
        );
      }
    });
  });
  if (withRoles > 0 && withRoles < vpcSubnets.length) {
    report.error(
      child(base, 'vpc.subnets'),
      'platform-field-combination',
      'either all subnets must be assigned roles or none of the subnets should have roles assigned.',
    );
  }
  if (ingressLbs > 10)
    report.error(
      child(base, 'vpc.subnets'),
      'platform-field-combination',
      `Too many: ${ingressLbs}: must have at most 10 IngressControllerLB subnets.`,
    );
  const names = new Set<string>();
  list(aws.serviceEndpoints).forEach((item, i) => {
    const endpoint = obj(item) ?? {};
    const at = child(child(base, 'serviceEndpoints'), i);
    const name = str(endpoint.name) ?? '';
    if (names.has(name))
      report.error(
        child(at, 'name'),
        'platform-field-value',
        `Duplicate value: "${name}": each service endpoint name may appear once.`,
      );
    names.add(name);
    const url = str(endpoint.url) ?? '';
    if (!validEndpointUrl(url)) {
      report.error(
        child(at, 'url'),
        'platform-field-value',
        `"${url}" is not a valid service endpoint: give a URL (https://host) without path or query.`,
      );
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
