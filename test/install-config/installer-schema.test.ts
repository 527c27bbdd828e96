import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { parse } from 'yaml';
import { describeWithOracle, oracleFile } from '../helpers/oracle.js';
import { checkAgainstInstallerSchema } from './installer-schema.js';

const sample = (name: string): unknown => parse(readFileSync(oracleFile('doc-samples', name), 'utf8'));

/** The oracle itself: it accepts the docs’ correct samples and catches the mistakes their headers note. */
describeWithOracle('installer schema oracle', () => {
  it.each([
    'agent-sno-baremetal.yaml',
    'baremetal-ipi.yaml',
    'baremetal-upi-platform-none.yaml',
    'sno-bootstrap-in-place.yaml',
    'disconnected-imagedigestsources-derived.yaml',
    'azure-ipi.yaml',
  ])('accepts %s', (name) => {
    expect(checkAgainstInstallerSchema(sample(name))).toEqual([]);
  });

  it('rejects the legacy flat vSphere fields as unknown keys', () => {
    expect(checkAgainstInstallerSchema(sample('vsphere-ipi-legacy-4.12.yaml'))).toContain(
      '/platform/vsphere must NOT have additional properties (vcenter)',
    );
  });

  it('catches the GCP sample that indents tags under osDisk', () => {
    expect(checkAgainstInstallerSchema(sample('gcp-ipi.yaml'))).toContain(
      '/compute/0/platform/gcp/osDisk must NOT have additional properties (tags)',
    );
  });

  it('requires the pull secret the newest vSphere sample omits', () => {
    expect(checkAgainstInstallerSchema(sample('vsphere-upi.yaml'))).toEqual([
      "/ must have required property 'pullSecret'",
    ]);
  });

  it('accepts every machine-pool architecture and two service networks (relaxed artefacts)', () => {
    const config = {
      apiVersion: 'v1',
      baseDomain: 'example.com',
      metadata: { name: 'x' },
      platform: { none: {} },
      pullSecret: '{"auths":{"a":{"auth":"b"}}}',
      controlPlane: { name: 'master', architecture: 's390x' },
      compute: [{ name: 'worker', architecture: 'arm64' }],
      networking: { serviceNetwork: ['172.30.0.0/16', 'fd02::/112'] },
    };
    expect(checkAgainstInstallerSchema(config)).toEqual([]);
    expect(
      checkAgainstInstallerSchema({ ...config, controlPlane: { name: 'master', architecture: 'x86_64' } }),
    ).toHaveLength(1);
  });
});
