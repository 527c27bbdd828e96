import { describe, expect, it } from 'vitest';
import { recommend } from '../../src/recommend/recommend.js';
import { renderRecommendationText } from '../../src/recommend/render-text.js';
import { makePlan } from './plan-factory.js';

describe('renderRecommendationText', () => {
  it('prints the verdict and every section in English', () => {
    const plan = makePlan({
      platform: 'vsphere',
      ownership: { network: 'customer', dns: 'customer' },
      publish: 'Internal',
    });
    const text = renderRecommendationText(recommend(plan, 'en'), 'en');
    const lines = text.split('\n');
    expect(lines[0]).toBe('Recommended: IPI (strong)');
    for (const heading of [
      'Because:',
      'You give up:',
      'This becomes UPI if:',
      'Also consider:',
      'Warnings:',
    ]) {
      expect(lines).toContain(heading);
    }
    expect(text).toContain('  - ownership.machines: customer — you provision the machines yourself');
    expect(text).toContain('  - topology: sno, computeReplicas: 0 — the topology is sno (a single node)');
    expect(text).toContain('  - Assisted Installer: For a connected install on vSphere');
    expect(text).toMatch(/ {2}! publish: Internal is not supported on vSphere/);
    expect(text).toMatch(
      /\+\+ \[IPI\] The installer may create the machines.*\(source: notes: Full Stack Automation \(IPI\)/,
    );
  });

  it('prints Korean headings and leaves out empty sections', () => {
    const text = renderRecommendationText(
      recommend(makePlan({ platform: 'ibmz', ocpVersion: '4.20' }), 'ko'),
      'ko',
    );
    expect(text.split('\n')[0]).toBe('권장 방식: UPI (강제)');
    expect(text).toContain('근거:');
    expect(text).toContain('포기하는 점:');
    expect(text).toContain('함께 검토할 방법:');
    expect(text).not.toContain('IPI로 바뀝니다:');
    expect(text).not.toContain('경고:');
    expect(text).toContain('!! [UPI] OpenShift 4.20에서 IBM Z / LinuxONE에는');
  });
});
