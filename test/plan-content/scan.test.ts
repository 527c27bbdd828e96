import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isOpenable } from '../../src/knowledge/source-refs.js';

/**
 * Scans the rendered plan of every bundled scenario (the scenario tests keep these files equal to what `plan`
 * writes) for what a client must never see: section numbers and names of working files, and sources a reader cannot
 * open. Install-config, agent-config and infra comments belong to their renderers and are not scanned here yet.
 */
const ROOT = path.join(import.meta.dirname, '..', '__snapshots__', 'scenarios');
const SCENARIOS = readdirSync(ROOT);
const INTERNAL = /§|openshift-docs|installer-rules|peers-and-pains|engineering\.md|plan-review/;

describe.each(SCENARIOS)('rendered plan of %s', (name) => {
  const read = (file: string) => readFileSync(path.join(ROOT, name, file), 'utf8');
  const plan = JSON.parse(read('plan.json')) as {
    ocpVersion: string;
    recommendation: { reasons: { source: string }[] };
    checklist: { source: string }[];
  };

  it('names no working file or section number in the checklist and plan.json', () => {
    for (const file of ['checklist.md', 'checklist.ko.md', 'checklist.html', 'plan.json']) {
      expect(INTERNAL.exec(read(file))?.[0], file).toBeUndefined();
    }
  });

  it('has no Korean in its English files', () => {
    for (const file of ['checklist.md', 'checklist.html', 'plan.json', 'install-config.yaml']) {
      expect(/[\uAC00-\uD7A3]/.exec(read(file))?.[0], file).toBeUndefined();
    }
  });

  it('cites only documentation of its release, the life-cycle policy or a notes section', () => {
    const release = plan.ocpVersion.split('.').slice(0, 2).join('.');
    const sources = [...plan.recommendation.reasons, ...plan.checklist].flatMap((x) => x.source.split('; '));
    for (const source of sources) {
      expect(isOpenable(source), source).toBe(true);
      const version = /openshift_container_platform\/(\d+\.\d+)\//.exec(source)?.[1];
      // A release-notes page of another release is cited on purpose (a feature's first release).
      if (version && !/release notes/.test(source)) expect(version, source).toBe(release);
    }
  });
});
