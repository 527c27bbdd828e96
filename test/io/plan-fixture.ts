import { chmodSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { parseAnswersText } from '../../src/answers/parse.js';
import { readInputs } from '../../src/io/read-inputs.js';
import { writePlanFolder } from '../../src/io/write-plan.js';
import { type PlanOutput, renderPlan } from '../../src/pipeline.js';
import { buildPlan } from '../../src/plan/build.js';
import type { Inputs, Plan } from '../../src/types.js';
import { answers, FILES, SCENARIOS } from '../helpers/answers.js';

export const MARKERS = {
  pullAuth: Buffer.from('leakuser:PULLSECRETMARKER_q8Zr').toString('base64'),
  vsphere: 'VSPHEREPWMARKER_7Yt',
};

/** A private copy of scenarios/files with marker secrets, so a leak of any of them can be searched for. */
export function markedFiles(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ocp-planner-files-'));
  cpSync(FILES, dir, { recursive: true });
  writeFileSync(
    path.join(dir, 'pull-secret.json'),
    `{"auths":{"quay.io":{"auth":"${MARKERS.pullAuth}"}}}\n`,
    {
      mode: 0o600,
    },
  );
  writeFileSync(
    path.join(dir, 'vsphere.yaml'),
    `username: vsuser@vsphere.local\npassword: "${MARKERS.vsphere}"\n`,
    {
      mode: 0o600,
    },
  );
  // Secret files readable by their owner only, as the docs ask; a test that wants them exposed says so.
  for (const name of readdirSync(dir)) if (!name.endsWith('.pub')) chmodSync(path.join(dir, name), 0o600);
  return dir;
}

/** A scenario's answers with its file references pointing at `files`. */
export function scenarioPlan(
  name: string,
  files: string,
  patch: (raw: Record<string, unknown>) => void = () => {},
) {
  const raw = parseAnswersText(readFileSync(path.join(SCENARIOS, `${name}.yaml`), 'utf8'), name);
  patch(raw);
  const plan: Plan = buildPlan(answers(raw), { baseDir: path.dirname(files), home: '/nonexistent' });
  const rebase = (file: string | undefined) => (file ? path.join(files, path.basename(file)) : undefined);
  plan.secrets = {
    ...(plan.secrets.pullSecretFile ? { pullSecretFile: rebase(plan.secrets.pullSecretFile) } : {}),
    ...(plan.secrets.sshKeyFile ? { sshKeyFile: rebase(plan.secrets.sshKeyFile) } : {}),
  };
  if (typeof plan.platformConfig.credentialsFile === 'string') {
    plan.platformConfig.credentialsFile = rebase(plan.platformConfig.credentialsFile);
  }
  for (const host of plan.hosts)
    if (host.bmc) host.bmc.credentialsFile = rebase(host.bmc.credentialsFile) as string;
  return plan;
}

export function render(plan: Plan, outDir: string): { output: PlanOutput; inputs: Inputs } {
  const { inputs, problems } = readInputs(plan);
  if (problems.length > 0) throw new Error(JSON.stringify(problems));
  return { output: renderPlan(plan, inputs, 'en', outDir), inputs };
}

/** Renders and writes a plan folder, the way `plan` does. */
export function writtenPlan(plan: Plan, outDir: string) {
  const rendered = render(plan, outDir);
  writePlanFolder(outDir, rendered.output.artifacts, { force: false });
  return rendered;
}

/**
 * A scratch area for a test file's plan folders: a private copy of the marked secret files and a work folder, both
 * removed after the file's tests. `folder` writes a scenario's plan folder in it, the way `plan` does.
 */
export function planFolders(prefix: string) {
  const files = markedFiles();
  const work = mkdtempSync(path.join(tmpdir(), prefix));
  afterAll(() => {
    rmSync(work, { recursive: true, force: true });
    rmSync(files, { recursive: true, force: true });
  });
  const folder = (name: string, scenario = 'vsphere-ipi-ha') => {
    const dir = path.join(work, name);
    const plan = scenarioPlan(scenario, files);
    return { dir, plan, ...writtenPlan(plan, dir) };
  };
  return { files, work, folder };
}
