import { describe, expect, it } from 'vitest';
import { buildChecklist } from '../../src/checklist/build.js';
import {
  LIFECYCLE,
  LIFECYCLE_AS_OF,
  lifecycleNotice,
  lifecyclePhase,
  maintainedReleases,
} from '../../src/knowledge/lifecycle.js';
import { KNOWN_OCP_VERSIONS } from '../../src/knowledge/releases.js';
import { recommend } from '../../src/recommend/recommend.js';
import { makePlan } from '../recommend/plan-factory.js';

describe('release life cycle', () => {
  it('has every known release, with phases in order', () => {
    for (const v of KNOWN_OCP_VERSIONS) {
      const l = LIFECYCLE[v];
      expect(l.maintenanceEnds > l.ga, v).toBe(true);
      if (l.eusTerm1Ends) expect(l.eusTerm1Ends > l.maintenanceEnds, v).toBe(true);
      if (l.eusTerm2Ends) expect(l.eusTerm2Ends > (l.eusTerm1Ends ?? ''), v).toBe(true);
    }
  });

  it('places each release in its phase on the fixed reference day', () => {
    expect(LIFECYCLE_AS_OF).toBe('2026-12-02');
    expect(lifecyclePhase('4.14', LIFECYCLE_AS_OF)).toBe('ended');
    expect(lifecyclePhase('4.15', LIFECYCLE_AS_OF)).toBe('ended');
    expect(lifecyclePhase('4.16', LIFECYCLE_AS_OF)).toBe('eus-term-2');
    expect(lifecyclePhase('4.17', LIFECYCLE_AS_OF)).toBe('ended');
    expect(lifecyclePhase('4.18', LIFECYCLE_AS_OF)).toBe('eus-term-1');
    expect(lifecyclePhase('4.19', LIFECYCLE_AS_OF)).toBe('maintained');
    expect(maintainedReleases(LIFECYCLE_AS_OF)).toEqual(['4.19', '4.20', '4.21', '4.22']);
  });

  it('changes phase on the day after the end dates', () => {
    expect(lifecyclePhase('4.14', '2026-10-31')).toBe('eus-term-2');
    expect(lifecyclePhase('4.14', '2026-11-01')).toBe('ended');
    expect(lifecyclePhase('4.17', '2026-04-01')).toBe('maintained');
    expect(lifecyclePhase('4.17', '2026-04-02')).toBe('ended');
    expect(lifecyclePhase('4.18', '2026-08-26')).toBe('eus-term-1');
    // A month-only end date lasts until the month is over.
    expect(lifecyclePhase('4.19', '2026-12-31')).toBe('maintained');
    expect(lifecyclePhase('4.19', '2027-01-01')).toBe('ended');
  });

  it('warns with the date and the steer to maintained releases, in both languages', () => {
    const en = recommend(makePlan({ platform: 'vsphere', ocpVersion: '4.14' }), 'en');
    expect(en.warnings[0]).toBe(
      'OpenShift 4.14 reached the end of its life cycle on 2026-10-31: on 2026-12-02 a new cluster on it is not supported. Install a release in maintenance instead: 4.19, 4.20, 4.21, 4.22.',
    );
    const ko = recommend(makePlan({ platform: 'vsphere', ocpVersion: '4.18' }), 'ko');
    expect(ko.warnings[0]).toContain('EUS Term 1, 2027-02-25까지');
    expect(
      recommend(makePlan({ platform: 'vsphere', ocpVersion: '4.22' }), 'en').warnings.join(' '),
    ).not.toContain('life cycle');
  });

  it('uses the document date when the answers give one', () => {
    expect(lifecycleNotice('4.14', '2026-06-01')?.values.end).toBe('2026-10-31');
    const plan = makePlan({ platform: 'vsphere', ocpVersion: '4.17' });
    plan.document = { date: '2026-03-01' };
    expect(recommend(plan, 'en').warnings.join(' ')).not.toContain('OpenShift 4.17');
  });

  it('adds a first checklist step that cites the life-cycle policy page', () => {
    const plan = makePlan({ platform: 'vsphere', ocpVersion: '4.16' });
    const items = buildChecklist(plan, recommend(plan, 'en'), 'en', { hasPullSecret: true });
    const step = items.find((i) => i.id === 'prepare.release-lifecycle');
    expect(step?.source).toBe(
      'Red Hat OpenShift Container Platform Life Cycle Policy, https://access.redhat.com/support/policy/updates/openshift',
    );
    expect(step?.details).toContain('Extended Update Support Term 2 add-on (until 2027-06-27)');
    expect(lifecycleNotice('5.0')).toBeUndefined();
  });
});
