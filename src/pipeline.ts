import { renderNormalisedAnswers } from './answers/normalise.js';
import { buildChecklist } from './checklist/build.js';
import { linkInfraFiles } from './checklist/infra-links.js';
import { renderPlanGitignore } from './io/gitignore.js';
import { recommend } from './recommend/recommend.js';
import { renderChecklistHtml } from './render/checklist/html.js';
import { renderChecklistMarkdown } from './render/checklist/markdown.js';
import { infraFileIndex, renderInfraFiles } from './render/infra/index.js';
import { renderInstallConfigWithObject } from './render/install-config/index.js';
import { renderPlanJson } from './render/plan-json.js';
import type { Artifact, ChecklistItem, Finding, Inputs, Lang, Plan, Recommendation } from './types.js';
import { validateInstallConfigObject, validateInstallConfigText } from './validate/index.js';

export interface PlanOutput {
  recommendation: Recommendation;
  installConfig: string;
  checklist: ChecklistItem[];
  findings: Finding[];
  /** False when the rendered install-config fails the installer's rules: nothing may be written then. */
  valid: boolean;
  artifacts: Artifact[];
}

/**
 * The installer's rules on the rendered config. The object is checked first, which needs no YAML parse; only when it
 * has findings is the text checked too, for their line and column (the Document API writes well-formed YAML, so the
 * text adds no finding of its own).
 */
function validateRendered(
  config: unknown,
  text: string,
  ocpVersion: string,
): { findings: Finding[]; valid: boolean } {
  const findings = validateInstallConfigObject(config, { ocpVersion });
  if (findings.length === 0) return { findings, valid: true };
  return validateInstallConfigText(text, { ocpVersion, fileName: 'install-config.yaml' });
}

/**
 * Plan → every file of the plan folder, in memory. Pure: the same plan, inputs, language and folder always give
 * byte-identical artifacts (SPEC §4), which is what snapshot tests and `--check` rely on.
 */
export function renderPlan(plan: Plan, inputs: Inputs, lang: Lang, outDir: string): PlanOutput {
  const recommendation = recommend(plan, lang);
  const { config, text: installConfig } = renderInstallConfigWithObject(plan, recommendation.method, inputs);
  const validation = validateRendered(config, installConfig, plan.ocpVersion);
  const findings: Finding[] = [...validation.findings];
  // Whether the user named a pull secret, not whether it was read: `plan --check` in CI renders without the secret
  // files, and the checklist and plan.json must not differ because of that.
  const pullSecretGiven = inputs.pullSecret !== undefined || plan.secrets.pullSecretFile !== undefined;
  if (!pullSecretGiven) {
    findings.push({
      severity: 'warning',
      path: 'pullSecret',
      message:
        'no secrets.pullSecretFile was given: install-config.yaml holds a placeholder; insert your pull secret',
      rule: 'pull-secret-placeholder',
    });
  }
  // Ready-to-apply files for what the customer builds (infra/…), each referenced from the item it fulfils.
  const infraFiles = renderInfraFiles(plan, recommendation.method);
  const checklist = linkInfraFiles(
    buildChecklist(plan, recommendation, lang, { hasPullSecret: pullSecretGiven }),
    infraFileIndex(plan, recommendation.method),
    lang,
  );
  const artifacts: Artifact[] = [
    { path: 'install-config.yaml', content: installConfig, mode: 0o600 },
    { path: 'checklist.md', content: renderChecklistMarkdown(plan, recommendation, checklist, lang) },
    { path: 'checklist.html', content: renderChecklistHtml(plan, recommendation, checklist, lang) },
    { path: 'plan.json', content: renderPlanJson(plan, recommendation, checklist, findings) },
    { path: 'answers.yaml', content: renderNormalisedAnswers(plan, outDir) },
    { path: '.gitignore', content: renderPlanGitignore() },
    ...infraFiles,
  ];
  return { recommendation, installConfig, checklist, findings, valid: validation.valid, artifacts };
}
