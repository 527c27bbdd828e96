import { child } from '../../path.js';
import type { Obj } from '../../read.js';
import type { Report } from '../../report.js';
import { isSet, requireField } from './require.js';

/* platform.gcp (installer-rules §a.5, `inst:pkg/types/gcp/validation/platform.go`). */

export function checkGcp(gcp: Obj, report: Report): void {
  const base = 'platform.gcp';
  requireField(gcp, base, 'region', report, 'must provide a region (for example us-central1).');
  // Not in the static validator, but the live GCP checks fail without it, so the install cannot proceed.
  requireField(gcp, base, 'projectID', report, 'must name the GCP project to install into.');
  if (isSet(gcp.networkProjectID) && !isSet(gcp.network)) {
    report.error(
      child(base, 'network'),
      'platform-field-combination',
      'must provide a network when a networkProjectID is specified.',
    );
  }
  if (isSet(gcp.network)) {
    requireField(
      gcp,
      base,
      'computeSubnet',
      report,
      'must provide a compute subnet when a network is specified.',
    );
    requireField(
      gcp,
      base,
      'controlPlaneSubnet',
      report,
      'must provide a control plane subnet when a network is specified.',
    );
  } else {
    for (const field of ['computeSubnet', 'controlPlaneSubnet']) {
      if (isSet(gcp[field]))
        report.error(
          child(base, field),
          'platform-field-combination',
          'must provide a VPC network when supplying subnets: set platform.gcp.network.',
        );
    }
  }
}
