import { child } from '../../path.js';
import type { Obj } from '../../read.js';
import type { Report } from '../../report.js';
import { isSet, requireField } from './require.js';

/* platform.gcp (`inst:pkg/types/gcp/validation/platform.go`). */

export function checkGcp(gcp: Obj, report: Report): void {
  const base = 'platform.gcp';
  requireField(gcp, base, 'region', report, 'gcp.region');
  // Not in the static validator, but the live GCP checks fail without it, so the install cannot proceed.
  requireField(gcp, base, 'projectID', report, 'gcp.project');
  if (isSet(gcp.networkProjectID) && !isSet(gcp.network)) {
    report.error(child(base, 'network'), 'platform-field-combination', 'gcp.network-project');
  }
  if (isSet(gcp.network)) {
    requireField(gcp, base, 'computeSubnet', report, 'gcp.compute-subnet');
    requireField(gcp, base, 'controlPlaneSubnet', report, 'gcp.control-plane-subnet');
  } else {
    for (const field of ['computeSubnet', 'controlPlaneSubnet']) {
      if (isSet(gcp[field]))
        report.error(child(base, field), 'platform-field-combination', 'gcp.network-for-subnets');
    }
  }
}
