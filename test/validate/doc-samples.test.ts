import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { validateInstallConfigText } from '../../src/validate/index.js';
import { describeWithOracle, ORACLE, oracleRuns } from '../helpers/oracle.js';

/*
 * The documentation samples (reference/doc-samples, read at test time) must produce no errors except their known
 * placeholders and documented mistakes. Each expectation below is reasoned from the sample's header:
 * - `sshKey: ssh-ed25519 AAAA...` is a truncated key ("AAAA..." is not base64): the installer says "ssh: no key found".
 * - `pullSecret: '{"auths": ...}'` and `'<pull_secret>'` are not JSON: the installer's ImagePullSecret check fails.
 * - `<placeholder>` values fail the format rule of their field (domain, CIDR, IP, MAC, host name, repository).
 * - `<MY_TRUSTED_CA_CERT>` is not base64; the derived samples' `ZZZZ…` body is base64 but not DER.
 * Placeholders are errors, not warnings: a file with them cannot be installed, and `validate` must say so.
 */

const DIR = path.join(ORACLE ?? '/nonexistent-oracle', 'doc-samples');
const SSH = 'ssh-key-format@sshKey';
const PULL = 'pull-secret-format@pullSecret';
const MIRRORS = (list: string) => [
  `image-source@${list}[0].mirrors[0]`,
  `image-source@${list}[1].mirrors[0]`,
];

const EXPECTED: Record<string, { errors: string[]; why: string }> = {
  'agent-sno-baremetal.yaml': {
    errors: [PULL, SSH],
    why: 'placeholders only; SNO on platform none is valid',
  },
  'aws-ipi.yaml': {
    // lbType is a field of platform.aws, not of the machine pool; the 4.14 docs printed it under controlPlane, where
    // the installer's strict unmarshal rejects it (the schema's aws machine pool has no lbType).
    errors: ['unknown-field@controlPlane.platform.aws.lbType', PULL, SSH],
    why: 'docs mistake: lbType under the control plane pool',
  },
  'aws-ipi-restricted.yaml': {
    errors: [
      'unknown-field@controlPlane.platform.aws.lbType',
      SSH,
      'trust-bundle-format@additionalTrustBundle',
      ...MIRRORS('imageContentSources'),
    ],
    why: 'same lbType mistake; <local_registry> mirrors and <MY_TRUSTED_CA_CERT>; the pull secret JSON is valid',
  },
  'azure-ipi.yaml': { errors: [PULL, SSH], why: 'placeholders only' },
  'baremetal-ipi.yaml': {
    errors: [
      'base-domain-format@baseDomain',
      'cluster-name-dns-label@metadata.name',
      'cidr-syntax@networking.machineNetwork[0].cidr',
      'vip-format@platform.baremetal.apiVIPs[0]',
      'vip-format@platform.baremetal.ingressVIPs[0]',
      'cidr-syntax@platform.baremetal.provisioningNetworkCIDR',
      // <bootstrap_static_…> placeholders: the installer checks these three with validate.IP.
      'platform-field-value@platform.baremetal.bootstrapExternalStaticIP',
      'platform-field-value@platform.baremetal.bootstrapExternalStaticGateway',
      'platform-field-value@platform.baremetal.bootstrapExternalStaticDNS',
      ...[0, 1, 2, 3, 4].map((i) => `baremetal-host@platform.baremetal.hosts[${i}].bootMACAddress`),
      ...[1, 2, 3, 4].map((i) => `baremetal-host@platform.baremetal.hosts[${i}].name`),
      PULL,
      'ssh-key-format@sshKey',
    ],
    why: 'every <placeholder>; hosts[0] has a real name (openshift-master-0)',
  },
  'baremetal-upi-platform-none.yaml': { errors: [PULL, SSH], why: 'placeholders only' },
  'baremetal-upi-restricted-imagecontentsources.yaml': {
    errors: [SSH, 'trust-bundle-format@additionalTrustBundle', ...MIRRORS('imageContentSources')],
    why: 'ZZZZ certificate body and <local_registry> mirrors',
  },
  'disconnected-imagedigestsources-derived.yaml': {
    errors: [SSH, 'trust-bundle-format@additionalTrustBundle', ...MIRRORS('imageDigestSources')],
    why: 'same as the restricted sample with the key renamed',
  },
  'gcp-ipi.yaml': {
    // The header says tags and osImage sit under compute[0].platform.gcp.osDisk exactly as printed in the docs; the
    // installer's GCP osDisk has no such fields.
    errors: [
      'unknown-field@compute[0].platform.gcp.osDisk.tags',
      'unknown-field@compute[0].platform.gcp.osDisk.osImage',
      PULL,
      SSH,
    ],
    why: 'documented indentation mistake',
  },
  'proxy.yaml': {
    errors: [
      'cluster-name-required@metadata.name',
      'platform-required@platform',
      'pull-secret-required@pullSecret',
      'proxy@proxy.httpProxy',
      'proxy@proxy.httpsProxy',
      'trust-bundle-format@additionalTrustBundle',
      'trust-bundle-policy@additionalTrustBundlePolicy',
    ],
    why: 'an excerpt (no metadata, platform, pullSecret); <username>:<pswd>@<ip>:<port> is not a URL; <policy…> placeholder',
  },
  'sno-bootstrap-in-place.yaml': {
    errors: ['base-domain-format@baseDomain', 'cluster-name-dns-label@metadata.name', PULL, SSH],
    why: '<domain>, <name>, <pull_secret>, <ssh_key>; <disk_id> is free text the installer does not check',
  },
  'vsphere-ipi-legacy-4.12.yaml': {
    errors: [
      'vip-format@platform.vsphere.apiVIPs[0]',
      'vip-format@platform.vsphere.ingressVIPs[0]',
      PULL,
      SSH,
    ],
    why: 'api_vip / ingress_vip placeholders (the flat fields themselves are converted with warnings)',
  },
  'vsphere-ipi.yaml': {
    errors: [
      'pull-secret-required@pullSecret',
      SSH,
      'machine-pool-name@compute[0].name',
      'platform-required-field@platform.vsphere.vcenters[0].password',
      'platform-field-value@platform.vsphere.vcenters[0].server',
    ],
    why: 'the header says the newest rendering omits the vCenter password; the sample has no pullSecret; <worker_name> is not "worker"; <fully_qualified_domain_name> is not a host name. <control_plane_name> is only a warning: the installer forces the name to master',
  },
  'vsphere-upi.yaml': {
    errors: [
      'pull-secret-required@pullSecret',
      SSH,
      'machine-pool-name@compute[0].name',
      'platform-required-field@platform.vsphere.vcenters[0].password',
      'platform-field-value@platform.vsphere.vcenters[0].server',
    ],
    why: 'as vsphere-ipi.yaml; without VIPs, which UPI does not need',
  },
};

const files = oracleRuns ? readdirSync(DIR).filter((f) => f.endsWith('.yaml')) : [];

describeWithOracle('doc samples', () => {
  it('every sample has an expectation', () => {
    expect(files.sort()).toEqual(Object.keys(EXPECTED).sort());
  });
  it.each(files)('%s has only its known placeholder and documented errors', (file) => {
    const result = validateInstallConfigText(readFileSync(`${DIR}/${file}`, 'utf8'), { fileName: file });
    const errors = result.findings.filter((f) => f.severity === 'error').map((f) => `${f.rule}@${f.path}`);
    expect(errors.sort()).toEqual([...(EXPECTED[file]?.errors ?? [])].sort());
    for (const f of result.findings) {
      expect(f.line).toBeGreaterThan(0);
      expect(f.column).toBeGreaterThan(0);
    }
  });
  it('the legacy vSphere sample warns about the flat fields and the singular VIPs', () => {
    const result = validateInstallConfigText(readFileSync(`${DIR}/vsphere-ipi-legacy-4.12.yaml`, 'utf8'));
    const warnings = result.findings.filter((f) => f.severity === 'warning').map((f) => f.rule);
    expect(warnings).toEqual(
      expect.arrayContaining(['vsphere-legacy-fields', 'vip-deprecated', 'field-case']),
    );
  });
  it('with placeholders filled in, the sno sample is fully valid', () => {
    const text = readFileSync(`${DIR}/sno-bootstrap-in-place.yaml`, 'utf8')
      .replace('<domain>', 'example.com')
      .replace('<name>', 'sno')
      .replace("'<pull_secret>'", `'{"auths":{"quay.io":{"auth":"dXNlcjpwYXNz"}}}'`)
      .replace(
        '<ssh_key>',
        'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcH user@host',
      );
    expect(validateInstallConfigText(text).findings).toEqual([]);
  });
});
