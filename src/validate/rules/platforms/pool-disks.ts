import { msg } from '../../messages/index.js';
import { child } from '../../path.js';
import { int, list, type Obj, obj, quoteList, str } from '../../read.js';
import type { Report } from '../../report.js';

/*
 * Disk settings of the machine pools' platform stanzas that the installer checks statically:
 * - AWS rootVolume: IOPS only for the volume types that take them; throughput only for gp3
 *   (pkg/types/aws/validation/machinepool.go validateIOPS, validateThroughput);
 * - Google Cloud osDisk.diskType: pd-standard is too slow for the control plane
 *   (pkg/types/gcp/validation/machinepool.go ValidateMasterDiskType, gcp.ControlPlaneSupportedDisks);
 * - Azure osDisk.diskType: the managed disk types an OpenShift node may boot from, fewer for the control plane
 *   (pkg/types/azure/validation/machinepool.go).
 */

const AWS_IOPS_TYPES = ['io1', 'io2', 'gp3'];
const AWS_NO_IOPS_TYPES = ['gp2', 'st1', 'sc1', 'standard'];
const GCP_CONTROL_PLANE_DISKS = ['hyperdisk-balanced', 'pd-balanced', 'pd-ssd'];
const GCP_COMPUTE_DISKS = ['hyperdisk-balanced', 'pd-balanced', 'pd-ssd', 'pd-standard'];
const AZURE_CONTROL_PLANE_DISKS = ['Premium_LRS', 'StandardSSD_LRS'];
const AZURE_COMPUTE_DISKS = ['Premium_LRS', 'StandardSSD_LRS', 'Standard_LRS'];

interface PoolStanza {
  path: string;
  stanza: Obj;
  controlPlane: boolean;
}

/** Every machine pool's stanza for `platform`, and the platform's defaultMachinePlatform. */
function stanzas(config: Obj, platform: string): PoolStanza[] {
  const out: PoolStanza[] = [];
  const add = (path: string, pool: unknown, controlPlane: boolean): void => {
    const stanza = obj(obj(obj(pool)?.platform)?.[platform]);
    if (stanza) out.push({ path: child(child(path, 'platform'), platform), stanza, controlPlane });
  };
  add('controlPlane', config.controlPlane, true);
  add('arbiter', config.arbiter, true);
  for (const [i, pool] of list(config.compute).entries()) add(child('compute', i), pool, false);
  const defaults = obj(obj(obj(config.platform)?.[platform])?.defaultMachinePlatform);
  if (defaults)
    out.push({ path: `platform.${platform}.defaultMachinePlatform`, stanza: defaults, controlPlane: false });
  return out;
}

export function checkPoolDisks(config: Obj, platform: string | undefined, report: Report): void {
  if (platform === 'aws') {
    for (const { path, stanza } of stanzas(config, 'aws')) {
      const volume = obj(stanza.rootVolume);
      const type = str(volume?.type)?.toLowerCase();
      if (!volume || !type) continue;
      const at = child(path, 'rootVolume');
      const iops = int(volume.iops) ?? 0;
      const throughput = int(volume.throughput) ?? 0;
      if (AWS_NO_IOPS_TYPES.includes(type)) {
        if (iops !== 0)
          report.error(child(at, 'iops'), 'platform-field-value', 'disks.aws-iops-type', { iops, type });
      } else if (!AWS_IOPS_TYPES.includes(type)) {
        report.error(child(at, 'type'), 'platform-field-value', 'disks.aws-type', { type });
      } else if ((type === 'io1' || type === 'io2') && iops <= 0) {
        report.error(child(at, 'iops'), 'platform-field-value', 'disks.aws-iops-required', { type });
      }
      if (type === 'gp3' && throughput !== 0 && (throughput < 125 || throughput > 2000)) {
        report.error(child(at, 'throughput'), 'platform-field-value', 'disks.aws-throughput', { throughput });
      } else if (type !== 'gp3' && throughput !== 0) {
        report.error(child(at, 'throughput'), 'platform-field-value', 'disks.aws-throughput-type', { type });
      }
    }
  }
  const diskTypes =
    platform === 'gcp'
      ? { controlPlane: GCP_CONTROL_PLANE_DISKS, compute: GCP_COMPUTE_DISKS }
      : platform === 'azure'
        ? { controlPlane: AZURE_CONTROL_PLANE_DISKS, compute: AZURE_COMPUTE_DISKS }
        : undefined;
  if (!diskTypes || platform === undefined) return;
  for (const { path, stanza, controlPlane } of stanzas(config, platform)) {
    const diskType = str(obj(stanza.osDisk)?.diskType);
    if (!diskType) continue;
    const allowed = controlPlane ? diskTypes.controlPlane : diskTypes.compute;
    if (!allowed.includes(diskType)) {
      report.error(child(child(path, 'osDisk'), 'diskType'), 'platform-field-value', 'disks.disk-type', {
        value: diskType,
        allowed: quoteList(allowed),
        role: msg(controlPlane ? 'disks.role.control-plane' : 'disks.role.compute'),
      });
    }
  }
}
