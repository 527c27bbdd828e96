import { describe, expect, it } from 'vitest';
import { QUESTIONS, type QuestionContext } from '../../src/answers/questions.js';

const question = (id: string) => {
  const q = QUESTIONS.find((entry) => entry.id === id);
  if (!q) throw new Error(`no question ${id}`);
  return q;
};
const ctx: QuestionContext = { methodFor: () => 'IPI', fileProblem: () => undefined };
const topologies = (sofar: Record<string, unknown>) =>
  (question('topology').choices?.(sofar) ?? []).map((c) => [c.value, c.name]);

describe('wizard questions of the two-node topologies, control-plane size and PowerVC', () => {
  it('offers the two-node topologies the release has on the platform, with their level', () => {
    expect(topologies({ platform: 'baremetal', ocpVersion: '4.18' }).map(([v]) => v)).toEqual([
      'ha',
      'compact',
      'sno',
    ]);
    const at419 = topologies({ platform: 'baremetal', ocpVersion: '4.19' });
    expect(at419.map(([v]) => v)).toEqual(['ha', 'compact', 'sno', 'two-node-arbiter']);
    expect(at419[3]?.[1]).toContain('(Technology Preview in 4.19)');
    const at421 = topologies({ platform: 'baremetal', ocpVersion: '4.21' });
    expect(at421.slice(3).map(([v, n]) => [v, String(n).includes('Technology Preview')])).toEqual([
      ['two-node-arbiter', false],
      ['two-node-fencing', true],
    ]);
    // platform none takes an arbiter from 4.22; vSphere never takes a two-node topology.
    expect(topologies({ platform: 'none', ocpVersion: '4.21' }).map(([v]) => v)).toEqual([
      'ha',
      'compact',
      'sno',
      'two-node-fencing',
    ]);
    expect(topologies({ platform: 'none', ocpVersion: '4.22' }).map(([v]) => v)).toContain(
      'two-node-arbiter',
    );
    expect(topologies({ platform: 'vsphere', ocpVersion: '4.22' }).map(([v]) => v)).toEqual([
      'ha',
      'compact',
      'sno',
    ]);
  });

  it('asks for workers beside an arbiter (default 0), not beside fencing', () => {
    const workers = question('computeReplicas');
    expect(workers.when?.({ topology: 'two-node-arbiter' }, ctx)).toBe(true);
    expect(workers.default?.({ topology: 'two-node-arbiter' }, ctx)).toBe(0);
    expect(workers.when?.({ topology: 'two-node-fencing' }, ctx)).toBe(false);
  });

  it('asks for 4 or 5 control-plane nodes only with the Agent-based installer from 4.18', () => {
    const replicas = question('controlPlaneReplicas');
    expect(replicas.when?.({ topology: 'ha', installMethod: 'agent', ocpVersion: '4.18' }, ctx)).toBe(true);
    expect(replicas.when?.({ topology: 'ha', installMethod: 'agent', ocpVersion: '4.17' }, ctx)).toBe(false);
    expect(replicas.when?.({ topology: 'ha', installMethod: 'IPI', ocpVersion: '4.22' }, ctx)).toBe(false);
  });

  it('asks PowerVC for its cloud, DHCP subnet, flavor and image, and its machine network', () => {
    const sofar = { platform: 'powervc', ocpVersion: '4.22' };
    for (const id of ['powervc.cloud', 'powervc.subnetID', 'powervc.computeFlavor', 'powervc.clusterOSImage'])
      expect(question(id).when?.(sofar, ctx), id).toBe(true);
    expect(question('networking.machineNetwork').when?.(sofar, ctx)).toBe(true);
    expect(question('ownership.loadBalancer').default?.(sofar, ctx)).toBe('customer');
    expect((question('platform').choices?.({}) ?? []).map((c) => c.value)).toContain('powervc');
  });
});
