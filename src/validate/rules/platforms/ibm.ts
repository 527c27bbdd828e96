import { child } from '../../path.js';
import { type Obj, str } from '../../read.js';
import type { Report } from '../../report.js';
import { isSet, requireField } from './require.js';

/* platform.ibmcloud and platform.powervs (installer-rules §a.5). */

export function checkIbmcloud(ibm: Obj, report: Report): void {
  const base = 'platform.ibmcloud';
  requireField(ibm, base, 'region', report, 'region must be specified (for example us-south).');
  if (isSet(ibm.vpcName)) {
    requireField(
      ibm,
      base,
      'controlPlaneSubnets',
      report,
      'must provide control plane subnets when a VPC is specified.',
    );
    requireField(
      ibm,
      base,
      'computeSubnets',
      report,
      'must provide compute subnets when a VPC is specified.',
    );
  } else {
    for (const field of ['controlPlaneSubnets', 'computeSubnets']) {
      if (isSet(ibm[field]))
        report.error(
          child(base, field),
          'platform-field-combination',
          'must provide a VPC name when supplying subnets: set platform.ibmcloud.vpcName.',
        );
    }
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function checkPowervs(powervs: Obj, report: Report): void {
  const base = 'platform.powervs';
  requireField(powervs, base, 'zone', report, 'zone must be specified (for example dal10).');
  const guid = str(powervs.serviceInstanceGUID);
  if (guid && !UUID.test(guid)) {
    report.error(
      child(base, 'serviceInstanceGUID'),
      'platform-field-value',
      `"${guid}" is not a UUID: serviceInstanceGUID must be the GUID of the Power Virtual Server workspace.`,
    );
  }
}
