import { describe, expect, it } from 'vitest';
import {
  ipiSupported as ipiFromMatrix,
  PLATFORM_MATRIX,
  supportFor,
} from '../../src/knowledge/platform-matrix.js';
import { KNOWN_OCP_VERSIONS } from '../../src/knowledge/releases.js';
import { ipiSupported } from '../../src/recommend/recommend.js';
import { PLATFORMS } from '../../src/types.js';

describe('platform matrix', () => {
  it('covers every platform for every release 4.14 … 4.22', () => {
    expect(KNOWN_OCP_VERSIONS[0]).toBe('4.14');
    expect(KNOWN_OCP_VERSIONS.at(-1)).toBe('4.22');
    for (const platform of PLATFORMS) {
      expect(Object.keys(PLATFORM_MATRIX[platform])).toEqual([...KNOWN_OCP_VERSIONS]);
    }
  });

  it('has IPI everywhere except IBM Z, external and platform none; PowerVC from 4.21 (the installer’s platform list)', () => {
    for (const version of KNOWN_OCP_VERSIONS) {
      const withIpi = PLATFORMS.filter((p) => ipiSupported(p, version) && p !== 'powervc');
      expect(withIpi).toEqual([
        'aws',
        'azure',
        'gcp',
        'vsphere',
        'baremetal',
        'nutanix',
        'openstack',
        'ibmcloud',
        'powervs',
      ]);
    }
    expect(ipiFromMatrix).toBe(ipiSupported);
    expect(ipiSupported('powervc', '4.20')).toBe(false);
    expect(supportFor('powervc', '4.21')).toMatchObject({ ipi: true, available: 'TechPreview' });
    expect(supportFor('powervc', '4.22')).toMatchObject({ ipi: true, available: 'GA' });
  });

  it('has Oracle Cloud (external) through the Agent-based installer only, GA from 4.16', () => {
    expect(supportFor('external', '4.14').available).toBe('DevPreview');
    expect(supportFor('external', '4.15').available).toBe('TechPreview');
    expect(supportFor('external', '4.16')).toMatchObject({
      available: 'GA',
      agentBased: true,
      ipi: false,
      upi: false,
    });
  });

  it('documents UPI everywhere except Nutanix, IBM Cloud and Power VS (the docs’ supported installation methods per platform, the installer’s docs/user)', () => {
    const withoutUpi = PLATFORMS.filter((p) => !supportFor(p, '4.18').upi);
    expect(withoutUpi).toEqual(['nutanix', 'ibmcloud', 'powervs', 'powervc', 'external']);
  });

  it('allows single-node IPI only on aws, azure, gcp, ibmcloud and powervs (master.go, pkg/types/validation/machinepools.go)', () => {
    const sno = PLATFORMS.filter((p) => supportFor(p, '4.21').ipiTopologies.includes('sno'));
    expect(sno).toEqual(['aws', 'azure', 'gcp', 'ibmcloud', 'powervs']);
  });

  it('has private IPI only where publish Internal is accepted (installconfig.go (publish, credentials, mirrors, proxy))', () => {
    const privateIpi = PLATFORMS.filter((p) => supportFor(p, '4.18').ipiPrivate);
    expect(privateIpi).toEqual(['aws', 'azure', 'gcp', 'ibmcloud', 'powervs']);
  });

  it('has a restricted-network IPI procedure on every IPI platform (the docs’ supported installation methods per platform)', () => {
    for (const p of PLATFORMS.filter((p) => p !== 'powervc'))
      expect(supportFor(p, '4.18').ipiDisconnected).toBe(ipiSupported(p, '4.18'));
  });

  it('adds Agent-based installs on Nutanix from 4.19 (the release notes)', () => {
    expect(supportFor('nutanix', '4.18').agentBased).toBe(false);
    expect(supportFor('nutanix', '4.19').agentBased).toBe(true);
    expect(supportFor('nutanix', '4.21').source).toContain('Agent-based on Nutanix from 4.19');
    expect(supportFor('baremetal', '4.14').agentBased).toBe(true);
    expect(supportFor('aws', '4.21').agentBased).toBe(false);
  });

  it('reads a newer release than the table as the newest known one', () => {
    expect(supportFor('nutanix', '4.25').agentBased).toBe(true);
    expect(supportFor('powervc', '5.0').available).toBe('GA');
    expect(ipiSupported('none', '4.30')).toBe(false);
  });

  it('puts Power VS on ppc64le and IBM Z on s390x', () => {
    expect(supportFor('powervs', '4.18').ipiArchitectures).toEqual(['ppc64le']);
    expect(supportFor('ibmz', '4.18').architectures).toEqual(['s390x']);
    expect(supportFor('baremetal', '4.18').ipiArchitectures).toEqual(['amd64', 'arm64']);
  });
});
