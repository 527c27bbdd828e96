import { manualCredentialsReason } from '../../knowledge/cloud-credentials.js';
import type { Inputs, Method, Plan } from '../../types.js';
import { withUserinfo } from '../../util/secrets.js';
import { commentText } from './comments.js';
import { credentialsFor } from './credentials.js';
import { featureSetOf } from './feature-set.js';
import { machinePools } from './machine-pools.js';
import { imageDigestSourcesOf, mirrorHostOf, trustBundleOf } from './mirror.js';
import { networkingOf } from './networking.js';
import { type Note, Notes } from './notes.js';
import { STANZA_BUILDERS } from './platform.js';
import { pullSecretOf, pullSecretRegistries, sshKeyOf } from './secrets.js';
import { METHOD_LABELS, PLATFORM_LABELS, type Stanza, stanzaFor } from './target.js';

/** The install-config as a plain object in the order it is printed, with its comments and header. */
export interface InstallConfigDraft {
  config: Record<string, unknown>;
  notes: Note[];
  header: string;
  stanza: Stanza;
}

/** Written when a single-node plan names no installation disk; the comment asks for the real one. */
export const INSTALLATION_DISK_PLACEHOLDER = '/dev/disk/by-id/REPLACE_WITH_DISK_ID';

/** Stanzas whose install-config carries infrastructure passwords besides the pull secret. */
const CREDENTIAL_HOLDERS: Partial<Record<Stanza, string>> = {
  vsphere: ' and the vCenter password',
  nutanix: ' and the Prism Central password',
  baremetal: ' and the BMC passwords',
};

/**
 * Plan + method + file contents → the install-config object. Pure and deterministic: the same inputs always give the
 * same object in the same key order.
 */
export function buildInstallConfig(plan: Plan, method: Method, inputs: Inputs): InstallConfigDraft {
  const notes = new Notes();
  const stanza = stanzaFor(plan.platform, method, plan.topology);
  const values: Record<string, string> = {
    clusterName: plan.clusterName,
    baseDomain: plan.baseDomain,
    platform: PLATFORM_LABELS[plan.platform],
    ocpVersion: plan.ocpVersion,
    method: METHOD_LABELS[method],
    topology: plan.topology,
    andCredentials: CREDENTIAL_HOLDERS[stanza] ?? '',
  };

  const config: Record<string, unknown> = { apiVersion: 'v1', baseDomain: plan.baseDomain };
  notes.add(['apiVersion'], commentText('apiVersion'));
  notes.add(['baseDomain'], commentText('baseDomain', values));
  notes.add(['metadata', 'name'], commentText('metadataName'));
  config.metadata = { name: plan.clusterName };
  // Manual where it is the platform's only mode (installconfig.go (publish, credentials, mirrors, proxy)), and where
  // the installer may not hold administrator credentials: the cluster then keeps none in kube-system either.
  const manual = manualCredentialsReason(stanza, plan.requirements.installerCredentials);
  if (manual) {
    notes.add(
      ['credentialsMode'],
      commentText(manual === 'only-mode' ? 'credentialsModeManual' : 'credentialsModeNoAdmin', values),
    );
    config.credentialsMode = 'Manual';
  }

  Object.assign(config, featureSetOf(plan, notes));
  const pools = machinePools(plan, method, notes, inputs);
  config.controlPlane = pools.controlPlane;
  if (pools.arbiter) config.arbiter = pools.arbiter;
  config.compute = pools.compute;
  config.networking = networkingOf(plan, notes);
  config.platform = {
    [stanza]: STANZA_BUILDERS[stanza]({
      plan,
      method,
      inputs,
      notes: notes.at(['platform', stanza]),
      values,
    }),
  };

  // Single-node on platform none installs in place onto one disk (install-sno-generating-the-install-iso-manually (docs), doc-samples/sno-bootstrap-in-place.yaml).
  if (plan.topology === 'sno' && stanza === 'none') {
    const disk = plan.hosts.find(
      (host) => host.role === 'control-plane' && host.installationDisk,
    )?.installationDisk;
    notes.add(['bootstrapInPlace'], commentText('bootstrapInPlace'));
    if (!disk)
      notes.add(['bootstrapInPlace', 'installationDisk'], commentText('bootstrapInPlacePlaceholder'));
    config.bootstrapInPlace = { installationDisk: disk ?? INSTALLATION_DISK_PLACEHOLDER };
  }

  notes.add(['publish'], commentText(plan.publish === 'Internal' ? 'publishInternal' : 'publishExternal'));
  config.publish = plan.publish;
  notes.add(['fips'], commentText(plan.fips ? 'fipsOn' : 'fipsOff'));
  config.fips = plan.fips;

  if (plan.proxy) {
    // Proxy credentials come from proxy.credentialsFile and reach install-config.yaml only (the answers-file format).
    const credentials = plan.proxy.credentialsFile
      ? credentialsFor(inputs, plan.proxy.credentialsFile)
      : undefined;
    const proxy = Object.fromEntries(
      (['httpProxy', 'httpsProxy', 'noProxy'] as const)
        .filter((key) => plan.proxy?.[key] !== undefined && plan.proxy[key] !== '')
        .map((key) => {
          const value = plan.proxy?.[key] as string;
          return [key, credentials && key !== 'noProxy' ? withUserinfo(value, credentials) : value];
        }),
    );
    notes.add(['proxy'], commentText('proxy'));
    config.proxy = proxy;
  }
  Object.assign(config, trustBundleOf(plan, inputs, notes));
  const digestSources = imageDigestSourcesOf(plan, notes);
  if (digestSources) config.imageDigestSources = digestSources;

  const pullSecret = pullSecretOf(inputs);
  notes.add(['pullSecret'], commentText(pullSecret.placeholder ? 'pullSecretPlaceholder' : 'pullSecret'));
  const mirrorHost = mirrorHostOf(plan);
  if (mirrorHost && !pullSecretRegistries(pullSecret.value).includes(mirrorHost)) {
    notes.add(['pullSecret'], commentText('pullSecretMirror', { registry: mirrorHost }));
  }
  config.pullSecret = pullSecret.value;
  const sshKey = sshKeyOf(inputs);
  if (sshKey) {
    notes.add(['sshKey'], commentText('sshKey'));
    config.sshKey = sshKey;
  } else if (stanza === 'powervs') {
    notes.add(['pullSecret'], commentText('sshKeyRequiredPowerVs'));
  }

  return { config, notes: notes.entries, header: commentText('header', values), stanza };
}
