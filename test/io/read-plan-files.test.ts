/**
 * `check` reads a fleet's plan files on a second thread while it renders (read-plan-files.ts). What that thread reads
 * must be exactly what the comparison would read, and nothing it must not: no link, FIFO or folder in place of a
 * file, nothing under a linked folder, nothing a user keeps beside the plan.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAnswersText } from '../../src/answers/parse.js';
import { listScenarioNames } from '../../src/commands/answers-source.js';
import { comparePlanFolder, planSecrets } from '../../src/io/compare-plan.js';
import { INFRA_FOLDER, PLAN_FILES } from '../../src/io/plan-folder-files.js';
import { readInputs } from '../../src/io/read-inputs.js';
import { readPlanFiles } from '../../src/io/read-plan-files.js';
import { renderPlan } from '../../src/pipeline.js';
import { planOf, ROOT, SCENARIOS } from '../helpers/answers.js';
import { planFolders } from './plan-fixture.js';

const { work, folder } = planFolders('read-plan-files-');
const planFolder = (name: string) => folder(name, 'baremetal-upi-ha');

describe('plan files read ahead', () => {
  it.each(listScenarioNames(ROOT))(
    '%s: every file plan writes is a plan file the reader looks for',
    (name) => {
      const plan = planOf(parseAnswersText(readFileSync(path.join(SCENARIOS, `${name}.yaml`), 'utf8'), name));
      const { artifacts } = renderPlan(plan, readInputs(plan).inputs, 'en', path.join(ROOT, '.plans', name));
      const top: readonly string[] = Object.values(PLAN_FILES);
      for (const artifact of artifacts)
        expect(
          top.includes(artifact.path) || artifact.path.startsWith(`${INFRA_FOLDER}/`),
          artifact.path,
        ).toBe(true);
    },
  );

  it('are every file plan wrote, with the very text on disk', () => {
    const { dir, output } = planFolder('plain');
    const read = readPlanFiles(dir);
    const written = output.artifacts.map((a) => a.path).sort();
    expect([...read.keys()].sort()).toEqual(written);
    for (const artifact of output.artifacts)
      expect(read.get(artifact.path)).toBe(readFileSync(path.join(dir, artifact.path), 'utf8'));
    expect(written.some((p) => p.startsWith('infra/'))).toBe(true);
  });

  it('leave out links, FIFOs, folders in place of files, linked folders and what else the folder holds', () => {
    const { dir, output, inputs } = planFolder('hostile');
    const secret = path.join(work, 'docker-config.json');
    writeFileSync(secret, '{"auths":{"ghcr.io":{"auth":"CI_REGISTRY_TOKEN_SECRET"}}}\n');
    unlinkSync(path.join(dir, 'checklist.md'));
    symlinkSync(secret, path.join(dir, 'checklist.md'));
    unlinkSync(path.join(dir, 'plan.json'));
    execFileSync('mkfifo', [path.join(dir, 'plan.json')]);
    unlinkSync(path.join(dir, 'checklist.html'));
    mkdirSync(path.join(dir, 'checklist.html'));
    mkdirSync(path.join(dir, 'auth'));
    writeFileSync(path.join(dir, 'auth', 'kubeconfig'), 'client-key-data: KUBECONFIG_SECRET\n');
    const elsewhere = path.join(work, 'etc-dns');
    mkdirSync(elsewhere);
    writeFileSync(path.join(elsewhere, 'named.conf.zones'), 'PRODUCTION_ZONE_SECRET\n');
    rmSync(path.join(dir, 'infra', 'dns'), { recursive: true });
    symlinkSync(elsewhere, path.join(dir, 'infra', 'dns'));

    const read = readPlanFiles(dir);
    const texts = [...read.values()].join('\n');
    for (const secretText of ['CI_REGISTRY_TOKEN_SECRET', 'KUBECONFIG_SECRET', 'PRODUCTION_ZONE_SECRET'])
      expect(texts).not.toContain(secretText);
    for (const absent of ['checklist.md', 'plan.json', 'checklist.html', 'auth/kubeconfig'])
      expect(read.has(absent), absent).toBe(false);
    expect([...read.keys()].some((p) => p.startsWith('infra/dns/'))).toBe(false);
    expect(read.has('answers.yaml')).toBe(true);

    // The comparison says the same with the files read ahead as when it reads them all itself.
    const secrets = planSecrets(inputs);
    expect(comparePlanFolder(dir, output.artifacts, secrets, 'en', '', read)).toEqual(
      comparePlanFolder(dir, output.artifacts, secrets, 'en', ''),
    );
  });
});
