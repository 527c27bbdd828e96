import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../src/plan/check.js';
import { checkTopologyRules, type PlanProblem, TOPOLOGY_RULES } from '../../src/plan/check-topology.js';
import type { Plan } from '../../src/types.js';
import { makePlan } from '../install-config/factory.js';
import { twoNodeHosts, twoNodePlan } from './factory.js';

const HANGUL = /[\uAC00-\uD7A3]/;

/** The problems of one rule for a plan (and the answers it was built from). */
function problemsOf(rule: string, plan: Plan, answers: Record<string, unknown> = {}): PlanProblem[] {
  return checkTopologyRules(plan, answers).filter((p) => p.rule === rule);
}

interface Case {
  name: string;
  plan: Plan;
  answers?: Record<string, unknown>;
  /** The answers key the problem names, or undefined when the rule must accept the plan. */
  key?: string;
  /** A fragment of the English message: the fix the user reads. */
  says?: string;
}

/**
 * Each rule at its release boundary (the day before and the day after), with the answer it names and its fix.
 * Sources: knowledge/topologies.ts, feature-gates.ts, platform-matrix.ts.
 */
const CASES: Record<string, Case[]> = {
  'topology-release': [
    {
      name: 'arbiter in 4.18, before the field exists',
      plan: twoNodePlan('two-node-arbiter', '4.18'),
      key: 'topology',
      says: 'needs OpenShift 4.19 or newer (Technology Preview from 4.19, generally available from 4.20); set ocpVersion: "4.20"',
    },
    { name: 'arbiter in 4.19', plan: twoNodePlan('two-node-arbiter', '4.19') },
    {
      name: 'fencing in 4.19',
      plan: twoNodePlan('two-node-fencing', '4.19'),
      key: 'topology',
      says: 'needs OpenShift 4.20 or newer (Technology Preview from 4.20, generally available from 4.22)',
    },
    { name: 'fencing in 4.20', plan: twoNodePlan('two-node-fencing', '4.20') },
    { name: 'fencing in 5.0 (newest known rules)', plan: twoNodePlan('two-node-fencing', '5.0') },
  ],
  'topology-platform': [
    {
      name: 'arbiter on none in 4.21',
      plan: twoNodePlan('two-node-arbiter', '4.21', 'none', { hosts: [] }),
      key: 'platform',
      says: 'none takes it from 4.22: set ocpVersion: "4.22", or platform: baremetal',
    },
    { name: 'arbiter on none in 4.22', plan: twoNodePlan('two-node-arbiter', '4.22', 'none', { hosts: [] }) },
    {
      name: 'arbiter on vSphere in any release',
      plan: twoNodePlan('two-node-arbiter', '4.22', 'vsphere', { hosts: [] }),
      key: 'platform',
      says: 'runs only on baremetal, none, external, not on vsphere',
    },
    {
      name: 'fencing on AWS',
      plan: twoNodePlan('two-node-fencing', '4.22', 'aws', { hosts: [] }),
      key: 'platform',
      says: 'not on aws',
    },
    { name: 'fencing on none in 4.20', plan: twoNodePlan('two-node-fencing', '4.20', 'none') },
  ],
  'topology-method': [
    {
      name: 'arbiter with UPI on bare metal in 4.21 (platform none has no arbiter yet)',
      plan: twoNodePlan('two-node-arbiter', '4.21', 'baremetal', { installMethod: 'UPI' }),
      key: 'installMethod',
      says: 'cannot be installed with user-provisioned infrastructure (UPI) in OpenShift 4.21; set installMethod: IPI or agent, or set ocpVersion: "4.22"',
    },
    {
      name: 'arbiter with UPI forced by customer machines in 4.21 names that answer',
      plan: twoNodePlan('two-node-arbiter', '4.21', 'baremetal', {
        ownership: {
          machines: 'customer',
          network: 'customer',
          dns: 'customer',
          loadBalancer: 'customer',
          storage: 'customer',
        },
      }),
      key: 'ownership.machines',
      says: 'set installMethod: IPI or agent',
    },
    {
      name: 'arbiter with UPI on bare metal in 4.22',
      plan: twoNodePlan('two-node-arbiter', '4.22', 'baremetal', { installMethod: 'UPI' }),
    },
    {
      name: 'arbiter with the Agent-based installer in 4.19 (agent support from 4.20)',
      plan: twoNodePlan('two-node-arbiter', '4.19', 'baremetal', { installMethod: 'agent' }),
      key: 'installMethod',
      says: 'set installMethod: IPI, or set ocpVersion: "4.20"',
    },
    {
      name: 'arbiter with the Agent-based installer in 4.20',
      plan: twoNodePlan('two-node-arbiter', '4.20', 'baremetal', { installMethod: 'agent' }),
    },
    {
      name: 'fencing with the Agent-based installer in 4.21 (two replicas only with an arbiter there)',
      plan: twoNodePlan('two-node-fencing', '4.21', 'baremetal', { installMethod: 'agent' }),
      key: 'installMethod',
      says: 'set installMethod: IPI or UPI, or set ocpVersion: "4.22"',
    },
    {
      name: 'fencing with the Agent-based installer in 4.22',
      plan: twoNodePlan('two-node-fencing', '4.22', 'baremetal', { installMethod: 'agent' }),
    },
    {
      name: 'fencing with IPI on none (none has no IPI)',
      plan: twoNodePlan('two-node-fencing', '4.22', 'none', { installMethod: 'IPI' }),
      key: 'installMethod',
      says: 'set installMethod: UPI or agent',
    },
  ],
  'control-plane-replicas-topology': [
    {
      name: 'controlPlaneReplicas 3 with two-node-fencing',
      plan: twoNodePlan('two-node-fencing', '4.22'),
      answers: { controlPlaneReplicas: 3 },
      key: 'controlPlaneReplicas',
      says: 'topology two-node-fencing has 2 control-plane node(s); remove controlPlaneReplicas',
    },
    {
      name: 'controlPlaneReplicas 2 with two-node-fencing (says the same as the topology)',
      plan: twoNodePlan('two-node-fencing', '4.22'),
      answers: { controlPlaneReplicas: 2 },
    },
  ],
  'control-plane-replicas-ha': [
    {
      name: '2 control-plane nodes asked for ha',
      plan: makePlan('baremetal', 'ha', { ocpVersion: '4.22', controlPlaneReplicas: 2 }),
      key: 'controlPlaneReplicas',
      says: 'for 2 choose topology: two-node-arbiter or two-node-fencing',
    },
    {
      name: '1 control-plane node asked for ha',
      plan: makePlan('baremetal', 'ha', { ocpVersion: '4.22', controlPlaneReplicas: 1 }),
      key: 'controlPlaneReplicas',
      says: 'for 1 choose topology: sno',
    },
  ],
  'large-control-plane': [
    {
      name: '5 control-plane nodes in 4.17',
      plan: makePlan('baremetal', 'ha', {
        ocpVersion: '4.17',
        controlPlaneReplicas: 5,
        installMethod: 'agent',
      }),
      key: 'controlPlaneReplicas',
      says: 'need OpenShift 4.18 or newer',
    },
    {
      name: '5 control-plane nodes in 4.18 with the Agent-based installer',
      plan: makePlan('baremetal', 'ha', {
        ocpVersion: '4.18',
        controlPlaneReplicas: 5,
        installMethod: 'agent',
      }),
    },
    {
      name: '4 control-plane nodes with IPI',
      plan: makePlan('baremetal', 'ha', { ocpVersion: '4.22', controlPlaneReplicas: 4 }),
      key: 'installMethod',
      says: 'installed only with the Agent-based installer',
    },
    {
      name: '4 control-plane nodes on AWS (no Agent-based installer there)',
      plan: makePlan('aws', 'ha', { ocpVersion: '4.22', controlPlaneReplicas: 4, installMethod: 'agent' }),
      key: 'controlPlaneReplicas',
      says: 'does not install on aws',
    },
  ],
  'topology-workers': [
    {
      name: 'one worker beside an arbiter',
      plan: twoNodePlan('two-node-arbiter', '4.22', 'baremetal', { computeReplicas: 1 }),
      key: 'computeReplicas',
      says: 'set 0, or 2 or more',
    },
    {
      name: 'two workers beside an arbiter',
      plan: twoNodePlan('two-node-arbiter', '4.22', 'baremetal', { computeReplicas: 2 }),
    },
  ],
  'arbiter-hosts': [
    {
      name: 'two arbiter hosts',
      plan: twoNodePlan('two-node-arbiter', '4.22', 'baremetal', {
        hosts: [...twoNodeHosts('two-node-arbiter'), { name: 'arbiter-1', role: 'arbiter', ip: '10.0.0.13' }],
      }),
      key: 'hosts',
      says: 'lists 2 arbiter hosts, but topology two-node-arbiter has 1 arbiter node',
    },
    {
      name: 'an arbiter host in a fencing cluster',
      plan: twoNodePlan('two-node-fencing', '4.22', 'baremetal', {
        hosts: [...twoNodeHosts('two-node-fencing'), { name: 'arbiter-0', role: 'arbiter' }],
      }),
      key: 'hosts[2].role',
      says: 'topology two-node-fencing has no arbiter node',
    },
  ],
  'fencing-bmc': [
    {
      name: 'an IPMI BMC',
      plan: twoNodePlan('two-node-fencing', '4.22', 'baremetal', {
        hosts: twoNodeHosts('two-node-fencing', [
          {},
          { bmc: { address: 'ipmi://10.1.0.11', credentialsFile: '/plans/files/bmc.yaml' } },
        ]),
      }),
      key: 'hosts[1].bmc.address',
      says: 'is not a Redfish BMC address (ipmi://); two-node-fencing fences through Redfish only and IPMI is not supported',
    },
    {
      name: 'a Redfish BMC without the system path',
      plan: twoNodePlan('two-node-fencing', '4.22', 'baremetal', {
        hosts: twoNodeHosts('two-node-fencing', [
          { bmc: { address: 'redfish://10.1.0.10', credentialsFile: '/plans/files/bmc.yaml' } },
        ]),
      }),
      key: 'hosts[0].bmc.address',
      says: 'e.g. redfish://10.1.0.10/redfish/v1/Systems/1',
    },
    {
      name: 'two hosts behind one BMC',
      plan: twoNodePlan('two-node-fencing', '4.22', 'baremetal', {
        hosts: twoNodeHosts('two-node-fencing', [
          {},
          {
            bmc: {
              address: 'redfish-virtualmedia://10.1.0.10/redfish/v1/Systems/1',
              credentialsFile: '/plans/files/bmc.yaml',
            },
          },
        ]),
      }),
      key: 'hosts[1].bmc.address',
      says: 'is already the BMC of hosts[0]',
    },
    {
      name: 'an IPMI BMC is fine without fencing (arbiter cluster)',
      plan: twoNodePlan('two-node-arbiter', '4.22', 'baremetal', {
        hosts: twoNodeHosts('two-node-arbiter', [
          { bmc: { address: 'ipmi://10.1.0.10', credentialsFile: '/plans/files/bmc.yaml' } },
        ]),
      }),
    },
  ],
  'platform-release': [
    {
      name: 'PowerVC in 4.20',
      plan: makePlan('powervc', 'ha', { ocpVersion: '4.20', architecture: 'ppc64le' }),
      key: 'ocpVersion',
      says: 'platform powervc exists from OpenShift 4.21 (Technology Preview from 4.21, generally available from 4.22); set ocpVersion: "4.22"',
    },
    {
      name: 'PowerVC in 4.21',
      plan: makePlan('powervc', 'ha', { ocpVersion: '4.21', architecture: 'ppc64le' }),
    },
  ],
  'powervc-external-network': [
    {
      name: 'an external network on PowerVC',
      plan: makePlan('powervc', 'ha', { ocpVersion: '4.22', architecture: 'ppc64le' }),
      key: 'powervc.externalNetwork',
      says: 'Cannot set external network with powervc',
    },
    {
      name: 'PowerVC without one',
      plan: makePlan('powervc', 'ha', {
        ocpVersion: '4.22',
        architecture: 'ppc64le',
        platformConfig: { cloud: 'powervc' },
      }),
    },
  ],
  'user-managed-load-balancer': [
    {
      name: 'the installer asked to provide the load balancer on PowerVC',
      plan: makePlan('powervc', 'ha', { ocpVersion: '4.22', architecture: 'ppc64le' }),
      key: 'ownership.loadBalancer',
      says: 'set ownership.loadBalancer: customer',
    },
  ],
};

describe('topology rules', () => {
  it('every rule has cases, and every case names an existing rule', () => {
    expect(new Set(Object.keys(CASES))).toEqual(new Set(TOPOLOGY_RULES.map((rule) => rule.id)));
  });

  for (const [rule, cases] of Object.entries(CASES)) {
    describe(rule, () => {
      it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
        const problems = problemsOf(rule, c.plan, c.answers);
        if (c.key === undefined) {
          expect(problems).toEqual([]);
          return;
        }
        expect(problems.map((p) => p.key)).toEqual([c.key]);
        const [p] = problems;
        expect(p?.message).toContain(c.says);
        expect(p?.ko).toMatch(HANGUL);
        // Both languages name the same answers, numbers and releases.
        const tokens = (s: string) => (s.match(/\b\d\.\d+\b|"[^"]+"/g) ?? []).sort();
        expect(tokens(p?.ko ?? '')).toEqual(tokens(p?.message ?? ''));
      });
    });
  }

  it('declare the answers keys they read, and only such keys', () => {
    const known =
      /^(topology|ocpVersion|platform|installMethod|controlPlaneReplicas|computeReplicas|hosts|architecture|connectivity|publish|fips|ownership(\.\w+)?|requirements(\.\w+)?|powervc\.\w+)$/;
    for (const rule of TOPOLOGY_RULES) {
      expect(rule.reads.length, rule.id).toBeGreaterThan(0);
      for (const key of rule.reads) expect(key, rule.id).toMatch(known);
    }
  });

  it('run from checkPlan, so an answers file with them fails with their message', () => {
    const problems = checkPlan(twoNodePlan('two-node-fencing', '4.19'), {});
    expect(problems.map((p) => p.key)).toContain('topology');
  });
});
