import { describe, expect, it } from 'vitest';
import { applyChange, applyChanges } from '../../src/recommend/apply-change.js';
import { makePlan } from './plan-factory.js';

describe('applyChange', () => {
  const ha = makePlan({ platform: 'aws' });

  it('recomputes the replicas a topology implies (the answers-file format)', () => {
    const sno = applyChange(ha, 'topology', 'sno');
    expect([sno.controlPlaneReplicas, sno.computeReplicas]).toEqual([1, 0]);
    const compact = applyChange(ha, 'topology', 'compact');
    expect([compact.controlPlaneReplicas, compact.computeReplicas]).toEqual([3, 0]);
    const back = applyChange(sno, 'topology', 'ha');
    expect([back.controlPlaneReplicas, back.computeReplicas]).toEqual([3, 3]);
    const fiveWorkers = applyChange({ ...ha, computeReplicas: 5 }, 'topology', 'ha');
    expect(fiveWorkers.computeReplicas).toBe(5);
  });

  it('changes one ownership part or requirement and leaves the input untouched', () => {
    const changed = applyChange(ha, 'ownership.dns', 'customer');
    expect(changed.ownership).toEqual({ ...ha.ownership, dns: 'customer' });
    expect(ha.ownership.dns).toBe('installer');
    expect(applyChange(ha, 'requirements.autoscaling', true).requirements.autoscaling).toBe(true);
  });

  it('keeps the architecture on a new platform only when it runs there', () => {
    const arm = makePlan({ platform: 'baremetal', architecture: 'arm64' });
    expect(applyChange(arm, 'platform', 'none').architecture).toBe('arm64');
    expect(applyChange(arm, 'platform', 'ibmz').architecture).toBe('s390x');
    expect(applyChange({ ...arm, platformConfig: { x: 1 } }, 'platform', 'none').platformConfig).toEqual({});
  });

  it('applies a whole change object in order', () => {
    const plan = applyChanges(ha, { topology: 'sno', computeReplicas: 0, connectivity: 'disconnected' });
    expect([plan.topology, plan.computeReplicas, plan.connectivity]).toEqual(['sno', 0, 'disconnected']);
  });

  it('rejects unknown keys and invalid values', () => {
    expect(() => applyChange(ha, 'ownership.everything', 'customer')).toThrow(/unsupported answer key/);
    expect(() => applyChange(ha, 'ownership.machines.extra', 'customer')).toThrow(/unsupported answer key/);
    expect(() => applyChange(ha, 'requirements.autoscaling.x', true)).toThrow(/unsupported answer key/);
    expect(() => applyChange(ha, 'topology', 'huge')).toThrow(/not a valid topology/);
    expect(() => applyChange(ha, 'requirements.autoscaling', 'yes')).toThrow(/true or false/);
    expect(() => applyChange(ha, 'computeReplicas', -1)).toThrow(/whole number/);
  });
});
