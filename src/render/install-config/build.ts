import { manualCredentialsReason } from '../../knowledge/cloud-credentials.js';
import type { Inputs, Lang, Method, Plan } from '../../types.js';
import { withUserinfo } from '../../util/secrets.js';
import { commentText } from './comments.js';
import { CREDENTIAL_HOLDERS_KO, METHOD_LABELS_KO, PLATFORM_LABELS_KO } from './comments-ko.js';
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
 * Plan + method + file contents → the install-config object, its comments in `lang`. Pure and deterministic: the
 * same inputs always give the same object in the same key order.
 */
export function buildInstallConfig(
  plan: Plan,
  method: Method,
  inputs: Inputs,
  lang: Lang = 'en',
): InstallConfigDraft {
  const notes = new Notes(lang);
  const stanza = stanzaFor(plan.platform, method, plan.topology);
  const ko = lang === 'ko';
  const values: Record<string, string> = {
    clusterName: plan.clusterName,
    baseDomain: plan.baseDomain,
    platform: (ko ? PLATFORM_LABELS_KO : PLATFORM_LABELS)[plan.platform],
    ocpVersion: plan.ocpVersion,
    method: (ko ? METHOD_LABELS_KO : METHOD_LABELS)[method],
    topology: plan.topology,
    andCredentials: (ko ? CREDENTIAL_HOLDERS_KO : CREDENTIAL_HOLDERS)[stanza] ?? '',
  };

  const config: Record<string, unknown> = { apiVersion: 'v1', baseDomain: plan.baseDomain };
  notes.add(['apiVersion'], commentText('apiVersion', notes.lang));
  notes.add(['baseDomain'], commentText('baseDomain', notes.lang, values));
  notes.add(['metadata', 'name'], commentText('metadataName', notes.lang));
  config.metadata = { name: plan.clusterName };
  // Manual where it is the platform's only mode (installconfig.go (publish, credentials, mirrors, proxy)), and where
  // the installer may not hold administrator credentials: the cluster then keeps none in kube-system either.
  const manual = manualCredentialsReason(stanza, plan.requirements.installerCredentials);
  if (manual) {
    notes.add(
      ['credentialsMode'],
      commentText(
        manual === 'only-mode' ? 'credentialsModeManual' : 'credentialsModeNoAdmin',
        notes.lang,
        values,
      ),
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
    notes.add(['bootstrapInPlace'], commentText('bootstrapInPlace', notes.lang));
    if (!disk)
      notes.add(
        ['bootstrapInPlace', 'installationDisk'],
        commentText('bootstrapInPlacePlaceholder', notes.lang),
      );
    config.bootstrapInPlace = { installationDisk: disk ?? INSTALLATION_DISK_PLACEHOLDER };
  }

  notes.add(
    ['publish'],
    commentText(plan.publish === 'Internal' ? 'publishInternal' : 'publishExternal', notes.lang),
  );
  config.publish = plan.publish;
  notes.add(['fips'], commentText(plan.fips ? 'fipsOn' : 'fipsOff', notes.lang));
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
    notes.add(['proxy'], commentText('proxy', notes.lang));
    config.proxy = proxy;
  }
  Object.assign(config, trustBundleOf(plan, inputs, notes));
  const digestSources = imageDigestSourcesOf(plan, notes);
  if (digestSources) config.imageDigestSources = digestSources;

  const pullSecret = pullSecretOf(inputs);
  notes.add(
    ['pullSecret'],
    commentText(pullSecret.placeholder ? 'pullSecretPlaceholder' : 'pullSecret', notes.lang),
  );
  const mirrorHost = mirrorHostOf(plan);
  if (mirrorHost && !pullSecretRegistries(pullSecret.value).includes(mirrorHost)) {
    notes.add(['pullSecret'], commentText('pullSecretMirror', notes.lang, { registry: mirrorHost }));
  }
  config.pullSecret = pullSecret.value;
  const sshKey = sshKeyOf(inputs);
  if (sshKey) {
    notes.add(['sshKey'], commentText('sshKey', notes.lang));
    config.sshKey = sshKey;
  } else if (stanza === 'powervs') {
    notes.add(['pullSecret'], commentText('sshKeyRequiredPowerVs', notes.lang));
  }

  return { config, notes: notes.entries, header: commentText('header', notes.lang, values), stanza };
}
