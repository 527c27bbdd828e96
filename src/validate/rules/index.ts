import { upConvert } from '../convert.js';
import { checkFields } from '../fields.js';
import { INSTALL_CONFIG_FIELDS } from '../known-fields.js';
import { isObj, list, type Obj, obj } from '../read.js';
import type { Report } from '../report.js';
import { checkCapabilities } from './capabilities.js';
import { checkFeatures } from './features.js';
import { checkApiVersion, checkBaseDomain, checkClusterName } from './identity.js';
import { checkIpFamilies } from './ip-family.js';
import { checkMachinePools } from './machine-pools.js';
import { checkMirrors } from './mirrors.js';
import { networkModel } from './network-model.js';
import { checkNetworking } from './networking.js';
import { PLATFORM_NAMES, selectPlatform } from './platform.js';
import { checkAws } from './platforms/aws.js';
import { checkAzure } from './platforms/azure.js';
import { checkBaremetal, type PoolCounts, replicasOf } from './platforms/baremetal.js';
import { checkGcp } from './platforms/gcp.js';
import { checkIbmcloud, checkPowervs } from './platforms/ibm.js';
import { checkExternal, checkNutanix, checkOpenstack } from './platforms/others.js';
import { checkPoolDisks } from './platforms/pool-disks.js';
import { checkVsphere, type VsphereMode } from './platforms/vsphere.js';
import { checkProxy } from './proxy.js';
import { checkCredentialsMode, checkPublish } from './publish.js';
import { checkPullSecret, checkTrustBundle, pullSecretRegistries } from './secrets.js';
import { checkSshKey } from './ssh-key.js';
import { checkVips } from './vips.js';

/**
 * The installer's order of work: strict unmarshal → up-conversion of deprecated fields →
 * defaults (applied inside each rule) → static validation. All findings are collected; nothing stops early.
 */
/** Runs every rule; returns the config as the rules read it (canonical keys, deprecated fields converted). */
export function runRules(input: Obj, report: Report): Obj {
  const strict = checkFields(input, report, {
    tree: INSTALL_CONFIG_FIELDS,
    file: 'install-config',
    ...namedPlatform(input),
  });
  const { config, legacyVsphereUpi } = upConvert(isObj(strict) ? strict : {}, report);
  const platform = selectPlatform(config, report);

  checkApiVersion(config, report);
  const clusterName = checkClusterName(config, platform, report);
  checkBaseDomain(config, clusterName, report);
  checkSshKey(config, platform, report);
  checkPullSecret(config, report);
  checkTrustBundle(config, report);

  const model = networkModel(config, platform);
  checkNetworking(model, platform, report);
  checkIpFamilies(config, model, platform, report);
  checkVips(config, model, platform, report);

  checkMachinePools(config, platform, report);
  checkPlatform(config, platform, { legacyUpi: legacyVsphereUpi }, report);
  checkPoolDisks(config, platform, report);

  checkPublish(config, platform, report);
  checkCredentialsMode(config, platform, report);
  checkProxy(config, model, report);
  checkMirrors(config, pullSecretRegistries(config), report);
  checkCapabilities(config, platform, report);
  checkFeatures(config, report);
  return config;
}

/** The platform the file names (for hints about keys written in the wrong block), before anything is checked. */
function namedPlatform(input: Obj): { platform?: string } {
  const block = obj(input.platform);
  if (!block) return {};
  const lower = Object.keys(block).map((k) => k.toLowerCase());
  const platform = PLATFORM_NAMES.find((name) => lower.includes(name));
  return platform ? { platform } : {};
}

type PlatformRule = (block: Obj, config: Obj, report: Report, vsphere: VsphereMode) => void;

/** The platform-specific rules of the installer, one entry per platform stanza. */
const PLATFORM_RULES: Record<string, PlatformRule> = {
  aws: checkAws,
  azure: checkAzure,
  gcp: (block, _config, report) => checkGcp(block, report),
  ibmcloud: (block, _config, report) => checkIbmcloud(block, report),
  powervs: (block, _config, report) => checkPowervs(block, report),
  vsphere: (block, _config, report, mode) => checkVsphere(block, mode, report),
  openstack: (block, _config, report) => checkOpenstack(block, 'platform.openstack', report),
  powervc: (block, _config, report) => checkOpenstack(block, 'platform.powervc', report),
  nutanix: (block, _config, report) => checkNutanix(block, report),
  external: (block, _config, report) => checkExternal(block, report),
  baremetal: (block, config, report) => checkBaremetal(block, poolCounts(config), report),
};

function checkPlatform(
  config: Obj,
  platform: string | undefined,
  vsphere: VsphereMode,
  report: Report,
): void {
  if (platform === undefined) return;
  const block = obj(obj(config.platform)?.[platform]);
  const rule = PLATFORM_RULES[platform];
  if (block && rule) rule(block, config, report, vsphere);
}

/** Replicas the bare-metal hosts must cover, after the installer's defaults. */
function poolCounts(config: Obj): PoolCounts {
  const caps = obj(config.capabilities);
  const baseline = caps ? String(caps.baselineCapabilitySet ?? '') : 'vCurrent';
  const additional = list(caps?.additionalEnabledCapabilities);
  // Hosts are required only while the MachineAPI capability is on.
  const machineApi = baseline !== 'None' || additional.includes('MachineAPI');
  const compute = list(config.compute);
  const computeReplicas =
    compute.length === 0
      ? 3
      : compute.reduce<number>(
          (sum, pool) => sum + (obj(pool)?.name === 'worker' ? replicasOf(pool, 3) : 0),
          0,
        );
  return {
    controlPlane: replicasOf(config.controlPlane, 3),
    compute: computeReplicas,
    arbiter: isObj(config.arbiter) ? replicasOf(config.arbiter, 0) : 0,
    machineApi,
  };
}
