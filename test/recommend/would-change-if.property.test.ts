import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SUPPORTED_ARCHITECTURES } from '../../src/knowledge/platform-defaults.js';
import { KNOWN_OCP_VERSIONS } from '../../src/knowledge/releases.js';
import { applyChanges } from '../../src/recommend/apply-change.js';
import { candidateMoves } from '../../src/recommend/counterfactuals.js';
import { evaluate, methodOf } from '../../src/recommend/model.js';
import { recommend } from '../../src/recommend/recommend.js';
import {
  CONNECTIVITIES,
  OWNERS,
  PLATFORMS,
  type Plan,
  PUBLISH_STRATEGIES,
  TOPOLOGIES,
} from '../../src/types.js';
import { makePlan } from './plan-factory.js';

const ANSWER_KEYS = new Set([
  'ownership.machines',
  'ownership.network',
  'ownership.dns',
  'ownership.loadBalancer',
  'ownership.storage',
  'requirements.autoscaling',
  'requirements.installerCredentials',
  'requirements.hardenedInfrastructure',
  'platform',
  'topology',
  'computeReplicas',
  'connectivity',
  'publish',
]);

const owner = fc.constantFrom(...OWNERS);

/** Any plan the answers schema can describe (architecture among those the platform runs). */
const planArb: fc.Arbitrary<Plan> = fc.constantFrom(...PLATFORMS).chain((platform) =>
  fc
    .record({
      topology: fc.constantFrom(...TOPOLOGIES),
      ocpVersion: fc.constantFrom(...KNOWN_OCP_VERSIONS),
      architecture: fc.constantFrom(...SUPPORTED_ARCHITECTURES[platform]),
      ownership: fc.record({
        machines: owner,
        network: owner,
        dns: owner,
        loadBalancer: owner,
        storage: owner,
      }),
      requirements: fc.record({
        autoscaling: fc.boolean(),
        installerCredentials: fc.boolean(),
        hardenedInfrastructure: fc.boolean(),
      }),
      connectivity: fc.constantFrom(...CONNECTIVITIES),
      publish: fc.constantFrom(...PUBLISH_STRATEGIES),
      fips: fc.boolean(),
    })
    .map((spec) => makePlan({ platform, ...spec })),
);

/** The change split into the answers a user edits: computeReplicas travels with topology. */
function movesOf(change: Record<string, unknown>): Record<string, unknown>[] {
  const { computeReplicas, ...rest } = change;
  return Object.entries(rest).map(([key, value]) =>
    key === 'topology' && computeReplicas !== undefined
      ? { topology: value, computeReplicas }
      : { [key]: value },
  );
}

describe('wouldChangeIf', () => {
  it('every listed change, applied to the plan, really yields the other method', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const rec = recommend(plan, 'en');
        for (const entry of rec.wouldChangeIf) {
          expect(entry.method).not.toBe(rec.method);
          expect(recommend(applyChanges(plan, entry.change), 'en').method).toBe(entry.method);
          for (const key of Object.keys(entry.change)) expect(ANSWER_KEYS.has(key), key).toBe(true);
          expect(entry.text.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('lists only minimal changes: no part of a pair flips the method alone', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const rec = recommend(plan, 'en');
        const sizes = new Set(rec.wouldChangeIf.map((entry) => movesOf(entry.change).length));
        expect(sizes.size).toBeLessThanOrEqual(1);
        for (const entry of rec.wouldChangeIf) {
          const moves = movesOf(entry.change);
          expect(moves.length).toBeGreaterThanOrEqual(1);
          expect(moves.length).toBeLessThanOrEqual(2);
          if (moves.length === 1) continue;
          for (const move of moves) expect(recommend(applyChanges(plan, move), 'en').method).toBe(rec.method);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("the search asks the verdict alone, and it is the full evaluation's verdict on every plan it tries", () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        expect(methodOf(plan).method).toBe(evaluate(plan).method);
        for (const move of candidateMoves(plan)) {
          const changed = applyChanges(plan, move.change);
          expect(methodOf(changed).method).toBe(evaluate(changed).method);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('confidence is forced exactly when a reason forces', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const rec = recommend(plan, 'ko');
        expect(rec.confidence === 'forced').toBe(rec.reasons.some((r) => r.effect === 'forces'));
        for (const reason of rec.reasons) expect(reason.text).toMatch(/[\uAC00-\uD7A3]/);
      }),
      { numRuns: 200 },
    );
  });
});

describe('wouldChangeIf examples', () => {
  it('an IPI plan on vSphere flips with customer machines, no installer credentials or a single node', () => {
    const rec = recommend(
      makePlan({ platform: 'vsphere', ownership: { network: 'customer', dns: 'customer' } }),
      'en',
    );
    const changes = rec.wouldChangeIf.map((w) => w.change);
    expect(changes).toContainEqual({ 'ownership.machines': 'customer' });
    expect(changes).toContainEqual({ 'requirements.installerCredentials': false });
    expect(changes).toContainEqual({ topology: 'sno', computeReplicas: 0 });
    expect(rec.wouldChangeIf.every((w) => w.method === 'UPI')).toBe(true);
    expect(rec.wouldChangeIf.find((w) => 'ownership.machines' in w.change)?.text).toBe(
      'The recommendation becomes UPI if you provision the machines yourself.',
    );
  });

  it('a forced UPI with customer machines and hardened rules needs both answers changed', () => {
    const plan = makePlan({
      platform: 'aws',
      ownership: { machines: 'customer', network: 'customer', dns: 'customer', loadBalancer: 'customer' },
      requirements: { hardenedInfrastructure: true },
    });
    const rec = recommend(plan, 'ko');
    // machines back to the installer alone: IPI 2+4+1+1 = 8 against UPI 12+3+2+1+1 = 19; without hardened 8 vs 7.
    expect(rec.wouldChangeIf.map((w) => w.change)).toEqual([
      { 'ownership.machines': 'installer', 'requirements.hardenedInfrastructure': false },
    ]);
    expect(rec.wouldChangeIf[0]?.text).toBe(
      '다음과 같이 답하면 권장 방식이 IPI로 바뀝니다: 설치 프로그램이 머신을 생성, 직접 구축한 인프라를 요구하는 규정이 없음.',
    );
  });

  it('IBM Z cannot become IPI by any sensible answer change', () => {
    expect(recommend(makePlan({ platform: 'ibmz' }), 'en').wouldChangeIf).toEqual([]);
  });

  it('platform none becomes IPI on bare metal once the installer provisions the machines', () => {
    const rec = recommend(makePlan({ platform: 'none' }), 'en');
    expect(rec.wouldChangeIf.map((w) => w.change)).toContainEqual({
      'ownership.machines': 'installer',
      platform: 'baremetal',
    });
  });

  it('never suggests publish Internal where the installer rejects it', () => {
    const rec = recommend(makePlan({ platform: 'vsphere' }), 'en');
    expect(rec.wouldChangeIf.some((w) => 'publish' in w.change)).toBe(false);
  });
});
