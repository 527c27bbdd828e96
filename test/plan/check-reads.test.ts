import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getIn, setIn } from '../../src/answers/dotted.js';
import { parseAnswersText } from '../../src/answers/parse.js';
import type { Problem } from '../../src/answers/problems.js';
import { type Answers, AnswersSchema } from '../../src/answers/schema.js';
import { listScenarioNames } from '../../src/commands/answers-source.js';
import { buildPlan } from '../../src/plan/build.js';
import { type AnswersRule, CHECK_RULES, VERSION_RULE } from '../../src/plan/check.js';
import type { Plan } from '../../src/types.js';
import { ROOT, SCENARIOS } from '../helpers/answers.js';

/**
 * The wizard runs a rule as soon as the answers its `reads` names are known, so `reads` must be complete: the rule
 * touches nothing else (recorded through proxies over the plan and the answers), and its verdict on failing answers
 * stays the same whatever the other answers hold.
 */

type Raw = Record<string, unknown>;

const scenarios: Raw[] = listScenarioNames(ROOT).map((name) => {
  const raw = parseAnswersText(readFileSync(path.join(SCENARIOS, `${name}.yaml`), 'utf8'), name) as Raw;
  delete raw.description;
  return raw;
});

/** Changes that break one rule or another when applied to a valid scenario. */
const MUTATIONS: Raw[] = [
  { topology: 'sno' },
  { topology: 'compact' },
  { topology: 'two-node-arbiter' },
  { topology: 'two-node-fencing' },
  { topology: 'ha', computeReplicas: 1 },
  { topology: 'compact', computeReplicas: 2 },
  { topology: 'sno', computeReplicas: 1 },
  { controlPlaneReplicas: 5 },
  { controlPlaneReplicas: 4, topology: 'compact' },
  { controlPlaneReplicas: 5, ocpVersion: '4.16' },
  { architecture: 's390x' },
  { architecture: 'arm64', fips: true },
  { architecture: 'ppc64le' },
  { fips: true, architecture: 'arm64' },
  { fips: true },
  { ocpVersion: '4.14' },
  { ocpVersion: '4.16' },
  { platform: 'aws' },
  { platform: 'none' },
  { platform: 'baremetal' },
  { platform: 'vsphere' },
  { platform: 'gcp' },
  { platform: 'azure', publish: 'Internal' },
  { platform: 'powervc' },
  { platform: 'external' },
  { publish: 'Internal' },
  { publish: 'Mixed' },
  { connectivity: 'connected', proxy: { httpProxy: 'http://proxy.example.com:3128' } },
  { connectivity: 'proxy' },
  { connectivity: 'proxy', proxy: { httpProxy: 'http://user:pw@proxy.example.com:3128' } },
  { connectivity: 'disconnected' },
  { connectivity: 'connected', mirror: { registry: 'mirror.example.com:8443' } },
  { installMethod: 'IPI' },
  { installMethod: 'UPI' },
  { installMethod: 'agent' },
  { installMethod: 'agent', topology: 'sno' },
  { ownership: { machines: 'customer' } },
  { ownership: { loadBalancer: 'customer' } },
  { ownership: { machines: 'customer', loadBalancer: 'installer' } },
  { requirements: { installerCredentials: false } },
  { networking: { machineNetwork: ['172.30.0.0/16'] } },
  { networking: { machineNetwork: ['10.128.0.0/24'] } },
  { networking: { machineNetwork: ['10.0.0.1/16'] } },
  { networking: { serviceNetwork: ['172.16.0.0/8'] } },
  { networking: { clusterNetwork: [{ cidr: '10.128.0.0/14', hostPrefix: 12 }] } },
  { vips: { api: ['10.0.0.5'], ingress: ['10.0.0.5'] } },
  { vips: { api: ['192.168.77.5'], ingress: ['192.168.77.6'] } },
  { vips: { api: ['10.0.0.5', '10.0.0.7'], ingress: ['10.0.0.6'] } },
  { hosts: [] },
  { gcp: { region: 'europe-west1' } },
  { azure: { region: 'westeurope' } },
  { vsphere: { vcenter: 'vc.example.com' } },
  { powervc: { cloud: 'c', externalNetwork: 'ext' } },
  { agent: { rendezvousIP: '192.168.200.1' } },
];

/** Answers that fail a rule no change to a valid scenario reaches (a missing block member, odd BMC schemes). */
function extraSeeds(): Raw[] {
  const bare = { version: 1, clusterName: 'seed', baseDomain: 'example.com' };
  const fencing = scenarios.filter((s) => s.topology === 'two-node-fencing');
  return [
    { ...bare, platform: 'none', ocpVersion: '4.99' },
    { ...bare, platform: 'none', ocpVersion: '4.1' },
    { ...bare, platform: 'azure', publish: 'External', azure: { region: 'westeurope' } },
    { ...bare, platform: 'none', connectivity: 'proxy', proxy: { noProxy: '*.example.com,b' } },
    { ...bare, platform: 'none', connectivity: 'proxy', proxy: { noProxy: 'a, b' } },
    { ...bare, platform: 'none', connectivity: 'proxy', proxy: { httpsProxy: 'ftp://p:3128' } },
    { ...bare, platform: 'none', connectivity: 'proxy', proxy: {} },
    { ...bare, platform: 'none', topology: 'ha', controlPlaneReplicas: 2 },
    { ...bare, platform: 'none', topology: 'ha', controlPlaneReplicas: 1 },
    ...fencing.flatMap((s) =>
      ['ipmi://10.1.0.10', 'redfish://10.1.0.10', 'not a url'].map((address) => ({
        ...s,
        hosts: (s.hosts as Raw[]).map((h) => (h.bmc ? { ...h, bmc: { ...(h.bmc as Raw), address } } : h)),
      })),
    ),
  ];
}

/** A nested copy of `base` with `patch` merged in (objects merged, everything else replaced). */
function merge(base: Raw, patch: Raw): Raw {
  const out: Raw = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    const before = out[key];
    out[key] =
      value && typeof value === 'object' && !Array.isArray(value) && before && typeof before === 'object'
        ? merge(before as Raw, value as Raw)
        : value;
  }
  return out;
}

interface Case {
  raw: Raw;
  answers: Answers;
  plan: Plan;
}

function caseOf(raw: Raw): Case | undefined {
  const parsed = AnswersSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  try {
    const answers = parsed.data as Answers;
    return { raw, answers, plan: buildPlan(answers, { baseDir: SCENARIOS, home: '/home/tester' }) };
  } catch {
    return undefined;
  }
}

/** A rule's problems, or undefined when it cannot judge these answers (it throws on a release it does not know). */
function verdict(rule: AnswersRule, c: Case): Problem[] | undefined {
  try {
    return rule.run(c.plan, c.answers);
  } catch {
    return undefined;
  }
}

const POOL: Case[] = [
  ...scenarios,
  ...extraSeeds(),
  ...scenarios.flatMap((s) => MUTATIONS.map((m) => merge(s, m))),
  ...scenarios.flatMap((s, i) =>
    MUTATIONS.map((m, j) => merge(merge(s, m), MUTATIONS[(i + j * 7 + 3) % MUTATIONS.length] as Raw)),
  ),
]
  .map(caseOf)
  .filter((c): c is Case => c !== undefined);

/** Answers that hold nothing but what a plan cannot do without: the answers the rule does not read are removed. */
const BARE: Raw = { version: 1, clusterName: 'bare', baseDomain: 'example.com', platform: 'none' };

/** `donor` with every answer `reads` names taken from `seed` (removed where the seed has none). */
function transplant(seed: Raw, donor: Raw, reads: readonly string[]): Raw {
  let out = donor;
  for (const key of reads) out = setIn(out, key, getIn(seed, key));
  return out;
}

/** Records every dotted path read through the proxy (array elements as `[i]`). */
function recording<T extends object>(value: T, at: string, seen: Set<string>): T {
  return new Proxy(value, {
    get(target, prop, receiver) {
      const found = Reflect.get(target, prop, receiver);
      if (typeof prop === 'symbol') return found;
      const index = Array.isArray(target) && /^\d+$/.test(prop);
      if (Array.isArray(target) && !index) {
        seen.add(at);
        return found;
      }
      const child = index ? `${at}[${prop}]` : at ? `${at}.${prop}` : prop;
      seen.add(child);
      return found !== null && typeof found === 'object' ? recording(found as object, child, seen) : found;
    },
    has(target, prop) {
      if (typeof prop === 'string') seen.add(at ? `${at}.${prop}` : prop);
      return Reflect.has(target, prop);
    },
    ownKeys(target) {
      seen.add(at ? `${at}.*` : '*');
      return Reflect.ownKeys(target);
    },
  });
}

/** The answers key a plan field comes from: the platform's block for platformConfig, the topology for arbiters. */
function answersKeyOf(planPath: string, plan: Plan): string {
  if (planPath === 'platformConfig' || planPath.startsWith('platformConfig.'))
    return planPath.replace(/^platformConfig/, plan.platform);
  if (planPath === 'arbiterReplicas') return 'topology';
  return planPath;
}

/** A path is read legitimately when a declared key holds it, or it is on the way to one. */
function covered(key: string, reads: readonly string[]): boolean {
  return reads.some(
    (r) =>
      key === r ||
      key.startsWith(`${r}.`) ||
      key.startsWith(`${r}[`) ||
      r.startsWith(`${key}.`) ||
      (key.endsWith('.*') && r.startsWith(key.slice(0, -1))),
  );
}

const RULES: AnswersRule[] = [VERSION_RULE, ...CHECK_RULES];

describe('the answers each cross-field rule declares it reads', () => {
  it('the pool of answers holds answers that fail every rule', () => {
    const unfailed = RULES.filter((rule) => !POOL.some((c) => (verdict(rule, c) ?? []).length > 0));
    expect(unfailed.map((r) => r.id)).toEqual([]);
  });

  for (const rule of RULES) {
    it(`${rule.id}: touches nothing outside ${rule.reads.join(', ')}`, () => {
      const outside = new Set<string>();
      for (const c of POOL) {
        const seen = new Set<string>();
        const answersSeen = new Set<string>();
        try {
          rule.run(recording(c.plan, '', seen), recording(c.answers, '', answersSeen));
        } catch {
          continue;
        }
        for (const p of seen) {
          const key = answersKeyOf(p, c.plan);
          if (!covered(key, rule.reads)) outside.add(`plan ${p}`);
        }
        for (const p of answersSeen) if (!covered(p, rule.reads)) outside.add(`answers ${p}`);
      }
      expect([...outside].sort()).toEqual([]);
    });

    it(`${rule.id}: fails the same way whatever the answers it does not read hold`, () => {
      const failing = POOL.filter((c) => (verdict(rule, c) ?? []).length > 0).slice(0, 16);
      // The bare answers (everything not read removed) and every third scenario (everything not read changed).
      const donors = [BARE, ...scenarios.filter((_, i) => i % 3 === 0)];
      const differences: string[] = [];
      let compared = 0;
      for (const seed of failing) {
        const expected = verdict(rule, seed);
        for (const donor of donors) {
          const moved = caseOf(transplant(seed.raw, donor, rule.reads));
          if (!moved) continue;
          const got = verdict(rule, moved);
          if (got === undefined) continue;
          compared++;
          if (JSON.stringify(got) !== JSON.stringify(expected)) {
            differences.push(
              `${JSON.stringify(expected?.map((p) => p.key))} became ${JSON.stringify(got.map((p) => p.key))} for ${JSON.stringify(seed.raw).slice(0, 300)} with the rest of ${String(donor.clusterName)}`,
            );
          }
        }
      }
      expect(compared).toBeGreaterThan(0);
      expect(differences.slice(0, 3)).toEqual([]);
    });
  }
});
