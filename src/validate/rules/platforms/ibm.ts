import { child } from '../../path.js';
import { type Obj, str } from '../../read.js';
import type { Report } from '../../report.js';
import { isSet, requireField } from './require.js';

/* platform.ibmcloud and platform.powervs. */

export function checkIbmcloud(ibm: Obj, report: Report): void {
  const base = 'platform.ibmcloud';
  requireField(ibm, base, 'region', report, 'ibm.region');
  if (isSet(ibm.vpcName)) {
    requireField(ibm, base, 'controlPlaneSubnets', report, 'ibm.control-plane-subnets');
    requireField(ibm, base, 'computeSubnets', report, 'ibm.compute-subnets');
  } else {
    for (const field of ['controlPlaneSubnets', 'computeSubnets']) {
      if (isSet(ibm[field]))
        report.error(child(base, field), 'platform-field-combination', 'ibm.vpc-for-subnets');
    }
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function checkPowervs(powervs: Obj, report: Report): void {
  const base = 'platform.powervs';
  requireField(powervs, base, 'zone', report, 'ibm.zone');
  const guid = str(powervs.serviceInstanceGUID);
  if (guid && !UUID.test(guid)) {
    report.error(child(base, 'serviceInstanceGUID'), 'platform-field-value', 'ibm.guid', { value: guid });
  }
}
