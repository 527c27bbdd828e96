import { describe, expect, it } from 'vitest';
import { KNOWN_OCP_VERSIONS } from '../../src/knowledge/releases.js';
import type { Platform } from '../../src/types.js';
import { makePlan } from '../install-config/factory.js';
import { itemOf, renderOnprem, textOf } from './onprem-plans.js';

/** Clouds where the answer "the installer may not hold credentials" must switch the cluster to Manual mode. */
const MANUAL_CAPABLE = [
  { platform: 'aws', ccoctl: './ccoctl aws create-all', tls: true },
  { platform: 'azure', ccoctl: './ccoctl azure create-all', tls: true },
  { platform: 'gcp', ccoctl: './ccoctl gcp create-all', tls: true },
] as const;

function cloudPlan(
  platform: Platform,
  installMethod: 'IPI' | 'UPI',
  installerCredentials: boolean,
  version = '4.20',
) {
  const owner = installMethod === 'UPI' ? 'customer' : 'installer';
  return makePlan(platform, 'ha', {
    ocpVersion: version,
    installMethod,
    ownership: { machines: owner, network: owner, dns: owner, loadBalancer: owner, storage: owner },
    requirements: { autoscaling: false, installerCredentials, hardenedInfrastructure: false },
  });
}

describe('installer credentials on clouds', () => {
  for (const c of MANUAL_CAPABLE) {
    for (const method of ['IPI', 'UPI'] as const) {
      it(`${c.platform} ${method} without installer credentials: credentialsMode Manual and the ccoctl steps`, () => {
        const r = renderOnprem(cloudPlan(c.platform, method, false));
        expect(r.installConfig.credentialsMode).toBe('Manual');
        expect(r.installConfigText).toContain('no administrator credentials are stored in the cluster');
        expect(r.valid).toBe(true);
        const text = textOf(itemOf(r, 'install.manual-credentials'));
        expect(text).toContain(c.ccoctl);
        expect(text).toContain('--credentials-requests --included');
        // It reads the install-config copied into the install folder: right after that step.
        const ids = r.items.map((i) => i.id);
        expect(ids.indexOf('install.manual-credentials')).toBe(ids.indexOf('install.dir') + 1);
        // UPI copies the manifests in its own manifests step; IPI runs create manifests right here.
        const commands = itemOf(r, 'install.manual-credentials')?.commands ?? [];
        expect(commands.some((c) => c.startsWith('openshift-install create manifests'))).toBe(
          method === 'IPI',
        );
        expect(commands.includes('cp -a ./ccoctl-output/tls demo-install/')).toBe(method === 'IPI' && c.tls);
      });

      it(`${c.platform} ${method} with installer credentials: the installer's default mode, no ccoctl step`, () => {
        const r = renderOnprem(cloudPlan(c.platform, method, true));
        expect(r.installConfig.credentialsMode).toBeUndefined();
        expect(itemOf(r, 'install.manual-credentials')).toBeUndefined();
      });
    }
  }

  it.each(KNOWN_OCP_VERSIONS.map((v) => String(v)))(
    'AWS UPI %s without installer credentials validates',
    (v) => {
      const r = renderOnprem(cloudPlan('aws', 'UPI', false, v));
      expect(r.installConfig.credentialsMode).toBe('Manual');
      expect(r.valid).toBe(true);
    },
  );
});

describe('IBM Cloud and Power VS', () => {
  it.each([
    { platform: 'ibmcloud', variable: 'IC_API_KEY', resourceGroup: false },
    { platform: 'powervs', variable: 'IBMCLOUD_API_KEY', resourceGroup: true },
  ] as const)('$platform IPI names $variable and creates service IDs with ccoctl', (c) => {
    const r = renderOnprem(cloudPlan(c.platform, 'IPI', true));
    expect(r.installConfig.credentialsMode).toBe('Manual');
    const key = itemOf(r, 'prepare.ibm-api-key');
    expect(key?.commands).toEqual([`export ${c.variable}=REPLACE_WITH_API_KEY`]);
    expect(key?.title).toContain(c.variable);
    const manual = textOf(itemOf(r, 'install.manual-credentials'));
    expect(manual).toContain('./ccoctl ibmcloud create-service-id');
    expect(manual.includes('--resource-group-name=')).toBe(c.resourceGroup);
    expect(manual).not.toContain('ccoctl-output/tls');
  });

  it('Power VS IPI has the Internet Services DNS zone step; IBM Cloud keeps its own DNS step', () => {
    const powervs = renderOnprem(cloudPlan('powervs', 'IPI', true));
    const dns = itemOf(powervs, 'ipi.powervs.dns');
    expect(dns?.owner).toBe('dns');
    expect(dns?.commands).toContain(`ibmcloud cis domain-add ${powervs.plan.baseDomain}`);
    const ibmcloud = renderOnprem(cloudPlan('ibmcloud', 'IPI', true));
    expect(itemOf(ibmcloud, 'ipi.powervs.dns')).toBeUndefined();
    expect(itemOf(ibmcloud, 'ipi.ibmcloud.dns')).toBeDefined();
  });

  it('the Korean plan says the same in Korean', () => {
    const r = renderOnprem(cloudPlan('powervs', 'IPI', true), 'ko');
    expect(itemOf(r, 'prepare.ibm-api-key')?.title).toBe('IBM Cloud API 키를 IBMCLOUD_API_KEY로 내보내기');
    expect(itemOf(r, 'install.manual-credentials')?.details).toContain('Cloud Credential Operator');
  });
});

describe('the AWS UPI identity', () => {
  it('is where the operator mints from by default, and leaves the cluster in Manual mode', () => {
    const mint = textOf(itemOf(renderOnprem(cloudPlan('aws', 'UPI', true)), 'cloud.prerequisites'));
    expect(mint).toContain('Cloud Credential Operator mints');
    const manual = textOf(itemOf(renderOnprem(cloudPlan('aws', 'UPI', false)), 'cloud.prerequisites'));
    expect(manual).toContain('short-lived credentials from ccoctl');
    expect(manual).not.toContain('mints');
  });
});
