import { describe, expect, it } from 'vitest';
import { renderPlan } from '../../src/pipeline.js';
import { buildPlan } from '../../src/plan/build.js';
import { checkPlan } from '../../src/plan/check.js';
import { recommend } from '../../src/recommend/recommend.js';
import type { Plan } from '../../src/types.js';
import { validateInstallConfigObject } from '../../src/validate/index.js';
import { answers } from '../helpers/answers.js';
import { withOracle } from '../helpers/oracle.js';
import { makeInputs } from '../install-config/factory.js';
import { render } from '../install-config/helpers.js';
import { checkAgainstInstallerSchema } from '../install-config/installer-schema.js';

const RAW = {
  clusterName: 'power',
  baseDomain: 'example.com',
  platform: 'powervc',
  networking: { machineNetwork: ['10.100.32.0/20'] },
  // The load balancer's front ends, outside the machine network as in the docs’ sample.
  vips: { api: ['10.20.188.52'], ingress: ['10.20.188.53'] },
  powervc: {
    subnetID: 'ae643a65-d0fc-4408-90c6-a820340bfade',
    computeFlavor: 'ocp-medium',
    clusterOSImage: 'rhcos-ppc64le',
  },
};

function plan(
  ocpVersion: string,
  extra: Record<string, unknown> = {},
): { plan: Plan; raw: Record<string, unknown> } {
  const raw = { ...RAW, ocpVersion, ...extra };
  return { plan: buildPlan(answers(raw), { baseDir: '/plans', home: '/home/tester' }), raw };
}

describe('platform powervc', () => {
  it.each(['4.21', '4.22', '5.0'])(
    '%s: the docs-shaped stanza, valid for the installer schema and our validator',
    (v) => {
      const { plan: p, raw } = plan(v);
      expect(checkPlan(p, answers(raw))).toEqual([]);
      expect(p.architecture).toBe('ppc64le');
      const { config } = render(p, 'IPI');
      expect(config.platform).toEqual({
        powervc: {
          cloud: 'powervc',
          apiVIPs: ['10.20.188.52'],
          ingressVIPs: ['10.20.188.53'],
          loadBalancer: { type: 'UserManaged' },
          controlPlanePort: { fixedIPs: [{ subnet: { id: 'ae643a65-d0fc-4408-90c6-a820340bfade' } }] },
          defaultMachinePlatform: { type: 'ocp-medium' },
          clusterOSImage: 'rhcos-ppc64le',
        },
      });
      expect(config.platform.powervc.externalNetwork).toBeUndefined();
      // A Technology Preview platform is a support level, not a feature gate: no featureSet in 4.21 either.
      expect(config.featureSet).toBeUndefined();
      expect(config.controlPlane.architecture).toBe('ppc64le');
      withOracle(() => expect(checkAgainstInstallerSchema(config)).toEqual([]));
      expect(
        validateInstallConfigObject(config, { ocpVersion: v }).filter((f) => f.severity === 'error'),
      ).toEqual([]);
    },
  );

  it('is refused the day before it exists (4.20), naming the release and the fix', () => {
    const { plan: p, raw } = plan('4.20');
    const problems = checkPlan(p, answers(raw));
    expect(problems).toContainEqual(
      expect.objectContaining({
        key: 'ocpVersion',
        message:
          'is 4.20, but platform powervc exists from OpenShift 4.21 (Technology Preview from 4.21, generally available from 4.22); set ocpVersion: "4.22", or choose another platform',
      }),
    );
  });

  it('refuses an external network, as the installer does', () => {
    const { plan: p, raw } = plan('4.22', { powervc: { ...RAW.powervc, externalNetwork: 'public' } });
    expect(checkPlan(p, answers(raw)).map((x) => x.key)).toContain('powervc.externalNetwork');
  });

  it('defaults the load balancer and DNS to the customer, and the plan builds both', () => {
    const { plan: p } = plan('4.22');
    expect(p.ownership.loadBalancer).toBe('customer');
    expect(p.ownership.dns).toBe('customer');
    const output = renderPlan(p, makeInputs(), 'en', '/plans/power-plan');
    expect(output.valid).toBe(true);
    const files = output.artifacts.map((a) => a.path);
    expect(files).toContain('infra/haproxy.cfg');
    expect(files).toContain('infra/dns/power.example.com.zone');
    const ids = output.checklist.map((i) => i.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'powervc.clouds-yaml',
        'powervc.capacity',
        'powervc.image',
        'powervc.network',
        'powervc.installer-creates',
        'lb.api',
        'dns.api-int',
      ]),
    );
    // Behind a user-managed load balancer there are no keepalived VIPs to reserve or verify.
    expect(ids).not.toContain('network.vips');
    expect(ids).not.toContain('lb.vips');
  });

  it('lists the capacity of the docs for a default cluster and this plan’s instance count', () => {
    const { plan: p } = plan('4.22');
    const capacity = renderPlan(p, makeInputs(), 'en', '/plans/x').checklist.find(
      (i) => i.id === 'powervc.capacity',
    );
    expect(capacity?.title).toBe('Free capacity in PowerVC for 7 instances');
    expect(capacity?.table?.rows).toEqual([
      ['Subnets', '1'],
      ['RAM', '88 GB'],
      ['vCPUs', '22'],
      ['Volume storage', '275 GB'],
      ['Instances', '7'],
    ]);
  });

  it('recommends IPI without the keepalived argument, and says when it is a Technology Preview', () => {
    const ga = recommend(plan('4.22').plan, 'en');
    expect(ga.method).toBe('IPI');
    expect(ga.reasons.map((r) => r.id)).not.toContain('installer-load-balancers');
    expect(ga.reasons.map((r) => r.id)).toContain('user-managed-load-balancer-ipi');
    expect(ga.warnings.some((w) => w.includes('Technology Preview'))).toBe(false);
    const tp = recommend(plan('4.21').plan, 'en');
    expect(tp.warnings).toContain(
      'IBM PowerVC is a Technology Preview platform in OpenShift 4.21 and generally available from 4.22: not for production clusters before that release.',
    );
  });

  it('refuses an installer-provided load balancer', () => {
    const { plan: p, raw } = plan('4.22', { ownership: { loadBalancer: 'installer' } });
    expect(checkPlan(p, answers(raw)).map((x) => x.key)).toContain('ownership.loadBalancer');
  });
});
