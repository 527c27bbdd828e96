import { describe, expect, it } from 'vitest';
import { recommend } from '../../src/recommend/recommend.js';
import { makePlan } from './plan-factory.js';

describe('trade-offs', () => {
  it('IPI gives up control over the layout and needs broad credentials', () => {
    const rec = recommend(makePlan({ platform: 'aws' }), 'en');
    expect(rec.tradeoffs).toContain(
      'The installer must hold credentials that can create and delete resources on AWS during the installation.',
    );
    expect(rec.tradeoffs.some((t) => t.includes('ingress VIP'))).toBe(false);
  });

  it('vSphere IPI with the built-in load balancing warns about the single ingress VIP (the docs’ “Selecting a cluster installation method”)', () => {
    const rec = recommend(makePlan({ platform: 'vsphere' }), 'en');
    expect(rec.tradeoffs.some((t) => t.includes('ingress VIP is not load-balanced'))).toBe(true);
  });

  it('UPI gives up the Machine API, and on platform none the platform integration', () => {
    const none = recommend(makePlan({ platform: 'none' }), 'ko');
    expect(none.tradeoffs.some((t) => t.includes('머신 자동 관리가 없습니다'))).toBe(true);
    expect(none.tradeoffs.some((t) => t.includes('platform none'))).toBe(true);
    const awsUpi = recommend(makePlan({ platform: 'aws', ownership: { machines: 'customer' } }), 'en');
    expect(awsUpi.tradeoffs.some((t) => t.startsWith('No automatic machine management'))).toBe(true);
    expect(awsUpi.tradeoffs.some((t) => t.includes('platform none'))).toBe(false);
  });
});

describe('alternatives', () => {
  it('offers Agent-based for disconnected bare metal', () => {
    const rec = recommend(makePlan({ platform: 'baremetal', connectivity: 'disconnected' }), 'en');
    expect(rec.alternatives.map((a) => a.method)).toEqual(['Agent-based']);
    expect(rec.alternatives[0]?.when).toMatch(/^For a disconnected install on bare metal/);
  });

  it('offers Agent-based for single node on bare metal, and the Assisted Installer when connected', () => {
    const rec = recommend(makePlan({ platform: 'baremetal', topology: 'sno' }), 'en');
    expect(rec.alternatives.map((a) => a.method)).toEqual(['Agent-based', 'Assisted Installer']);
    expect(rec.alternatives[0]?.when).toMatch(/single-node OpenShift on bare metal/);
  });

  it('offers the Assisted Installer for connected vSphere and nothing for AWS', () => {
    expect(recommend(makePlan({ platform: 'vsphere' }), 'en').alternatives.map((a) => a.method)).toEqual([
      'Assisted Installer',
    ]);
    expect(recommend(makePlan({ platform: 'aws' }), 'en').alternatives).toEqual([]);
  });

  it('offers Agent-based on Nutanix only from 4.19 (the release notes)', () => {
    const spec = { platform: 'nutanix', connectivity: 'disconnected' } as const;
    expect(recommend(makePlan({ ...spec, ocpVersion: '4.18' }), 'en').alternatives).toEqual([]);
    expect(
      recommend(makePlan({ ...spec, ocpVersion: '4.19' }), 'en').alternatives.map((a) => a.method),
    ).toEqual(['Agent-based']);
  });

  it('offers Agent-based for hosts the customer provisions on-premises', () => {
    const rec = recommend(makePlan({ platform: 'ibmz' }), 'ko');
    expect(rec.alternatives.map((a) => a.method)).toEqual(['Agent-based', 'Assisted Installer']);
    expect(rec.alternatives[0]?.when).toContain('IBM Z / LinuxONE');
  });
});

describe('reasons', () => {
  it('come in the chosen language with the platform and release filled in', () => {
    const plan = makePlan({ platform: 'ibmz', ocpVersion: '4.16' });
    const ko = recommend(plan, 'ko');
    expect(ko.reasons[0]).toEqual({
      id: 'platform-has-no-ipi',
      favours: 'UPI',
      effect: 'forces',
      text: 'OpenShift 4.16에서 IBM Z / LinuxONE에는 설치 프로그램 프로비저닝 인프라(IPI)가 없어 설치 프로그램이 머신을 만들 수 없습니다. 따라서 UPI만 가능합니다.',
      source:
        'Installation overview: Supported installation methods for different platforms, https://docs.redhat.com/en/documentation/openshift_container_platform/4.16/html/installation_overview/',
    });
    const en = recommend(plan, 'en');
    expect(en.reasons.map((r) => r.id)).toEqual(ko.reasons.map((r) => r.id));
    expect(en.reasons[0]?.text).toContain('UPI is required');
  });

  it('are ordered forcing first, then by weight', () => {
    const rec = recommend(makePlan({ platform: 'aws', requirements: { autoscaling: true } }), 'en');
    const ids = rec.reasons.map((r) => r.id);
    expect(ids[0]).toBe('autoscaling-needs-machine-api');
    expect(ids[1]).toBe('installer-provisions-machines');
    expect(ids.indexOf('platform-supports-ipi')).toBeLessThan(ids.indexOf('installer-storage'));
  });

  it('is deterministic', () => {
    const plan = makePlan({ platform: 'gcp', ownership: { dns: 'customer' } });
    expect(recommend(plan, 'en')).toEqual(recommend(plan, 'en'));
  });
});

describe('what would change the recommendation', () => {
  it('never proposes UPI on platforms without a user-provisioned procedure', () => {
    for (const platform of ['nutanix', 'ibmcloud', 'powervs'] as const) {
      const plan = makePlan({ platform, ...(platform === 'powervs' ? { architecture: 'ppc64le' } : {}) });
      const rec = recommend(plan, 'en');
      expect(rec.method, platform).toBe('IPI');
      expect(
        rec.wouldChangeIf.filter((w) => w.method === 'UPI'),
        platform,
      ).toEqual([]);
    }
  });

  it('still proposes UPI where the platform documents it', () => {
    const rec = recommend(makePlan({ platform: 'vsphere' }), 'en');
    expect(rec.wouldChangeIf.some((w) => w.method === 'UPI' && 'ownership.machines' in w.change)).toBe(true);
  });
});
